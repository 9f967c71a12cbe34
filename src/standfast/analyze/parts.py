"""Cut a long message into overlapping parts of a few sentences, so that a late threat can be read on its own.

The learned model reads the opening of a text (``learned.text.MAX_CHARS``) and the short-message net reads only
chat-length messages, so a long e-mail whose threat sits in its fourth paragraph ("If I don't have it by the 30th,
the file goes to your wife") was read by the sentence rules alone. Triage shows the model the parts of such a
message that the quick reader (the sieve) finds most like a threat. Parts hold whole sentences (a sentence is never
split unless it alone is longer than a part) and overlap by about half, so a threat spread over two sentences on a
part's edge stands whole in the next part.
"""

from __future__ import annotations

import re

# About as much as the model reads of one text (600 characters are ~100 words in the languages it reads).
PART_WORDS = 100
# Only the first characters of a very long paste are cut into parts: the cost stays bounded, and the threats of
# the labelled long messages (up to ~350 words) all stand well inside this.
MAX_CHARS = 6000

# A sentence ends at . ! ? … (and their full-width forms) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026\u3002\uff01\uff1f])\s+|\s*\n\s*")


def _sentences(text: str, words: int) -> list[list[str]]:
    out: list[list[str]] = []
    for piece in _SENTENCE_END.split(text[:MAX_CHARS]):
        run = piece.split()
        # (a sentence longer than a part is cut into part-sized runs of words)
        out.extend(run[start:start + words] for start in range(0, len(run), words))
    return out


def parts(text: str, words: int = PART_WORDS) -> list[str]:
    """Overlapping runs of whole sentences of at most ``words`` words, covering the first ``MAX_CHARS`` of ``text``.

    Each part starts about ``words // 2`` words after the previous one; the last part ends at the text's end. A
    text of ``words`` words or fewer is one part.
    """
    if words < 2:
        raise ValueError("a part holds at least two words")
    sentences = [s for s in _sentences(text, words) if s]
    out: list[str] = []
    start = 0
    while start < len(sentences):
        end, count = start, 0
        while end < len(sentences) and (count + len(sentences[end]) <= words or end == start):
            count += len(sentences[end])
            end += 1
        out.append(" ".join(" ".join(s) for s in sentences[start:end]))
        if end >= len(sentences):
            break
        moved = 0
        while start < end - 1 and moved < words // 2:
            moved += len(sentences[start])
            start += 1
        if moved == 0:
            start += 1
    return out
