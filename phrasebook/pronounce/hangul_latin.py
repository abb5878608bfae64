"""Korean → Latin: the Revised Romanization of Korean (문화관광부 고시 제2000-8호).

What is written (rules of the 2000 standard, as applied here):

* Sound changes between syllables of one word are written (제3장 제1항): 신라 → silla,
  종로 → jongno, 국물 → gungmul, 같이 → gachi, 좋고 → joko; aspiration after ㄱ ㄷ ㅂ in nouns
  is *not* written (묵호 → mukho); tensing is never written (학교 → hakgyo).
* ㅢ is always ``ui`` (희망 → huimang), even where it is pronounced [i].
* A hyphen is written where two syllables could be misread (제3장 제2항, "붙임표(-)를 쓸 수
  있다"): 중앙 → jung-ang, 반구대 → ban-gudae, 세운 → se-un, 해운대 → hae-undae, and so 평양 →
  pyeong-yang. The standard makes the hyphen optional; it is kept because this phrasebook is read
  aloud by people who do not know Korean, for whom "pyeongyang" invites pyeon-gyang.
* Spaces, punctuation, digits and other scripts are kept as they are. Output is lowercase
  (capitals for names are not this project's concern).
* ``ko_pron`` does the sound changes; ㄴ-insertion, which depends on word structure, is written
  first by rule (십육 → simnyuk, 열여섯 → yeollyeoseot, 솜이불 → somnibul; see
  ``_korean_rules``). Words with only a space between them are said as one stretch, so the
  assimilation between them is written too (밥 먹어 → bam meogeo, 할 일 → hal lil).
"""

from __future__ import annotations

from phrasebook.pronounce._korean import romanized_text


def hangul_to_latin(text: str) -> str:
    """Romanise every run of Hangul syllables in ``text``; leave everything else alone.

    Args:
        text: any text, NFC-normalised.

    Returns:
        The text with Korean words in the Revised Romanization.
    """
    return romanized_text(text)
