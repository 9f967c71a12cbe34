"""A threat told after it was over: a victim's story to a friend, a forum post, an account written for a counsellor.

Written for this test after the spent held-out sets 112-119 were read: a person telling a friend, weeks later, how
someone once demanded money for their pictures, how they blocked and reported the account and nothing was sent, was
called *targeted sextortion*: the story quotes the threat ("pay me or I send it to your family") and the sentence
reader reads it as one made now. Such a story is not a threat to the reader (the brief's hard negative "a victim
telling a friend what happened"). What marks it over: some time ago, the writer acted or nothing came of it, and
nothing says it goes on or asks what to do. Anything of that last kind keeps the message flagged (safety asymmetry),
and so does a threat that names the past ("last month you sent me …", "if you go to the police …").
"""

from __future__ import annotations

import pytest

from standfast.analyze.loose import loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import STORY_READ, analyze_text
from standfast.analyze.verdicts import Verdict

STORIES_OVER = [
    "No ano passado um perfil falso ameaçou mandar minhas fotos pra minha mãe. Eu não paguei nada, denunciei o "
    "perfil e nunca mais apareceu.",
    "je te dis ça entre nous: le mois dernier un faux profil m'a demandé de l'argent sinon il envoyait mes photos. on "
    "a signalé et bloqué avec ma sœur. depuis rien.",
    "Ti scrivo adesso che è finita: a maggio un profilo falso mi ha minacciato con un video. L'ho bloccato e non ha "
    "mandato niente a nessuno.",
    # nothing came of it, said in the passive (read on the spent set 154)
    "Hace dos años un tipo me pidió dinero por unas fotos; lo bloqueé y el vídeo nunca se envió a nadie. Ya pasó.",
    "Il y a un an, un faux profil m'a menacé avec une vidéo. J'ai bloqué le compte et elle n'a jamais été publiée.",
    "Vor einem Jahr hat mich jemand mit Fotos erpresst. Ich habe ihn blockiert, die Bilder wurden nie verschickt.",
    # (asking whether to keep the evidence is no sign that it goes on)
    "Hi, I wrote to you a few months ago about someone threatening to post my pictures. It stopped after I blocked "
    "and reported him. Should I keep it all or can I delete the screenshots now?",
    # en: told to a friend, weeks later
    "Can I tell you something weird? About a month ago some account pretending to be a girl from the next town got "
    "me to send a pic, then said pay 300 or it goes to everyone on my list. I nearly did. My brother talked me out "
    "of it, we blocked them and I reported the account. Nothing was ever posted. Anyway, football on Sunday?",
    # en, long: an account written afterwards
    "My counsellor suggested I write this down. Last spring I was talking to someone on a dating app who seemed "
    "kind. After a video call that went too far, they sent me a clip of it and a screenshot of my friends list and "
    "said I had a day to pay £400 or my family would get the clip. I paid nothing. I went to the police with my "
    "sister the next morning and they were calm and kind about it; they told me this happens to a lot of people. I "
    "blocked the account and the platform removed it. I still think about it, I still check my messages more than I "
    "should, and it took me weeks to sleep properly, but I'm okay now and I wanted it written down somewhere, so "
    "that one day it feels like something that happened to someone else.",
    # es
    "Te cuento algo que me pasó hace dos meses: un chico de Instagram me pidió fotos y luego me dijo que si no le "
    "daba 200 euros se las mandaba a mis padres. Lo bloqueé, puse la denuncia con mi madre y no pasó nada. Ya estoy "
    "mejor, solo quería contártelo.",
    # pt
    "Amiga, faz três semanas um perfil fake me pediu fotos e depois quis 500 reais senão mandava pros meus pais. "
    "Bloqueei, fiz o boletim de ocorrência e ele nunca mandou nada pra ninguém. Só queria desabafar.",
    # fr
    "Il y a deux mois, un faux profil m'a fait chanter : 300 euros ou il envoyait mes photos à ma famille. J'ai "
    "bloqué le compte, j'ai porté plainte et il n'a jamais rien publié. Ça va mieux maintenant.",
    # de
    "Ich erzähl dir das jetzt, weil es vorbei ist: Vor drei Monaten hat mich ein Fake-Profil erpresst, 400 Euro "
    "oder die Bilder gehen an meine Eltern. Ich hab den Account blockiert und Anzeige erstattet. Bis heute ist "
    "nichts passiert.",
    # it
    "Ti racconto una cosa di qualche mese fa: uno conosciuto online voleva 300 euro o mandava le mie foto ai miei "
    "genitori. L'ho bloccato e ho fatto denuncia alla Polizia Postale. Non ha mai pubblicato niente, adesso sto "
    "meglio.",
    # nl
    "Ik moet je iets vertellen van vorige maand: een nepaccount wilde 250 euro, anders stuurde hij mijn foto's naar "
    "mijn ouders. Ik heb hem geblokkeerd en aangifte gedaan. Er is niks gebeurd en het account is weg.",
]

