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
    "learn": "학습",
    "learn_choose": "덱을 고르고 Enter를 누르세요. D로 말하기와 알아듣기를 바꿉니다.",
    "learn_mode_say": "말하기: 내 말 → 상대 말",
    "learn_mode_recognise": "알아듣기: 상대 말 → 내 말",
    "learn_say": "상대방 언어로 소리 내어 말해 보세요",
    "learn_recognise": "무슨 뜻일까요?",
    "learn_reveal": "스페이스: 답 보기 · F3: 듣기",
    "learn_grade": "1 다시 · 2 어려움 · 3 좋음 · 4 쉬움",
    "learn_done": "학습 끝",
    "learn_seen": "본 카드",
    "learn_accuracy": "정확도",
    "learn_next": "다음 복습",
    "learn_nothing_due": "지금 이 덱에는 복습할 카드가 없습니다.",
    "learn_new": "새 카드",
    "learn_due": "복습",
}

HOW_TO: tuple[str, ...] = (
    "왼쪽 칸에서 자기 말로 된 문장을 찾으십시오.",
    "상대방에게 큰 글씨를 보여 주거나 그 아래 회색 줄을 소리 내어 읽으십시오.",
    "질문한 뒤에는 상대방이 네모 칸의 대답을 손가락으로 가리키게 하십시오.",
    "A4 용지에 100 % 크기로(‘페이지에 맞춤’ 없이) 인쇄하여 점선을 따라 자르십시오.",
)
"""The pocket cards' instructions, one step a line."""
