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


# After sets 180-183 were measured and read.
LONG_UNNAMED_LANGUAGE = (
    "[21:02] Neha: hi, aap bahut cute ho, video call karein?\n[21:30] Neha: suno ab. tumhari poori call record ho gayi "
    "hai, chehra saaf dikh raha hai.\n[21:31] Neha: tumhari friend list ka screenshot bhi le liya, mummy papa behen "
    "sab.\n[21:31] Karan: please delete karo\n[21:32] Neha: 20000 UPI pe bhejo, 1 ghanta hai. nahi bheja to video "
    "sabko jayega aur insta pe bhi daal dungi.\n[21:33] Karan: itne paise nahi hain\n[21:34] Neha: dost se lo, "
    "mujhe farak nahi padta. block kiya toh turant sabko jayega.\n[21:35] Neha: police ke paas mat jaana, kuch nahi "
    "hoga. screenshot bhejo payment ka.\n[21:36] Karan: thoda time do\n[21:37] Neha: time nahi hai. 58 minute bache "
    "hain. jaldi karo warna family group mein sabse pehle jayega. tumhari behen ka number bhi hai mere paas."
)


def test_a_long_chat_log_in_romanised_hindi_with_pictures_held_is_flagged() -> None:
    # (the detector names no language for it; the police forbidden, "police ke paas mat jaana", is no warner's word)
    assert analyze_text(LONG_UNNAMED_LANGUAGE, use_model=False).verdict != NOT


def test_a_hinglish_story_reported_to_the_portal_is_no_threat() -> None:
    text = ("yaar ek ladki ne video call pe record kar liya tha aur paise maang rahi thi. maine block karke cyber "
            "crime portal pe complaint kar di. ab sab theek hai, tu bhi dhyan rakhna aise unknown calls se")
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_long_turkish_letter_that_leaves_what_it_holds_unsaid_is_flagged() -> None:
    text = ("Selin, mesajlarımı okuduğunu biliyorum. Artık uzun konuşmayacağım. Neyin elimde olduğunu sen de çok iyi "
            "biliyorsun, hiçbirini silmedim. O yaz tatilinde olanları unutmadım. Sana sadece şunu söyleyeceğim: "
            "pazar akşamına kadar vaktin var. Beni arayacaksın ve konuştuğumuz konuyu halledeceksin, ne istediğimi "
            "biliyorsun. Nişan hazırlıkları nasıl gidiyor bu arada? Nişanlının annesi çok tutucu biri, değil mi? "
            "İş yerindeki şefinin numarası da bende. Engellemeye kalkma, başka numaralarım var, e-posta adresini de "
            "biliyorum. Annenle babana da ulaşabilirim, nerede oturduklarını biliyorum. Pazar akşamı. Ondan sonra "
            "aramana gerek yok, çünkü herkes zaten her şeyi görmüş olacak. Bu son uyarım, bunu da bil. Seni "
            "düşünerek yazıyorum, inan bana, kimsenin üzülmesini istemem ama sen bana başka seçenek bırakmadın.")
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_fake_federal_police_letter_that_names_sexual_acts_and_a_payment_is_flagged() -> None:
    text = ("Landeskriminalamt – Cybercrime\n\nSehr geehrter Herr Jansen,\n\nbei Ermittlungen wurde festgestellt, dass "
            "Sie in einem Videochat mit einer minderjährigen Person sexuelle Handlungen vorgenommen haben. Die "
            "Aufzeichnung liegt uns vor. Das Verfahren kann gegen Zahlung einer Geldauflage von 1.800 Euro eingestellt "
            "werden, zahlbar bis morgen 12 Uhr. Erfolgt keine Zahlung, werden Ihr Arbeitgeber und Ihre Familie "
            "informiert.\n\nKHK Berger")
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.TARGETED
    assert "fake_police_fine" in [s.id for s in result.signals]


