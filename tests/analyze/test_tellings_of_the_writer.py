"""A person who tells of a threat against them names their own pictures in many ways ("a nude photo of me", "he
filmed me", "mi aveva fatto dei video"), and says it goes on by what they have not done yet ("I haven't paid him
yet", "ela ainda não bloqueou"). Those tellings are read as the threat they tell; stories that are over, with the
same words, are not. All texts written for these tests."""

from __future__ import annotations

import pytest

from standfast.analyze import loose
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import Verdict, analyze_text

# Pictures of the writer, named without "my": a word between, a compound, or the writer filmed.
PICTURES_OF_ME = [
    "hij heeft een naaktfoto van mij",
    "il a des photos intimes de moi",
    "ha delle foto intime di me",
    "ele tem uns vídeos íntimos de mim",
    "er hat Videos von mir",
    "tiene unos videos íntimos de mí",
    "il mio ex mi aveva fatto dei video",
    "il m'a filmée sans que je le sache",
    "ele me filmou no quarto",
    "er hat mich heimlich gefilmt",
    "hij heeft me stiekem gefilmd",
    "me grabaron en la fiesta",
]
# The same words about someone else's pictures, or pictures of nobody.
PICTURES_NOT_MINE = [
    "hij heeft een foto van de hond",
    "il a des photos du mariage",
    "ha delle foto della gita",
    "er hat Videos vom Urlaub",
]


def _signs(text: str) -> loose.LooseSigns:
    norm = normalize(text).text
    return loose.LooseSigns(True, loose._read_whole(norm, text), len(text.split()))


@pytest.mark.parametrize("text", PICTURES_OF_ME)
def test_the_writers_own_pictures_are_read_in_more_forms(text: str) -> None:
    assert _signs(text).mine


@pytest.mark.parametrize("text", PICTURES_NOT_MINE)
def test_other_pictures_are_not_the_writers(text: str) -> None:
    assert not _signs(text).mine


# Tellings of a threat going on, told by the one it happens to or by a parent, without "what do I do" (written for
# this test, 90-130 words each).
TELLINGS_GOING_ON = [
    "Scrivo qui perché non so a chi altro dirlo. Il mio ex, quando stavamo insieme, mi aveva fatto dei video intimi e "
    "io ero d'accordo. Ci siamo lasciati a marzo. Adesso mi scrive tutti i giorni: dice che se non torno con lui "
    "entro domenica manda i video a mia madre e ai colleghi dell'ufficio. Mi ha mandato un fermo immagine per farmi "
    "vedere che li ha ancora. Non gli ho ancora risposto e non l'ho bloccato, perché ho paura che lo faccia subito. "
    "Abito a Bologna e lavoro in una banca, se succede perdo tutto.",
    "Ik ben 15 en ik zit in de vierde. Een jongen uit een andere klas heeft met een app een naaktfoto van mij gemaakt "
    "van een gewone foto van mijn Instagram. Het is nep maar het lijkt echt. Hij stuurde hem gisteren naar mij en "
    "schreef dat als ik hem niet elke week 25 euro geef, hij de foto in de groepsapp van ons jaar zet. Ik heb hem nog "
    "niks betaald. Mijn ouders weten het niet en ik durf het niet aan mijn mentor te vertellen omdat hij ook mentor "
    "van die jongen is.",
    "Boa noite. Sou mãe de um menino de 13 anos. Um homem que se passou por uma menina no Discord pediu fotos dele "
    "sem roupa e ele mandou. Agora esse homem disse que se ele não mandar um vídeo até amanhã de manhã, vai mandar "
    "as fotos para o grupo da turma e para o pai dele. Meu filho me contou chorando hoje. Ele ainda não bloqueou o "
    "perfil porque o homem disse que, se ele bloquear, publica na hora. Estamos em Belo Horizonte.",
    "Je vous écris parce que ça ne s'arrête pas. Un homme rencontré sur une appli de rencontre m'a filmée pendant un "
    "appel vidéo, sans que je le sache. Depuis lundi, il m'écrit que si je ne lui verse pas 800 euros, il envoie la "
    "vidéo à mon mari et à mes collègues. Je ne lui ai rien payé et je n'ai pas répondu. Il a trouvé le nom de mon "
    "entreprise et le profil de mon mari. J'habite à Nantes.",
]
# Stories that are over and worries with no threat, in the same words (written for this test).
STORIES_OVER = [
    "L'anno scorso il mio ex mi aveva fatto dei video e dopo la rottura ha minacciato di mandarli a mia madre. L'ho "
    "denunciato, la polizia gli ha sequestrato il telefono e i video sono stati cancellati. È finito tutto da mesi e "
    "sto bene. Lo racconto perché so che tante ragazze non sanno che si può denunciare.",
    "Vorig jaar heeft iemand een nep naaktfoto van mij gemaakt. Ik heb het meteen aan mijn mentor verteld, de school "
    "heeft de politie gebeld en de foto is overal verwijderd. Er is nooit iets rondgestuurd en hij is van school "
    "gestuurd. Ik schrijf dit zodat anderen weten dat het goed kan aflopen.",
]


