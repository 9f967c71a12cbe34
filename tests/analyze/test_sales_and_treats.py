"""A buyer and a seller, and a treat asked for as a joke: the shape of a threat with nothing held or shown.

Written for this test after the spent held-out sets 106-120 were read: a buyer on a second-hand app who asks for
more pictures of a bike and will pay a deposit if it is held till Saturday, "otherwise I look elsewhere", or a seller
who will "sell it to the other guy" by 6pm, was called *targeted sextortion* or `unclear`: pictures, a payment, a date
and a consequence stand together. Friends' "pay me in tacos or the pics go in the group chat lol" too. Neither holds
anything of the reader or shows it to anyone. A claim to hold the reader's pictures, an audience, harm or crypto
beside the same words keeps the message flagged.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import SALE_READ, TOKEN_JOKE_READ, analyze_text
from standfast.analyze.verdicts import Verdict

SALES = [
    "Hi! Is the desk still available? Could you send a couple more pics of the drawers? If you can hold it until "
    "Sunday I'll send a deposit on PayPal, otherwise no worries, I'll look elsewhere.",
    "Hey, still interested in the camera? If I don't hear from you by 8pm I'll sell it to someone else. Happy to "
    "send more photos of the lens.",
    "Hola, ¿sigue disponible la bici? ¿Me mandas más fotos de las ruedas? Si me la reservas hasta el sábado te hago "
    "Bizum de la señal.",
    "Oi! A cadeira ainda está disponível? Manda mais fotos do encosto? Se segurar até sexta eu faço o pix do sinal.",
    "Bonjour, la table est encore disponible ? Vous pouvez m'envoyer d'autres photos ? Si vous me la réservez "
    "jusqu'à samedi je vous fais un acompte.",
    "Hallo, ist der Kinderwagen noch zu haben? Kannst du noch ein Foto von den Rädern schicken? Wenn du ihn mir bis "
    "Samstag reservierst, überweise ich eine Anzahlung.",
    "Ciao, la lampada è ancora disponibile? Mi mandi un'altra foto? Se me la tieni fino a lunedì ti faccio un "
    "acconto su PostePay.",
    "Hoi, is de kast nog beschikbaar? Kun je nog een foto van de binnenkant sturen? Als je hem tot zaterdag "
    "reserveert, maak ik een aanbetaling over.",
]
# The same words of a sale beside a threat: flagged.
THREATS_WITH_SALE_WORDS = [
    "Is your account still available? I have your nudes. Send 200 by tonight or I post them to your followers.",
    "I have the video of you. Send a deposit of 300 by Saturday or your family gets it.",
    "te guardo las fotos hasta el sábado. si no me pagas 200 se las mando a tus padres",
]
TREAT_JOKES = [
    "the pics from the game night are hilarious 😂 pay me in tacos or they go in the group chat lol",
    "buy us a round on friday or the video of you singing goes to the squad chat 🤣",
    "págame una caña mañana o subo al grupo la foto de la cena jajaja",
    # the joke's picture held, plain ("I have the video of you …"), and the treats in the plural or refused
    "j'ai la vidéo de toi au karting 😂 tu me paies un kebab ou elle part sur le groupe",
    "haha ich hab das Video von dir beim Bowling 😂 wenn du mir kein Bier ausgibst kommt es in die Gruppe",
    "tenho o vídeo de você no karaokê kkkk me paga um açaí ou vai pro grupo da turma",
    "tengo las fotos de tu cumple jajaja o me invitas a unas cañas o van al grupo",
]
TREATS_WITH_PICTURES_HELD = [
    "i have ur nudes lol. pay me in tacos or ur whole school sees them",
    "tengo tus fotos sin ropa jaja invítame a unas cañas o se las mando a tu novio",
    # an account held for game money is extortion, laughing or not
    "got ur fortnite account lol. 3000 v-bucks by tonight or i sell all ur skins",
]


@pytest.mark.parametrize("text", SALES)
def test_a_buyer_and_a_seller_are_not_a_threat(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.NOT_EXTORTION, result.explanation
    assert [c.text for c in result.explanation] == [SALE_READ]


@pytest.mark.parametrize("text", SALES)
def test_the_model_does_not_turn_a_sale_into_a_threat(text: str) -> None:
    assert analyze_text(text).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", THREATS_WITH_SALE_WORDS)
def test_a_threat_with_the_words_of_a_sale_stays_flagged(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict != Verdict.NOT_EXTORTION
    assert SALE_READ not in [c.text for c in result.explanation]


@pytest.mark.parametrize("text", TREAT_JOKES)
def test_a_treat_asked_for_with_laughter_is_a_joke(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.NOT_EXTORTION
    assert TOKEN_JOKE_READ in [c.text for c in result.explanation]


@pytest.mark.parametrize("text", TREATS_WITH_PICTURES_HELD)
def test_a_treat_beside_pictures_held_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# A payment acknowledged is no demand (read on the spent set 153); more asked beside it still is.
@pytest.mark.parametrize("text", [
    "Payment received, thanks so much! I'll post the jacket tomorrow morning and send you a pic of the receipt",
    "Pago recibido 👍 te lo envío mañana por correo, gracias",
    "Zahlung ist eingegangen, danke! Versand morgen, ich schicke dir ein Foto vom Beleg",
])
def test_a_payment_acknowledged_is_not_a_demand(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "got your payment but i want 200 more by tonight or your pics go to your family",
    "payment received. now send another 300 by friday or the video goes to your school",
])
def test_more_asked_after_a_payment_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# Pictures of a thing (a room, the damage, a meter) are nobody's pictures (read on the spent set 154); pictures of the
# reader, or of the reader's house as a bulk e-mail shows it, stay pictures held.
def test_a_landlords_inventory_photos_are_not_pictures_held() -> None:
    text = ("Dear Sam, two things about the flat. The rent for November has not arrived yet; please let me know by "
            "Monday, otherwise I will have to send the formal reminder. Also, the check-out inspection is on the 3rd. "
            "I will take photos of every room and of the meter for the report and send you a copy so we both have "
            "them. Kind regards, Priya")
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "I took photos of the kitchen and of you in it. Pay 300 by tonight or I send them to your family",
    "I have a picture of your house and a video of you from your webcam. Pay 500 in bitcoin within 48 hours",
])
def test_pictures_of_the_reader_beside_a_thing_stay_held(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


def test_a_dutch_landlords_photos_of_all_rooms_are_not_pictures_held() -> None:
    text = ("Beste huurder, bij de inspectie heb ik foto's gemaakt van alle ruimtes. De huur van januari staat nog "
            "open; wilt u die vóór vrijdag overmaken? Anders moet ik een herinnering sturen. Met vriendelijke groet")
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


def test_a_buyer_who_found_a_private_account_and_names_the_uni_is_a_threat() -> None:
    # (read on the spent set 161: the sale's words stood for a threat; the sale reading settles, so the model could
    # not overrule it)
    text = ("buyer: is the bike still for sale?\nme: yep\nbuyer: cool. also found your private insta 👀 send $200 "
            "on zelle and nobody at your college hears about it. otherwise I tag your whole class")
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION
    assert analyze_text(text).verdict != Verdict.NOT_EXTORTION


def test_a_bill_paid_by_app_or_pix_names_no_pictures() -> None:
    text = "Sua conta de luz de R$ 88,40 vence sexta. Pague pelo app ou PIX e evite a multa."
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION
