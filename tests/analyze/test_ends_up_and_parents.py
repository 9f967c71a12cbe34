"""Pictures that "end up" somewhere, what happens left unsaid, money brought, and parents who write "our daughter".

Rules alone (``use_model=False``), so the readings hold without the learned model. Messages written for this test.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import Verdict, analyze_text


def _verdict(text: str) -> Verdict:
    return analyze_text(text, use_model=False).verdict


ENDS_UP = [
    "come to the park saturday or the pics end up in the year 11 chat",
    "vieni sabato al parco o le foto finiscono nel gruppo della classe",
    "ven el sábado o las fotos acaban en el grupo de tu clase",
    "vem sábado senão as fotos vão parar no grupo da tua turma",
    "viens samedi sinon les photos finissent dans le groupe de ta classe",
    "komm am Samstag oder die Fotos landen im Klassenchat",
    "kom zaterdag anders belanden de foto's in de klassenapp",
]


@pytest.mark.parametrize("text", ENDS_UP)
def test_pictures_that_end_up_with_people_unless_obeyed_are_a_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "the photos from the trip will end up in the album, promise",
    "le foto della gita finiscono nell'album di classe, le trovi lì",
    "where did we end up on friday? i lost my jacket",
])
def test_pictures_ending_up_in_an_album_are_no_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


UNSAID = [
    "pay me the 40 by tomorrow or you'll see what happens",
    "bring die 40 bis morgen mit oder du wirst sehen was passiert",
    "o traes la plata mañana o vas a ver lo que te pasa",
    "o me traes la pasta el lunes o te partimos la cara",
    "ramène le fric demain ou tu vas voir ce qui va t'arriver",
]


@pytest.mark.parametrize("text", UNSAID)
def test_a_demand_with_what_happens_left_unsaid_is_a_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "plant the seeds this week and you'll see what happens in spring",
    "warte bis morgen, du wirst sehen was passiert, die Blumen gehen auf",
    "mañana vas a ver lo que pasa con el final de la serie, no te lo cuento",
])
def test_what_happens_next_in_a_story_or_a_garden_is_no_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


# Parents and pupils who write of a threat going on now.
TELLINGS = [
    ("Dear Mr Hall, our daughter Mia (Year 9) is being threatened on Instagram since yesterday. Someone made fake "
     "nude pictures of her from her public photos and says they will post them in a group with pupils of your "
     "school on Friday unless she pays £80. We are not paying and we are going to the police today. Could you "
     "please tell the safeguarding lead? She is very upset. Kind regards, the Turner family"),
    ("Beste mevrouw Smit, onze zoon Daan (3A) wordt sinds gisteren afgeperst. Iemand heeft een foto van hem en "
     "dreigt die morgen in een groep met leerlingen van uw school te zetten als hij niet €150 betaalt. Wij betalen "
     "niet en gaan vandaag naar de politie. Wilt u de mentor inlichten? Met vriendelijke groet, familie Bakker"),
    ("Bonjour, ce soir mon fils de 15 ans m'a montré des messages sur Instagram. Une fille lui a fait envoyer une "
     "photo de lui torse nu et en sous-vêtements, et maintenant elle exige 150 € en carte cadeau, sinon elle envoie "
     "la photo à toute sa classe et à son club de foot. Elle lui écrit sans arrêt et dit que le délai est demain "
     "matin. On n'a rien payé. Que faut-il faire ce soir ? Merci de vos réponses, je suis perdue."),
    ("Profe, le escribo porque no sé a quién contarlo. Alguien tiene una foto mía de cuando estaba con mi ex y me "
     "escribe cada noche diciendo que si no le paso 30 euros por Bizum la va a poner en el grupo de la clase. Ya "
     "le pagué una vez y ahora quiere más para el domingo. En casa no saben nada. ¿Qué hago?"),
    ("Profe, alguien tiene una foto mía de cuando estaba con mi ex y me escribe cada noche diciendo que si no le "
     "paso 30 euros por Bizum la va a poner en el grupo de la clase. En casa no saben nada. ¿Qué hago?"),
]


@pytest.mark.parametrize("text", TELLINGS)
def test_a_parent_or_a_pupil_telling_of_a_threat_going_on_is_read_as_one(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    ("Newsletter, November. Online safety: we also see cases of sextortion at school, where someone gets hold of a "
     "nude picture of a pupil and threatens to share it unless money is paid. Please tell your child it is never "
     "their fault, not to pay, and that they can always come to their tutor."),
    ("Nieuwsbrief november. Online veiligheid: ook bij ons zijn er gevallen van sextortion, waarbij iemand een "
     "naaktfoto van een leerling krijgt en dreigt die te verspreiden tenzij er betaald wordt. Bespreek met uw kind "
     "dat het nooit zijn schuld is en dat het niet moet betalen."),
])
def test_a_school_newsletter_describing_such_cases_is_no_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


# A person telling what the sender wrote them, of pictures they had sent that person.
WROTE_ME = [
    ("Non so più cosa fare. Il mio ex ha ancora le foto che gli avevo mandato quando stavamo insieme e stamattina "
     "mi ha scritto che se non esco con lui venerdì le manda a tutta la mia famiglia. Cosa posso fare?"),
    ("No sé qué hacer. Mi ex todavía tiene las fotos que le mandé cuando estábamos juntos y hoy me escribió que si "
     "no quedo con él el viernes se las manda a toda mi familia. ¿Qué hago?"),
    ("I don't know what to do. My ex still has the photos I sent him when we were together and this morning he "
     "texted me that if i don't meet him on friday he sends them to my whole family. What can I do?"),
]


@pytest.mark.parametrize("text", WROTE_ME)
def test_what_the_sender_wrote_told_by_the_person_is_read_as_a_threat_going_on(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


def test_the_same_telling_once_it_is_over_is_a_story() -> None:
    text = ("Last year my ex still had the photos I sent him and texted me that if i didn't meet him he'd send them "
            "to my family. I blocked him and reported it, and nothing ever came of it. Just sharing so you know it "
            "can end.")
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    ("To the owner of lampshop.co.uk: your shop was down for an hour on Tuesday. That was a test. Our network "
     "pushes 400 Gbps. Pay 1 BTC by Friday and we leave you alone; without payment the attack starts on Black "
     "Friday and does not stop."),
    ("Au responsable de boutique-lampes.fr : votre site était hors ligne mardi, c'était un test. 1 BTC d'ici "
     "vendredi et nous vous laissons tranquilles. Sans paiement, l'attaque commencera lundi."),
])
def test_an_attack_announced_unless_paid_is_extortion(text: str) -> None:
    assert _verdict(text) not in (Verdict.NOT_EXTORTION, Verdict.TARGETED)


def test_news_of_an_attack_that_starts_again_is_no_threat() -> None:
    text = "Security news: researchers say the attack resumes every spring when schools reopen, so patch your routers."
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Paid by 9 or it goes out. Not asking again.",
    "money by tonight or they get posted",
    "Letzte Warnung. Morgen stelle ich es online.",
    "Último aviso. Mañana lo publico en el grupo de tu clase.",
    "Final warning. Tomorrow your followers see it.",
    "não adianta me bloquear. ainda tenho tudo daquela noite. se não me responder até domingo, sua mãe vai ver",
])
def test_terse_threats_that_name_nothing_held_are_read(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "last warning: the bus leaves at 7, be there or it goes without you",
    "final chance to order the class photos, the shop closes tomorrow",
    "tenho tudo daquela viagem no drive, vem ver as fotos lá em casa no sábado",
])
def test_last_calls_and_holiday_photos_are_no_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "i'm keeping everything you showed me on cam. your followers will love it. answer me",
    "je garde tout ce que tu m'as envoyé. tes collègues vont adorer. réponds ce soir",
    ("Atención: sus archivos han sido cifrados y copiados. Tienen 5 días para contactarnos; después publicaremos los "
     "datos de sus clientes."),
    ("Alle Dateien Ihrer Praxis wurden verschlüsselt. Ohne unseren Schlüssel keine Entschlüsselung. Zahlen Sie "
     "binnen 72 Stunden oder die Patientendaten gehen online."),
    "har mahine 10 hazaar dena hoga warna dukaan mein aag lagegi, samjha",
])
def test_held_material_for_followers_ransomware_and_arson_are_read(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "keeping everything you showed me about the garden plans, my parents will love it!",
    "Wartungshinweis: Ihre Dateien wurden verschlüsselt gesichert, die Entschlüsselung erfolgt automatisch beim Login.",
])
def test_praise_and_an_it_notice_are_no_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    ("Tu te souviens quand j'allais mal en février ? Un type me faisait chanter avec une photo. J'ai tout dit à mon "
     "père, on a porté plainte et j'ai bloqué le compte. Il n'a jamais rien envoyé à personne. Ça va mieux."),
    ("Ti ricordi quando a marzo un tizio mi ricattava con un video? Non ho pagato, l'ho denunciato e ho bloccato "
     "tutto. Non ha mai mandato niente a nessuno. Grazie ancora per il consiglio."),
])
def test_a_story_told_with_the_month_it_happened_is_over(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_a_month_beside_a_threat_going_on_keeps_it_flagged() -> None:
    text = ("Since March a guy has my pics and says he'll send them to my whole class unless I pay £100 by Friday. "
            "I blocked him but he keeps making new accounts. What do I do?")
    assert _verdict(text) != Verdict.NOT_EXTORTION


def test_a_letter_to_parents_with_advice_in_the_infinitive_is_no_threat() -> None:
    text = ("Liebe Eltern der 7. Klassen, einige Kinder wurden auf Instagram von Fremden um Nacktbilder gebeten. "
            "Bitte sprechen Sie zu Hause darüber. Nicht zahlen, nichts löschen, Screenshots machen und sich an die "
            "Vertrauenslehrerin wenden. Ihre Schulleitung")
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Du willst nicht zahlen? Gut. Dann bekommt deine Familie heute Abend die Videos. Letzte Chance.",
    "Je weigert niet te betalen? Prima. Morgen krijgt je vrouw de filmpjes.",
])
def test_not_paying_said_by_the_sender_is_no_advice(text: str) -> None:
    from standfast.analyze.normalize import normalize
    from standfast.analyze.speech import LANGS, read_speech

    assert not read_speech(normalize(text).text, text, LANGS).advice
