"""Package namespaces whose names are imported on first use (PEP 562).

A package's ``__init__`` names where each public name lives and gets a module ``__getattr__``
and ``__dir__`` from :func:`exports`: importing the package costs nothing, and each name costs
only its own module, the first time it is used.

A name that is also a submodule's (``phrasebook.search.normalise``, the function and the module)
must be imported at once instead: importing the submodule sets the package's attribute to the
module, and ``__getattr__`` is then never asked (tests/test_import_hygiene.py checks this).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def exports(
    package: str, homes: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module ``__getattr__`` and ``__dir__`` for ``package``.

    Args:
        package: the package's ``__name__``.
        homes: module name → its public names, separated by spaces.

    Returns:
        ``(__getattr__, __dir__)`` to assign in the package's ``__init__``.
    """
    home = {name: module for module, names in homes.items() for name in names.split()}
    namespace = import_module(package).__dict__

    def getattr_(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        namespace[name] = value  # from now on a plain attribute, no second call
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *home})

    return getattr_, dir_
