"""The fast paths give the same answers as the plain way of computing them.

One Aho-Corasick scan finds trigger keywords instead of a ``str.find`` loop per keyword; the accent
and look-alike scans start at the rare non-ASCII character; HTML lines, spaced letters, IBAN/"48h"/
address candidates are found with C-level string and bytes methods. Each is checked here against the
straightforward version on generated text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze import indicators as ind
from standfast.analyze import normalize as nz
from standfast.analyze.lexicon import ACCENT_BAIT
from standfast.analyze.patterns import EMAIL, URL
from standfast.analyze.triage import _accent_tricks
from standfast.analyze.wordstart import WordStartPhrases


@pytest.fixture(autouse=True)
def _fast_forms_from_the_first_search(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The phrase lists' fast forms are compared from their first search here, not after the warm-up that spares a
    one-message command from building them."""
    from standfast.analyze import wordstart

    monkeypatch.setattr(wordstart, "WARM_UP", 0)
    yield

_KEYWORDS = sorted({w for group in ind._TRIGGER_GROUPS for w in group})
PIECES = st.sampled_from([*_KEYWORDS, " ", "a", "x", "1", "\n", "é", "s", "ur", "€", "tel", "hour"])
TEXTS = st.lists(PIECES, max_size=60).map("".join)


def _naive_windows(text: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        return [(0, len(text))]
    spots = []
    for w in words:
        i = low.find(w)
        while i != -1:
            spots.append((max(0, i - before), min(len(text), i + len(w) + after)))
            i = low.find(w, i + 1)
    spots.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spots:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_trigger_scan_finds_every_occurrence(text: str) -> None:
    trig = ind._Triggers(text, text.lower())
    for group in ind._TRIGGER_GROUPS:
        assert trig.windows(group, 5, 7) == _naive_windows(text, group, 5, 7), group


_OLD_WORD = re.compile(r"[^\s\x00-\x7f]\w*|\w+[^\s\x00-\x7f]\w*")


def _naive_accent_tricks(text: str) -> int:
    count = 0
    for m in _OLD_WORD.finditer(text):
        word = m.group()
        if len(word) > 20:
            continue
        plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
        if plain.strip(".,:;!?\"'()") in ACCENT_BAIT:
            count += 1
    return count


WORDS = st.sampled_from(["bítcóin", "wállet", "yóu", "pay", "the", "hacKed", "b\u0301itcoin", "naïve", "日本",
                         "(páyment)", "porn", " ", "\n", ",", "’", "x" * 25, "é" * 3])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(WORDS, max_size=40))
def test_accent_scan_matches_word_regex(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _accent_tricks(text) == _naive_accent_tricks(text)


def test_valid_iban_found_without_a_bank_word() -> None:
    text = "Transfer it to DE89 3704 0044 0532 0130 00 today. Ref GB82WEST12345698765433 and XDE89370400440532013000."
    found = [i for i in ind.extract_indicators(text) if i.type == "iban"]
    assert [(i.normalized, i.valid) for i in found] == [("DE89370400440532013000", True)]


def test_mistyped_iban_reported_only_next_to_a_bank_word() -> None:
    found = [i for i in ind.extract_indicators("IBAN: GB82WEST12345698765433") if i.type == "iban"]
    assert [(i.normalized, i.valid) for i in found] == [("GB82WEST12345698765433", False)]


# --- C-level scans added for throughput (each against its plain version) -------------------------


HTML_PIECES = st.sampled_from([
    "<", ">", "/", "p", "P", "div", "DIV", "br", "span", "<!--", "-->", "<!", "style", "STYLE", "script",
    "head", "</", " ", "\n", "\r\n", "\r", "\t", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u2028", "\xa0",
    "a", "é", "ſ", "&amp;", "&#98;", "x", "_", "\x01", "\x02", "=", '"', "section", "pre", "li", "<td>", "</tr>",
])


@settings(max_examples=400, deadline=None)
@given(markup=st.lists(HTML_PIECES, max_size=50).map("".join))
def test_html_to_text_matches_line_by_line_version(markup: str) -> None:
    assert nz.html_to_text(markup) == nz._html_to_text_reference(markup)


NON_ASCII_PIECES = st.sampled_from([
    "a", "b", "?", " ", "1", "_", "\n", ".", "а", "е", "\u200b", "\uff41", "\uff42", "é", "ß", "٣", "ⅰ",
    "\U0001d41a", "ı", "·", "\xad", "Ω", "ο", "\ud800",
])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(NON_ASCII_PIECES, max_size=40).map("".join))
def test_non_ascii_runs_give_whole_text_answers(text: str) -> None:
    table, confusables = nz._tables()
    spans = nz.non_ascii_spans(text)
    assert spans == [m.span() for m in re.finditer(r"[^\x00-\x7f]+", text)]
    assert nz._count_tricks(text, confusables) == nz._count_tricks_reference(text, confusables)
    assert nz._translate_spans(text, spans, table) == re.sub(
        r"[^\x00-\x7f]+", lambda m: m.group().translate(table), text)