# The same stories, but it goes on or the writer asks what to do now: flagged.
STORIES_GOING_ON = [
    "Months ago a guy threatened to send my pics to my class unless I paid. I blocked him and reported it, but now "
    "he keeps it up from other accounts and I don't know how to stop it.",
    "About a month ago some account got me to send a pic and said pay 300 or it goes to everyone. I blocked them, "
    "but today they messaged me from a new account and say they'll post it tonight. What should I do?",
    "Hace dos meses un chico me pidió fotos y me dijo que si no le daba 200 euros se las mandaba a mis padres. Lo "
    "bloqueé, pero ahora me escribe otra vez desde otra cuenta. ¿Qué hago?",
    "Vor drei Monaten hat mich ein Fake-Profil erpresst, 400 Euro oder die Bilder gehen an meine Eltern. Ich hab "
    "den Account blockiert, aber jetzt schreibt er mir schon wieder. Was soll ich tun?",
    "Il y a deux mois, un faux profil voulait 300 euros ou il envoyait mes photos à ma famille. J'ai bloqué le "
    "compte mais maintenant il m'écrit encore. Aidez-moi.",
]

# Threats that name the past and the police: a threat made now, whatever words of time they hold.
THREATS_NAMING_THE_PAST = [
    "Last month you sent me four photos. I have them saved with your followers list. Pay 500 by Friday or your "
    "family gets them. If you go to the police, nothing good happens to you.",
    "A few weeks ago you reused your password and I went through your photo album. Send 1000 via Revolut by "
    "Wednesday or every contact you have gets the hidden album. Don't go to the police.",
    "Hace dos meses me mandaste esas fotos. Págame 200 euros antes del viernes o se las mando a tu familia. Si vas "
    "a la policía, peor para ti.",
]


def _story_over(text: str) -> bool:
    norm = normalize(text).text
    return loose_signs(norm, text, len(text.split())).story_over


@pytest.mark.parametrize("text", STORIES_OVER)
def test_a_story_told_after_it_was_over_is_not_a_threat(text: str) -> None:
    assert _story_over(text)
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.NOT_EXTORTION
    assert [s.id for s in result.signals] == ["told_after"]
    # (the reasons say why, and none of them reads the quoted threat as one made now)
    assert [c.text for c in result.explanation] == [STORY_READ]


@pytest.mark.parametrize("text", STORIES_OVER)
def test_the_model_does_not_turn_a_story_over_into_a_threat(text: str) -> None:
    result = analyze_text(text)
    assert result.verdict == Verdict.NOT_EXTORTION, result.explanation
    # (the plan is still named: "if it is still going on, treat it as real")
    assert any("still going on" in c.text for c in result.explanation)


@pytest.mark.parametrize("text", STORIES_GOING_ON)
def test_a_story_that_goes_on_stays_flagged(text: str) -> None:
    # (the rules alone miss the first two, told in the writer's words with no "my pictures" in them; the model's
    # neighbours flag them. What matters here: none is read as a story that is over.)
    assert not _story_over(text)
    result = analyze_text(text)
    assert result.verdict != Verdict.NOT_EXTORTION
    assert "told_after" not in [s.id for s in result.signals]


def test_a_question_about_what_to_do_is_not_a_story_over() -> None:
    # ("¿Denunciamos?" asks; "denunciamos" tells)
    text = ("Mi hijo recibió esto hace dos días: 'si no mandas 150 dólares en una hora le mando tu video a tu mamá'. "
            "¿Pagamos? ¿Denunciamos? No sé qué hacer.")
    assert not _story_over(text)
    told = text.replace("¿Pagamos? ¿Denunciamos? No sé qué hacer.", "No pagamos. Lo denunciamos y no pasó nada.")
    assert _story_over(told)


@pytest.mark.parametrize("text", THREATS_NAMING_THE_PAST)
def test_a_threat_that_names_the_past_is_not_a_story(text: str) -> None:
    assert not _story_over(text)
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


def test_a_story_over_is_read_past_the_chat_length() -> None:
    # (a long message: only some families are read, and the story's are among them)
    text = STORIES_OVER[1] + " " + " ".join(["It was a strange time and I learned a lot from it."] * 20)
    assert len(text.split()) > 200
    assert _story_over(text)
    assert analyze_text(text).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("bait", ["a " * 20_000, "weeks ago " * 4_000, "if you " * 6_000, "?" * 40_000,
                                  "nothing was sent " * 3_000 + "two weeks ago", "still available " * 3_000])
def test_the_new_readings_are_linear_on_hostile_input(bait: str) -> None:
    import time

    from standfast.analyze.loose import NO_PICTURES, SALE, STORY_AGO, STORY_NOW, STORY_OVER, _statements

    start = time.process_time()
    for pattern in (STORY_AGO, STORY_OVER, STORY_NOW, SALE, NO_PICTURES):
        pattern.search(bait)
    _statements(bait)
    signs = loose_signs(bait, bait, len(bait.split()))
    assert signs.story_over in (True, False) and signs.advises in (True, False)
    assert time.process_time() - start < 1.0
