"""The WhatsApp reader's shortcuts skip work only where it could find nothing: a long plain message
skips _message's checks, a short one the "media omitted / message deleted" match when its first or
last letter rules every phrase out. Checked against strings hypothesis builds from the patterns."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.ingest import whatsapp
from standfast.ingest.records import Message

_PIECES = ["<Media omitted>", "image omitted", "This message was deleted", " (file attached)", "IMG-1.jpg",
           "<attached: 1.jpg>", "end-to-end encrypted", "Ende-zu-Ende", "<This message was edited>", "\u200e",
           "\u202f", " ", "\n", "-", "(", ")", "<", ">", "ok", "bout", "XTREM", "send the money now", "😊", "é"]


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.from_regex(whatsapp._OMITTED_OR_DELETED, fullmatch=True))
def test_the_omitted_or_deleted_shortcut_lets_every_phrase_through(text: str) -> None:
    plain = text.strip()
    if whatsapp._OMITTED_OR_DELETED.match(plain):
        assert whatsapp._may_be_omitted_or_deleted(plain), plain


def test_the_omitted_or_deleted_shortcut_on_known_phrases() -> None:
    for text in ("<Media omitted>", "image omitted", "GIF omitted", "Contact card omitted", "This message was deleted",
                 "You deleted this message.", "Questo messaggio è stato eliminato", "VIDEO OMITIDO", "sticker omitted",
                 "document omitted", "Medya dahil edilmedi", "imagem ocultada"):
        assert whatsapp._may_be_omitted_or_deleted(text) and whatsapp._OMITTED_OR_DELETED.match(text), text
    assert not whatsapp._may_be_omitted_or_deleted("ok see you")  # ends in "u"
    assert not whatsapp._may_be_omitted_or_deleted("hello there")  # starts with "h"


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=14).map("".join))
def test_a_plain_message_is_what_message_would_make(text: str) -> None:
    """When _plain says a text needs no checks, _message makes exactly the plain record of it."""
    if whatsapp._plain(text):
        made = whatsapp._message("whatsapp", "chat", "Kai", text, 7, "13/03/2024, 21:03", "_chat.txt", 3,
                                 ("local_time_assumed",), False)
        assert made == Message("whatsapp", "chat", "Kai", text, 7, "13/03/2024, 21:03", "_chat.txt", 3, (), (), (),
                               None, False, ("local_time_assumed",))
