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
    "handover_title": "무엇을 말하고 싶습니까? 고르십시오.",
    "handover_type": "여기에 글로 써도 됩니다…",
    "handover_hint_tiles": "↑ ↓ ← → 이동   Enter 선택   1–9, 0 번호   글로 써도 됩니다",
    "handover_hint_list": "↑ ↓ 이동   Enter 선택   ← 또는 Backspace 뒤로",
    "handover_back": "← 뒤로",
    "handover_none": "찾지 못했습니다. 다르게 써 보거나 뒤로 가서 고르십시오.",
    "handover_holder": "상대방 화면 — Esc: 회화집으로 돌아가기",
    "group_body_map": "아픈 곳: 가리키기",
    "group_pain": "아픔과 상처",
    "group_food": "물과 음식",
    "group_rest": "화장실, 잠, 필요한 것",
    "group_ask": "질문",
    "group_family": "가족과 집",
    "group_answers": "예, 아니요, 숫자",
    "group_plea": "쏘지 마십시오! 항복합니다",
    "group_self": "저에 대하여",
    "group_army": "부대에서",
    "readback_chose": "상대방이 고른 말:",
    "readback_where": "아픈 곳:",
    "readback_answers": "대답: Enter는 첫 번째를, 1–9는 고른 것을 보여 줍니다. Esc는 뒤로",
    "readback_no_answers": "Enter 또는 Backspace: 화면을 상대방에게 돌려주기",
}

HOW_TO: tuple[str, ...] = (
    "왼쪽 칸에서 자기 말로 된 문장을 찾으십시오.",
    "상대방에게 큰 글씨를 보여 주거나 그 아래 회색 줄을 소리 내어 읽으십시오.",
    "질문한 뒤에는 상대방이 네모 칸의 대답을 손가락으로 가리키게 하십시오.",
    "A4 용지에 100 % 크기로(‘페이지에 맞춤’ 없이) 인쇄하여 점선을 따라 자르십시오.",
)
"""The pocket cards' instructions, one step a line."""
