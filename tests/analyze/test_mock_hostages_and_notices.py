"""Jokes, lawful steps and notices that share a threat's words, and threats told in fewer words.

Friends and siblings hold a hoodie, a charger or a plush toy "hostage" for a treat, a chore or the return of their
own things, ask a chore as a price, set a forfeit for whoever forgets, or say "or I tell mum" of a parent they share;
customers file a chargeback; a box is dropped off; storage notices, lessons' examples and Dutch or German warnings
that say "don't pay" name a threat's words, and a family tells a story that is over. The same words beside money,
crypto, pictures claimed or asked for, a person held, a pasted threat or a grave secret stay a threat. On the other
side: the reader's people said to follow, the price or the act left unsaid, an account's holder who names himself,
and the reader's act awaited ("till u send me …") are threats. The wordings are this file's own.
"""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import LooseSigns, loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import LESSON_READ, MOCK_HOSTAGE_READ, SIBLING_TELL_READ, analyze_text


def _signs(text: str) -> LooseSigns:
    return loose_signs(normalize(text).text, text, len(text.split()))


MOCK_HOSTAGES = [
    "your blue hoodie is now my hostage 🧸 ransom: one (1) chocolate milkshake. deadline 6pm. no cops",
    "ur charger has been taken hostage. give me back my headphones and nobody gets hurt 🔌",
    "he secuestrado tu sudadera 😈 rescate: me lavas los platos hoy. si no, se queda en mi armario",
    "j'ai pris ton doudou en otage 🧸 rançon : tu ranges ma chambre. sinon il dort chez moi ce soir",
    "la tua felpa è in ostaggio 😂 riscatto: mi porti le patatine. altrimenti la metto io domani",
    "tô com teu moletom de refém 😤 resgate: lava a louça hoje ou ele fica comigo",
    "Dein Kuscheltier ist meine Geisel 🧸 Lösegeld: du machst heute den Abwasch, sonst bleibt es bei mir",
    "je oplader is gegijzeld 🔌 losgeld: jij doet vanavond de afwas. anders houd ik hem",
]
# The same words beside money, crypto, pictures or a person held: never the joke.
HOSTAGE_THREATS = [
    "ur hoodie is my hostage now. send 2 more pics tonight or ur class sees the old ones",
    "tengo secuestrado tu cargador. 50 € por bizum o tus fotos van al grupo",
    "I have your hoodie hostage and your nudes. 100 by tonight or your mum sees them",
    "ich habe deinen Controller als Geisel. 500 Euro bis morgen oder deine Bilder gehen an alle",
    "j'ai ta manette en otage. envoie 100€ en bitcoin avant ce soir",
    "holding your switch hostage till u send me a video of u naked",
    "ur teddy is my hostage. ransom: we facetime at 9 with ur camera on, otherwise the screenshots go to ur school",
    "we have your son hostage. pay 5000 or you will never see him again",
]


@pytest.mark.parametrize("text", MOCK_HOSTAGES)
def test_a_thing_held_hostage_for_a_treat_or_a_chore_is_a_joke(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == "not_extortion"
    assert [c.text for c in result.explanation] == [MOCK_HOSTAGE_READ]
    assert "If it does not feel like one, treat it as real" in MOCK_HOSTAGE_READ


@pytest.mark.parametrize("text", HOSTAGE_THREATS)
def test_hostage_words_beside_money_pictures_or_a_person_stay_a_threat(text: str) -> None:
    assert MOCK_HOSTAGE_READ not in [c.text for c in analyze_text(text, use_model=False).explanation]
    assert analyze_text(text).verdict != "not_extortion"


def test_the_joke_needs_an_everyday_thing_near_the_hostage_word() -> None:
    def mock(text: str) -> bool:
        return bool(_signs(text).mock_hostage)

    assert mock("ur hoodie has been taken hostage lol")
    assert not mock("your files have been taken hostage")  # files are never an everyday thing
    assert not mock("my hoodie is in the wash. anyway the hostage film was great")  # another sentence
    assert not mock("your cat is my hostage. send 20 quid on paypal")


# A thing dropped off is delivered; what is dropped into a chat is shown.
def test_a_box_dropped_off_is_no_exposure() -> None:
    breakup = ("I've thought about us a lot and I don't think it's working. No hard feelings. I'll drop the box with "
               "your books at your brother's on Saturday, and I've deleted our photos from my phone. I hope you can "
               "do the same. Please give me some space for a while. Take care.")
    assert _rules(breakup) == "not_extortion"
    assert _rules("2 more before 10pm, otherwise i'm dropping the old ones in the class group chat") != "not_extortion"
    assert _rules("Drop the custody case or your new partner sees every video we made. Your choice.") \
        != "not_extortion"


def test_a_storage_notice_whose_words_sit_far_apart_is_still_one() -> None:
    notice = ("Prezado cliente, o armazenamento da sua conta de fotos na nuvem está cheio. Se você não atualizar o "
              "pagamento em até 48 horas, suas fotos e vídeos serão apagados. Clique aqui para manter seus arquivos.")
    assert _signs(notice).storage_full
    assert _rules(notice) == "not_extortion"


# A customer's lawful step when a refund does not come (a chargeback, a payment dispute, a formal complaint) is no
# threat; the same step beside pictures, people to show them to or harm stays one.
CUSTOMERS_STEPS = [
    "Guten Tag, die Jacke kam kaputt an und seit zwei Wochen keine Antwort. Wenn die Erstattung nicht bis Freitag da "
    "ist, buche ich die Lastschrift zurück.",
    "Hi, I returned the blender 3 weeks ago and still no refund. If it's not back on my card by Monday I'll file a "
    "chargeback with my bank.",
    "Buenas, el sofá llegó roto y nadie contesta. Si el viernes no tengo el reembolso, pido la hoja de reclamaciones.",
]
CUSTOMERS_THREATS = [
    "Refund me 300 by Monday or I file a chargeback and your wife gets the video from the hotel.",
    "Wenn bis Freitag keine 500 Euro kommen, buche ich die Lastschrift zurück und deine Nacktbilder gehen an alle.",
]


@pytest.mark.parametrize("text", CUSTOMERS_STEPS)
def test_a_customers_lawful_step_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", CUSTOMERS_THREATS)
def test_a_customers_step_beside_pictures_stays_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


# Asleep told in the past is a harmless scene too; naked beside it, or money, never is.
@pytest.mark.parametrize("text", [
    "jajaja tengo la foto de ti mientras dormías en el bus. o me haces los deberes o va al grupo de clase 😂",
    "j'ai la photo de toi pendant que tu dormais en cours 😂 tu ranges ma chambre ou elle part dans le groupe",
    "ho la foto di te mentre dormivi in treno 😂 mi fai i compiti o finisce nel gruppo",
    "ik heb die video van jou toen je sliep in de bus 😂 jij doet de afwas of hij gaat in de groep",
])
def test_a_picture_of_someone_asleep_told_in_the_past_is_a_joke(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "tengo el vídeo de cuando dormías desnuda. 200 € por bizum o lo ve tu novio",
    "j'ai la vidéo pendant que tu dormais, nue. 300€ avant ce soir ou ta mère la reçoit",
])
def test_asleep_beside_nakedness_or_money_stays_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A chore as the price between siblings and flatmates is a token, like a coffee; beside nudes or an intimate video it
# is not.
@pytest.mark.parametrize("text", [
    "haha saw u come home at 3am. u do my chores this weekend or i tell dad 😂",
    "lmao i caught u sneaking out last night. pay up (take out the bins for a week) or i tell mum 😇",
    "mdr je t'ai vu rentrer à 4h. tu paies : tu fais la vaisselle toute la semaine ou je dis tout à maman 😇",
    "jajaja te vi llegar tarde. me haces la cama toda la semana o se lo cuento a mamá",
    "lol du machst eine Woche den Abwasch oder ich erzähl Mama, dass du geschwänzt hast",
])
def test_a_chore_as_a_siblings_price_is_a_joke(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "do my homework for a week or i send ur nudes to the group chat lol",
    "hazme los deberes o subo tus fotos desnuda al grupo jajaja",
])
def test_a_chore_beside_nakedness_stays_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A forfeit for whoever forgets or comes late, paid in a treat, is a team's game.
@pytest.mark.parametrize("text", [
    "wer am Sonntag die Bälle vergisst, zahlt das Eis, sonst kommt das Foto vom Trainingslager in die Gruppe 😂",
    "whoever forgets their boots on saturday pays for the pizzas, or the bus karaoke vid goes in the team chat 😂",
    "chi dimentica la borraccia paga i gelati, altrimenti la foto della trasferta finisce nel gruppo 😂",
])
def test_a_forfeit_for_whoever_forgets_is_a_game(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_a_forfeit_beside_nudes_stays_a_threat() -> None:
    assert _rules("whoever forgets their boots pays the pizza 😂 and u send me 200 by saturday or ur nudes go in the "
                  "team chat") != "not_extortion"


# A class's or a parents' evening's examples and tasks quote a threat as a lesson does; a person who pastes what they
# received beside the same words does not.
@pytest.mark.parametrize("text", [
    "Taller para familias – AMPA del colegio\nEjemplos de mensajes que llegan a los chicos:\n· «si no me pagas 50€ "
    "hoy, tu foto va a tu clase»\n¿Qué hacer? No pagar, guardar capturas y denunciar.",
    "Fiche élève – Éducation aux médias\nExercice 3 : Lis le message suivant et entoure les mots qui font peur.\n"
    "« Envoie 100 € avant minuit ou ta vidéo part chez tes parents. »\nAvec qui peux-tu en parler ?",
])
def test_a_lessons_examples_and_tasks_are_a_lesson(text: str) -> None:
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert LESSON_READ in [c.text for c in result.explanation]


@pytest.mark.parametrize("text", [
    "Ejemplos de mensajes que me manda: «tengo tu vídeo, 100€ por bizum o lo subo al grupo». ¿Qué hago?",
    'Read the following message and identify the threat: "I have your pics. 200 on cashapp by 8pm or your school '
    'sees them". I got it tonight, please help',
    "Fiche élève: j'ai tes photos. Tu as jusqu'à 20h sinon tout ton collège les verra.",
])
def test_lesson_words_beside_a_threat_received_stay_a_threat(text: str) -> None:
    assert analyze_text(text).verdict != "not_extortion"


# Threats told in fewer words: the reader's people "get a look", and the price or the act left unsaid ("u know the
# price", "you know what I want") after pictures, people or a last warning.
@pytest.mark.parametrize("text", [
    "fine, they get deleted when you send me the beach ones as well. otherwise your whole class gets a look",
    "ur cousin follows u doesn't she. be a pity if she got a DM with that clip. u know the price",
    "last warning. everything's in the email draft. you know how much",
    "saw ur nan's facebook. lovely pics of the family. you know what I want. tonight",
])
def test_threats_in_fewer_words_are_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "training's moved to 6 on thursday. bring your boots and shin pads, you know the drill",
    "Reminder: if you see a suspicious email at work, you know what to do: forward it to the IT helpdesk.",
])
def test_you_know_the_drill_alone_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "Buenas, soy quien controla ahora la cuenta de Instagram de tu restaurante. 600€ en USDT y te la devuelvo. Si "
    "avisas a Instagram la borro.",
    "hi, I'm the one who has your shop's account now. 500 in bitcoin by tonight and you get it back",
])
def test_the_holder_of_an_account_who_names_themselves_is_a_racket(text: str) -> None:
    assert _rules(text) == "other_extortion"


# The reader's people said to follow the writer or the reader, beside pictures or a hint: reachable, so a threat. The
# writer's own people following someone are a friend's worry.
@pytest.mark.parametrize("text", [
    "remember the clip from our call? ur brother follows me now. answer",
    "tu novia ya me sigue en insta 🙂 ¿te acuerdas de las fotos? contesta",
    "Dein Chef folgt dir auf Insta, oder? Die Fotos von neulich hab ich noch. Melde dich.",
])
def test_the_readers_people_following_beside_pictures_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "can u take the pic of me at the lake off ur story?? my dad follows u 😬",
    "borra la foto que subiste de mí porfa, mi tía te sigue 😭",
])
def test_the_writers_own_people_following_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


# Dutch and German warnings say "don't pay" with the negation after the verb; a deadline's "niet later dan" and a
# condition's "Zahlst du nicht" are no negation.
@pytest.mark.parametrize("text", [
    "De politie waarschuwt voor e-mails die beweren dat iemand je stiekem met je webcam heeft gefilmd. Betaal niet "
    "en verwijder de mail. Doe aangifte als je twijfelt.",
    "Die Verbraucherzentrale warnt vor Mails, in denen Betrüger behaupten, Sie gefilmt zu haben. Zahlen Sie nicht "
    "und löschen Sie die Nachricht.",
])
def test_a_warnings_dont_pay_said_after_the_verb_is_no_demand(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "Betaal niet later dan vrijdag 500 euro, anders stuur ik de foto's naar je moeder.",
    "Zahlst du nicht bis Freitag 300 Euro, schicke ich die Bilder an deine Eltern.",
])
def test_a_deadline_or_a_condition_with_a_negation_stays_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