SPACED_PIECES = st.sampled_from([*"abxyz.-/ _*|~+19\n", "b.i.t.c.o.i.n", "b i t c o i n", "K", "é", "5"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(SPACED_PIECES, max_size=40).map("".join))
def test_spaced_letter_segments_match_whole_text_sub(text: str) -> None:
    low = text.lower()
    shape = low.encode("ascii", "replace").translate(nz._SHAPE)
    assert nz._sub_in_segments(nz._SPACED, low, shape, b"a.a.a.a", b" #", lambda m: "<>") == nz._SPACED.sub(
        lambda m: "<>", low)
    assert nz._sub_in_segments(nz._SPACED_BLANK, low, shape, b"a a a a a", b".#", lambda m: "<>") == (
        nz._SPACED_BLANK.sub(lambda m: "<>", low))


SHAPE_PIECES = st.sampled_from(["DE", "GB", "89", "37", "0400", "4405", "1", "h", " h", "5h", "x", " ", "é",
                                "A" * 5, "7" * 9, "bc1", "\u00e9" * 2, "_", "Z" * 26, "q" * 30])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(SHAPE_PIECES, max_size=30).map("".join))
def test_byte_shape_scans_match_regexes(text: str) -> None:
    assert [m.span() for m in ind._digit_h(text)] == [m.span() for m in ind._DIGIT_H.finditer(text)]
    runs = [(a, b) for a, b, _r in ind._long_runs(text)]
    want = [m.span() for m in re.finditer(r"[0-9A-Za-z]{25,}", text)
            if not ((m.start() > 0 and text[m.start() - 1].isalnum())
                    or (m.end() < len(text) and text[m.end()].isalnum()))]
    assert runs == want


EMAIL_PIECES = st.sampled_from(["@", "[@]", "[at]", "[AT]", "[", "]", "a", "Z", "9", ".", "-", "_", "%", "+", "com",
                                "x.org", " ", "\n", "é", "@@", "a" * 40, "b" * 70, "[.]", "mail"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(EMAIL_PIECES, max_size=40).map("".join), before=st.sampled_from([66, 3, 0]),
       after=st.sampled_from([260, 5, 0]))
def test_email_starts_found_from_separators_match_the_window_scan(text: str, before: int, after: int) -> None:
    windows = ind._windows(ind._Triggers(text, text.lower()), ("@", "[at]"), before, after)
    assert [m.span() for m in ind._email_matches(text, windows)] == \
        [m.span() for m in ind._finditer(EMAIL, text, windows)]


DOT_PIECES = st.sampled_from([".", "[.]", "(.)", "[dot]", "[", "(", ")", "]", "ab", "com", "x", "é", " ", "_", "1",
                              "a" * 25, "..", "[dot", "(."])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(DOT_PIECES, max_size=30).map("".join))
def test_dot_words_in_two_scans_match_the_alternation(text: str) -> None:
    assert ind._dot_words(text) == [m.span() for m in ind._DOT_WORD.finditer(text)]


URL_PIECES = st.sampled_from(["http", "https", "hxxp", "h[tt]p", "HTTP", "ftp", "fp", "://", "[:]//", "//", ":", "/",
                              "s", "h", "F", "tt", "x", "www.", "[.]", " ", "a.com", "é", "(", "///", "h" * 12])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(URL_PIECES, max_size=40).map("".join))
def test_url_starts_found_from_slashes_match_the_scan(text: str) -> None:
    assert [m.span() for m in ind._url_matches(text)] == [m.span() for m in URL.finditer(text)]


def test_lone_surrogates_do_not_break_the_keyword_scan() -> None:
    text = "call me \ud800 phone 415 555 0100, pay $500 in 48 hours \udfff"
    types = {i.type for i in ind.extract_indicators(text)}
    assert {"amount", "deadline"} <= types


def test_mostly_non_latin_text_takes_the_regex_path_with_the_same_answer(monkeypatch) -> None:
    words = ["bіtcoin", "hасked", "wébcam", "привет", "мир", "\u200bpay", "ｂｉｔｃｏｉｎ", "b.i.t.c.o.i.n",
             "日本語", "?"]
    text = " ".join(words[i % len(words)] for i in range(3000))
    assert nz.many_non_ascii(text)
    regex_path = nz.normalize(text)
    regex_tricks = _accent_tricks(text)
    monkeypatch.setattr(nz, "_MANY_NON_ASCII", 10**9)
    assert not nz.many_non_ascii(text)
    runs_path = nz.normalize(text)
    assert (runs_path.text, runs_path.tricks) == (regex_path.text, regex_path.tricks)
    assert _accent_tricks(text) == regex_tricks


