"""The small fixture lexicon for learn tests."""

from __future__ import annotations

import pytest

import phrasebook
from phrasebook.lexicon import Lexicon
from tests.conftest import MINI


@pytest.fixture
def mini() -> Lexicon:
    return phrasebook.load_lexicon([MINI], cache=False)