@pytest.mark.parametrize("text", STORIES_OVER)
def test_the_same_words_in_a_story_over_are_not_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


# "Not yet" read as going on: the first person and the third, in the seven languages the rules read.
NOT_YET = [
    "i haven't paid him anything yet",
    "she hasn't blocked him yet",
    "todavía no le he pagado",
    "ainda não paguei nada",
    "je ne lui ai encore rien payé",
    "ich habe ihm noch nichts bezahlt",
    "non gli ho ancora risposto",
    "ik heb hem nog niks betaald",
]


# Said of a story over as well: no "yet" ("I paid nothing", "non ho pagato niente").
NOTHING_DONE = [
    "non ho pagato niente",
    "je ne lui ai rien payé",
    "i didn't pay him anything",
    "no le pagué nada",
]


@pytest.mark.parametrize("text", NOT_YET)
def test_nothing_done_yet_is_read_as_going_on(text: str) -> None:
    assert loose.STORY_NOW.search(normalize(text).text) is not None


@pytest.mark.parametrize("text", NOTHING_DONE)
def test_nothing_done_without_yet_is_no_sign_of_going_on(text: str) -> None:
    assert loose.STORY_NOW.search(normalize(text).text) is None


# A parent's photo of the reader's own thing, a word or two about it, and the device taken away (written for this
# test); the same shape with a person pictured or intimate pictures named stays flagged.
THINGS_AND_DEVICES = [
    "Mom: send me a pic of your finished science worksheet by 7 or the Xbox lives in my closet till Sunday. love u",
    "Dad here. Photo of your signed permission slip by tonight or the phone sleeps in my room this week.",
    "mándame una foto de tu tarea terminada antes de las 8 o no hay consola",
]
PEOPLE_PICTURED = [
    "send me a pic of you by 8 or the Switch lives in my closet and your nudes go to your dad",
    "send a video of your bedroom by 8 or i post your nudes",
]


@pytest.mark.parametrize("text", THINGS_AND_DEVICES)
def test_a_parents_photo_of_a_thing_with_the_device_taken_is_not_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", PEOPLE_PICTURED)
def test_a_person_or_intimate_pictures_beside_it_stay_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# Long tellings in which the sender's condition is the writer's, the subject after the verb (written for this test).
SAYS_IF_I = [
    "Ik weet niet of dit de goede plek is. Ik ben 17. Een jongen die ik via Snapchat kende heeft foto's van mij "
    "opgeslagen die ik hem in de zomer stuurde. Nu zegt hij dat als ik morgen na school geen geld meeneem, hij ze in "
    "de groepsapp van mijn klas zet en naar mijn ouders stuurt. Hij wil 150 euro. Ik heb nog niks gedaan en hem ook "
    "niet geblokkeerd. Hoe kan ik dit stoppen zonder dat mijn ouders het horen? Ik slaap er niet meer van.",
    "Ich bin 16 und weiß nicht, wem ich das sagen soll. Ein Typ aus einem Spiel hat Fotos von mir, die ich ihm "
    "geschickt habe. Jetzt sagt er, wenn ich ihm bis Freitag keine 100 Euro per Paysafecard schicke, stellt er die "
    "Bilder in die Gruppe meiner Klasse und schickt sie meiner Mutter. Er schreibt jeden Tag. Ich habe ihm noch "
    "nichts geschickt. Kann mir jemand helfen? Was soll ich machen?",
]
# A long question about ordinary phishing that names photos, followers and a deadline (written for this test).
PHISHING_QUESTION = (
    "Got a DM from an account calling itself Instagram Support. It says my account was reported for posting photos "
    "that break the rules, and that if I don't verify within 12 hours my account and all my photos will be removed "
    "for good. There's a link to a form that asks for my password and the login code. I have about 8k followers and "
    "run a small bakery page, so losing it would really hurt the business. The account has no posts and was made "
    "this month. Is this the usual phishing trick to steal accounts? I haven't clicked the link yet. Should I report "
    "it, and would Instagram ever message people like this?")


def test_a_long_question_about_ordinary_phishing_is_not_a_telling_of_a_threat() -> None:
    assert len(PHISHING_QUESTION.split()) > 100
    assert analyze_text(PHISHING_QUESTION, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "is this phishing or real? some guy says he has my nudes and will send them to my mum unless i pay 200 tonight",
    "is this phishing?? he says he will post my pics to my followers unless i pay 100 by 9pm. what do i do",
])
def test_a_threat_told_beside_the_word_phishing_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# What the writer has not done yet is no sign that the story is over; the same acts done are.
@pytest.mark.parametrize(("done", "not_done"), [
    ("L'ho bloccato e l'ho segnalato.", "Non l'ho bloccato perché ho paura."),
    ("Eu bloqueei ele e denunciei.", "Eu não bloqueei porque tenho medo."),
    ("Ik heb hem geblokkeerd en niet betaald.", "Ik heb nog niets gedaan en niet betaald."),
])
def test_an_act_not_done_does_not_end_the_story(done: str, not_done: str) -> None:
    assert _signs(done).story_done
    assert not _signs(not_done).story_done


