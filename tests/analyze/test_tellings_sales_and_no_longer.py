"""Tellings that do not name what would be shown, "no longer" read apart from "more", a seller's price let down,
secrets found out, the reader's people who would see the pictures, and a few words of money and condition.

Messages written for this test (not taken from the held-out sets), read by the rules alone. Each look-alike is set
beside a threat that uses the same words, so the reading that clears it is shown to clear nothing else.
"""

from __future__ import annotations

import pytest
from tests.analyze.readme_examples import assert_readme_examples

from standfast.analyze import triage
from standfast.analyze.cues import cue_families, reading
from standfast.analyze.normalize import normalize

V = triage.Verdict


def _analysis(text: str) -> triage.Analysis:
    return triage.analyze_text(text, use_model=False)


def _ids(analysis: triage.Analysis) -> list[str]:
    return [s.id for s in analysis.signals]


# A telling of a threat going on, the writer's own move as its condition, what would be shown left unnamed.
@pytest.mark.parametrize("text", [
    "she says she'll send it to my dad tonight if i don't pay, what should i do",
    "me escribió que se lo manda a mi padre esta noche si no le pago, qué hago",
    "ela falou q manda pro meu pai hj se eu n pagar, o q eu faço",
])
def test_a_telling_that_names_nothing_shown_is_unclear_never_reassured(text: str) -> None:
    result = _analysis(text)
    assert result.verdict == V.UNCLEAR
    # (the reason says what it read, and no reason claims pictures that the telling never named)
    assert "described_exposure" in _ids(result)
    assert not any("holds pictures" in c.text for c in result.explanation)


