"""Triage of notes retold by what they say, of accounts taken, of customers' returns and of friends' small sanctions.

- A kind of message retold by what it says ("e-mails claiming a hacker filmed you … don't pay") is a warning, and a
  note the writer received and retells keeps its kind.
- An account the writer holds is never a seller's offer ("I took your account … or I sell it"), and a telling in Dutch
  of a secret to be told unless paid is read as the other languages' are.
- The owner asking how to get a taken account back, with nothing asked of them, is no threat; a price, a threat told or
  pictures named beside it keep the message flagged.
- A thing sent back to its seller is no sending to people, and a platform's or a consumer body's claim is a customer's
  lawful step; so is a customer's refund with an honest review named.
- A friend's block, a chat left on read, a player kicked from the clan or a fate the writer shares ("or we're both
  failing") is a sulk, not a threat.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import ACCOUNT_HELP_READ, analyze_text

# (each fixture is written for this file; none is taken from a labelled set)

RETOLD_WARNINGS = [
    "IT security tip of the week: watch out for e-mails claiming that a hacker filmed you with your own camera and "
    "demanding Bitcoin in two days, or else the clip reaches your contacts. Don't pay, don't reply, just delete them "
    "and report to IT.",
    "Parents' bulletin, March. Messages that say someone recorded your child and will send the video to the whole "
    "school unless they pay are going round again. Do not pay. Report the account and keep the messages.",
    "Club newsletter: emails that claim your device was infected and that a video of you will be sent to all your "
    "friends unless you pay in Bitcoin are a known scam. Never pay, never reply, delete them.",
]

RECEIVED_NOTES = [
    # a note the writer or someone close received keeps its kind
    ("I got an email that says they hacked my camera and want bitcoin by tomorrow night or the video goes out "
     "to everyone in my contacts. Is it real?", "mass_scam"),
    ("A mi tío le llegó un correo que dice que le grabaron por la webcam y que pague en bitcoin en 48 horas o manda el "
     "vídeo a sus contactos. ¿Es verdad?", "mass_scam"),
]

STILL_THREATS = [
    "a message that says it all: 300 on cashapp by tonight or your nudes go to your school",
    "my last message said it clearly. pay 200 by friday or the video goes to your family",
    "emails that say they recorded you are fake. but I am not fake: I have your pics, pay 500 by tonight or your mom "
    "sees them",
]

HELD_ACCOUNTS = [
    "peguei tua conta do roblox. me manda R$150 no pix hoje que eu devolvo, se não vendo ela pra outro",
    "ho preso il tuo account di brawl stars. 30 euro di ricarica entro stasera o lo vendo a un altro",
    "i took your fortnite account. 40 on cashapp by tonight or i sell it to someone else",
]

DUTCH_TELLINGS = [
    "Mijn ex dreigt mijn ouders te vertellen dat ik gok als ik hem niet 500 euro geef. Hij appt elke dag. Wat moet ik "
    "doen?",
    "Een klasgenoot dreigt mijn trainer te verklappen dat ik gespijbeld heb als ik hem niet 50 euro betaal. Vandaag "
    "weer. Wat kan ik doen?",
]

ACCOUNT_HELP = [
    "my epic account got hacked on sunday and they changed the email. support says 3-5 days. is there any faster way "
    "to get it back? i still have my receipts",
    "my roblox account got hacked yesterday and they changed the password. how do i get it back?",
    "mi cuenta de instagram fue hackeada anoche y cambiaron el correo. ¿cómo la recupero?",
]

ACCOUNT_THREATS = [
    "my insta got hacked and the guy says he'll post my dms unless i pay 100. how do i get it back?",
    "my tiktok got stolen, the hacker wants 50 dollars to give it back, how do i get it back?",
    "my snapchat got hacked and they have my nudes now. how do i get it back before they post them?",
]

RETURNS = [
    "The lamp arrived broken. I'll send it back and you refund me, otherwise I'll open a PayPal dispute.",
    "Ik heb de jas gisteren ontvangen maar de rits is kapot. Ik stuur hem terug en jij stort het geld terug? Anders "
    "dien ik via Marktplaats een claim in.",
    "De fiets is kapot aangekomen. Ik stuur hem terug en jij betaalt het geld terug, anders dien ik een claim in.",
]

RETURN_THREATS = [
    "Ik stuur ze naar je moeder als je niet betaalt. 200 euro voor vrijdag.",
    "I'll send them back to your wife unless you pay 300 by friday",
]


@pytest.mark.parametrize("text", RETOLD_WARNINGS)
def test_a_kind_of_note_retold_with_advice_is_a_warning(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize(("text", "kind"), RECEIVED_NOTES)
def test_a_note_received_and_retold_keeps_its_kind(text: str, kind: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict == kind


@pytest.mark.parametrize("text", STILL_THREATS)
def test_a_threat_that_names_a_message_stays_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "targeted"
    assert analyze_text(text).verdict == "targeted"


@pytest.mark.parametrize("text", HELD_ACCOUNTS)
def test_an_account_held_is_no_sale(text: str) -> None:
    assert analyze_text(text).verdict == "other_extortion"


@pytest.mark.parametrize("text", DUTCH_TELLINGS)
def test_a_dutch_telling_of_a_secret_for_money(text: str) -> None:
    assert analyze_text(text).verdict == "other_extortion"


@pytest.mark.parametrize("text", ACCOUNT_HELP)
def test_the_owner_asking_for_an_account_back_is_no_threat(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == "not_extortion"
    # (the rules' reading, when it is what cleared the message, tells what to do and when to treat it as real)
    if any(c.text == ACCOUNT_HELP_READ for c in result.explanation):
        assert "treat it as real" in ACCOUNT_HELP_READ


@pytest.mark.parametrize("text", ACCOUNT_THREATS)
def test_an_account_taken_with_a_price_or_pictures_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


@pytest.mark.parametrize("text", RETURNS)
def test_a_return_with_a_lawful_claim_is_no_threat(text: str) -> None:
    assert analyze_text(text).verdict == "not_extortion"


@pytest.mark.parametrize("text", RETURN_THREATS)
def test_pictures_sent_to_people_stay_a_threat(text: str) -> None:
    assert analyze_text(text).verdict != "not_extortion"


LESSONS = [
    # a worksheet's own questions are the pupils' task, not a person asking about a message they received
    "Arbeitsblatt Klasse 7, Thema Sicherheit im Netz. Lies die Nachricht: „Ich habe deine Bilder. Überweis mir bis "
    "morgen 80 Euro, sonst schicke ich sie an deine Freunde.“ 1. Woran erkennst du die Erpressung? 2. Was solltest "
    "du jetzt tun?",
    "Subject: FW: \"WE HAVE YOUR VIDEO - PAY WITHIN 2 DAYS\"\n\nTeam, sharing this as an example for next week's "
    "security training. Notice the vague greeting, the wallet address and the invented deadline. No need to report "
    "it again.",
]

LESSON_LOOKALIKES = [
    # someone who speaks of themselves beside the quoted note is asking about their own
    "Arbeitsblatt von heute, aber ich habe das hier bekommen: „Ich habe deine Fotos. 50 Euro bis heute Abend, sonst "
    "sieht sie deine Klasse.“ Was soll ich tun?",
    "I work in IT and did the phishing training, but this is different: \"I have your video from our call. pay 300 "
    "by tonight or your wife sees it\" what do I do?",
    "Notice the timestamp on the video I have of you. Pay 500 by friday or it goes to your boss. Consider this your "
    "security training.",
]

JOKES_AND_NOTICES = [
    # a mug held "hostage" for a chore, and a seller named in a phishing notice
    "Deine Lieblingstasse ist in Geiselhaft, bis du das Bad putzt. Lösegeld: ein Döner. Keine Polizei!",
    "ta tasse préférée est en otage jusqu'à ce que tu fasses la vaisselle 😂 rançon: un croissant",
    "Marketplace Seller Center: your store will be closed within 24 hours because your payout details are "
    "unverified. Confirm them now at seller-center-check[.]info to keep your listings.",
]

JOKE_LOOKALIKES = [
    "Deine Kaffeetasse ist in Geiselhaft, bis du mir 200 Euro überweist. Keine Polizei.",
    "your mug is my hostage until you send me a pic in the shower",
    "i'll sell your nudes to everyone in your school unless you pay 300 by tonight",
]


@pytest.mark.parametrize("text", LESSONS)
def test_a_lesson_quoting_its_example_is_no_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize("text", LESSON_LOOKALIKES)
def test_a_note_beside_its_receiver_or_its_sender_stays_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


@pytest.mark.parametrize("text", JOKES_AND_NOTICES)
def test_a_mug_held_for_a_chore_and_a_sellers_notice_are_no_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize("text", JOKE_LOOKALIKES)
def test_a_price_or_pictures_keep_the_lookalikes_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


CUSTOMERS = [
    # a customer's money asked back, and an honest review or a complaint as the next step
    "I want a full refund for the broken chair by friday, otherwise I'll leave an honest review on Google and "
    "Trustpilot.",
    "La lavadora llegó con el tambor roto. Quiero el reembolso esta semana; si no, dejo una reseña en Google contando "
    "lo que pasó.",
    "Le gâteau commandé pour le baptême était écrasé. Je demande le remboursement d'ici vendredi, sinon je laisse un "
    "avis sur Google avec les photos du gâteau.",
]

RACKETS_AND_THREATS = [
    # what a racket adds, or the reader's people, pictures or deeds beside the refund
    "Refund me 400 today or 30 one-star reviews go up on Google and Tripadvisor tonight.",
    "I want my money back plus 300 compensation by friday or I post on Google that I found cockroaches in my soup.",
    "refund me 300 by friday or i leave a review and send your wife the video of us",
    "quiero el reembolso de 100 euros hoy o dejo una reseña en google y se lo cuento a tu mujer",
    "I want my money back, 200 by tonight, or I post a review on google with the pics you sent me",
    "Refund the 500 or I tell your boss about your affair",
    # (pictures that are no product's)
    "refund the deposit or i write a review and show everyone the video from the hotel room",
    "I want my money back by friday or I post the video on google and facebook",
]


@pytest.mark.parametrize("text", CUSTOMERS)
def test_a_customers_refund_with_an_honest_review_is_no_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize("text", RACKETS_AND_THREATS)
def test_a_review_racket_or_a_threat_beside_a_refund_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


FRIENDS_SULKS = [
    # (and a silly dance with a chore as the price)
    "haha got a clip of u doing the robot dance in the hallway. wash up tonight or it goes in the cousins chat 😂",
    "pagami il gelato entro domani o ti blocco 😂",
    "mándame otra foto del perrito o te dejo en visto 😜",
    "paie-moi le kebab avant demain ou je te bloque 😂",
    "hop on duos tonight or im kicking u from the squad fr",
    # (a fate the writer shares)
    "send me ur slides by 8 or we're all failing the presentation 😩",
]

SULK_LOOKALIKES = [
    "i have a pic of you doing a tiktok dance in ur underwear. wash up for a week or it goes to the whole school 😂",
    "send me another nude or im blocking you and posting the ones i have",
    "mandami altre foto entro stasera o ti blocco e le giro a tutta la classe",
    "te dejo en visto si no me mandas otra foto sin ropa",
    "pagami 200 euro entro domani o ti blocco. e sai cosa ho di te",
    "send me more pics by 9 or we're both screwed, i still have the video of u",
]


@pytest.mark.parametrize("text", FRIENDS_SULKS)
def test_a_friends_block_or_kick_is_no_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize("text", SULK_LOOKALIKES)
def test_a_block_beside_pictures_or_a_hint_stays_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


TOLD_POSTINGS = [
    # a threat to post for all to see, told by the one it is aimed at, with their fear
    "he wants more pics or he posts the video. im so scared",
    "they didn't ask me for money, they want more pics or they post the video. im so scared",
    "el tipo quiere más fotos o sube el video. tengo mucho miedo",
]


@pytest.mark.parametrize("text", TOLD_POSTINGS)
def test_a_posting_threat_told_with_fear_is_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


def test_the_same_words_in_a_warning_stay_a_warning() -> None:
    text = "scammers often want more pics or they post the video. if you are scared, report it and don't pay"
    assert analyze_text(text, use_model=False).verdict == "not_extortion"
