"""Threats said as where the pictures will be, accounts taken for a price, the authorities told, and look-alikes.

Messages written for this test (not taken from the held-out sets), read by the rules alone.
"""

from __future__ import annotations

import pytest

from standfast.analyze import triage

V = triage.Verdict


def _verdict(text: str) -> V:
    return triage.analyze_text(text, use_model=False).verdict


# Where the pictures will be, said as a fact after an order: "… or its on ur insta".
@pytest.mark.parametrize("text", [
    "answer me in 5 mins or its on ur insta",
    "lol u thought unsending works? i screenshotted. call me tonite or its on ur college page",
    "o me pagas hoy o está en tu facebook",
    "ou me responde agora ou tá no zap da sua família",
    "je hebt tot 18u. 100 euro via tikkie of het staat in de groepsapp van je club",
    "bis 20 Uhr antworten oder das Video landet in der Klassengruppe",
    "réponds avant ce soir sinon c'est sur ton insta",
    "rispondimi entro stasera o finisce nel gruppo della classe",
])
def test_an_order_whose_price_is_a_posting_is_flagged(text: str) -> None:
    assert _verdict(text) != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "do ur homework or its all over for u lol",
    "pick up milk on the way home or its on you",
    "great game everyone! tag yourselves in the pics lol",
])
def test_an_everyday_or_is_no_threat(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


# A threat against someone close, told as it happens, in chat Portuguese.
def test_a_cousin_threatened_now_is_told_in_chat_portuguese() -> None:
    text = ("minha prima tá sendo ameaçada por um cara que tem um vídeo dela e diz que manda pro namorado. Tá "
            "acontecendo agora, denuncio onde?")
    assert _verdict(text) == V.TARGETED


@pytest.mark.parametrize("text", [
    "my best friend is freaking out, some guy says he has her nudes and wants 100 by tonight or he sends them to "
    "her dad. should she just pay?",
    "uma amiga tá sendo chantageada, o cara diz que tem fotos dela e vai mandar pros pais. ela deve pagar??",
])
def test_asking_whether_to_pay_keeps_the_telling_open(text: str) -> None:
    assert _verdict(text) != V.NOT_EXTORTION


# Told once the one who threatened was caught.
@pytest.mark.parametrize("text", [
    "remember the creep who threatened to send my pics to my dad? he was caught and charged last week. so relieved",
    "el tipo que me amenazaba con mandar mis fotos a mi madre fue detenido. por fin se acabó",
])
def test_a_story_whose_threatener_was_caught_is_over(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Your iCloud has reached its limit. Photos and videos will be deleted in 24 hours. Upgrade now.",
    "Seu Google Fotos atingiu o limite de armazenamento. Suas fotos serão apagadas em 48h.",
])
def test_a_photo_service_at_its_limit_is_a_storage_notice(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


def test_photos_of_an_inspection_beside_a_rent_reminder_are_a_delivery() -> None:
    text = ("Rent of £900 is overdue, please pay by Friday or I'll have to start formal proceedings. Also attaching "
            "the photos from the inspection.")
    assert _verdict(text) == V.NOT_EXTORTION


def test_photos_of_an_event_sent_to_the_readers_people_stay_a_threat() -> None:
    assert _verdict("pay 200 by friday or i send the pics from the party to ur mum") != V.NOT_EXTORTION


# The authorities told of the reader unless paid: extortion that is not about pictures.
@pytest.mark.parametrize("text", [
    "€500 by Monday or I tell the tax office you work cash in hand",
    "pay me 300 by sunday or ill call immigration on u",
    "so che lavori in nero. 800 euro entro venerdì o faccio la segnalazione all'INPS",
])
def test_the_authorities_told_unless_paid_is_other_extortion(text: str) -> None:
    assert _verdict(text) == V.OTHER_EXTORTION


@pytest.mark.parametrize("text", [
    "Refund me 200 by tomorrow or I'll post reviews everywhere saying your kitchen has rats",
    "Ridatemi i 250 euro entro domani, altrimenti scrivo recensioni ovunque sul vostro ristorante",
    "Ik wil 100 euro terug voor vrijdag, anders schrijf ik overal slechte reviews over jullie zaak",
])
def test_reviews_as_the_price_of_refusing_are_flagged(text: str) -> None:
    assert _verdict(text) in (V.OTHER_EXTORTION, V.UNCLEAR)


def test_a_promised_review_is_no_threat() -> None:
    assert _verdict("Loved our stay, I'll write reviews on Google tonight!") == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "hackeé tu insta. 50 dólares por paypal y te lo devuelvo",
    "peguei sua conta do insta, 200 no pix senão apago",
    "il tuo profilo TikTok adesso ce l'ho io. 100 euro di ricarica entro stasera e te lo ridò",
    "ton compte Insta avec tous tes abonnés est à moi. 150 € en Transcash et tu le récupères",
])
def test_an_account_taken_for_a_price_is_other_extortion(text: str) -> None:
    assert _verdict(text) == V.OTHER_EXTORTION