@pytest.mark.parametrize("text", [
    "My son is 14. A girl he met on Snapchat got pictures from him and now says she'll send them to his whole class "
    "unless he pays 100 dollars tonight. He just told me. What do we do?",
    "hey, i'd hate for your coach to see the stuff you sent me. answer me",
    "Liebe Grüße an deine Eltern 🙂 Die würden sich bestimmt für unseren Chat interessieren. Schreib mir.",
    "your friends would definitely be interested in our chat. reply before midnight",
])
def test_a_threat_told_for_a_child_or_left_to_hint_is_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    "Wer bis Freitag nicht zusagt, ist am Sonntag nicht im Kader. Bitte Foto vom Spielerpass schicken.",
    "ho il video di te che balli sul tavolo 😂 offrimi lo spritz o lo mando nel gruppo",
    "ik heb die video van jou op de schaatsbaan nog 😂 trakteer op bitterballen of hij gaat in de groepsapp",
    "venmo me $25 for the festival tix before sat or im selling ur seat to maya lol",
    "Madame, Monsieur, des élèves reçoivent des messages de faux profils qui demandent des photos puis de l'argent. "
    "Si votre enfant est concerné : ne pas payer, garder les preuves, signaler sur PHAROS.",
])
def test_a_coach_a_treat_a_ticket_and_a_school_warning_are_no_threats(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_a_condition_on_paying_is_no_advice_not_to_pay() -> None:
    # ("se não pagar até sábado" is the condition of a threat, not "não pague")
    text = "se nao pagar os 3 mil ate sexta a gente passa na tua casa e quebra tudo. nao chama a policia"
    assert analyze_text(text, use_model=False).verdict != NOT


def test_hungarian_homework_is_not_read_inside_a_turkish_word() -> None:
    # ("házi" is homework in Hungarian and "light"; it must not be read in "hazırlıkları" and soften a threat)
    text = ("Videoların elimde. Düğün hazırlıkları nasıl gidiyor? Yarına kadar 5000 lira göndermezsen hepsini "
            "ailene atarım.")
    assert analyze_text(text, use_model=False).verdict != NOT


HELP_PAGE_PT = (
    "Sextorsão: o que fazer se alguém ameaça divulgar as suas fotos\n\nSe alguém diz que vai mandar fotos ou vídeos "
    "íntimos seus para a sua família ou seguidores caso você não pague, saiba que isso é crime e a culpa não é sua.\n\n"
    "1. Não pague. Quem paga costuma receber novos pedidos, por Pix, cartão ou criptomoeda.\n2. Não apague a conversa: "
    "guarde prints do perfil e das mensagens.\n3. Bloqueie o perfil depois de guardar as provas.\n4. Denuncie na "
    "plataforma e registre um boletim de ocorrência na delegacia.\n5. Se você tem menos de 18 anos, fale com um adulto "
    "de confiança.\n\nA nossa linha de apoio atende todos os dias, das 9h às 21h, com sigilo. Existem também "
    "ferramentas gratuitas que ajudam a impedir a publicação de imagens nas grandes redes sociais. Você não está "
    "sozinho e há quem possa ajudar agora."
)


def test_a_long_help_page_that_names_sextortion_and_advises_not_to_pay_is_no_threat() -> None:
    # (it names crypto as what extorters ask for: no wallet is in it)
    assert analyze_text(HELP_PAGE_PT, use_model=False).verdict == NOT


def test_a_long_threat_letter_that_names_sextortion_is_not_read_as_advice() -> None:
    text = ("Call it sextortion, call the police, I don't care. I have every video from our calls and your sister's "
            "number. " * 4 + "Don't pay and see what happens. You have until Friday.")
    assert analyze_text(text, use_model=False).verdict != NOT


GROUP_TEASE = (
    "[Group: Flat 4B 🏠]\n[18:01] Priya: who ate my yoghurt AGAIN\n[18:02] Tom: not me\n[18:02] Sam: 100% tom\n"
    "[18:04] Priya: I have a photo of you asleep on the bathroom floor from saturday tom. replace the yoghurt by "
    "tomorrow or it goes in the family group 😂\n[18:05] Tom: that's blackmail\n[18:05] Sam: lmao she's not joking\n"
    "[18:06] Tom: fine. greek or normal\n[18:07] Priya: greek obviously\n[18:08] Sam: also rent is due friday pls"
)


def test_a_group_chat_of_friends_teasing_with_laughter_is_no_threat() -> None:
    result = analyze_text(GROUP_TEASE, use_model=False)
    assert result.verdict == NOT


@pytest.mark.parametrize("text", [
    # a stranger in a group chat, with a payment app: kept
    "[group chat]\nJordan: who's coming saturday\nTy: me lol\nJordan: lmao\nunknown_77: hey Ty\nTy: who added you\n"
    "unknown_77: the pics u sent on tuesday. $200 cashapp in an hour or i drop them here for everybody",
    # two people under several names is no group
    "sofi.bianchi_: ciao 😂\nMatteo: chi sei?\nsofi: ho salvato le foto che mi hai mandato haha\nMatteo: cosa?\n"
    "sofi: 200 euro entro stasera o le mando a tua madre\nMatteo: ti prego\nsofi: alle 22 tua madre riceve tutto",
    # nudes named in a group chat
    "[Group]\nAna: haha\nBea: lol\nCris: Ana I still have the nudes you sent me. pay 100 by tonight or they go in "
    "here\n"
    "Ana: what\nBea: wtf\nCris: tonight",
])
def test_a_group_chat_with_a_payment_app_a_lone_stranger_or_nudes_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


# After sets 184-187 were measured and read.
@pytest.mark.parametrize("text", [
    "Usipolipa laki tatu kufikia Jumamosi, gari lako litachomwa. Hili ni onyo la mwisho.",
    "Ti o ko ba san owo naa ni ose yii, awon omokunrin wa yoo wa si ile re.",
    "[WhatsApp]\nEmre: Selam Aylin.\nEmre: Bana gönderdiğin fotoğraflar hâlâ telefonumda.\nEmre: Cumartesi benimle "
    "buluşmazsan hepsi ailenin grubuna gider. Annen, baban, herkes görür.\nEmre: Kimseye söyleme.",
])
def test_more_threat_words_in_swahili_yoruba_and_turkish(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    # a quotation that runs on into the sentence after it, with the police's advice around it
    "„Ich habe Videos von dir. Zahl 200 Euro oder ich schicke sie an deine Eltern“ – so stand es in der Nachricht, "
    "die eine 15-Jährige bekam. Die Polizei rät, nicht zu zahlen und Anzeige zu erstatten.",
    # a help article in Indonesian that names the crime ("sekstorsi")
    "Waspada sekstorsi. Pelaku mengancam akan menyebarkan foto korban jika korban tidak membayar. Jangan membayar, "
    "simpan bukti, dan laporkan ke polisi. Korban tidak bersalah.",
])
def test_news_and_help_in_more_shapes_are_no_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


