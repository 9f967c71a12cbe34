"""Golden files for every pre-filled report shape and every removal request."""

from __future__ import annotations

import pytest

from standfast.errors import UsageError
from standfast.reports.removal import removal_text
from standfast.reports.texts import available_channels, channel_text
from tests.reports.conftest import check_golden, scrub

ADULT_CHANNELS = ("us-ic3", "police", "us-fbi-tips", "plat-instagram", "int-meta-stop-sextortion", "int-stopncii",
                  "us-ccri-helpline", "gb-report-fraud", "gb-ceop", "au-esafety", "au-reportcyber", "au-accce",
                  "ca-cybertip", "plat-facebook", "plat-snapchat", "plat-tiktok", "plat-discord", "plat-x",
                  "plat-telegram")
MINOR_CHANNELS = ("us-ncmec-cybertipline", "int-take-it-down", "plat-instagram", "us-fbi-tips")


def test_available_channels_follow_the_plan(adult_case, minor_case) -> None:
    adult = [c.id for c in available_channels(*adult_case)]
    minor = [c.id for c in available_channels(*minor_case)]
    assert "us-ic3" in adult and "plat-instagram" in adult and "int-stopncii" in adult
    assert "us-ncmec-cybertipline" in minor and "int-take-it-down" in minor and "int-stopncii" not in minor


@pytest.mark.parametrize("channel", ADULT_CHANNELS)
def test_adult_channel_text(adult_case, channel: str) -> None:
    vault, case_id = adult_case
    text = channel_text(vault, case_id, channel)
    assert "Standfast does not send anything" in text and "Attachments to include" in text
    check_golden(f"adult-{channel}.txt", scrub(text, vault, case_id))


@pytest.mark.parametrize("channel", MINOR_CHANNELS)
def test_minor_channel_text(minor_case, channel: str) -> None:
    vault, case_id = minor_case
    text = channel_text(vault, case_id, channel)
    assert ".jpg" not in text.split("Attachments to include")[1]  # never an image as an attachment
    check_golden(f"minor-{channel}.txt", scrub(text, vault, case_id))


def test_ic3_fields(adult_case) -> None:
    text = channel_text(*adult_case, "us-ic3")
    for field in ("== Victim Information ==", "== Financial Transaction(s) ==",
                  "== Information About The Subject(s) ==",
                  "== Description of Incident ==", "Received: from mail.example.net", "$DemoLenaPay"):
        assert field in text


def test_spanish_framing(adult_case) -> None:
    text = channel_text(*adult_case, "police", lang="es")
    assert "Standfast no envía nada" in text


def test_unknown_channel(adult_case) -> None:
    with pytest.raises(UsageError):
        channel_text(*adult_case, "no-such-channel")


REMOVALS = [
    ("search", {"urls": ["https://pics.example.com/a/1"], "name": "Alex Demo"}),
    ("host", {"urls": ["https://pics.example.com/a/1", "https://www.other.example.org/x"]}),
    ("copyright", {"urls": ["https://pics.example.com/a/1"], "name": "Alex Demo", "contact": "alex@example.org"}),
    ("host", {"include_hashes": False, "site": "Example Pics"}),
]


@pytest.mark.parametrize(("kind", "choices"), REMOVALS)
def test_removal_texts(adult_case, kind: str, choices: dict) -> None:
    vault, case_id = adult_case
    text = removal_text(vault, case_id, kind, **choices)
    for url in choices.get("urls", []):
        assert url in text
    assert ("SHA-256" in text) == choices.get("include_hashes", True)
    tag = "-".join(sorted(choices))
    check_golden(f"removal-adult-{kind}-{tag}.txt", scrub(text, vault, case_id))


@pytest.mark.parametrize("kind", ["search", "host", "copyright"])
def test_minor_removal_texts(minor_case, kind: str) -> None:
    vault, case_id = minor_case
    text = removal_text(vault, case_id, kind, urls=["https://pics.example.com/a/1"])
    if kind == "copyright":
        assert "Take It Down" in text and "penalty of perjury" not in text
    else:
        assert "under 18" in text and "image-sent.jpg" in text
    check_golden(f"removal-minor-{kind}.txt", scrub(text, vault, case_id))


def test_removal_rejects_bad_input(adult_case) -> None:
    with pytest.raises(UsageError):
        removal_text(*adult_case, "fax")
    with pytest.raises(UsageError):
        removal_text(*adult_case, "host", urls=["javascript:alert(1)"])