def test_an_account_taken_with_its_nudes_threatened_is_targeted() -> None:
    text = "peguei seu insta e vi suas nudes no direct. 200 no pix ou elas vazam pro seu namorado"
    assert _verdict(text) == V.TARGETED


def test_pictures_said_not_at_stake_name_no_targeted_kind() -> None:
    text = ("Meu primo tá sendo ameaçado por um agiota que diz que vai contar tudo pra esposa dele se ele não pagar "
            "2000 reais. Não tem nada a ver com foto. O que fazer?")
    assert _verdict(text) in (V.UNCLEAR, V.OTHER_EXTORTION)


# Look-alikes: a flirt's visit, a parent's sanction, a clan's, the writer's own pictures sent, a photographer, a school.
@pytest.mark.parametrize("text", [
    "babe u have 15 mins to send me a pic of ur dress or im coming over to choose it myself 😘",
    "send me a pic of ur finished essay by 8 or the xbox goes in my wardrobe",
    "stuur die highlight nu of je ligt eruit bij de clan haha",
    "ik heb gisteren wat foto's gestuurd naar een jongen van tiktok en nu zegt hij niks meer. hij heeft niet gedreigd "
    "maar ik ben bang",
    "Hola Marta, ya tengo listas las fotos de la sesión. Te paso la galería privada hoy; elige tus favoritas antes "
    "del lunes.",
    "Dear families, if your child is asked to send pictures or receives threats online, tell them they are not in "
    "trouble and speak to our safeguarding lead.",
])
def test_a_look_alike_is_no_extortion(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "pay me or ur finished",
    "fine, ur done. enjoy ur ruined life lol",
    "ich hab die bilder die du max geschickt hast. schick mir mehr oder sie landen in der klassengruppe",
    "ik heb je foto's. betaal 200 euro of ik stuur ze naar je moeder",
    "ya tengo listas tus fotos para tu marido. 300 euros antes del viernes o se las mando",
])
def test_the_threat_beside_a_look_alikes_words_stays_flagged(text: str) -> None:
    assert _verdict(text) != V.NOT_EXTORTION


# The fake police fine for a sexual video call with a minor, in four more languages (the rules' own reading).
@pytest.mark.parametrize("text", [
    "Komenda Wojewódzka Policji. Ustalono, że wysyłał Pan treści o charakterze seksualnym osobie niepełnoletniej. "
    "Aby uniknąć postępowania, należy uiścić grzywnę 3000 zł w ciągu 24 godzin.",
    "Poliția Română – Serviciul de Criminalitate Informatică. Ați fost filmat într-o conversație cu caracter sexual cu "
    "o minoră. Achitați amenda de 3.000 lei în 24 de ore pentru a evita dosarul penal.",
    "PNP Anti-Cybercrime: Kayo ay nakunan sa isang malaswang video kasama ang menor de edad. Magbayad ng multa na "
    "PHP 20,000 sa loob ng 24 oras.",
    "Отдел «К». Вы пересылали видео интимного характера несовершеннолетней. Оплатите штраф 30 000 руб. в течение "
    "суток.",
])
def test_a_fake_police_fine_in_four_more_languages_is_targeted(text: str) -> None:
    result = triage.analyze_text(text, use_model=False)
    assert result.verdict == V.TARGETED
    assert "fake_police_fine" in [s.id for s in result.signals]