# Ongoing tellings whose writer says what they did not do (written for this test).
NOT_DONE_TELLINGS = [
    "Je poste ici avec un compte secondaire. J'ai 41 ans et je suis en couple. Le mois dernier j'ai discuté avec une "
    "femme sur un site de rencontre et je lui ai envoyé des photos intimes où on voit mon visage. Depuis mardi, un "
    "autre numéro m'écrit avec le nom de ma compagne, l'adresse de mon bureau et une capture de mes photos. Ils "
    "veulent 1 500 euros en cartes cadeaux avant samedi midi, sinon tout part à ma compagne et à mes collègues. Je "
    "n'ai pas payé et je ne l'ai pas bloqué. Je n'en dors plus.",
    "Scrivo da un profilo nuovo. Ho 36 anni e sono sposata. Due settimane fa ho mandato delle foto intime a un uomo "
    "conosciuto su un'app, foto dove si vede la mia faccia. Adesso un altro numero mi manda il profilo di mio marito "
    "e il sito della mia azienda. Vogliono 1.200 euro su una carta prepagata entro venerdì, altrimenti le foto "
    "vanno a mio marito e ai miei colleghi. Non ho pagato e non l'ho bloccato, ho paura che le mandi subito.",
]


@pytest.mark.parametrize("text", TELLINGS_GOING_ON + SAYS_IF_I + NOT_DONE_TELLINGS)
def test_a_long_telling_of_a_threat_going_on_is_flagged(text: str) -> None:
    """Each told in the writer's own words, longer than a chat: the pictures named as the writer's, the sender's
    condition on the writer, or what the writer has not done yet."""
    assert len(text.split()) > 60
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# A help page's general truth about paying is no deletion offered for a price (written for this test); a price for the
# deletion beside those words, or a threat, stays flagged.
HELP_PAGES = [
    "What to do if someone threatens to share your intimate images. Do not pay and do not send more images. Paying "
    "does not guarantee the material will be deleted.",
    "O que fazer se alguém ameaça divulgar suas imagens íntimas. Não pague e não envie mais imagens. O pagamento não "
    "garante que o material será apagado.",
    "Qué hacer si alguien amenaza con difundir tus imágenes íntimas. No pagues y no envíes más imágenes. Pagar no "
    "garantiza que el material se borre.",
    "Cosa fare se qualcuno minaccia di pubblicare le tue foto intime. Non pagare e non mandare altre foto. Pagare non "
    "garantisce che il materiale venga cancellato.",
]
NO_GUARANTEE_THREATS = [
    "pay 500 and i delete the video. no guarantee you get a second chance",
    "pay 500 by tonight or your nudes go to your family. paying doesnt guarantee anything lol but its your only chance",
]


@pytest.mark.parametrize("text", HELP_PAGES)
def test_a_help_pages_no_guarantee_is_no_price_for_deletion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", NO_GUARANTEE_THREATS)
def test_a_price_or_a_threat_beside_no_guarantee_stays_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


# The sender shows the writer what he holds, sent back to them, and names the writer's people: a threat told, though
# nothing is asked yet.
SENT_BACK = [
    "A guy I video called last week saved it. Today he keeps sending me screenshots of the call with my dad's and my "
    "coach's profiles next to them. He hasn't asked for money yet. I can't eat.",
    "Un chico con el que hablé por cámara me mandó capturas del video y debajo la lista de mis amigos y el nombre de "
    "mi madre. Todavía no pide nada. Tengo miedo.",
    "Der Typ aus dem Chat schickt mir jetzt die Aufnahme von unserem Videoanruf, dazu Screenshots vom Profil meiner "
    "Eltern und meiner Chefin. Ich weiß nicht, was er will.",
    "Een jongen die ik online ken stuurt me de screenshots van ons videogesprek, met de namen van mijn ouders en mijn "
    "klas erbij. Hij vraagt nog niks. Ik ben zo bang.",
]
# The same words when the pictures are shared gladly, or the story is over.
SENT_BACK_NOT_A_THREAT = [
    "My cousin sent me the photos from the wedding with my mum and my aunts in them, they're lovely, I cried a bit.",
    "Two years ago a man sent me screenshots of our video call with my parents' names. I blocked him, reported it, and "
    "nothing was ever posted. I'm fine now.",
]


@pytest.mark.parametrize("text", SENT_BACK)
def test_a_sender_who_shows_the_writer_what_he_holds_beside_their_people_is_a_threat_told(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", SENT_BACK_NOT_A_THREAT)
def test_pictures_sent_gladly_or_a_story_over_are_not(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION
