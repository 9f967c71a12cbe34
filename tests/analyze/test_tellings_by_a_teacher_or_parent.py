"""Long tellings, by a teacher, a parent or the person, of a threat that goes on: read whole and flagged, whoever
tells them, when they say it goes on ("das läuft noch", "het speelt nog steeds", "les messages continuent"), and when
a step is said not taken yet ("wir waren noch nicht bei der Polizei", "nous n'avons pas encore porté plainte").
The same tellings of a threat that is over, and reports of an inquiry still going on, stay no threat.
The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import STORY_NOW, loose_signs
from standfast.analyze.normalize import normalize

# Around a hundred words and more: a chat message's length and past it.
GOING_ON = [
    # a school's counsellor, German: the situation goes on, the parents not told yet
    "Guten Tag, ich arbeite als Schulsozialarbeiterin an einer Realschule. Ein Schüler aus der siebten Klasse hat mir "
    "heute nach der Mittagspause erzählt, was ihm seit dem Wochenende passiert. Ein Profil auf Instagram, das er nicht "
    "kennt, hat ihm Nacktbilder geschickt, die ihn zeigen sollen; er sagt, sie seien aus seinen Fußballfotos "
    "gebastelt. Das Profil fordert Geld per Paysafecard und droht, die Bilder sonst in der Stufengruppe zu verbreiten. "
    "Das läuft noch, er hat mir drei neue Nachrichten von heute gezeigt. Die Eltern wissen es noch nicht, wir sprechen "
    "morgen früh mit ihnen und mit der Schulleitung. Meine Fragen: Wie sichern wir die Nachrichten, ohne dass er die "
    "Bilder wieder ansehen muss, und an wen wenden wir uns zuerst?",
    # a father, Dutch: the messages keep coming, no report made yet
    "Goedenavond, ik hoop dat iemand hier raad weet. Mijn dochter van veertien heeft via een game een jongen "
    "leren kennen en hem foto's gestuurd waar ze nu veel spijt van heeft. Sinds dinsdag eist een ander account dat ze "
    "honderdvijftig euro overmaakt, anders gaan de foto's naar haar klas en naar haar hockeyteam. Ze heeft geen "
    "geld gestuurd. De berichten blijven komen, vandaag al zes keer, steeds van een nieuw nummer. We hebben nog geen "
    "aangifte gedaan omdat ze zich zo schaamt, maar ik denk dat het moet. Kan iemand vertellen hoe dat bij de politie "
    "gaat en of we het account moeten blokkeren of juist openlaten voor de bewijzen?",
    # the person, French: it lasts, he still writes, no complaint filed yet
    "Je n'en ai parlé à personne, alors j'écris ici. J'ai vingt-deux ans et il y a une dizaine de jours j'ai fait un "
    "appel en vidéo avec une inconnue d'un site de rencontre. Le lendemain, un homme m'a envoyé l'enregistrement et la "
    "liste de mes amis Facebook. Il réclame huit cents euros en cartes cadeaux, sinon la vidéo part chez mes parents "
    "et à mon club de rugby. J'ai déjà versé deux cents euros samedi. Ça dure depuis et il m'écrit toujours, matin et "
    "soir. Je n'ai pas encore porté plainte parce que j'ai honte. Rien n'a été envoyé pour l'instant. Quelqu'un sait "
    "si la gendarmerie peut agir sans que ma famille l'apprenne ?",
    # a teacher, Italian: the situation still in progress
    "Buongiorno, sono insegnante di sostegno in una scuola media di Bari. Una ragazza di seconda mi ha confidato "
    "stamattina che da una decina di giorni un account sconosciuto su Snapchat le manda immagini di lei senza vestiti "
    "create con un'app a partire dalle sue foto al mare. L'account le chiede altre foto, vere, e minaccia, in caso "
    "contrario, di pubblicare quelle false taggando i compagni di classe. La situazione è ancora in corso: durante la "
    "ricreazione sono arrivati altri messaggi. Finora non è stato diffuso nulla. La famiglia non è ancora stata "
    "avvisata, la incontriamo domani con la dirigente. Come possiamo conservare le prove e a chi dobbiamo segnalarlo?",
    # a mother, Portuguese: the messages keep arriving, the account demands videos
    "Boa noite. Sou mãe de um menino de catorze anos e estou desesperada. Há cinco dias um perfil no Discord diz ter "
    "fotos íntimas dele, que na verdade são montagens geradas por IA com as fotos da escola. "
    "O perfil exige que ele mande vídeos de verdade e ameaça espalhar as montagens no grupo da turma e marcar os "
    "professores. Hoje cedo, antes da aula, as mensagens continuam chegando sem parar. Até agora nada foi publicado. "
    "Ainda não fomos à delegacia porque ele pediu para esperar. Alguém sabe como denunciar o perfil e guardar as "
    "provas sem que ele precise ver tudo de novo?",
]

OVER = [
    # the same school's counsellor, German, after it ended
    "Guten Tag, ich arbeite als Schulsozialarbeiterin an einer Realschule und möchte Ihnen für die Beratung im "
    "Frühjahr danken. Damals hatte ein Profil auf Instagram einem Schüler aus der siebten Klasse gefälschte "
    "Nacktbilder geschickt und gedroht, sie in der Stufengruppe zu verbreiten, wenn er nicht zahlt. Er hat nichts "
    "bezahlt. Wir haben mit den Eltern Anzeige erstattet, das Profil wurde gemeldet und ist inzwischen gelöscht. "
    "Seitdem ist Ruhe, und es wurde nie etwas verbreitet. Wir planen nun für alle siebten Klassen eine Stunde zum "
    "Thema und würden gern Ihre Materialien nutzen. Gibt es dafür eine Fassung für Eltern?",
    # a father, Dutch, months later
    "Een paar maanden geleden schreef ik hier over onze dochter. Een account eiste toen honderdvijftig euro, anders "
    "zouden haar foto's naar haar klas en haar hockeyteam gaan. Ze heeft nooit betaald. We hebben het account "
    "geblokkeerd, alles gemeld bij het platform en samen aangifte gedaan bij de politie. Er is nooit iets verstuurd en "
    "het account is weg. Ze lacht weer en speelt gewoon haar wedstrijden. Ik schrijf dit voor ouders die nu midden in "
    "zoiets zitten: blijf rustig, betaal niet en praat met je kind zonder te oordelen. Het gaat echt over, ook al "
    "voelt het op dat moment niet zo.",
]

# News of an inquiry still going on tells of no threat going on against the writer.
INQUIRY = [
    "Un homme de trente-quatre ans a été interpellé jeudi à Lille, soupçonné d'avoir fait chanter une vingtaine "
    "d'adolescents avec des photos intimes obtenues sur les réseaux sociaux. Selon le parquet, il réclamait de "
    "l'argent en menaçant de diffuser les images à leurs proches. L'enquête est toujours en cours et les enquêteurs "
    "appellent d'autres victimes éventuelles à se manifester auprès du commissariat. Les policiers conseillent de ne "
    "rien verser et de garder les messages. Le suspect a été placé en détention provisoire en "
    "attendant son procès, prévu au printemps prochain devant le tribunal correctionnel de Lille.",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_a_long_telling_of_a_threat_going_on_is_flagged_whoever_tells_it(text: str) -> None:
    assert _rules(text) == "targeted"


@pytest.mark.parametrize("text", OVER)
def test_the_same_telling_once_it_is_over_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", INQUIRY)
def test_an_inquiry_still_going_on_is_no_threat_going_on(text: str) -> None:
    assert STORY_NOW.search(normalize(text).text) is None
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize(("text", "going_on"), [
    ("Wir waren noch nicht bei der Polizei, denn er schämt sich.", False),
    ("Wir waren gestern mit ihm bei der Polizei.", True),
    ("Nous n'avons pas encore porté plainte.", False),
    ("Nous avons porté plainte lundi.", True),
    ("We hebben nog geen aangifte gedaan.", False),
    ("We hebben samen aangifte gedaan.", True),
    ("We never went to the police about it.", False),
    ("We finally went to the police about it.", True),
    # (a step only hoped to end it, and the next message come today, end nothing)
    ("Ich habe ihm 200 Euro geschickt, weil ich dachte, dann ist Ruhe.", False),
    ("Ich habe ihm nichts geschickt und ihn blockiert. Seitdem ist Ruhe.", True),
    ("We blocked him. This morning I got another message from a new account.", False),
    ("Lo bloqueamos. Ayer me llegó otro mensaje desde un número nuevo.", False),
])
def test_a_step_said_not_taken_yet_ends_no_story(text: str, going_on: bool) -> None:
    # (a story over needs a time gone by, a step taken and nothing going on: the time is given here)
    told = "Two months ago a man said he had photos of my son. " + text
    signs = loose_signs(normalize(told).text, told, len(told.split()))
    assert signs.story_over is going_on


# A help page headed by the reader's question in the first person, then advice in which nobody says "I": not a telling.
# The same heading followed by the writer's own story, or by a pasted threat, is one.
HELP_PAGES = [
    "My ex says he will post my pictures unless I pay. What now?\n\nFirst, breathe. You are not in trouble. Do not pay "
    "and do not send anything else: paying rarely ends it. Keep a copy of the chat and the username, then "
    "block and report the account. Talk to an adult you trust or call a helpline tonight.",
    "«Un tipo dice que va a mandar mis fotos a mi familia si no le pago. ¿Qué hago?»\n\nEs una consulta muy frecuente. "
    "No pagues ni contestes más. Guarda capturas de la conversación y del perfil. Bloquea la cuenta, denúncialo en la "
    "plataforma y acude a la policía. No es culpa tuya y no estás solo.",
]
HEADED_TELLINGS = [
    "My ex says he will post my pictures unless I pay. What now?\n\nHe sent me a screenshot of my followers an hour "
    "ago and said I have until 9. I have not paid. Do I go to the police or do I just pay him?",
    "Someone is threatening to send my video to my family. What should I do?\n\nThis is what he wrote: 'You have "
    "until midnight. 300 euros or your mother and your boss get the video. Do not ignore me.'",
]


@pytest.mark.parametrize("text", HELP_PAGES)
def test_a_help_page_headed_by_a_first_person_question_is_no_telling(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", HEADED_TELLINGS)
def test_the_same_heading_over_a_story_or_a_pasted_threat_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"
