"""Everything phrasebook shows a reader of English: one key, one text."""

from __future__ import annotations

STRINGS: dict[str, str] = {
    "say": "Say",
    "notes": "Notes",
    "nk": "North Korea",
    "answers": "Answers",
    "see": "See also",
    "source": "Source",
    "variants": "Also",
    "title": "Pocket phrasebook",
    "date": "Printed",
    "contents": "Contents",
    "phrases": "Phrases",
    "cards": "Cards",
    "how": "How to use",
    "search_placeholder": "Type a phrase in any language…",
    "all_categories": "All",
    "category": "Category",
    "point_hint": "Point at your answer",
    "not_sure": "Not sure — closest phrases",
    "sounds_like": "sounds like",
    "keys_as_korean": "Keys read as Korean:",
    "more_answers": "More",
    "handover_title": "What do you want to say? Choose.",
    "handover_type": "Or type it here…",
    "handover_hint_tiles": "↑ ↓ ← → move   Enter choose   1–9, 0 a number   or type",
    "handover_hint_list": "↑ ↓ move   Enter choose   ← or Backspace back",
    "handover_back": "← Back",
    "handover_none": "Nothing found. Try other words, or go back and choose.",
    "handover_holder": "Their screen — Esc: back to the phrasebook",
    "group_body_map": "Where it hurts: point",
    "group_pain": "Pain and wounds",
    "group_food": "Water and food",
    "group_rest": "Toilet, sleep, things I need",
    "group_ask": "Questions",
    "group_family": "Family and home",
    "group_answers": "Yes, no, numbers",
    "group_plea": "Don't shoot! I surrender",
    "group_self": "About me",
    "group_army": "In the unit",
    "readback_chose": "They chose:",
    "readback_where": "It hurts here:",
    "readback_answers": "Your answers: Enter shows the first, 1–9 the one you pick; Esc: back",
    "readback_no_answers": "Enter or Backspace: give the screen back",
    "doctor_title": "This machine",
    "doctor_all_ok": "Everything phrasebook needs is here.",
    "doctor_some_missing": "Something is missing: see how to fix it below.",
    "doctor_fix": "Fix",
    "script_hangul": "Hangul",
    "script_cyrillic": "Cyrillic",
    "script_latin": "Latin",
    "doctor_font_ok": "Large letters: drawn with {fonts}.",
    "doctor_font_bad": "Large letters: not available for {scripts}; show mode uses ordinary text.",
    "doctor_font_fix": (
        "install the display extra (pip install 'phrasebook[display]'; make run does it), or "
        "name a font file that has these letters: phrasebook config set font FILE"
    ),
    "doctor_cards_ok": "Pocket cards: they carry their own fonts.",
    "doctor_cards_bad": "Pocket cards: no font to embed for {scripts}; they may print as boxes.",
    "doctor_cards_fix": (
        "install the display extra (pip install 'phrasebook[display]'), or name a font file: "
        "phrasebook config set font FILE"
    ),
    "doctor_speech_ok": "Speech: {engine}.",
    "doctor_speech_bad": "Speech: no speech engine; phrases cannot be spoken.",
    "doctor_speech_fix": (
        "install the speech extra (pip install 'phrasebook[speech]') or espeak-ng (apt install "
        "espeak-ng)"
    ),
    "doctor_player_ok": "Sound: played with {player}.",
    "doctor_player_bad": "Sound: no audio player ({names}); spoken phrases cannot be heard.",
    "doctor_player_fix": (
        "install one of them, e.g. apt install alsa-utils (aplay) or pulseaudio-utils (paplay)"
    ),
    "doctor_models_ok": "Translation models: {pair} installed.",
    "doctor_models_bad": (
        "Translation models: none for {missing}; free text is translated from the phrasebook only."
    ),
    "doctor_models_fix": (
        "bring a model file and run phrasebook models install FILE.argosmodel, or with a "
        "network: {command}"
    ),
    "doctor_terminal_ok": "Screen: {size} characters.",
    "doctor_terminal_bad": (
        "Screen: {size} characters, smaller than {need}; the screens are cramped."
    ),
    "doctor_terminal_fix": "make the window larger or its font smaller",
    "doctor_unicode_ok": "Letters: the terminal writes {encoding}.",
    "doctor_unicode_bad": (
        "Letters: the terminal writes {encoding}; Hangul and Cyrillic may not show."
    ),
    "doctor_unicode_fix": "use a UTF-8 locale, e.g. export LANG=C.UTF-8",
    "doctor_folders_ok": "Folders: settings and favourites can be saved ({folders}).",
    "doctor_folders_bad": (
        "Folders: {folders} cannot be written; settings and favourites are not kept."
    ),
    "doctor_folders_fix": (
        "make them writable, or set PHRASEBOOK_CONFIG_DIR and PHRASEBOOK_DATA_DIR to folders "
        "that are"
    ),
    "warn_big_letters": (
        "Large letters are not available here: show mode uses ordinary text. F1 says how to fix it."
    ),
    "say_how": "How to say it",
    "lang_en": "English",
    "lang_ru": "Russian",
    "lang_uk": "Ukrainian",
    "lang_ko": "Korean",
    "register_formal": "formal",
    "register_neutral": "neutral",
    "register_plain": "plain",
    "register_polite": "polite",
    "dialect_nk": "North Korea",
    "dialect_south": "South Korea",
    "nothing_found": "Nothing found: try fewer words or another spelling.",
    "starred": "★ starred",
    "unstarred": "★ unstarred",
    "favourites_title": "★ Favourites",
    "favourites_empty": "No favourites yet: press F4 on a phrase to star it.",
    "history_title": "Recent lookups",
    "history_empty": "Nothing looked up yet.",
    "pair_i_speak": "I speak",
    "pair_they_speak": "They speak",
    "pair_ok": "OK",
    "pair_cancel": "Cancel",
    "pair_same": "Choose two different languages.",
    "settings_not_saved": (
        "Settings could not be saved; the change is kept until you quit. F1 says more."
    ),
    "lexicon_warning": "{warning} (F1 lists it)",
    "speech_failed": "Cannot speak here: F1 says what is missing.",
    "translate_keys": "Ctrl+R translates, F9 swaps",
    "translate_from_lexicon": "from the phrasebook",
    "translate_machine": "machine translation · {route} · CHECK before relying on it",
    "translate_no_model": (
        "No translation model for this pair, and the phrasebook has no such phrase. F1 says "
        "how to add a model."
    ),
    "translate_failed": "Translation failed: the model could not be used. F1 says more.",
    "help_title": "phrasebook — keys",
    "help_everywhere": "Everywhere",
    "help_lookup": "Lookup",
    "help_show": "Show mode",
    "help_translate": "Translate",
    "help_pickers": "Favourites and history",
    "help_handover": "Hand-over (their screen)",
    "help_readback": "Hand-over read-back (yours)",
    "help_tip": (
        "Type in any language or keyboard layout; Latin letters work for Korean and Cyrillic "
        "too. Make the terminal font bigger (Ctrl and +) for a larger show mode."
    ),
    "palette_placeholder": "Search for a phrase or a command…",
    "key_help": "Help",
    "key_theme": "Light/dark",
    "key_quit": "Quit",
    "key_palette": "Commands",
    "key_show": "Show",
    "key_speak": "Speak",
    "key_star": "★ Star",
    "key_favourites": "Favourites",
    "key_history": "History",
    "key_translate": "Translate",
    "key_pair": "Languages",
    "key_swap": "Swap",
    "key_hand-over": "Hand over",
    "key_categories": "Category",
    "key_next": "Next",
    "key_previous": "Previous",
    "key_page-down": "Page down",
    "key_page-up": "Page up",
    "key_clear": "Clear",
    "key_close": "Back",
    "key_next-card": "Next answer",
    "key_previous-card": "Previous answer",
    "key_next-phrase": "Next phrase",
    "key_previous-phrase": "Previous phrase",
    "key_close-translate": "Back",
    "key_run": "Translate",
    "key_swap-translate": "Swap",
    "key_back": "Back",
    "key_unstar": "★ Unstar",
    "key_leave": "Back to lookup (the holder)",
    "key_back-to-tiles": "Back to the tiles",
    "key_arrows": "Move; in a list: back to the tiles",
    "key_tile-digit": "Open a tile by its number (1–9, 0)",
    "key_show-answer": "Show my answer",
    "key_answer-digit": "Show answer 1–9",
    "key_back-to-them": "Back to them",
    "key_cancel": "Cancel",
    "key_close-help": "Close",
    "cmd_swap": "Swap languages",
    "cmd_swap_help": "Exchange my language and theirs",
    "cmd_pair": "Choose languages",
    "cmd_pair_help": "Set “I speak” and “They speak”",
    "cmd_favourites": "Favourites",
    "cmd_favourites_help": "Starred phrases",
    "cmd_history": "History",
    "cmd_history_help": "Recently looked-up phrases",
    "cmd_hand_over": "Hand over",
    "cmd_hand_over_help": "Turn the screen to them: they choose what to say",
    "cmd_translate": "Translate free text",
    "cmd_translate_help": "The phrasebook first, then the offline model",
    "cmd_theme": "Light or dark",
    "cmd_theme_help": "Switch between a light and a dark screen",
    "cmd_help": "Keys",
    "cmd_help_help": "Every key of every screen, and what this machine lacks",
}

HOW_TO: tuple[str, ...] = (
    "Find the phrase in your language (left column).",
    "Show them the large text, or read aloud the grey line under it.",
    "After a question, let them point at an answer in a box.",
    "Print on A4 at 100 % (not “fit to page”); cut along the dashed lines.",
)
"""The pocket cards' instructions, one step a line."""
