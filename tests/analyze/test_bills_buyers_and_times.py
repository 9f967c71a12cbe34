"""Readings added after the held-out sets 196-199 were measured and read (twenty-first session), in our own wordings.

Threats that were called "no signs of extortion": a time written "8pm" that the look-alike decoder read as a word
("bpm"), a French "elle tourne dans tout le bahut", "send more or mummy gets the folder", a Czech "I still have the
photos", a Turkish "you wouldn't want your dad to watch this", a Spanish fake police notice that ends with the usual
"No responda a este correo", and a person who quotes a threat three days old and asks whether they will really send it.

Look-alikes that were flagged: a buyer who will pay the seller ("te hago bizum hoy"), a bill whose account is named
in the sentence after its due date, a seller who relists, bills and loan reminders in languages the rules do not read,
"the photos we shared" in a kind break-up message, harmless pictures in German and Nigerian Pidgin, a coach who keeps a
dancer out of the show, a parent in Romanian who keeps the phone, and a victim's story of what helped.
"""

from __future__ import annotations

import pytest

from standfast.analyze.normalize import normalize
from standfast.analyze.triage import BILL_READ, SALE_READ, analyze_text
from standfast.analyze.verdicts import Verdict

NOT = Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", ["meet me by 8pm", "by 5pm today", "the 3rd time", "call at 10am", "a 16yo"])
def test_a_number_with_its_unit_is_no_hidden_word(text: str) -> None:
    assert normalize(text).text == text.lower()
    assert not normalize(text).tricks


def test_hidden_words_are_still_read() -> None:
    assert normalize("s3nd me n00ds by 8pm").text == "send me noods by 8pm"


