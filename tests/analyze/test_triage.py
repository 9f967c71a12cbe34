"""Verdicts on hand-written messages in seven languages, obfuscated forms, and harmless look-alikes.

The texts are written for these tests (paraphrases of the families' shapes), not copied scams.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import (
    CLEARED_READS,
    NOTHING_READ,
    SHARE_READ,
    SIEVE_SKIPPED,
    TOKEN_JOKE_READ,
    Verdict,
    analyze_text,
    reasons_under,
)

ADDR = "bc1qe326j9z2ym3wfdn0kdqvk4pf5vdljl9fh0gz2l"

MASS = {
    "en": f"I hacked your phone months ago and recorded you with your camera while you watched porn. "
          f"Send 900 USD in bitcoin to {ADDR} within 48 hours or the video goes to all your contacts.",
    "es": f"Hackeé tu dispositivo y te grabé con tu cámara mientras veías porno. Paga 900 USD en bitcoin a "
          f"{ADDR} en 48 horas o enviaré el video a todos tus contactos.",
    "pt": f"Eu invadi o seu computador e gravei você pela câmera vendo pornografia. Pague 900 USD em bitcoin "
          f"para {ADDR} em 48 horas ou envio o vídeo para todos os seus contatos.",
    "fr": f"J'ai piraté votre ordinateur et je vous ai filmé avec la webcam devant des sites porno. Payez 900 USD "
          f"en bitcoin à {ADDR} sous 48 heures, sinon la vidéo ira à tous vos contacts.",
    "de": f"Ich habe Ihr Gerät gehackt und Sie mit der Kamera beim Porno schauen aufgenommen. Zahlen Sie 900 USD "
          f"in Bitcoin an {ADDR} innerhalb von 48 Stunden, sonst geht das Video an alle Ihre Kontakte.",
    "it": f"Io ho hackerato il tuo computer e ti ho registrato con la webcam mentre guardavi siti porno. Paga 900 USD "
          f"in bitcoin a {ADDR} entro 48 ore o invierò il video a tutti i tuoi contatti.",
    "nl": f"Ik heb je computer gehackt en je opgenomen met je webcam terwijl je porno keek. Betaal 900 USD in "
          f"bitcoin naar {ADDR} binnen 48 uur of ik stuur de video naar al je contacten.",
}


@pytest.mark.parametrize("lang", sorted(MASS))
def test_mass_scam_in_seven_languages(lang: str) -> None:
    a = analyze_text(MASS[lang])
    assert a.verdict == "mass_scam", (lang, [s.id for s in a.signals])
    assert a.confidence >= 0.6
    assert {"asks_crypto", "crypto_address"} <= {s.id for s in a.signals}


def test_obfuscated_scam_is_still_caught_and_flagged() -> None:
    text = MASS["en"]
    tricked = (text.replace("hacked", "h\u0430cked").replace("porn", "p&#111;rn").replace("camera", "cam\u200bera")
               .replace("recorded", "r\u0435c\u043erded").replace("bitcoin", "ｂｉｔｃｏｉｎ"))
    a = analyze_text(tricked)
    assert a.verdict == "mass_scam"
    assert "obfuscation" in {s.id for s in a.signals}


def test_markup_split_words() -> None:
    html = ("<html><body><p>I h<b></b>acked your de<span>vice</span> and rec<i>orded</i> you watching p<b>orn</b>."
            f" Pay in bit<span>coin</span> to {ADDR} in 48 hours or your contacts get the video.</p></body></html>")
    assert analyze_text(html).verdict == "mass_scam"


def test_targeted() -> None:
    text = ("I have your nudes from our chat on Instagram. I found all your followers and your school. "
            "Send me $300 in Apple gift cards tonight or I post them everywhere.")
    a = analyze_text(text)
    assert a.verdict == "targeted", [s.id for s in a.signals]
    assert "asks_gift_cards" in {s.id for s in a.signals}


def test_website_extortion_is_other() -> None:
    text = (f"We have hacked your website and extracted your databases through a vulnerability. Pay 0.15 BTC to "
            f"{ADDR} within 5 days or we leak your database and destroy your reputation.")
    assert analyze_text(text).verdict == "other_extortion"


@pytest.mark.parametrize("text", [
    "Your order has shipped! Track it at https://example.com. Pay later with PayPal. Offer ends in 48 hours.",
    "Bitcoin hits a new high: analysts say crypto wallets will grow. Share this with your friends and family.",
    "Your cloud storage is full. Your photos and videos will be deleted in 24 hours unless you upgrade today.",
    "We detected a sign-in to your account from a new device. If this was you, ignore this email.",
    "Webcam sale: 30% off all cameras and microphones this weekend only. Share with your contacts!",
])
def test_harmless_lookalikes(text: str) -> None:
    a = analyze_text(text)
    assert a.verdict == "not_extortion", [s.id for s in a.signals]


def test_json_contract() -> None:
    out = analyze_text(MASS["en"], source="x.txt").to_json()
    assert list(out) == ["source", "verdict", "confidence", "signals", "indicators", "campaign", "language",
                         "model_score"]
    assert out["source"] == "x.txt" and 0 <= out["confidence"] <= 1
    for s in out["signals"]:
        assert set(s) == {"id", "text"}
    for i in out["indicators"]:
        assert {"type", "value", "normalized", "valid", "start", "end"} <= set(i)


def test_pasted_spyware_story_without_demand() -> None:
    # Hand-written paraphrase of the family's opening: intrusion plus watching the reader online.
    text = ("Hello. A few months ago I got access to your devices that you use to go online. "
            "Since then I have been watching your internet activity every day.")
    assert analyze_text(text).verdict == "mass_scam"


def test_privacy_notice_about_internet_activity_is_not_extortion() -> None:
    text = ("Our company may monitor internet activity on work devices. We have full access to company accounts "
            "for security. Contact IT if you have questions about your password.")
    assert analyze_text(text).verdict == "not_extortion"


def test_a_cleared_notice_is_not_listed_under_a_flag() -> None:
    # The rules read a team sanction; a later step (the learned model, the neighbours, a pasted threat) may flag the
    # message all the same. The sanction's "not read as a threat" must then not stand under that flag, and the rules'
    # "nothing found" says it is the rules alone. (The committed head now clears the sanctions it used to flag, so the
    # rule is checked on the reasons the rules give, under each verdict.)
    text = "Schick bis heute Abend deine Zusage, sonst bist du Samstag nicht im Kader"
    why = analyze_text(text, use_model=False).explanation
    assert any(c.text in CLEARED_READS for c in why)
    assert reasons_under(Verdict.NOT_EXTORTION, why) == why
    for verdict in Verdict:
        if verdict != Verdict.NOT_EXTORTION:
            kept = reasons_under(verdict, why)
            assert not any(c.text in CLEARED_READS for c in kept)
            assert not any(c.text.startswith(NOTHING_READ) for c in kept)


@pytest.mark.parametrize(("text", "read"), [
    ("sending the pics from the party to your mom rn, she'll love them 😊", SHARE_READ),
    ("Pay me one (1) coffee by 9am or I'm posting that selfie in the group chat 😂", TOKEN_JOKE_READ),
])
def test_a_cleared_share_or_joke_is_not_listed_under_a_flag(text: str, read: str) -> None:
    # (found on the spent set 88: a crush's photo request read as a share, then flagged by the model, kept both)
    why = analyze_text(text, use_model=False).explanation
    assert read in [c.text for c in why]
    for verdict in Verdict:
        kept = [c.text for c in reasons_under(verdict, why)]
        assert (read in kept) == (verdict == Verdict.NOT_EXTORTION)


def test_a_flag_by_the_model_alone_does_not_claim_weaker_signs(model_ready: None) -> None:
    """Reasons say what happened: with no sign found by the rules, a flag is the model's alone."""
    text = "Reply today. You know what this is about."  # (rated 0.99 by the head of 5 December 2026)
    a = analyze_text(text)
    if "model_flag" not in {s.id for s in a.signals}:
        pytest.skip("the shipped head or its neighbours read this message otherwise here")
    texts = [c.text for c in a.explanation]
    assert not any("weaker signs" in t for t in texts), texts
    assert any("the rules found no sign of it" in t for t in texts), texts