def test_the_act_left_unsaid_counts_beside_pictures_or_people_never_beside_a_time_alone() -> None:
    assert _rules("saw ur mum follows u. would be a shame if she saw the video 🙂 u know what to do") != "not_extortion"
    assert _rules("pitch at 7, you know the drill, bring your boots and a water bottle") == "not_extortion"


# A brother's or a sister's "or I tell mum" (the parent named bare) is family teasing; a plea not to tell, the
# reader's parent named as a stranger names them, a pasted message, pictures, nakedness or a grave secret never are.
@pytest.mark.parametrize("text", [
    "give back my headphones by dinner or im telling mum you skipped school friday 😤",
    "Wenn du mir bis morgen nicht mein Ladekabel zurückgibst, sag ich Mama, dass du Cola getrunken hast 😏",
    "rends-moi mon chargeur avant ce soir sinon je dis tout à maman pour samedi 😤",
])
def test_a_siblings_or_i_tell_mum_is_teasing(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == "not_extortion"
    assert [c.text for c in result.explanation] == [SIBLING_TELL_READ]


@pytest.mark.parametrize("text", [
    "pls dont tell mum. this guy says: sending to ur mum first then ur whole class unless u send 100 on paypal NOW",
    "pay me 50 on venmo or im telling mom you sent nudes to jake",
    "send me a pic of you in the shower tonight or im telling mum about your boyfriend",
    "give me back my charger or im telling mum you're pregnant",
    "give me 30 on cashapp or im telling mom what you sent jake last night 😈",
    "send 40 quid or im showing dad the screenshots of ur chats with jake",
])
def test_or_i_tell_mum_beside_a_threat_pictures_or_a_grave_secret_is_not_teasing(text: str) -> None:
    assert SIBLING_TELL_READ not in [c.text for c in analyze_text(text, use_model=False).explanation]
    assert analyze_text(text).verdict != "not_extortion"


# A story over told by a family or a firm ("we didn't pay", "a gente não pagou", "wir haben nichts bezahlt") is over;
# a sender who recalls what the reader did not pay is not, nor is a bulk e-mail's "si no pago".
@pytest.mark.parametrize("text", [
    "Last winter our garage got hit by ransomware, a note on every screen asking for 3 btc. We didn't pay, restored "
    "from backups and reported it. Nothing was ever published.",
    "Ano passado aconteceu com a minha sobrinha: um perfil falso pediu dinheiro pra não espalhar fotos. A gente não "
    "pagou, fez o BO e bloqueou. Nunca apareceu nada.",
])
def test_a_story_over_told_by_a_family_or_a_firm_is_over(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_the_readers_unpaid_past_recalled_by_a_sender_is_no_story_over() -> None:
    assert _rules("last year you didn't pay and I let it go. this time 300 by friday or your wife gets the video") \
        != "not_extortion"


# The reader's act awaited ("till u send me …") is a condition, not a time: a picture asked for with a thing held as
# leverage is read as a threat. (Found in this file's review: neither the rules nor the model flagged the first.)
@pytest.mark.parametrize("text", [
    "ur charger is my hostage till u send me a pic in the shower 😏",
    "i'm keeping ur phone until u send me a pic in ur bra",
])
def test_a_picture_asked_with_a_thing_held_as_leverage_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


def test_a_time_is_still_a_time() -> None:
    assert _rules("keep the charger till friday, i've got a spare one") == "not_extortion"