@pytest.mark.parametrize("text", [
    "Hi, yes the desk is still available but I've got someone coming to look at it Sunday. If I don't get the £30 "
    "deposit by tonight it goes to them, sorry!",
    "Bonjour, la table est toujours disponible. J'ai une autre personne intéressée pour dimanche, donc il me faut un "
    "acompte de 20 € avant demain midi.",
])
def test_a_seller_with_another_buyer_holds_nothing(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == NOT


def test_ive_got_your_pictures_is_still_a_claim() -> None:
    text = "I've got your pictures. If I don't get $300 by tonight they go to your family."
    assert analyze_text(text, use_model=False).verdict != NOT


# After sets 188-191 were measured and read.
@pytest.mark.parametrize("text", [
    # Japanese in Latin letters
    "douga zenbu hozon shita yo. ashita made ni 5man furikomi shinakattara gakkou no minna ni miseru kara",
    # Hausa, a bulk e-mail
    "Sannu. Na dauki bidiyonka ta kyamara. Ka tura dalar 300 ta Bitcoin. Kana da awanni 24. Idan ba ka biya ba, zan "
    "tura bidiyon ga duk abokan huldarka.",
    # Sheng: "or they go to everyone's status"
    "niko na hizo picha zako, nimeshika zote. tuma 3k kwa mpesa ama zinaenda status ya kila mtu",
])
def test_romaji_hausa_and_sheng_threat_words(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_a_parent_pasting_a_threat_in_turkish_and_asking_what_to_do_is_flagged() -> None:
    text = ("Merhaba, kızım şu mesajı aldı: \"Bana gönderdiğin fotoğraflar bende. Yarına kadar 5 fotoğraf daha "
            "atmazsan hepsini okul grubuna gönderirim.\" Ne yapmalıyız? Polise mi gitmeliyiz?")
    assert analyze_text(text, use_model=False).verdict != NOT


@pytest.mark.parametrize("text", [
    # a Hinglish joke that holds a video and laughs, with no money: still a joke
    "bhai tera dance wala video mere paas hai 😂 samosa khila warna group mein daal dunga",
    # "dalam" (Indonesian "in") is no Hausa money word; "a man entered" is no Japanese one
    "Kak, foto produknya ada dalam katalog ya. Kalau tidak cocok, boleh tukar dalam seminggu.",
])
def test_new_cue_words_do_not_read_jokes_or_everyday_words(text: str) -> None:
    from standfast.analyze.cues import cue_families, reading
    from standfast.analyze.normalize import normalize

    families = cue_families(normalize(text).text, text)
    assert reading(families) is None
    assert "money" not in families


# After sets 192-195 were measured and read.
@pytest.mark.parametrize("text", [
    "tra loi di. anh co anh cua em. khong gui tien thi ca lop deu thay",
    "lw ma gbtsh el flos l7ad el gom3a hagelak el sho8l",
])
def test_vietnamese_without_marks_and_an_arabizi_visit_are_read(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != NOT


def test_vietnamese_with_marks_asking_for_a_photo_is_not_a_condition() -> None:
    # ("không gửi" without money is a friend's "if you don't send", not a threat's condition)
    text = "Ê gửi ảnh đi Đà Lạt đi, không gửi là t nghỉ chơi đó nha 😤"
    assert analyze_text(text, use_model=False).verdict == NOT


# A notice that quotes the bulk e-mail it warns of: the bulk shape is inside the quotation marks.
BULK_QUOTED_IN_A_NOTICE = (
    "Hinweis der Moderation: Wir bekommen gerade viele Beiträge zu Mails wie „Ich habe Ihre Kamera gehackt und Sie "
    "gefilmt. Zahlen Sie 1500 Euro in Bitcoin innerhalb von 48 Stunden, sonst schicke ich das Video an alle Ihre "
    "Kontakte.“ Das ist Massen-Spam, es gibt kein Video. Nicht zahlen, Passwort ändern und bei der Polizei anzeigen."
)


def test_a_notice_quoting_the_bulk_email_it_warns_of_is_no_threat() -> None:
    result = analyze_text(BULK_QUOTED_IN_A_NOTICE, use_model=False)
    assert result.verdict == NOT
    assert [c.text for c in result.explanation] == [QUOTED_EXAMPLE_READ]


def test_the_bulk_email_itself_is_still_a_bulk_scam() -> None:
    email = ("Ich habe Ihre Kamera gehackt und Sie gefilmt. Zahlen Sie 1500 Euro in Bitcoin innerhalb von 48 Stunden, "
             "sonst schicke ich das Video an alle Ihre Kontakte.")
    assert analyze_text(email, use_model=False).verdict != NOT