@pytest.mark.parametrize("text", [
    # a giveaway asked about: "or" joins two questions, the prize "goes to" someone else
    "is this real or fake? a page on insta says i won headphones and i only have to pay £15 postage today before "
    "they go to the next person",
    # a parcel notice asked about, the writer's father named
    "Kurze Frage: ich hab eine SMS bekommen, mein Paket wird zurückgeschickt, wenn ich nicht heute 2 € Zoll zahle. "
    "Mein Vater sagt, das ist Betrug. Stimmt das?",
])
def test_questions_about_notices_that_name_the_writers_people_stay_clear(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_a_telling_of_held_pictures_flagged_without_a_kind_is_named_targeted() -> None:
    text = ("Guten Tag, mein Sohn (14) wird gerade auf TikTok erpresst. Jemand hat Nacktfotos von ihm und verlangt "
            "weitere Videos, sonst schickt er die Fotos an seine Klasse. Er schreibt ihm immer noch. Was sollen wir "
            "tun?")
    result = _analysis(text)
    assert result.verdict == V.TARGETED
    assert not any("which kind" in c.text for c in result.explanation)


# "No longer" is not "more": "il me répond plus", "er antwortet nicht mehr", "não me responde mais".
@pytest.mark.parametrize("text", [
    "j'ai envoyé des photos à une fille et maintenant elle me répond plus. elle m'a rien demandé mais j'ai peur "
    "qu'elle les montre. je fais quoi ?",
    "Ich hab einem Mädchen Fotos geschickt und sie antwortet nicht mehr. Gedroht hat sie nie. Muss ich mir Sorgen "
    "machen?",
])
def test_a_worry_about_someone_who_no_longer_answers_is_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "envoie-moi plus de photos ce soir ou je poste celles que j'ai",
    "envoie une photo de plus ce soir sinon je balance les autres",
    "si tu m'en envoies pas d'autres ce soir je mets tes photos nues en story",
    "schick mir mehr Bilder oder ich poste die, die ich habe",
])
def test_more_pictures_asked_for_with_a_threat_are_still_read(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# A seller's price let down is a sale; the same sale with the reader's pictures threatened is not.
@pytest.mark.parametrize("text", [
    "te la dejo en 35 si me pagas por bizum hoy",
    "posso te deixar por 120 se pagar no pix hoje",
    "I can let it go for 40 if you pay today, collection only",
])
def test_a_sellers_price_let_down_is_a_sale(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "still for sale if you pay tonight, or i post your pics",
    "sigue disponible si pagas hoy, o subo tus fotos",
])
def test_a_sale_beside_the_readers_pictures_threatened_is_no_sale(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# A secret found out by the reader's people unless they pay.
@pytest.mark.parametrize("text", [
    "o paghi entro sabato o tuo marito scopre tutto",
    "ou paga até sexta ou sua esposa descobre tudo",
])
def test_a_secret_found_out_unless_paid_is_other_extortion(text: str) -> None:
    assert _analysis(text).verdict == V.OTHER_EXTORTION


def test_finding_out_without_a_demand_is_no_threat() -> None:
    assert _analysis("se mio marito scopre che ho comprato un'altra borsa mi uccide 😂").verdict == V.NOT_EXTORTION


# The reader's people as the ones who see the pictures, with the subject first.
@pytest.mark.parametrize("text", [
    "300 Franken per Twint bis morgen oder deine Mannschaft sieht die Fotos",
    "150 euro voor morgen of je hele klas ziet de foto's",
])
def test_the_readers_people_who_would_see_the_pictures_are_a_threat(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_seeing_the_photos_without_a_demand_is_no_threat() -> None:
    assert _analysis("Morgen oder übermorgen sieht deine Mannschaft die Fotos vom Turnier!").verdict \
        == V.NOT_EXTORTION


def test_swahili_or_we_will_is_a_condition() -> None:
    text = "lipa elfu hamsini kesho au tutakupiga"
    assert reading(cue_families(normalize(text).text, text)) == "harm"
    assert _analysis(text).verdict != V.NOT_EXTORTION


# A small debt with a secret that shames nobody is a joke between friends; a large sum or pictures are not.
@pytest.mark.parametrize("text", [
    "pay me the 10 back by friday or i tell the whole class you cried at frozen 2",
    "give me my 15 quid or everyone finds out you're scared of pigeons 😂",
    "u owe me 30 for the pizza, pay up by sunday or im telling the squad ur a cheapskate 😂",
    "devuélveme los 10 euros o le digo a toda la clase que eres un tacaño",
])
def test_a_small_debt_priced_with_a_harmless_secret_is_a_joke(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "send $800 by tonight or I tell everyone you cried at the wedding",
    "pay me 10 or i show everyone the video of you naked and tell them you cried at the end",
])
def test_a_harmless_secret_beside_a_large_sum_or_pictures_is_still_a_threat(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_money_demanded_with_a_beating_of_someone_close_told_now_is_other_extortion() -> None:
    text = ("some older boys say that if i don't bring them 50 dollars every monday they'll beat up my little sister "
            "after school. they said it again this morning. what do i do")
    assert _analysis(text).verdict == V.OTHER_EXTORTION


# Buyers and sellers: the others asking, the seller holding the item, the buyer's "or no deal".
@pytest.mark.parametrize("text", [
    "Still want the desk? £30 deposit by Saturday or it goes to the next person, I've got two others asking",
    "se mi fai il bonifico della caparra entro sabato ti tengo la bici, altrimenti la vendo a un altro",
    "send me a few more pics of the camera, the lens and the sensor, or no deal",
    "Kun je nog foto's sturen van de achterkant? Anders haak ik af.",
])
def test_buyers_and_sellers_are_a_sale(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# Cue words in languages the rules do not read: Russian "or everyone finds out", Hungarian "your class gets them".
@pytest.mark.parametrize("text", [
    "пришли ещё фото или все узнают",
    "kuldj tobb kepet holnapig, ha nem, megkapja az osztalyod. nem viccelek",
])
def test_unread_language_threats_read_as_pictures(text: str) -> None:
    assert reading(cue_families(normalize(text).text, text)) == "pictures"
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_a_negated_joke_in_hungarian_is_no_laughter() -> None:
    assert "light" not in cue_families(normalize("nem viccelek").text, "nem viccelek")


# "You know what I have of you … or your contacts get it. No police": the police forbidden is no violence named.
@pytest.mark.parametrize("text", [
    "Du weißt, was ich von dir habe. 200 € per PayPal bis morgen früh oder deine Freunde bekommen es. Keine Polizei.",
    "you know what i have of you. 300 by 8pm or your family gets it. don't call the police",
])
def test_something_held_for_the_readers_people_with_no_police_is_targeted(text: str) -> None:
    assert _analysis(text).verdict == V.TARGETED


def test_an_account_held_with_no_police_stays_other_extortion() -> None:
    text = ("Ich habe deinen Instagram-Account übernommen. Wenn du ihn zurück willst, schickst du mir 500 Euro bis "
            "Freitag, sonst verkaufe ich ihn an deine Follower. Keine Polizei.")
    assert _analysis(text).verdict == V.OTHER_EXTORTION


def test_a_parent_telling_what_the_sender_tells_the_child_is_targeted() -> None:
    text = ("Hola. Mi hijo de 14 me ha enseñado unos chats. Una chica que conoció en Discord tiene fotos suyas y le "
            "dice que si no le manda más, las pasa al grupo de clase. Sigue escribiéndole. ¿Qué hacemos?")
    assert _analysis(text).verdict == V.TARGETED


def test_the_readmes_examples_hold() -> None:
    assert_readme_examples({
        "he said he'll send it to my mom today if i don't pay, what do i do": V.UNCLEAR,
        "pay me back the 20 or im telling everyone u cried at the end of up": V.NOT_EXTORTION,
        "te lo dejo en 40 si pagas hoy": V.NOT_EXTORTION,
    })


def test_a_parent_telling_in_portuguese_what_the_sender_says_is_targeted() -> None:
    text = ("Minha filha de 12 anos tá recebendo mensagem de um cara no Roblox dizendo que tem umas fotos dela e que "
            "vai postar no grupo da sala se ela não mandar mais. Ela não quer ir pra escola. O que eu faço?")
    assert _analysis(text).verdict == V.TARGETED


def test_an_account_someone_got_into_and_prices_told_by_its_holder_is_other_extortion() -> None:
    text = ("somebody got into my tiktok and changed the password. they message me saying i can have it back for $200, "
            "otherwise they sell it. what can i do?")
    assert _analysis(text).verdict == V.OTHER_EXTORTION


def test_money_demanded_in_roman_urdu_with_arson_is_other_extortion() -> None:
    assert _analysis("paisay do warna tumhari gaari jala denge, kal tak ka time hai").verdict == V.OTHER_EXTORTION


# A friend's small debt with a harmless picture and a laugh, in more languages; a school photo is never harmless (it is
# the face a deepfake is made from).
@pytest.mark.parametrize("text", [
    "je bent me nog 5 euro schuldig, tikkie me vandaag of ik zet die foto van jou met je bril in de groep 😂",
    "bayaran mo na yung 150 bukas or ipopost ko yung pic mo na tulog sa bus 😂",
    "dă-mi cei 20 de lei până mâine sau pun în grup poza cu tine adormit în tren 😂",
])
def test_a_friends_debt_with_a_harmless_picture_and_a_laugh_is_a_joke(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_a_school_photo_made_into_fakes_is_still_a_threat() -> None:
    text = "i put ur school photo through the app lol. 200 on cashapp by tonight or ur whole grade sees what i made"
    assert _analysis(text).verdict != V.NOT_EXTORTION
