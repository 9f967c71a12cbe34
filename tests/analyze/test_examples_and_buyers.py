"""Readings added after the held-out sets 176-179 were measured and read (twentieth session), in our own wordings.

Threats that were called "no signs of extortion": a Turkish "if you don't want the videos to go to your husband",
an Indonesian condition with the pronoun inside ("kalau kamu gak balik"), an Arabizi "the old ones will be with the
whole gang", a game account held in Spanish for "500 diamantes", a neighbour's "or your carport burns" and a secret
for the tax office in German ("Wenn nicht, schicke ich die Kopien ans Finanzamt"), a fake police letter in French
that sends the video to the reader's employer and speaks of a warrant against them.

Look-alikes that were flagged: a buyer who will buy elsewhere, a news item or a school letter that names sextortion
and quotes a threat as its example, a storage notice asked about, a landlord who "has to talk to his lawyer", a
treat asked for over a harmless picture, and the Portuguese Friday ("sexta") read as a sexual word.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import QUOTED_EXAMPLE_READ, SALE_READ, analyze_text
from standfast.analyze.verdicts import Verdict

NOT = Verdict.NOT_EXTORTION

THREATS = [
    # Turkish: the wish-conditional, "go to your family"
    "Bana 500 lira göndermezsen değil, şunu bil: o videonun ailene gitmesini istemiyorsan yarın akşam ara beni.",
    "Videolarının patronuna gitmesini istemiyorsan cumartesiye kadar 2000 lira at.",
    # Indonesian: "if you don't …" with the pronoun between
    "Foto kamu yang dulu masih aku simpan. Kalau kamu gak transfer 1 juta besok, aku kirim ke grup kantor kamu.",
    "Kalo kamu nggak bales chat aku malam ini, video itu aku kirim ke orang tua kamu.",
    # Arabizi: "they will be with everyone"
    "ab3atly 500 geneh w ella el sowar hatkon 3and kol el nas bokra",
    # a game account held for game money in the languages the rules read
    "tengo tu cuenta de fortnite. si no me pasas 800 pavos hoy la borro con todas tus skins",
    "tenho sua conta do roblox. manda 400 robux até amanhã ou eu apago tudo",
    # German: fire said with the verb first, and a secret handed to the tax office
    "Sie haben mich angezeigt. Entweder Sie zahlen mir 500 Euro bis Freitag, oder es brennt bald Ihr Gartenhaus. "
    "Überlegen Sie sich gut, mit wem Sie sich anlegen.",
    "Ich weiß von deinem Nebenjob ohne Rechnung und habe alle Belege fotografiert. Ich will 3.000 Euro bis zum "
    "15. Mai. Wenn nicht, schicke ich die Belege ans Finanzamt.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_in_these_shapes_are_never_cleared(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


FAKE_POLICE_FR = (
    "Objet : Convocation\n\nMonsieur,\n\nVous avez échangé des vidéos à caractère sexuel avec une mineure. "
    "L'enregistrement de l'appel vidéo où vous apparaissez dénudé est joint au dossier. Une copie de la vidéo sera "
    "adressée à votre employeur et à votre entourage. Pour classer l'affaire, vous devez verser 1 500 euros en "
    "coupons sous 48 heures. À défaut, un mandat d'arrêt sera émis à votre encontre et la vidéo sera rendue "
    "publique.\n\nLe Commandant"
)


def test_a_fake_police_letter_that_sends_the_video_to_the_employer_is_flagged() -> None:
    # (a warrant "against you" is the letter's threat, not news of an arrest)
    assert analyze_text(FAKE_POLICE_FR, use_model=False).verdict != NOT


BUYERS = [
    "Abi ayakkabının tabanının fotoğrafını atar mısın? Akşama kadar dönmezsen başkasından alacağım.",
    "Shop ơi gửi em thêm ảnh thật của váy nhé, nếu mai không trả lời em đặt shop khác ạ",
    "bhaiya phone ki back side ki photo bhejo, aaj raat tak reply nahi kiya to dusra le lunga",
    "Can you send a photo of the charger too? If I don't hear back by 6 I'll buy one from someone else, no stress.",
    "Kak, kirim foto aslinya dong. Kalau sampai besok belum dibalas aku beli di toko lain ya",
]


@pytest.mark.parametrize("text", BUYERS)
def test_a_buyer_who_will_buy_elsewhere_is_no_threat(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == NOT
    assert any(SALE_READ in c.text for c in result.explanation) or "nothing_found" in [s.id for s in result.signals]


def test_a_buyer_elsewhere_beside_pictures_held_stays_flagged() -> None:
    text = "I still have your nudes. Send 300 by tonight or they go to your family. I'll buy elsewhere if you want lol"
    assert analyze_text(text, use_model=False).verdict != NOT


NEWS_WITH_EXAMPLE = [
    "Sextortion: cresce il numero di casi tra gli adolescenti\n\nLa Polizia Postale segnala un aumento dei ricatti "
    "online. Un profilo falso chiede una foto e poi minaccia. \"Se non mi paghi 300 euro mando la foto ai tuoi "
    "amici\". Gli esperti consigliano di non pagare, di non cancellare la chat e di parlarne con un adulto. Le "
    "famiglie possono chiedere aiuto alla polizia.",
    "Beste ouders, volgende week krijgt klas 3 een les over sextortion. Een voorbeeld van zo'n bericht: \"Stuur "
    "me 200 euro of ik stuur je foto naar al je vrienden\". We raden aan dit thuis te bespreken en niet te betalen.",
    "What is sextortion? A stranger gets an intimate picture and then writes something like \"Pay me $500 by "
    "tonight or I send this to your family\". If this happens, do not pay, keep the messages and report the account.",
]


@pytest.mark.parametrize("text", NEWS_WITH_EXAMPLE)
def test_news_that_names_sextortion_and_quotes_an_example_is_no_threat(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == NOT
    # (the reason says what it is and still points to the plan)
    assert any(c.text in (QUOTED_EXAMPLE_READ,) or "warning" in c.text for c in result.explanation)


ASKED_WITH_EXAMPLE = [
    "is this sextortion?? someone sent me \"Pay me $500 by tonight or I send your pics to your family\" what do i do",
    "I think I'm a victim of sextortion. He wrote: \"you have 2 hours, send 300 or the video goes to your school\". "
    "Please help.",
]


@pytest.mark.parametrize("text", ASKED_WITH_EXAMPLE)
def test_a_person_who_names_sextortion_and_pastes_their_threat_is_still_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_threat_that_names_sextortion_outside_quotes_is_still_flagged() -> None:
    text = ("Call it sextortion if you like. I have your video. Pay 400 by Friday or I send it to your parents. "
            "\"Deleted\" means nothing to me.")
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_storage_notice_asked_about_is_not_a_described_threat() -> None:
    text = ("got an email saying my photos and videos will be deleted tonight because my storage is full and I need "
            "to pay $2.99. weird link. is it a scam?")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_storage_notice_that_names_people_to_show_stays_read() -> None:
    text = ("some account says my storage is full and he has my photos and will send them to my family unless I pay "
            "$200 today. what do I do")
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "Boa tarde, a renda de maio ainda não entrou. Se até ao fim do mês não souber nada, tenho de falar com o meu "
    "advogado. Cumprimentos.",
    "Hola Marta, tengo que pedirte que pagues la factura del gas antes del viernes, si no tengo que avisar al casero.",
])
def test_i_have_to_is_not_a_claim_to_hold_something(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "bring me chips on your way home or the pic of you asleep on the sofa goes in the family chat 😤",
    "trakteer op friet of die foto van jou in je eenhoornpak gaat in de groepsapp",
    "Se até sexta não me pagares o jantar, mando a foto de ti a dormir no sofá para o grupo 😂",
])
def test_a_treat_over_a_harmless_picture_is_a_joke(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "bring me chips or the pic of you asleep in the bath goes in the family chat",
    "send 50 bucks or the pic of you asleep goes in the family chat",
    "Se até sexta não pagares, mando a foto de ti nua para o grupo 😂",
])
def test_a_treat_or_a_harmless_scene_never_clears_intimacy_or_money(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "My daughter received this message last night: \"Send 300 euros by tomorrow or your photos go to your whole "
    "school\". Is this sextortion? What should we do?",
    "Mia figlia ha ricevuto questo: \"Se non mi mandi 200 euro mando le tue foto ai tuoi genitori\". È sextortion?",
])
def test_a_parent_who_pastes_the_childs_threat_and_names_sextortion_is_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_an_italian_article_is_not_read_as_a_first_person_writer() -> None:
    # ("i" is the Italian plural article: it is no "I" outside the quotation marks)
    text = ("Sextortion, i casi aumentano tra i ragazzi. I ricattatori scrivono: \"Se non mi mandi 100 euro mando la "
            "foto ai tuoi genitori\". La Polizia Postale consiglia di non pagare e di denunciare.")
    assert analyze_text(text, use_model=False).verdict == NOT
