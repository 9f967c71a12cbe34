"""Extortion over something other than pictures (``analyze/racket.py``): a harm, a price and a condition or a time
limit close together, addressed to a person. Each shape is flagged in several languages; each look-alike in the same
words (advisories, news, bills, photographers, friends joking, stories over) is left alone. The wordings are this
file's own; verdicts are the rules' alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.normalize import normalize
from standfast.analyze.racket import HARMS, WINDOW, racket
from standfast.analyze.triage import analyze_text


def _kinds(text: str) -> frozenset[str]:
    return racket(normalize(text).text)


THREATS = [
    # a ransomware note and stolen data
    ("data", "NOTICE: every file on your office network is encrypted. Transfer 4 BTC within five days or the "
             "payroll data we copied is published on our site."),
    ("data", "Nous avons copié le fichier de vos patients. Versez 30 000 € en Monero sous 10 jours, faute de quoi "
             "ces données seront publiées et vendues."),
    ("data", "Abbiamo scaricato l'archivio dei vostri fornitori. 8.000 euro in USDT entro lunedì, altrimenti "
             "pubblicheremo i dati su un forum."),
    # a site taken down
    ("site", "Your webshop was offline for an hour on Tuesday. Pay 0.2 BTC before Black Friday or we keep your "
             "site down all weekend."),
    ("site", "Euer Onlineshop lag gestern zwei Stunden lahm. Zahlt 1.500 Euro bis Mittwoch, sonst legen wir ihn "
             "die ganze Adventszeit lahm."),
    # a bomb
    ("bomb", "A device has been left inside your warehouse. To stop the explosion you will pay 90,000 euros in "
             "bitcoin before 6 pm tomorrow."),
    ("bomb", "He colocado un artefacto explosivo en su hotel. Si no recibo 50.000 euros antes del domingo, lo haré "
             "detonar."),
    # fire and protection money
    ("fire", "Nice bakery you have. 400 a month and nobody sets it on fire. My cousin comes round on Monday."),
    ("fire", "Ogni mese 250 euro, li lasci al barista. Altrimenti una notte la tua officina prende fuoco."),
    ("fire", "Tu paies 300 € par semaine, sinon on mettra le feu à ton garage."),
    ("bomb", "Hay un dispositivo escondido en su fábrica. Para impedir la detonación deberán transferir 80.000 euros "
             "en bitcoin antes del lunes."),
    # a kidnapping, staged by phone
    ("kidnap", "They called my dad saying they have kidnapped my sister and he must wire 5,000 dollars within two "
               "hours or they will hurt her. What do we do?"),
    ("kidnap", "Tenemos secuestrado a tu hermano. 30 mil pesos en una hora o no lo vuelves a ver."),
    # the body and a debt
    ("body", "You owe Marco 800. Bring it by Saturday or we break your legs."),
    ("body", "Du schuldest uns 900 Euro. Wenn das Geld bis Samstag nicht da ist, kommen wir zu dir nach Hause."),
    ("body", "je moet die 600 euro voor vrijdag betalen, anders komen we langs bij je werk"),
    # veiled
    ("veiled", "Lovely restaurant you have. It'd be a pity if your kitchen had an accident. "
               "500 every Friday and it stays "
               "lovely."),
    ("veiled", "Sería una pena que le pasara algo a su taller. 200 euros cada semana y tan tranquilos."),
    # fake reviews
    ("reviews", "We have 200 accounts ready to leave one-star reviews on your salon. Pay 300 dollars a month by "
                "PayPal or they start tonight."),
    # a secret told
    ("told", "I know about the money missing from the sports club till. Send 700 euros by Sunday or your boss "
             "hears about it."),
    ("told", "Sei o que você fez com as notas da empresa. Me passa R$ 3 mil até sexta ou conto tudo pro seu sócio."),
    # an account held
    ("account", "i have ur steam account now. 40 euros in gift cards by tonight if u want it back, otherwise i sell "
                "it"),
    ("account", "Tengo tu cuenta de TikTok. 80 euros por Bizum y te la devuelvo, si no la borro mañana."),
]


@pytest.mark.parametrize(("kind", "text"), THREATS)
def test_each_shape_is_read_and_flagged(kind: str, text: str) -> None:
    assert kind in _kinds(text)
    assert _rules(text) != "not_extortion"


LOOK_ALIKES = [
    # advisories and news about the same threats
    "Security advisory: criminals encrypt company files and threaten to publish stolen data unless a ransom is "
    "paid in bitcoin within days. Do not pay; report the incident.",
    "Police said the gang demanded 500 euros a month from shop owners, or their shops would be set on fire. Four "
    "men were arrested on Tuesday.",
    "Warnung: Derzeit kursieren E-Mails, in denen Täter behaupten, eine Bombe versteckt zu haben, und 5.000 Euro in "
    "Bitcoin bis Freitag fordern. Nicht zahlen.",
    # bills, insurers, photographers and a landlord with prices and deadlines
    "Protect your home against fire and flood from 9 euros a month. Sign up before Friday and get a month free.",
    "Reminder: your invoice of 240 euros is due by the 30th. Already settled it? Then no action is needed.",
    "The balance of 180 euros for your wedding photos is due by Friday; the full gallery is sent once it is paid.",
    # a story told after it was over
    "Last year someone took my Instagram and wanted 200 euros to give it back. I never paid and got it back "
    "through the recovery form weeks later.",
    # people coming along, not coming for someone
    "We're coming along with your cousins on Sunday; bring 10 euros for the barbecue or a salad if you can.",
    # "Take It Down", the service, in a help page
    "If someone shares your pictures, the Take It Down service can help you take it down for free; you never have "
    "to pay anyone.",
    # an insurer's pitch with a free quote, and an escape room's booking, in the same words as a racket
    "Ransomware can shut a shop for weeks. Our cyber plan pays the experts and the lost income; get a free quote in "
    "two minutes, price locked until Sunday.",
    "Un rançongiciel peut bloquer vos caisses : notre contrat rembourse la remise en route. Devis gratuit, tarif "
    "garanti jusqu'au 15.",
    "Booking confirmed: 'Hostage Heist' escape room, Friday 8pm, 4 players. Find the ransom in 45 minutes or the "
    "hostage is lost! Arrive ten minutes early.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_read_as_extortion(text: str) -> None:
    assert not _kinds(text)


def test_a_friend_joking_about_a_telling_is_not_extortion() -> None:
    text = "pay me the 10 quid for the pizza by friday or I tell everyone you cried at the lion king 😂"
    assert "told" in _kinds(text)
    assert _rules(text) == "not_extortion"


def test_a_coach_joking_about_a_visit_is_not_extortion() -> None:
    text = "Right team: match fees are 15 euros each, due Saturday, or you're on the bench. I know where u live 😂"
    assert "body" in _kinds(text)
    assert "harm_for_money" not in [s.id for s in analyze_text(text, use_model=False).signals]


def test_parts_far_apart_are_not_read_together() -> None:
    filler = " ".join(["The garden club meets on Thursdays in the hall behind the library."] * 12)
    text = f"The old mill burned down in 1921. {filler} Tickets for the history walk cost 5 euros, or 3 for you."
    assert len(filler) > 2 * WINDOW
    assert not _kinds(text)


def test_pictures_named_leave_the_kind_open() -> None:
    text = ("I kept the video from our call. 500 euros by Friday or your boss hears about it, and it would be a "
            "shame if your wife got it too.")
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text, use_model=False).verdict != "other_extortion"


def test_the_reason_names_the_harm_and_the_plain_kind() -> None:
    result = analyze_text(THREATS[7][1], use_model=False)
    assert result.verdict == "other_extortion"
    assert "harm_for_money" in [s.id for s in result.signals]
    assert not any(s.id == "nothing_found" for s in result.signals)


@given(st.text(max_size=600))
def test_racket_reads_any_text(text: str) -> None:
    assert _kinds(text) <= set(HARMS)


def test_the_readme_example_is_other_extortion() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = "Ogni mese 250 euro, li lasci al barista.\nAltrimenti una notte la tua officina prende fuoco."
    assert example in readme
    assert _rules(example.replace("\n", " ")) == "other_extortion"


@pytest.mark.parametrize("text", [
    "data files records " * 20000 + " bomb",
    ("you pay 5 euros or " * 5000) + " bomb " + "your data " * 5000,
    "a" * 300_000 + " bomb",
])
def test_huge_and_repetitive_texts_are_read_whole(text: str) -> None:
    # (bounded repeats only: hundreds of kilobytes of harm words are read in linear time, not given up on)
    assert _kinds(text) <= set(HARMS)
    assert analyze_text(text, use_model=False).verdict in {"not_extortion", "unclear", "other_extortion"}


# News of a gang that held companies to ransom, told with nobody speaking in the first person and nothing said to the
# reader, is not a ransom note; the same words told by the business it happens to are.
GANG_NEWS = [
    "Officers in two countries detained nine people on Monday over a ransomware group that hit clinics. "
    "According to prosecutors, the gang threatened to leak patient files unless each clinic paid in bitcoin.",
]
GANG_TOLD_BY_ITS_VICTIM = [
    "We run a small clinic. This morning an e-mail said they have copied our patient files and will put them online "
    "unless we pay 3 BTC by Friday. What do we do first?",
]


@pytest.mark.parametrize("text", GANG_NEWS)
def test_news_of_a_gang_is_not_a_ransom_note(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", GANG_TOLD_BY_ITS_VICTIM)
def test_the_same_told_by_the_business_it_happens_to_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A ransom note in its own words, with no sum named (a chat link and a time limit instead), is other extortion; a drill
# that stages one is not.
RANSOM_NOTES = [
    "ATTENTION! Every server and laptop of Pellow Freight is encrypted with RSA-2048. We also downloaded 95 GB of "
    "invoices and staff files. Do not restart the machines. Write to our support chat within 48 hours or everything "
    "goes on our blog.",
    "Your network has been compromised and the shared drives are encrypted with our key. To get the decryptor, reach "
    "us on the portal in the note within three days, otherwise your customers receive their own records.",
]
DRILLS = [
    "Reminder for Wednesday's ransomware tabletop exercise: in the scenario the attackers encrypt the booking system "
    "and give us 48 hours before they leak guest data. Finance, legal and IT please join at 2pm.",
    # the drill's inject quotes the note itself, and says what it is
    "THIS IS A DRILL. Inject 2, 09:30: the finance director receives an e-mail: 'We copied your payroll files. "
    "Transfer 15 BTC within 48 hours or we publish them.' Teams: decide who calls the insurer and the regulator.",
    "Dies ist eine Übung. Szenario: Eine Nachricht an die Geschäftsführung verlangt 10 BTC bis Freitag, sonst werden "
    "die Kundendaten veröffentlicht. Bitte besprecht in den Gruppen, wen ihr zuerst informiert.",
    # a game's challenge
    "CTF challenge 'Nightlock' (200 points): a mock locker has encrypted secret.txt and its note asks for 2 BTC. "
    "Find the key in the memory dump instead of paying. Flag format: FLAG{...}",
]
# A real note that says it is no drill stays one.
NOT_A_DRILL = [
    "This is not a drill. We have your customer database and every backup is encrypted. Pay 5 BTC within 48 hours or "
    "the files go public on our leak site.",
]


@pytest.mark.parametrize("text", RANSOM_NOTES)
def test_a_ransom_note_with_no_sum_named_is_other_extortion(text: str) -> None:
    assert _rules(text) == "other_extortion"


@pytest.mark.parametrize("text", DRILLS)
def test_a_drill_that_stages_a_ransom_note_is_not_one(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", NOT_A_DRILL)
def test_a_note_that_says_it_is_no_drill_stays_extortion(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", DRILLS[1:])
def test_the_model_does_not_overrule_a_drill_that_says_what_it_is(text: str) -> None:
    assert analyze_text(text).verdict == "not_extortion"