LEET_PIECES = st.sampled_from(["h4ck", "y0ur", "p1cs", "$500", "@", "$", "a", "b1", "1a", "abc", "12", " ", "-",
                               "é", "x" * 14, "b1tc01n", "0", "\n", "ü1", "/", "3", "@@a"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(LEET_PIECES, max_size=40).map("".join))
def test_leet_runs_match_the_lookbehind_regex(text: str) -> None:
    assert list(nz._leet_runs(text)) == [m.span() for m in nz._LEET_WORD.finditer(text)]


ENDING_PIECES = st.sampled_from(["hacke", "é", "É", "í", "Í", "ei", "EI", "eı", "rò", "RÒ", "rai", "RAI", "raı",
                                 "İ", "ab", "_", "1", " ", ".", "ñ", "x", "ò", "r"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(ENDING_PIECES, max_size=30).map("".join))
def test_first_person_endings_match_the_case_insensitive_regex(text: str) -> None:
    from standfast.analyze import speech

    assert speech._first_person_endings(text) == [m.span() for m in speech._FIRST_PERSON_ENDING.finditer(text)]


LOOSE_PIECES = st.sampled_from(["pay", "or", "i have", "ur pics", "your mom", "post", "tonight", "scammers",
                                "bitcoin", "hacked", "kill", "send", "video", "48 hours", "unless", " ", ".",
                                "example", "$200", "wyślę", "tengo", "fotos", "a tu familia", "or i post",
                                "password", "back", "5 min", "shame if", "your dad", "saw", "the video",
                                "got those", "the xbox", "goes in my wardrobe", "jk"])


def _eager_loose_threat(norm: str, raw: str, words: int) -> bool:
    """The safety net without its shortcut: every family searched up front, every combination tried.

    The lazy net returns early when no exposure, possession, demand, harm, veiled threat or ransom is there;
    this asks the same combinations without that gate, so a combination added without its family in the gate
    fails here (the combinations themselves are not copied, so they cannot drift from loose.py)."""
    from standfast.analyze import loose as lo

    signs = lo.loose_signs(norm, raw, words)
    if not signs.short:
        return False
    for name in lo._FAMILIES:
        getattr(signs, name)
    return signs._combined() and not signs.talk_about and not signs._grounded()


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(LOOSE_PIECES, max_size=25))
def test_lazy_loose_signs_match_every_family_searched(parts: list[str]) -> None:
    from standfast.analyze import loose

    text = " ".join(parts)
    norm = nz.normalize(text).text
    words = len(norm.split())
    assert loose.loose_signs(norm, text, words).threat == _eager_loose_threat(norm, text, words)


SENTENCE_PIECES = st.sampled_from(["I", "will", "send", "ur", "pics", ".", "!", "?", ";", "\n", " ", ",", "¿", "¡",
                                   "é", "qxqsentenceqxq", "a" * 45 + ",", "\t", "...", "x"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(SENTENCE_PIECES, max_size=40).map("".join))
def test_sentence_reader_words_are_the_tokenized_text(text: str) -> None:
    from standfast.analyze.matcher import tokenize
    from standfast.analyze.speech import LANGS, read_speech

    norm = nz.normalize(text).text
    sp = read_speech(norm, text, LANGS)
    assert sp.tokens is None or sp.tokens == tokenize(norm)


BREAK_PIECES = st.sampled_from([".", "!", "?", ";", "\n", "¿", "¡", " ", "\t", "a", "ok", "\u00a0", "\u2028", ",",
                                "...", "?!", "\r", "x.y"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(BREAK_PIECES, max_size=40).map("".join))
def test_sentence_breaks_match_the_plain_pattern(text: str) -> None:
    from standfast.analyze import speech

    assert speech._SENTENCE.split(text) == speech._SENTENCE_PLAIN.split(text)


WRAP_PIECES = st.sampled_from(["a" * 39, "word ", ",", "\n", " ", "\t", "Name:", "x", ":", "\n\n", ", "])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(WRAP_PIECES, max_size=30).map("".join))
def test_wrapped_line_joins_match_the_plain_pattern(text: str) -> None:
    from standfast.analyze import speech

    assert speech._WRAPPED.sub(", ", text) == speech._WRAPPED_PLAIN.sub(" ", text)


def _phrase_lists() -> dict[str, WordStartPhrases]:
    from standfast.analyze import loose, speech, triage

    found = {f"loose.{k}": v for k, v in loose._FAMILIES.items() if isinstance(v, WordStartPhrases)}
    found.update({"loose.condition": loose.CONDITION, "loose.strong_condition": loose.STRONG_CONDITION,
                  "speech.advice": speech._ADVICE, "triage.asks": triage._ASKS_ABOUT_RECEIVED})
    return found


def _phrase_words() -> list[str]:
    words = {w for p in _phrase_lists().values() for w in re.findall(r"[^\W\d_]+", p.pattern)}
    return sorted(words - {"w", "b", "d", "s"})


PHRASE_PIECES = st.sampled_from([*_phrase_words(), " ", " ", " ", "\n", "'", "$", "5", "12", "_", "x", "é", "İ",
                                 "ı", "ſ", "\u212a", "ж", "?", "-"])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(PHRASE_PIECES, max_size=30))
def test_letter_first_phrase_search_matches_the_plain_pattern(parts: list[str]) -> None:
    from standfast.analyze import wordstart

    text = "".join(parts)
    saved = wordstart.LONG_TEXT
    try:
        for long_text in (saved, 0):  # 0: every text is first scanned for the literal openings
            wordstart.LONG_TEXT = long_text
            for name, phrases in _phrase_lists().items():
                for variant in (text, text.upper(), text + " " * saved):
                    assert (phrases.search(variant) is None) == (phrases.plain.search(variant) is None), name
    finally:
        wordstart.LONG_TEXT = saved


def test_letter_first_phrase_search_reads_every_character_as_the_plain_pattern() -> None:
    """Each character of the Basic Multilingual Plane in front of a phrase's tail, and before it: the same
    answers as the plain pattern (case folds such as "İ", "ſ" and the Kelvin sign included)."""
    for ignorecase in (True, False):
        phrases = WordStartPhrases(["ky", "iy", "sy", "ay", r"\$y", r"\d+y", "жy", "(?:q|é)y", "(?:ab )?zy"],
                                   ignorecase=ignorecase, suffix=r"\b")
        for cp in range(0x10000):
            c = chr(cp)
            if 0xD800 <= cp < 0xE000:
                continue
            for text in (f" {c}y", f"{c}y", f"{c}ky", f"{c}zy", f"ab {c}y"):
                assert (phrases.search(text) is None) == (phrases.plain.search(text) is None), (ignorecase, cp, text)


def test_phrases_are_split_into_alternatives_that_match_the_same_texts() -> None:
    from standfast.analyze.wordstart import _expand, _first_atom

    assert _expand("(?:i|we) (?:got|had) it") == ["i (?:got|had) it", "we (?:got|had) it"]
    assert _expand("(?:tu )?sabes") == ["sabes", "tu sabes"]
    assert _expand("(?:a|b)+c") == ["(?:a|b)+c"]
    assert _expand("(?:a|[|)]x)y") == ["ay", "[|)]xy"]
    assert _first_atom("post(?:s|ed)?") == ("p", "ost(?:s|ed)?")
    assert _first_atom(r"\d+ ?h") == (r"\d", r"\d* ?h")
    assert _first_atom("a?b") is None
    assert _first_atom("ab|cd") is None
    assert _first_atom(r"(\w)x\1") is None
    assert _first_atom(r"\w+ mo") is None


def test_literal_openings_begin_every_match() -> None:
    from standfast.analyze.wordstart import _literals, _prefixes

    assert _prefixes("post(?:s|ing|ed)?\\b") == (["post", "posts", "posting", "posted"], False)
    assert _prefixes("don'?t pay") == (["dont pay", "don't pay"], True)
    assert _prefixes(r"send \d+") == (["send "], False)
    assert _prefixes("ab|c(?:d|e)") == (["ab", "cd", "ce"], True)
    assert _literals(["Is (?:this|it) real", r"\$5"], ignorecase=True) == ["$5", "is it real", "is this real"]
    assert _literals([r"\d+ hours"], ignorecase=True) is None  # a class opens it
    assert _literals(["(?:a )?b"], ignorecase=True) is None  # "b" alone: one letter
    assert _literals(["видео"], ignorecase=True) is None  # case variants beyond str.lower's reach


def test_the_fast_forms_are_built_only_after_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from standfast.analyze import wordstart

    monkeypatch.setattr(wordstart, "WARM_UP", 3)
    phrases = WordStartPhrases(["post(?:s|ed)?", "leak", "send (?:them|it)"], ignorecase=True)
    texts = ["i will POST them", "nothing here", "or i send it to ur mum", "leaked", "a quiet line " * 10]
    answers = [phrases.search(t) is not None for t in texts]
    assert answers == [phrases.plain.search(t) is not None for t in texts] == [True, False, True, True, False]
    assert phrases._built  # the fourth search built them, and its answer and the fifth agree with the plain pattern