@pytest.mark.parametrize("text", [
    # written for this test: short messages in languages the rules do not read, which the quick first reading rates low
    "Yarın konuşuruz, akşam yaz bana",
    "Jutro pogadamy, odezwij się wieczorem.",
    "Kesho tutaonana saa nne asubuhi",
    "Перезвони мне, когда освободишься",
])
def test_a_reason_never_says_the_model_was_not_asked_when_it_was(text: str) -> None:
    a = analyze_text(text)
    if a.model_score is not None:
        assert not any(c.text.endswith(SIEVE_SKIPPED) for c in a.explanation), [c.text for c in a.explanation]


# Messages the rules read poorly (a fragment, a veiled hint, a language they do not read): the model decides.
MODEL_DECIDES = [
    "Reply today. You know what this is about.",
    "still got the vids from that night. ur call",
    "me mandas una foto tuya con el uniforme del equipo? es que mi prima no se cree que te conozco jajaja",
    "Zapłać do jutra, bo wszyscy zobaczą te zdjęcia.",
    "Yarın akşama kadar parayı gönder yoksa videoyu herkese atarım.",
    "Tuma pesa leo la sivyo picha zako zitaenda kwa familia yako.",
    "if u want another pic u gotta earn it 😏 call me first",
    "Bayar sekarang atau video kamu aku sebar ke grup kantor.",
]


@pytest.mark.parametrize("text", MODEL_DECIDES)
def test_no_reason_calls_a_named_kind_unclear(text: str, model_ready: None) -> None:
    """A reason that ends in "unclear" stands only under the verdict `unclear` (the model may name the kind after
    giving its rating: the rating then must not say "unclear")."""
    a = analyze_text(text)
    texts = [c.text for c in a.explanation]
    if a.verdict.value != "unclear":
        assert not any(t.endswith("unclear") for t in texts), (a.verdict.value, texts)