def test_a_real_police_warning_about_the_fine_scam_is_not_one() -> None:
    text = ("Policja ostrzega: oszuści podszywają się pod policję i żądają grzywny za treści o charakterze seksualnym. "
            "Nigdy nie płać.")
    assert _verdict(text) == V.NOT_EXTORTION


# An account taken and a price to give it back, told by the one it happened to or for a child.
@pytest.mark.parametrize("text", [
    "my son's fortnite account got hacked and the guy says he gets it back if he sends him 3000 v-bucks, otherwise "
    "he sells the skins. what can we do?",
    "me robaron la cuenta de insta y el tipo dice que me la devuelve si le pago 100 dólares por paypal. qué hago?",
    "my daughter's roblox account got hacked and they say pay 30 dollars or they sell the account. still happening",
])
def test_an_account_held_for_a_price_told_in_ones_own_words_is_other_extortion(text: str) -> None:
    result = triage.analyze_text(text, use_model=False)
    assert result.verdict == V.OTHER_EXTORTION
    assert "described_account" in [s.id for s in result.signals]


@pytest.mark.parametrize("text", [
    "Me hackearon el Instagram. Si alguien les pide dinero desde mi cuenta, no respondan. Ya lo estoy recuperando.",
    "my insta got hacked last year and the guy wanted 100 to give it back, i never paid and made a new one",
])
def test_a_warning_to_contacts_or_a_story_over_is_no_telling(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


# Threat words in Yoruba and Greek typed in Latin letters (the cue lists of languages the rules do not read).
@pytest.mark.parametrize("text", [
    "Mo ni gbogbo aworan re. San owo naira ni ale oni tabi maa fi won ranse si oga re.",
    "exw tis fwtografies sou. steile lefta h tha tis anevasw sto group tis taksis",
])
def test_cue_words_of_unread_languages_flag_a_threat(text: str) -> None:
    assert _verdict(text) != V.NOT_EXTORTION


# A threat to send something unnamed to the reader's people for money leaves the kind open (the model names it when
# sure); data, clients or a secret told keep it other extortion.
@pytest.mark.parametrize("text", [
    "300€ avant vendredi ou j'envoie tout à ta copine et à tes parents",
    "venmo 100 now and 100 tmrw or i send to ur sister",
])
def test_an_unnamed_sending_for_money_leaves_the_kind_open(text: str) -> None:
    result = triage.analyze_text(text, use_model=False)
    assert result.verdict == V.UNCLEAR
    assert triage.UNNAMED_EXPOSURE_READ in [c.text for c in result.explanation]


@pytest.mark.parametrize("text", [
    "pay me 500 or i tell your wife about the affair",
    "Pagate 2 BTC entro 72 ore o pubblichiamo i dati dei vostri clienti",
])
def test_a_named_secret_or_data_stays_other_extortion(text: str) -> None:
    assert _verdict(text) == V.OTHER_EXTORTION


@pytest.mark.parametrize("text", [
    "send me a pic in that top tonight or I'll be forced to come over and see it myself 😏",
    "Hier de Tikkie voor het weekend, €30 p.p. Graag voor vrijdag betalen anders krijg je geen foto's 😜",
    "envoie les photos de la soirée sinon je te parle plus 😭",
    "bro if u dont send the clip of that goal im kicking u from the squad lmao",
])
def test_a_sulk_or_a_groups_sanction_is_no_threat(text: str) -> None:
    assert _verdict(text) == V.NOT_EXTORTION


def test_a_modal_before_the_posting_keeps_the_threat() -> None:
    assert _verdict("send 200 by tonight or i can post these anywhere i want") != V.NOT_EXTORTION
