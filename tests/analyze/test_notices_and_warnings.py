"""A photographer's gallery, a giveaway's fee and a warning that says "do not pay", against threats in their words.

Written for this test after the spent held-out sets 25-71 showed the classes: proofs of a session to choose from
before the gallery expires, a prize with a shipping fee due in hours, and police or school warnings in languages the
sentence reader does not read ("Полиция рекомендует не платить"), all called `unclear` by the short-message net. A
photographer, a giveaway or a warning that threatens to show pictures to the reader's people stays flagged. The
rules alone (no model) must get these right.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.analyze.rules_only import rules_verdict

from standfast.analyze.loose import DONT_PAY, GALLERY, GALLERY_DUE, REPORT_TO
from standfast.analyze.triage import GALLERY_READ, JEALOUS_READ, WARNING_READ, analyze_text
from standfast.analyze.verdicts import Verdict


def _verdict(text: str) -> str:
    return analyze_text(text, use_model=False).verdict.value


# A gallery named in other words, and the shots chosen by a date (read on the spent sets 524 and 532).
GALLERIES_IN_OTHER_WORDS = [
    "Liebe Familie Wendt, die Online-Galerie von eurem Garten-Shooting steht. Wählt bis Freitag eure "
    "Lieblingsbilder aus; die Restzahlung von 180 € bitte per Überweisung.",
    "Ciao Marta, la galleria con le foto del matrimonio è pronta: hai due settimane per scegliere gli scatti da "
    "stampare. Il saldo di 300 € con bonifico.",
    "Guten Tag Frau Öztürk, Ihre Passfotos sind fertig. Den Restbetrag von 25 € bitte bis Montag überweisen, dann "
    "schicken wir die Dateien.",
]
GALLERY_NOTICES = [
    # (the rest of the fee, then the files in high resolution: read on the spent set 153)
    "Hola Lucía, las fotos de tu sesión de fotos ya están en tu galería. El restante (80 €) se paga antes del viernes "
    "para descargarlas en alta resolución",
    "Hi Maya, your wedding proofs are up in your gallery! The last 200 is due by the 12th to unlock the high-res files",
    "Hi Jess! Your maternity session proofs are up in your private gallery 📸 Pick your 25 favourites by Thursday, "
    "the gallery expires after two weeks.",
    "Hello Tom, the headshot session proofs are online. Please choose your images before Monday so I can retouch "
    "them; the remaining balance is due with the prints.",
    "Hallo Mia, die Fotos vom Shooting sind in deiner privaten Galerie. Bitte bis Sonntag deine Favoriten aussuchen, "
    "danach wird die Galerie archiviert.",
    "Hola Lucía, ya tienes las fotos de la sesión de embarazo en tu galería privada. Elige tus favoritas antes del "
    "lunes, después el enlace caduca.",
    "Oi Bia! As fotos do ensaio gestante estão na sua galeria privada. Você tem até domingo para escolher as "
    "favoritas, depois a galeria expira.",
    "Bonjour Claire, les photos de votre séance photo sont dans votre galerie privée jusqu'au 30. Pensez à les "
    "télécharger avant, ensuite elles seront archivées.",
    *GALLERIES_IN_OTHER_WORDS,
]
PHOTOGRAPHER_THREATS = [
    "I have the pics from our boudoir session. Pay the remaining balance by Friday or they go to your husband.",
    "private gallery link attached. you have 24h to send $500 or your family sees every photo from the shoot",
    "Your boudoir session proofs are ready. Pick your favourites by Friday or I post the whole gallery on "
    "Instagram and tag your boss.",
    "Your boudoir session proofs are ready in your private gallery. Pay 300 by Friday or I upload the gallery to "
    "your church's Facebook page",
]
GIVEAWAY_FEES = [
    "CONGRATS 🎉 you were selected to win a PS5 in our giveaway! Pay the $6.99 shipping fee within 3 hours to "
    "claim it or it goes to the next winner",
    "gente é golpe? falaram que ganhei um fone no sorteio e tenho que pagar 25 reais de frete até hoje",
    "¿es real? dicen que gané un iPhone y tengo que pagar los gastos de envío en 2 horas",
]
GIVEAWAY_THREATS = [
    "you won our giveaway! pay the $5 shipping fee in 2 hours or I send your nudes to your mom",
    "congrats winner! i have your pics tho. pay the delivery fee today or everyone sees them",
]
WARNINGS = [
    "Policja ostrzega: oszuści podszywają się pod nastolatków, zdobywają intymne zdjęcia i żądają pieniędzy, grożąc "
    "ich rozesłaniem. Nie płać, zachowaj wiadomości i zgłoś sprawę na policję.",
    "Внимание родителям: мошенники выманивают у подростков фото и угрожают разослать их друзьям. Не платите, "
    "сохраните переписку и обратитесь в полицию.",
    "Babala mula sa pulis: may mga nagpapanggap na dalaga online, humihingi ng litrato, tapos nananakot na ikakalat "
    "ito kapalit ng pera. Huwag magbayad at i-report agad.",
    "Himbauan: pelaku meminta foto pribadi lalu mengancam menyebarkannya ke keluarga jika tidak dibayar. Jangan "
    "transfer uang, simpan bukti dan lapor ke polisi.",
    "Poliția avertizează: escrocii cer poze intime și apoi amenință că le trimit rudelor dacă nu primesc bani. Nu "
    "plătiți și sesizați poliția.",
]
# A victim who tells of their own pictures held now, or a threat that names the police, is no warning.
NOT_WARNINGS = [
    "she says she'll send my pics to my mom unless i pay 300 tonight. police said don't pay but im so scared",
    "Zapłać 500 zł do jutra albo wyślę twoje zdjęcia rodzinie. Nie płać mi tylko połowy i nie idź na policję.",
    "If you go to the police I send the video to everyone. don't pay late. 200 by tonight.",
]


@pytest.mark.parametrize("text", GALLERY_NOTICES)
def test_a_photographers_gallery_notice_is_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


def test_the_gallery_reading_says_what_it_read() -> None:
    analysis = analyze_text(GALLERY_NOTICES[0], use_model=False)
    assert GALLERY_READ in [c.text for c in analysis.explanation]


@pytest.mark.parametrize("text", GALLERIES_IN_OTHER_WORDS)
def test_a_gallery_named_in_other_words_is_read_as_one(text: str) -> None:
    assert GALLERY_READ in [c.text for c in analyze_text(text, use_model=False).explanation]


@pytest.mark.parametrize("text", PHOTOGRAPHER_THREATS)
def test_a_photographer_who_threatens_to_show_is_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


@pytest.mark.parametrize("text", GIVEAWAY_FEES)
def test_a_giveaway_fee_with_a_deadline_is_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


@pytest.mark.parametrize("text", GIVEAWAY_THREATS)
def test_a_giveaway_with_a_threat_is_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


@pytest.mark.parametrize("text", WARNINGS)
def test_a_warning_that_says_do_not_pay_is_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_a_victims_account_or_a_threat_naming_the_police_stays_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


def test_the_gallery_reading_is_dropped_when_a_later_step_flags() -> None:
    # The reason list never says "a service notice" under a flag (the same rule as the other cleared readings).
    for text in (*GALLERY_NOTICES, *PHOTOGRAPHER_THREATS):
        analysis = analyze_text(text)
        if analysis.verdict.value != "not_extortion":
            assert GALLERY_READ not in [c.text for c in analysis.explanation]


@pytest.mark.parametrize("pattern", [GALLERY, GALLERY_DUE, DONT_PAY, REPORT_TO])
@pytest.mark.parametrize("bait", ["your private " * 20_000, "download them " * 20_000, "nie " * 30_000,
                                  "laden sie " + "x" * 100_000, "police " * 20_000])
def test_the_new_families_are_linear_on_hostile_input(pattern: object, bait: str) -> None:
    assert hasattr(pattern, "search")
    pattern.search(bait)  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["gallery", "proofs", "expires", "pick your favourites", "don't pay", "police",
                                 "giveaway", "shipping fee", "your mom", "or", "i have your pics", "by friday",
                                 "send", "😂", "\n"]), min_size=1, max_size=30))
def test_any_mix_of_the_notice_words_is_read_without_error(words: list[str]) -> None:
    text = " ".join(words)
    analysis = analyze_text(text, use_model=False)
    # (a claim to hold pictures is never read as a photographer's notice)
    if "i have your pics" in words:
        assert GALLERY_READ not in [c.text for c in analysis.explanation]


# Read from the spent sets' look-alikes: the only consequence is being left out of a team or a group, a flirt's
# sleepless night, or the photo asked for is the reader's to send ("if you don't send the photo of your homework").
TEAM_AND_FLIRT_SANCTIONS = [
    "send the clip of that try or ur off the squad lol",
    "manda o vídeo do gol senão tá fora do racha de sábado kkkk",
    "wyślij zdjęcie składu albo wylatujesz z drużyny xD",
    "stuur die foto van de uitslag of je mag zaterdag niet meedoen haha",
    "ok that selfie was too cute 😍 send one more before bed or i'm not sleeping tonight",
    "Schick mir noch ein Foto von dir bevor du schläfst, sonst kann ich nicht einschlafen 😘",
]
SENT_IN_A_CONDITION = [
    "if you don't send the photo of your homework by 8, no phone tonight",
    "se não mandar a foto do dever até as 8, nada de celular",
    "se non mandi la foto dei compiti entro le 8, niente telefono",
    "si tu n'envoies pas la photo de tes devoirs avant 20h, pas de console",
]
# The same shapes with the writer's own exposure: they stay threats.
SENT_IN_A_CONDITION_THREATS = [
    "if you don't send more pics I'll send these to your mom",
    "si no mandas 200 euros, mando tus fotos a tu familia",
    "se não mandar o pix até as 8, mando suas fotos pro seu pai",
    "si tu n'envoies pas l'argent, j'envoie la vidéo à ta mère",
    "Si no, mando el video a todos tus contactos. Tienes 24 horas.",
    "se non mi mandi altre foto quelle che ho le metto nel gruppo della classe. hai 1 ora",
    "if u dont send $500 on cash app in 30 mins your nudes going on every one of them",
    "send it or ur off the team. and if u don't pay, ur nudes go to the team chat",
    "send another pic before bed or i'm not sleeping. also i still have the other ones, your dad would love them",
]


@pytest.mark.parametrize("text", [*TEAM_AND_FLIRT_SANCTIONS, *SENT_IN_A_CONDITION])
def test_a_team_sanction_a_flirt_or_a_photo_asked_in_a_condition_is_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


@pytest.mark.parametrize("text", SENT_IN_A_CONDITION_THREATS)
def test_the_same_shapes_with_the_writers_exposure_are_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


@pytest.mark.parametrize("bait", ["if you don't " * 20_000, "si no me " * 20_000, "ur off the " * 20_000])
def test_the_condition_reader_is_linear_on_hostile_input(bait: str) -> None:
    assert _verdict(bait) in {"not_extortion", "unclear", "targeted", "other_extortion", "mass_scam"}


# A delivery notice named by its parcel and its fee, pasted and asked about or not.
PARCEL_NOTICES = [
    "is this a scam? got a text saying 'Evri: your parcel is on hold, pay the £2.10 redelivery fee within 12 hours' "
    "with a link. not expecting anything",
    "Ist das Betrug? Ich habe diese SMS bekommen: \"Ihr Paket wartet. Bitte zahlen Sie 1,49 € Versandkosten innerhalb "
    "von 24 Stunden.\"",
    "Correos: su paquete está retenido. Pague 1,99 € de gastos de envío en las próximas 24 horas.",
    # no fee named, only a sum and the parcel sent back
    "kreeg net een Tikkie 'voor uw zending' van een raar nummer, vandaag nog €1,60 betalen anders wordt het "
    "teruggestuurd. heb niks besteld, nep?",
    "¿Es un timo? Un SMS de 'Seur' dice que mi paquete está retenido y que si no pago 1,49 € en 24 horas lo "
    "devuelven. No espero nada.",
    "SEUR informa: envío parado por tasas sin abonar (2,15 €). Abónelas en 12 h o será devuelto: seur-pagos.example",
    "scam or not? text says my parcel is held and I must pay £1.45 today or it gets sent back",
]
PARCEL_THREATS = [
    "is this real? got this: 'your package is held. pay the $5 fee in 2 hours or your nudes go to your mom' "
    "what do i do",
    "your parcel is waiting, pay the £3 fee today. and I still have your pics, pay or your boss gets them",
    "the package with your videos is sent back to you once you pay €300, or it goes to your wife tonight",
]


@pytest.mark.parametrize("text", PARCEL_NOTICES)
def test_a_parcel_fee_notice_pasted_or_not_is_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


@pytest.mark.parametrize("text", PARCEL_THREATS)
def test_a_parcel_notice_with_a_threat_is_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


# A jealous reproach about pictures and likes: the rules read it, and neither the learned model (which rates such
# messages near 1.0) nor the neighbours overrule that reading. Threats that start the same way stay flagged.
JEALOUS_REPROACHES = [
    "who is Jonah and why does he comment on every pic you post?? answer me",
    "why is that guy liking all ur photos at 2am?? and u never send me pics anymore",
    "wer ist der Typ auf deinen Bildern?? warum likest du seine Fotos und schreibst mir nicht zurück",
    "quién es ese tipo que te da like a todas las fotos?? me pones celoso, contéstame",
    "quem é esse cara que curte todas as tuas fotos?? to com ciúmes, me responde",
    "c'est qui ce mec qui commente toutes tes photos?? je suis jaloux, réponds",
    "wie is die gast die al je foto's liket?? ik ben jaloers, leg het uit",
]
JEALOUS_THREATS = [
    "who is he?? answer me or everyone sees the pics you sent me",
    "who is Marcus?? you think he'd still like you if he saw the pics you sent me? reply",
    "why is he liking your pics?? pay me 200 by friday or your mom sees the video",
    "quién es ese tipo?? a ver qué dice si viera las fotos que me mandaste",
    "wer ist der Typ?? wäre schade, wenn er die Bilder, die du mir geschickt hast, sehen würde",
    "jealous much? i have ur pics and ur whole family list. 500 or they go out",
]


@pytest.mark.parametrize("text", JEALOUS_REPROACHES)
def test_a_jealous_reproach_is_not_extortion_whatever_the_model_says(text: str) -> None:
    # (the whole pipeline, model included when it loads: the reading is settled)
    analysis = analyze_text(text)
    assert analysis.verdict.value == "not_extortion"
    assert JEALOUS_READ in [c.text for c in analysis.explanation]


@pytest.mark.parametrize("text", JEALOUS_THREATS)
def test_a_threat_that_starts_jealous_is_flagged(text: str) -> None:
    assert analyze_text(text).verdict.value != "not_extortion"


@pytest.mark.parametrize("text", JEALOUS_THREATS[1:2] + JEALOUS_THREATS[3:4])
def test_the_pictures_the_reader_sent_seen_by_someone_are_read_by_the_rules(text: str) -> None:
    assert _verdict(text) != "not_extortion"


def test_the_readmes_examples_hold() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    flat = " ".join(readme.split())
    jealous = "who is he and why is he liking all your pics??"
    assert f'a jealous "{jealous}"' in flat and '"Nie płać" are read as what they are' in flat
    assert analyze_text(jealous + " answer me").verdict.value == "not_extortion"
    assert _verdict(jealous + " answer me or your mom sees the pics you sent me") != "not_extortion"
    assert _verdict(WARNINGS[0]) == "not_extortion" and "Nie płać" in WARNINGS[0]


# Read after the measure of sets 72-75 (written for this test): the "I" left out of a claim, a menace said without
# laughter beside a party or a holiday, notices whose fee or full plan comes with "or else", more team sanctions.
READ_AFTER_THE_MEASURE_THREATS = [
    "still got those videos of u. answer me",
    "got pics of you and her at the hotel. reply or ur wife sees them",
    "if you go out with him tonight I'm posting the video from our holiday, the one in the hotel room. don't test me",
    "Du gehst also zu ihm zurück? Dann musst du eben damit leben, dass deine Mutter die Fotos vom Urlaub zu sehen "
    "bekommt.",
    # read after the measure of sets 80-83: what the two sent each other, seen by the reader's people
    "Subject: Board\n\nDaniel,\n\nIt would be such a pity if everyone on the school board saw the attachments we "
    "swapped last spring. I'm sure we can agree on something. Call me before the vote on Monday.",
    "your girlfriend would love seeing the pics u sent me on saturday 🙂 answer before midnight",
    "Ich hab alle Fotos und Videos von dir noch. Zahl oder deine Eltern sehen sie.",
    "I still have your Snapchat password. Give me back my headphones by Friday or I delete the account.",
    "paga a taxa de proteção até sábado, senão o teu carro pega fogo",
    "i saved the whole facetime. think about that before you block me",
    "Ich hab unseren Videocall aufgenommen. Überleg dir gut, bevor du mich blockierst.",
]
READ_AFTER_THE_MEASURE_LOOK_ALIKES = [
    "Poczta Polska: przesyłka czeka. Dopłać 2,50 zł w ciągu 24h, inaczej zostanie zwrócona do nadawcy.",
    "Votre espace de stockage est plein : vos photos seront supprimées sous 72h si vous ne changez pas d'offre.",
    "stuur die foto van je pasje voor vrijdag, anders mag je zaterdag niet meedoen. groet, de trainer",
    "stuur de clip van je goal of je zit niet meer in de squad haha",
    "phones on the charger by 9 or no tiktok for a week, love mum",
    "sending the party pics to the family chat, you've been warned 😂",
    "Reminder: please send your slides before the meeting on Thursday.",
    "my friends would love the pics from the trip, send them over!",
    "Ich hab alle Fotos und Videos von uns gelöscht, auch die in der Cloud. Mach's gut.",
    "ridammi il caricatore quando passi 😊",
    "a casa pega fogo com esse calor kkk",
    "dont block me pls, i said sorry 😭",
]


@pytest.mark.parametrize("text", READ_AFTER_THE_MEASURE_THREATS)
def test_read_after_the_measure_threats_are_flagged(text: str) -> None:
    assert _verdict(text) != "not_extortion"


@pytest.mark.parametrize("text", READ_AFTER_THE_MEASURE_LOOK_ALIKES)
def test_read_after_the_measure_look_alikes_are_not_extortion(text: str) -> None:
    assert _verdict(text) == "not_extortion"


def test_a_settled_jealous_reading_says_why_a_high_model_rating_does_not_change_it() -> None:
    rated = [a for a in map(analyze_text, JEALOUS_REPROACHES) if a.model_score is not None and a.model_score >= 0.95]
    if not rated:
        pytest.skip("the model does not load here, or rates none of these messages high")
    for analysis in rated:
        assert analysis.verdict.value == "not_extortion" and analysis.confidence <= 0.6
        assert "takes jealous messages about pictures for threats" in analysis.explanation[-1].text


def test_pictures_dropped_into_a_group_are_an_exposure() -> None:
    assert _verdict("send another vid or i drop ur pics in the discord. 15 min") != "not_extortion"
    assert _verdict("can someone drop the notes in the group chat before the test") == "not_extortion"


@pytest.mark.parametrize("text", ["Si no me pagas hoy, envío todo. Ya sabes qué.", "paga 200 hoy o envío los videos"])
def test_sending_is_no_delivery_fee(text: str) -> None:
    # ("envío" is also "I send": only the cost of sending reads as a fee, so a threat is never a delivery notice)
    from standfast.analyze.loose import loose_signs
    from standfast.analyze.normalize import normalize

    norm = normalize(text).text
    assert not loose_signs(norm, text, len(text.split())).parcel_notice
    assert _verdict(text) != "not_extortion"


# Warnings and help pages that quote the threat they warn about (read on the spent sets 110-127): the sentence reader
# reads the quoted threat; the advice not to pay beside the police or a report says what the text is.
WARNINGS_QUOTING_THREATS = [
    "Police advice: you get a message saying your intimate video will go to your friends if you don't pay? Don't "
    "pay, stop replying, keep screenshots and report it to the police.",
    "La Guardia Civil avisa: los delincuentes escriben 'paga o mando tu vídeo a tus amigos'. No pagues, guarda las "
    "pruebas y denuncia.",
    "Die Polizei warnt: Täter schreiben nach einem Videoanruf 'zahl oder ich schicke das Video an deine Freunde'. "
    "Zahlen Sie nicht, sichern Sie Beweise und erstatten Sie Anzeige.",
]
# (not read as a warning yet: a quoted threat whose verb is first person, "paga o mando il video", makes a speaker,
# and a speaker keeps the advice from clearing it, so that "… I send the video … don't pay late" stays a threat)
# Threats that tell the reader not to go to the police, with the condition "if you don't pay": flagged.
THREATS_WITH_A_NO_PAY_CONDITION = [
    "I have your video. If you don't pay 300 by tonight your mum sees it. Don't go to the police.",
    "Tengo tu video. Si no pagas 200 hoy se lo mando a tu familia. Nada de policía.",
    "Ich habe dein Video. Wenn du nicht zahlst, bekommt es deine Familie. Keine Polizei.",
]


@pytest.mark.parametrize("text", WARNINGS_QUOTING_THREATS)
def test_a_warning_that_quotes_a_threat_is_a_warning(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.NOT_EXTORTION, [c.text for c in result.explanation]
    with_model = analyze_text(text)
    assert with_model.verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", THREATS_WITH_A_NO_PAY_CONDITION)
def test_the_condition_of_a_threat_is_not_advice(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict != Verdict.NOT_EXTORTION
    assert WARNING_READ not in [c.text for c in result.explanation]


# A victim who writes to a helpline or names the police, and tells the threat's condition "if I don't pay": the
# condition is not advice, so the short-message net does not read the message as a retold warning.
VICTIMS_NAMING_A_REPORT_AND_THE_CONDITION = [
    "I want to report this to the police. A guy recorded our video call and says he will post it to my school if "
    "I don't pay 400 dollars tonight.",
    "Quiero denunciar: un perfil grabó la videollamada y dice que manda el vídeo a mis padres si no pago 300 euros "
    "hoy.",
]


@pytest.mark.parametrize("text", VICTIMS_NAMING_A_REPORT_AND_THE_CONDITION)
def test_a_victims_condition_beside_a_report_stays_flagged(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict != Verdict.NOT_EXTORTION, [c.text for c in result.explanation]
    assert WARNING_READ not in [c.text for c in result.explanation]


# A promise not to show (read on the spent set 158), unless a condition keeps the showing in reach.
@pytest.mark.parametrize(("text", "threat"), [
    ("I will never share any images from your session in my portfolio or on social media.", False),
    ("Je ne publierai jamais tes photos sur les réseaux, promis.", False),
    ("I will never post your pics as long as you keep sending me 50 a week.", True),
    ("I won't send the video to your wife if you pay 300 today.", True),
    ("You thought nobody would ever see it. I kept everything.", False),  # (no promise read: nothing negated said)
    # (the consent of the people shown as the only condition keeps it a request or a promise; a price does not)
    ("I will never post any of the boudoir shots anywhere unless you give me written permission.", False),
    ("We ask you not to post photos showing other pupils on social media or in WhatsApp groups outside the class "
     "without their parents' consent.", False),
])
def test_a_promise_not_to_show_is_no_threat(text: str, threat: bool) -> None:
    from standfast.analyze.normalize import normalize
    from standfast.analyze.speech import read_speech
    from standfast.analyze.triage import LANGS

    assert (read_speech(normalize(text).text, text, LANGS).threats > 0) == threat


# The writer's own collection, told beside a storage notice asked about ("I have hundreds of photos there"), is no claim
# to hold the reader's pictures; a quantity of the reader's pictures claimed still is.
@pytest.mark.parametrize(("text", "flagged"), [
    ("Is this legit? A text says my cloud is full and every photo and video will be erased in 48 hours unless I pay "
     "1.49 for more space, through their link. I have hundreds of photos in there, some private ones from the "
     "beach with my girlfriend, and for a second I really panicked. The link looks odd.", False),
    ("Echt oder Betrug? Eine SMS sagt, mein Speicher sei voll und alle Fotos würden in 48 Stunden gelöscht, wenn ich "
     "nicht 1,49 Euro über den Link zahle. Ich habe Hunderte Fotos dort, auch private vom Urlaub, und hatte kurz "
     "richtig Angst. Der Link sieht komisch aus.", False),
    ("i have loads of ur pics from snap. 50 on cashapp by 9 or ur whole class gets them", True),
])
def test_the_writers_own_collection_is_no_claim(text: str, flagged: bool) -> None:
    assert (rules_verdict(text) != "not_extortion") is flagged


# A page of frequently asked questions, whose questions are the reader's in the first person, and a report of a case
# or a lesson that quotes a threat as its example, are no threat; the same quotation pasted by someone who asks "is
# this a scam?" is one.
@pytest.mark.parametrize("text", [
    "FAQ\nIf I pay, will they delete the clip?\nAlmost never. Payment usually brings a bigger demand.\nThey say they "
    "will message my parents tonight. Will they?\nOften it is a bluff to rush you. Stop answering and ask for help.",
    "Preguntas frecuentes\n¿Si pago, borran el vídeo?\nCasi nunca; suelen pedir más.\nMe dicen que se lo mandan a mi "
    "familia esta noche, ¿qué hago?\nNo respondas, guarda las capturas y habla con un adulto.",
    "Häufige Fragen\nWenn ich zahle, ist das Video dann weg?\nFast nie, meistens kommen neue Forderungen.\nEr sagt, "
    "er schickt es heute Abend meinen Eltern. Stimmt das?\nOft ist das nur Druck. Antworte nicht mehr.",
    "Sentencing at the district court. A 31-year-old defendant had written to a pupil: \"send 200 by Friday or your "
    "whole year group sees the video\". He received four years.",
    "Taller para familias. Ejemplos de lo que reciben cada semana los chicos del centro: «tengo tus fotos, mándame 50 "
    "por Bizum o van al grupo del insti».",
])
def test_a_faq_or_a_reported_example_is_no_threat(text: str) -> None:
    assert rules_verdict(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "is this a scam?? someone sent me \"send 200 by Friday or your whole year group sees the video\" and i'm 15",
    "me escribieron esto, es real? «tengo tus fotos, mándame 50 por Bizum o van al grupo del insti»",
    # (a victim's own "messages like" and "things like" are no report's frame)
    "my ex keeps sending me messages like \"send 300 by tonight or your mum gets the video\". what do I do?",
    "he writes things like \"pay me 200 or everyone at your school sees your nudes\" every day, help",
])
def test_the_same_quotation_pasted_by_the_one_who_got_it_is_a_threat(text: str) -> None:
    assert rules_verdict(text) != "not_extortion"