THREATS = [
    # the time kept as a time: the deadline is read
    "Ella: £400 by bank transfer by 8pm or I send the lot to your boss with your pics attached",
    "envoie-moi d'autres photos avant minuit sinon la vidéo de samedi elle tourne dans toute la fac",
    "manda mais fotos hoje senão o vídeo vai rodar no grupo da escola",
    "be a good boy and send another or mommy gets the whole folder",
    # Czech and Turkish words for "still have" and "you would not want … to see"
    "Ty videa z léta pořád mám. Jestli mi do zítřka nepošleš peníze, pošlu je tvým rodičům.",
    "Annenin bu fotoğrafları görmesini istemezsin sanırım. Yarına kadar cevap bekliyorum.",
    # a person quotes what they got three days ago and asks what will happen now
    "Il y a deux jours j'ai reçu ceci : « J'ai enregistré l'appel. Si tu ne paies pas 500 € avant demain, la vidéo "
    "part à tous tes amis. » J'ai bloqué le compte et je n'ai rien payé. Est-ce qu'ils vont vraiment envoyer la "
    "vidéo ? Je n'arrive plus à dormir.",
    "My son got this two days ago: 'I recorded you. Pay $300 by Friday or your school sees it.' He blocked them and "
    "never paid. Will they really send it? Should I report it?",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_in_these_shapes_are_never_cleared(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


FAKE_POLICE_ES = (
    "Asunto: AVISO DE LA BRIGADA DE DELITOS TECNOLÓGICOS\n\nEstimado usuario:\n\nLe comunicamos que desde su conexión "
    "se han descargado contenidos ilícitos de carácter sexual. Para evitar la apertura de diligencias, el envío del "
    "expediente a sus familiares y la publicación de su nombre, debe abonar una multa de 600 euros en 48 horas. "
    "No responda a este correo.\n\nFiscalía Provincial"
)


def test_a_fake_police_notice_with_its_own_no_reply_line_is_flagged() -> None:
    # (the notice's "No responda a este correo" is no warning about such letters)
    assert analyze_text(FAKE_POLICE_ES, use_model=False).verdict != NOT
    assert analyze_text(FAKE_POLICE_ES.replace(" contenidos ilícitos de carácter sexual", " contenidos ilícitos de "
                                               "carácter sexual (vídeos)").replace("el envío del expediente a sus "
                                                                                   "familiares y ", ""),
                        use_model=False).verdict == Verdict.MASS_SCAM


def test_a_warning_that_says_not_to_answer_such_letters_is_left_alone() -> None:
    warning = ("La Guardia Civil avisa: circulan correos falsos que le acusan de descargar contenidos ilegales de "
               "carácter pornográfico y piden una multa en 48 horas. No responda a estos mensajes.")
    assert analyze_text(warning, use_model=False).verdict != Verdict.MASS_SCAM


BUYERS = [
    "hola, me pasas más fotos del sofá? si está bien te hago bizum esta tarde",
    "bonsoir, vous pouvez m'envoyer une photo de l'étiquette ? si c'est bon je vous fais un virement demain",
    "hi, can you send a couple more photos of the bike? if it's all good I'll paypal you tonight",
    "ciao, mi mandi altre foto del divano? se va bene ti faccio un bonifico domani",
]


@pytest.mark.parametrize("text", BUYERS)
def test_a_buyer_who_pays_the_seller_makes_no_demand(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "te pago 300 hoy o le mando tus fotos a tu madre",
    "pay me 200 today or I post your pics",
    "si no me haces bizum hoy, le mando las fotos a tu novio",
])
def test_a_payment_asked_of_the_reader_stays_a_demand(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_seller_who_relists_is_a_sale() -> None:
    a = analyze_text("you said you'd pay today. if it's not through by 6pm I'm relisting it, had 2 other offers",
                     use_model=False)
    assert a.verdict == NOT
    assert any(c.text == SALE_READ for c in a.explanation)


def test_a_bill_whose_account_comes_after_its_date_is_a_bill() -> None:
    text = "Hi! Your next instalment of $58.20 is due on Monday. Check your account has enough in it to avoid a fee."
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_police_signature_after_the_deadline_is_no_bill() -> None:
    text = ("CYBER CRIME UNIT. The images you exchanged with a minor were seized. To avoid arrest, a fine of $1,900 "
            "must be paid via Zelle within 24 hours. Officer K. Lane")
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "Pengingat: tagihan air Anda sebesar Rp180.000 jatuh tempo 14/09. Bayar tepat waktu agar tidak kena denda "
    "keterlambatan.",
    "Paalala: ang internet bill mo na ₱1,699 ay due sa Setyembre 20. May late fee na ₱100 pagkatapos ng due date.",
    "Przypomnienie: termin płatności faktury za prąd 210 zł mija 12.10. Prosimy o terminową wpłatę.",
    "Nhắc nhở: hóa đơn điện 450.000đ, hạn thanh toán ngày 15/10. Vui lòng thanh toán đúng hạn.",
])
def test_a_bill_in_a_language_the_rules_do_not_read_is_a_bill(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == NOT
    assert any(c.text == BILL_READ for c in a.explanation)


@pytest.mark.parametrize("text", [
    # a collector who shames the borrower before all contacts names people to tell
    "Tagihan Rp2.000.000 jatuh tempo hari ini. Bayar sekarang atau foto KTP kamu kami sebar ke semua kontak.",
    # a ransom note that names invoices
    "Wasze pliki są zaszyfrowane, mamy też faktury klientów. Termin płatności: 3 dni, inaczej wszystko publikujemy.",
])
def test_a_collector_or_a_ransom_note_is_no_bill(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_the_photos_two_people_shared_are_no_exposure() -> None:
    text = ("I think we should stop seeing each other. About the pictures we shared, I've deleted mine and I'd be "
            "grateful if you did the same. I wish you well.")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_the_photos_we_shared_then_threatened_are_a_threat() -> None:
    assert analyze_text("the pics we shared? pay 300 by friday or I post them to your family",
                        use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "hab ein video von dir wie du im bus pennst haha, entweder du zahlst die nächste runde oder es kommt in die gruppe",
    "abeg delete that foto where I dey snore or I go post your own where you dey dance 😂😂",
    "got a pic of u from yr 8 w the braces 💀 one more word and it's on my story lmao",
])
def test_harmless_pictures_with_laughter_or_a_treat_are_jokes(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_where_the_reader_sleeps_is_no_harmless_scene() -> None:
    assert analyze_text("ich hab fotos von dir und ich weiß wo du schläfst. 500 euro bis morgen haha",
                        use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "meninas, quem não mandar o vídeo do ensaio até domingo não entra na apresentação",
    "Tata: fă-ți temele și trimite-mi o poză, altfel mâine nu mai primești telefonul înapoi",
])
def test_a_coach_or_a_parent_who_keeps_something_back_is_a_sanction(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_story_of_what_helped_is_a_story() -> None:
    text = ("Two years ago someone recorded me on a call and said they'd send it to my friends unless I paid. What "
            "helped was telling my sister and reporting it to the police. Sharing this so you know it gets better.")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_time_of_day_and_a_bank_transfer_make_a_demand_with_a_deadline() -> None:
    # (the bank is how the money is asked for, not a bank's notice; "8pm" is the deadline)
    text = ("Chat log, pasted:\nJess: hey you\nMe: hi\nJess: right, game over. £300 by bank transfer by 9pm or I send "
            "the lot to your manager\nJess: don't bother blocking me")
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_landlord_notice_with_a_time_is_no_threat() -> None:
    text = ("Final reminder: rent is 10 days overdue. If payment is not received by Monday 5pm, I will start the "
            "eviction process under your tenancy agreement.")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_the_late_one_pays_for_dessert() -> None:
    assert analyze_text("como llegues tarde otra vez pagas tú el postre 😂 a las 20:30 en punto",
                        use_model=False).verdict == NOT


# Read after sets 200-203 were measured.

TELLINGS_NOW = [
    # a teenager tells a parent at length, tonight, and asks what to do
    "Dad I have to tell you something and I'm scared. Tonight a girl on Instagram started talking to me, she said she "
    "was 16 and from the next town. After an hour she sent me photos and asked for some back and I sent two. Now it's "
    "someone else writing and they sent me a screenshot of my photo next to a list of my followers, including you "
    "and Mum and my coach. They say if I don't pay £300 in gift cards by 11pm they will send it to everyone and post "
    "it on my school's page. They keep messaging me every few minutes. I haven't paid anything. What do I do? "
    "Should I block them? Please come to my room.",
    # a parent writes to a helpline while it is happening
    "Hello, I am writing to the helpline because I don't know what else to do. My daughter is 15 and an hour ago she "
    "showed me her phone in tears. A boy she met on a game convinced her to send him pictures without clothes, and "
    "now the account is threatening her: they have a list of her friends and her school and say they will send the "
    "pictures to all of them unless she pays 400 euros by tomorrow morning. They also tell her that her life is "
    "over. She has not paid. The messages are still coming in while I write. Should we answer? Should we go to the "
    "police tonight? How do we stop the pictures from spreading if they send them? Please help us.",
]


@pytest.mark.parametrize("text", TELLINGS_NOW)
def test_a_long_telling_of_a_threat_going_on_now_gets_the_plan(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict != NOT
    assert {s.id for s in a.signals} & {"described_threat", "described_threat_close"}


def test_a_long_story_of_a_threat_that_is_over_is_still_a_story() -> None:
    text = ("My counsellor asked me to write down what happened, so here it is. It was last spring. I started chatting "
            "with a girl on Instagram who said she went to my college. After a week she asked for a video call and I "
            "ended up undressing. Right after, messages came demanding money and threatening to send the recording "
            "to my family. I paid 200 in a panic and of course they asked for more. The next day I told my cousin, "
            "who helped me save everything, block the accounts and report it to the police. As far as I know they "
            "never sent anything. It has been months now. What weighs on me most is the shame: I feel stupid and I "
            "avoid social media. That is what I wanted to talk about in our sessions.")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_help_page_question_is_no_telling() -> None:
    text = ("What should I do if someone is threatening to share my nudes?\n- Don't pay and don't send more.\n- Save "
            "the messages, then block.\n- Report to the app and to the police.\nIt is not your fault.")
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "Ich reserviere dir das Sofa bis Sonntag. Wenn bis dahin nichts überwiesen ist, verkaufe ich es weiter.",
    "Bhai bike ki pics bhej di, asli condition hai. Kal tak advance bhej do warna kisi aur ko de dunga.",
    "last chance, if you're not here by 6 I'm giving it to the guy who offered more. send the $40 deposit if you "
    "still want it",
    "Could you send a few more photos of the desk before I pay? I'll transfer the £80 tonight if it looks fine.",
])
def test_sellers_and_buyers_are_sales(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "bro pay me my 5k this weekend or I go post your dancing video for status 😂😂",
    "ok im in bed 😏 send the pic you promised or im going to sleep without saying goodnight",
])
def test_harmless_pictures_and_sulks_are_not_threats(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_bills_records_are_no_recording() -> None:
    text = ("Dear customer, our records show that your account has an outstanding balance of $212.40, due last month. "
            "Please pay within 14 days to avoid referral to a collection agency. If you have already paid, please "
            "ignore this notice.")
    assert analyze_text(text, use_model=False).verdict != Verdict.TARGETED


def test_a_hinglish_story_told_after_it_ended_is_a_story() -> None:
    text = ("Yaar pichhle saal mere saath ek scam hua tha. Ek ladki ne video call pe record kar liya aur bola 20,000 "
            "bhejo warna sab relatives ko jayega. Maine cousin ko bataya, account block kar diya aur cybercrime pe "
            "complaint ki. Do hafte messages aaye, phir sab ruk gaya. Video kisi ko nahi gaya.")
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    # the fake police fine in Indonesian and in Russian (read in Cyrillic as written)
    "KEPOLISIAN RESOR KOTA. Saudara diduga mengirim foto bermuatan asusila kepada anak di bawah umur. Untuk "
    "menghentikan proses, Saudara wajib membayar denda Rp 5.000.000 hari ini melalui transfer ke rekening penyidik.",
    "Вас беспокоит отдел по борьбе с киберпреступностью. Вы отправляли интимные фото несовершеннолетней. Чтобы дело "
    "не передали в суд, необходимо оплатить штраф 60 000 рублей сегодня.",
])
def test_a_fake_police_fine_in_more_languages_is_targeted(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.TARGETED


def test_a_police_warning_about_fake_fines_is_left_alone() -> None:
    text = ("Polisi tidak pernah meminta denda lewat transfer. Waspada penipuan yang mengaku penyidik dan menuduh "
            "Anda mengirim foto asusila: jangan membayar dan laporkan.")
    assert analyze_text(text, use_model=False).verdict != Verdict.TARGETED


# Read after sets 204-207 were measured.

TOLD_NOW = [
    # a victim writes to a friend, in their own words, while it happens
    "ok please dont be weird about this. the guy from bumble recorded our facetime last week. he just sent me a "
    "clip and says i have to send him £250 on monzo by 10 or he sends it to my dad and my boss. im shaking",
    # a sibling, in Spanish
    "Mi hermana tiene 15 y me acaba de contar que un chico la grabó en videollamada. Ahora le piden 3 mil pesos o lo "
    "suben a un grupo y se lo mandan a mi papá. ¿Qué hacemos? Ayúdenme por favor.",
    # a friend, the demand only more video
    "My best friend just told me what's going on. A man she met online has her photos and now wants a video call "
    "every night this week, or he'll send the photos to her boyfriend and her uni group. How do I help her?",
]


@pytest.mark.parametrize("text", TOLD_NOW)
def test_a_threat_told_in_other_words_while_it_happens_gets_the_plan(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    # over and handled, told afterwards
    "some account got me to send pics and then asked for money, saying theyd send them to my family. i blocked it "
    "and told my mum yesterday and we reported it. just dont tell anyone ok",
    # a help page's question
    "What should I do if I sent photos to someone who is now threatening to share them with my family? Stop "
    "replying, don't pay, save the messages and report the account.",
    # a news item about scammers
    "Police say scammers are now messaging teenagers, threatening to send their photos to family unless they pay "
    "today.",
])
def test_a_story_over_a_help_page_or_news_is_no_telling(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_choice_left_over_a_sending_is_no_pleasure_shared() -> None:
    text = "anyway. screenshot of your pic is in a message to your mum. drafts. up to you if i hit send"
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "if you still want the lamp send the £20 deposit by tonight, i've got 3 other people asking. otherwise it goes to "
    "the next guy",
    "Wenn du das Rad noch willst, bitte bis morgen per PayPal zahlen. Sonst verkaufe ich es an den Nächsten, hab "
    "noch zwei Anfragen.",
    "Abi bisikleti istiyorsan yarına kadar kaporayı gönder, yoksa başkasına satıyorum.",
])
def test_a_seller_with_other_buyers_is_a_sale(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_i_have_other_buyers_is_nothing_held_but_i_still_have_the_photos_is() -> None:
    assert analyze_text("hab noch zwei Anfragen für das Sofa", use_model=False).verdict == NOT
    assert analyze_text("ich hab noch deine Fotos. 300 Euro bis morgen oder deine Eltern sehen sie",
                        use_model=False).verdict != NOT


def test_a_japanese_rent_reminder_is_a_bill() -> None:
    a = analyze_text("今月の家賃85,000円のお振込みがまだ確認できておりません。25日までにお願いいたします。",
                     use_model=False)
    assert a.verdict == NOT
    assert any(c.text == BILL_READ for c in a.explanation)


def test_the_next_round_in_dutch_is_a_treat() -> None:
    assert analyze_text("haha ik heb een foto van jou slapend in de bus, of je betaalt de volgende ronde of hij gaat "
                        "in de groepsapp", use_model=False).verdict == NOT


# Read after sets 212-215 were measured.

def test_a_threat_that_promises_nothing_happened_once_obeyed_is_no_story_over() -> None:
    from standfast.analyze.loose import loose_signs

    promise = ("Je hebt me vorige maand gesproken. Ik heb alles nog. Maak 800 euro over voor morgen. Doe gewoon wat "
               "ik zeg en dan is er niks gebeurd.")
    told = "Vorige maand dreigde iemand mijn foto's te delen. Ik heb hem geblokkeerd en er is niks gebeurd."
    assert not loose_signs(normalize(promise).text, promise, 40).story_over
    assert loose_signs(normalize(told).text, told, 40).story_over


@pytest.mark.parametrize("text", [
    # Sheng, Banglish, an Indonesian collector at length
    "msee picha zako ziko kwangu. kesho nataka 3k ama nazipost kwa group ya class",
    "tor chobi gula amar kache ache. ar chobi pathabi naki sobai dekhbe? kal porjonto time dilam",
])
def test_more_cue_words_read_threats(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT
