"""Everything phrasebook shows a reader of Korean: one key, one text."""

from __future__ import annotations

STRINGS: dict[str, str] = {
    "say": "발음",
    "notes": "설명",
    "nk": "조선",
    "answers": "대답",
    "see": "참고",
    "source": "출처",
    "variants": "다른 표현",
    "title": "포켓 회화집",
    "date": "날짜",
    "contents": "차례",
    "phrases": "문장",
    "cards": "카드",
    "how": "사용법",
    "search_placeholder": "아무 언어로나 입력하세요…",
    "all_categories": "전체",
    "category": "분류",
    "point_hint": "대답을 손가락으로 가리키십시오",
    "not_sure": "확실하지 않음 — 비슷한 말",
    "sounds_like": "들리는 소리",
    "keys_as_korean": "한글 자판으로 읽으면:",
    "tr_vetted": "검증된 표현",
    "tr_machine": "기계 번역: 확인 필요",
    "tr_untranslated": "번역 안 됨",
    "tr_suggestions": "가장 가까운 검증된 표현 (Enter로 문장을 바꿉니다):",
    "tr_detected": "{lang} 텍스트: {src} → {dst}로 번역했습니다",
    "tr_read_as": "다음으로 인식",
}

HOW_TO: tuple[str, ...] = (
    "왼쪽 칸에서 자기 말로 된 문장을 찾으십시오.",
    "상대방에게 큰 글씨를 보여 주거나 그 아래 회색 줄을 소리 내어 읽으십시오.",
    "질문한 뒤에는 상대방이 네모 칸의 대답을 손가락으로 가리키게 하십시오.",
    "A4 용지에 100 % 크기로(‘페이지에 맞춤’ 없이) 인쇄하여 점선을 따라 자르십시오.",
)
"""The pocket cards' instructions, one step a line."""
