"""The fake police summons is named a bulk scam in several languages; warnings about it, news of real cases and
hostile input are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.normalize import normalize
from standfast.analyze.summons import fake_police_fine, fake_summons
from standfast.analyze.triage import NOTHING_READ, analyze_text
from standfast.analyze.verdicts import SIGNAL_SUMMARY, SUMMARY, Verdict

# Our own letters in the shape police forces have warned about since 2019.
SUMMONSES = [
    "CONVOCATION - Gendarmerie nationale, brigade numérique. Une enquête informatique a établi que vous avez "
    "consulté des contenus pédopornographiques. Vous disposez de 48 heures pour nous adresser vos justifications "
    "par courriel. Sans réponse, un mandat d'arrêt sera émis et votre dossier transmis aux médias.",
    "CITACIÓN - Policía Nacional, Unidad de Ciberdelincuencia. Usted está siendo investigado por pornografía "
    "infantil. Tiene 72 horas para responder a este correo, de lo contrario se emitirá una orden de detención.",
    "Europol - Cybercrime Centre. You are the subject of proceedings for viewing child pornography. Reply within "
    "48 hours with your justification, failing which your file will be sent to the press and your family.",
    "Sehr geehrte/r Empfänger/in, das Bundeskriminalamt ermittelt gegen Sie wegen Besitzes von Kinderpornografie. "
    "Antworten Sie binnen 72 Stunden, andernfalls wird Haftbefehl erlassen.",
    "Polizia Postale - Procura della Repubblica. Lei è indagato per pedopornografia online. Ha 48 ore per rispondere "
    "a questa e-mail, altrimenti il suo fascicolo sarà inviato ai media.",
    "Politie - Team Cybercrime. U wordt verdacht van het bekijken van kinderpornografie. Reageer binnen 72 uur, "
    "anders volgt een arrestatiebevel.",
    # the accusation kept vague (read on the held-out set 120)
    "Gendarmerie nationale - Brigade des mineurs. Une procédure est ouverte contre vous pour consultation de "
    "contenus illicites. Vous avez 48 heures pour répondre, faute de quoi votre dossier sera transmis à la presse.",
]
NOT_SUMMONSES = [
    "Attention : de fausses convocations de la gendarmerie circulent par e-mail. Elles vous accusent de "
    "pédopornographie et exigent une réponse sous 72h. Ne répondez pas.",
    "Le tribunal correctionnel de Lyon a condamné mardi un homme de 43 ans à deux ans de prison pour détention "
    "d'images pédopornographiques. Il avait été placé 48 heures en garde à vue.",
    "A 52-year-old man was sentenced on Tuesday by the court of appeal for possessing child abuse images. Police "
    "held him for 24 hours before charging him.",
    "La Policía alerta de correos falsos que suplantan a Europol y acusan de pornografía infantil. No responda.",
]
ASKED_ABOUT = "got this email from Europol saying I watched child porn and have 48 hours to reply or be arrested. is " \
              "this real?? I'm scared"


@pytest.mark.parametrize("text", SUMMONSES)
def test_the_fake_summons_is_a_bulk_scam(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == "mass_scam"
    assert "fake_summons" in [s.id for s in a.signals] or a.campaign is not None
    # (the "nothing found" reading it overrules is not listed as a reason)
    assert not any(c.text.startswith(NOTHING_READ) for c in a.explanation)


@pytest.mark.parametrize("text", NOT_SUMMONSES)
def test_warnings_news_and_questions_are_not_the_summons(text: str) -> None:
    assert not fake_summons(normalize(text).text)


def test_a_person_asking_about_one_gets_the_bulk_scam_answer() -> None:
    a = analyze_text(ASKED_ABOUT, use_model=False)
    assert a.verdict == "mass_scam"


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_is_read_without_error(text: str) -> None:
    assert fake_summons(normalize(text).text) in (True, False)


@pytest.mark.parametrize("text", SUMMONSES)
def test_the_summons_gets_words_that_answer_its_fear(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.summary == SIGNAL_SUMMARY[(Verdict.MASS_SCAM, "fake_summons")]
    assert "Real police do not" in a.summary and "no video" not in a.summary


def test_a_camera_scam_keeps_the_bulk_scam_words() -> None:
    text = ("I hacked your device months ago and recorded you through the camera while you watched adult sites. "
            "Send 1200 USD in bitcoin to my wallet within 48 hours or the video goes to all your contacts.")
    a = analyze_text(text, use_model=False)
    assert a.verdict == "mass_scam"
    assert a.summary == SUMMARY[Verdict.MASS_SCAM]


# Our own letters: someone posing as the police names sexual material and asks one person for a "fine".
POLICE_FINES = [
    # compensation "out of court" instead of a fine (read on the held-out set 138)
    "Landeskriminalamt - Cybercrime. Sie haben intime Bilder mit einer Minderjährigen getauscht. Die Familie sieht "
    "von einer Anzeige ab, wenn Sie eine außergerichtliche Entschädigung von 900 Euro in Gutscheinkarten zahlen.",
    "CYBER CRIME UNIT - Case 55-1023. You sent sexual images to a girl who is 14. Her parents will not press charges "
    "if you pay a fine of $1,800 in gift cards today. Otherwise a warrant will be issued and your employer informed.",
    "GUARDIA CIVIL - Grupo de Delitos Telemáticos. Consta el envío de fotos íntimas por su parte a una menor. Para "
    "archivar el caso sin avisar a su familia debe pagar una multa de 900 € por Bizum antes de las 20:00.",
    "POLIZEI - Cybercrime. Gegen Sie liegt eine Anzeige wegen intimer Bilder vor. Zahlen Sie eine Geldbuße von "
    "1.200 € per Paysafecard innerhalb von 24 Stunden, sonst informieren wir Ihre Familie.",
    "POLIZIA POSTALE. Lei ha inviato materiale sessuale a una minorenne. Per chiudere la pratica deve pagare una "
    "sanzione di 700 € con ricarica entro stasera, altrimenti la sua famiglia sarà informata.",
    "POLICE NATIONALE - Brigade numérique. Vous avez échangé des vidéos intimes avec une mineure. Payez une amende "
    "de 650 € en coupons Transcash sous 48 heures pour éviter des poursuites.",
    "POLITIE - Afdeling Zeden. U heeft seksueel getinte foto's gestuurd naar een meisje van 15. Betaal binnen 12 uur "
    "een schikking van € 600 via de link, anders informeren wij uw werkgever.",
    "LANDESKRIMINALAMT - Sie haben pornografisches Material an eine Minderjährige geschickt. Zahlen Sie eine Geldbuße "
    "von 900 € in Steam-Karten bis heute Abend, sonst geht die Akte an Ihre Familie.",
    # recordings named for the material (read on the spent set 94)
    "ONLINE SAFETY POLICE UNIT. We hold recordings of a sexual nature showing you with a person under 16. To avoid "
    "prosecution you must pay a penalty of 1,500 USD in gift cards within 12 hours.",
    "POLICÍA NACIONAL - Delitos Tecnológicos. Tenemos grabaciones de contenido sexual de usted con una menor. "
    "Para evitar la denuncia pague una multa de 800 € antes de mañana.",
    # a "compensation" to the family and photographs named in full (read on the held-out set 101)
    "POLÍCIA JUDICIÁRIA - Cibercrime. A família de uma menor apresentou queixa: o senhor enviou-lhe fotografias "
    "íntimas. A queixa é retirada mediante uma indemnização de 900 euros por MB Way até amanhã às 12h.",
    "POLÍCIA CIVIL - Crimes Cibernéticos. Recebemos denúncia de que o senhor trocou fotografias íntimas com uma "
    "adolescente. Para encerrar o caso pague uma indenização de 1.200 reais via PIX hoje.",
    "METROPOLITAN POLICE, Online Offences. A family has reported that you sent intimate photographs to their "
    "daughter, 15. They will withdraw the complaint for an indemnity of £1,000 paid in vouchers by 6pm.",
    # the body named, after a comma (read on the held-out set 104)
    "LANDESPOLIZEI - Cybercrime. Wir haben eine Aufnahme gesichert, die Sie unbekleidet vor der Kamera zeigt. "
    "Gegen eine Geldauflage von 1.500 €, zahlbar per Paysafecard binnen 24 Stunden, wird das Verfahren eingestellt.",
    "POLICE CYBER CRIME UNIT. We have recovered a video, which shows you naked on a call with a minor. Pay a fine of "
    "$2,000 in gift cards within 24 hours to avoid prosecution.",
    # a minor named, a settlement out of court, and the words of the languages the first lists missed
    "POLICJA - Wydział Cyberprzestępczości. Pana rozmowa wideo z osobą małoletnią została nagrana. Rodzina zgadza się "
    "na ugodę, jeśli wpłaci Pan 3 000 zł w ciągu 24 godzin.",
    "Отдел «К» МВД. Ваша переписка с несовершеннолетней изъята. Семья согласна на досудебное урегулирование: "
    "выплатите 60 000 рублей до завтра.",
    "UNIT SIBER KEPOLISIAN. Saudara melakukan panggilan video dengan anak di bawah umur. Perkara ditutup jika Saudara "
    "membayar biaya penyelesaian Rp 9.000.000 hari ini.",
    "Unit Jenayah Siber PDRM. Encik telah membuat panggilan video berunsur lucah. Keluarga mangsa menarik balik aduan "
    "jika encik membayar pampasan RM5,000 hari ini.",
    "ΑΣΤΥΝΟΜΙΑ - Δίωξη Ηλεκτρονικού Εγκλήματος. Η βιντεοκλήση σας με ανήλικο καταγράφηκε. Η υπόθεση κλείνει αν "
    "καταβληθεί πρόστιμο 900 ευρώ εντός 24 ωρών.",
    "POLICIE ČR. Zajistili jsme záznam Vašeho videohovoru s nezletilou osobou. Případ bude odložen, pokud do 48 hodin "
    "uhradíte pokutu 30 000 Kč.",
    "КІБЕРПОЛІЦІЯ. Ваше листування з неповнолітньою зафіксовано. Ви маєте сплатити штраф 15 000 гривень протягом "
    "доби.",
    "POLITSEI küberkuritegude büroo. Teie videokõne alaealise isikuga on salvestatud. Menetlus lõpetatakse, kui tasute "
    "trahvi 800 eurot 24 tunni jooksul.",
    "POLICIA E SHTETIT. Video-thirrja juaj me një person të mitur është regjistruar. Çështja mbyllet nëse paguani një "
    "gjobë prej 700 eurosh brenda 48 orëve.",
    "شرطة الجرائم الإلكترونية. تم تسجيل مكالمتك مع قاصر. يمكنك إغلاق القضية بسداد غرامة قدرها 2000 دولار خلال 24 ساعة.",
    "BUNDESPOLIZEI - Cyberkriminalität. Wir haben intime Bildaufnahmen von Ihnen sichergestellt. Das Verfahren wird "
    "eingestellt, wenn Sie binnen 24 Stunden ein Verwarnungsgeld von 1.000 € entrichten.",
]
# Warnings and news about it: the police never ask for money this way.
POLICE_FINE_WARNINGS = [
    "Warning: real police never ask you to pay a fine over sexual images. If an 'officer' demands money, it is a scam.",
    "La Policía nunca pide pagar una multa por fotos íntimas. Si recibe un mensaje así, no pague y denúncielo.",
    "Die Polizei fordert niemals eine Geldbuße per Gutschein wegen intimer Bilder. Zahlen Sie nichts.",
    "De politie vraagt nooit om een schikking te betalen voor seksueel getinte beelden. Reageer niet.",
    "Police arrested a man who posed as an officer and demanded fines from men over sexual images he had sent them.",
    # in the languages added for the letters above
    "Uwaga: oszuści podszywają się pod policję i żądają wpłaty za rozmowę z osobą małoletnią. Nie płać.",
    "Мошенники от имени полиции требуют выплатить компенсацию за переписку с несовершеннолетней. Не платите.",
    "Waspada penipuan: polisi palsu meminta membayar denda karena video dengan anak di bawah umur.",
    "Προσοχή: απατεώνες που δηλώνουν αστυνομία ζητούν πρόστιμο για βιντεοκλήση με ανήλικο. Μην πληρώσετε.",
    "Pozor na podvod: falešná policie chce, abyste uhradili pokutu za videohovor s nezletilou osobou.",
    "احذر من الاحتيال: شرطة مزيفة تطلب سداد غرامة بسبب مكالمة مع قاصر.",
]


def _fine(text: str) -> bool:
    """The fine reader on what triage gives it: the normalised text, and the text as written where it is not ASCII."""
    norm = normalize(text).text
    return fake_police_fine(norm if text.isascii() else f"{norm}\n{text.lower()}")


@pytest.mark.parametrize("text", POLICE_FINES)
def test_a_fake_police_fine_is_a_targeted_threat(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == "targeted"
    assert "fake_police_fine" in [s.id for s in a.signals]
    assert a.summary == SIGNAL_SUMMARY[(Verdict.TARGETED, "fake_police_fine")]
    assert not any(c.text.startswith(NOTHING_READ) for c in a.explanation)


@pytest.mark.parametrize("text", POLICE_FINE_WARNINGS)
def test_warnings_and_news_about_fake_police_fines_are_not_one(text: str) -> None:
    assert not _fine(text)


def test_the_italian_exchange_is_not_a_scam_warning() -> None:
    text = normalize("POLIZIA POSTALE. Lei è stato registrato durante lo scambio di materiale a sfondo sessuale. "
                     "Deve pagare una sanzione di 600 € entro oggi, altrimenti i suoi familiari riceveranno il "
                     "video.").text
    assert fake_police_fine(text)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_is_read_by_the_fine_reader_without_error(text: str) -> None:
    assert fake_police_fine(text) in (True, False)
