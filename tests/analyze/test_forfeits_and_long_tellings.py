"""A dare whose forfeit is paying the group's treat is a game, not a threat; a long telling of a threat that is going
on is read in parts by the model even when the quick reader rates its parts low. All texts written for these tests."""

from __future__ import annotations

import pytest

from standfast.analyze import triage
from standfast.analyze.triage import MODEL_MAX_WORDS, Verdict, analyze_text

FORFEITS = [
    "dare: post a selfie with the clown nose in the group chat in 10 min or you pay for the pizza tomorrow 😂",
    "reto: manda un audio cantando al grupo en 5 minutos o pagas tú los helados mañana jajaja",
    "desafio: manda uma selfie de peruca no grupo em 10 min ou paga o açaí amanhã kkkk",
    "Mutprobe: Sprachnachricht mit dem Schlachtruf in die Klassengruppe bis 20 Uhr, sonst zahlst du morgen die Pommes",
    "gage : tu postes la photo avec le bonnet de Noël sur le groupe avant minuit ou tu paies les croissants demain 😂",
    "obbligo: foto con la parrucca sul gruppo entro 10 minuti o paghi tu gli spritz stasera 🤣",
    "uitdaging: binnen 5 min een filmpje van je dansje in de app of je betaalt vanavond de frikandellen 😂",
    # a treat owed on a bet, or brought as the price
    "bet you 5 quid city lose again 💀 pay up by friday or ur buying the chicken shop",
    "pari : si l'OM perd tu me dois un grec et tu paies dimanche 😂",
    "Wette: wenn Dortmund verliert, schuldest du mir nen Döner 😂 bis Montag, sonst erzähl ich's allen",
    "apuesta: si pierde el Madrid me debes unas empanadas, pagas el sábado jajaja",
]
# The same shapes with a real threat: a sum of money, intimate pictures, the reader's people.
THREATS_SHAPED_LIKE_FORFEITS = [
    "send 200 in the next hour or you pay for it when your nudes hit the group",
    "manda 300 euro entro stasera o paghi tu quando le tue foto nude finiscono sul gruppo",
    "dare: send me 150 on cashapp in 10 min or your nudes go to your mom 😂",
    "Mutprobe? Nein. 300 Euro bis 20 Uhr, sonst bekommt deine Familie die Nacktbilder. Danach zahlst du die Pizza.",
    "reto: 500 pesos por bizum antes de las 10 o tus fotos íntimas van al grupo de clase jajaja",
    "you owe me a pizza or your nudes go to the group chat",
    "tu me dois un grec ou j'envoie tes nudes à ta mère",
    "me debes unas empanadas, si no me las pagas subo tus fotos íntimas al grupo jajaja",
]


@pytest.mark.parametrize("text", FORFEITS)
def test_a_dare_with_a_treat_as_forfeit_is_not_extortion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", THREATS_SHAPED_LIKE_FORFEITS)
def test_money_or_intimate_pictures_keep_a_dare_shaped_threat_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


LONG_TELLING = (
    "I'm writing for my cousin because she can't bring herself to. She met a man at a festival in the summer and they "
    "were together for a few weeks. He took videos of them in bed, and at the time she didn't really object. She ended "
    "it in October. Since last week he keeps texting her that unless she comes back to him he will put the videos on "
    "a porn site with her full name and send the link to her parents and to her manager. This morning he wrote "
    "'Saturday at my place or it's online on Sunday, you decide.' She is thinking about going because she is "
    "terrified of her family seeing it. I told her that isn't a choice. What should we do first? Can the police act "
    "before anything is posted? Can the videos be blocked from the big sites in advance? She is 22 and we live in "
    "Leeds. Please, anything helps, she has not slept for days and is not eating.")


def test_a_long_telling_of_a_threat_going_on_is_not_called_safe(model_ready: None) -> None:
    """Read by the rules as a telling going on (loose.telling_now, told in any words); its parts would reach the model
    past the sieve otherwise (below)."""
    assert len(LONG_TELLING.split()) > MODEL_MAX_WORDS
    a = analyze_text(LONG_TELLING)
    assert a.verdict != Verdict.NOT_EXTORTION


def test_the_told_parts_pass_the_sieve_whatever_it_rates(monkeypatch: pytest.MonkeyPatch,
                                                         model_ready: None) -> None:
    """A bar no part can reach stops every part of an ordinary long message, but not of a telling."""
    monkeypatch.setattr(triage, "PART_SIEVE", 1.01)
    assert triage._part_opinion(LONG_TELLING) is None
    assert triage._part_opinion(LONG_TELLING, told=True) is not None


PADDING = (" Our family newsletter also has the usual news: the garden club meets on Tuesdays, the bakery on the "
           "corner has new opening hours, and the library is collecting old books for the spring sale.") * 12


def test_beyond_a_page_a_telling_gets_no_pass(monkeypatch: pytest.MonkeyPatch, model_ready: None) -> None:
    """With the ordinary bar out of reach, only the told route reads the parts: up to PART_TOLD_MAX_WORDS, not past."""
    monkeypatch.setattr(triage, "PART_SIEVE", 1.01)
    assert analyze_text(LONG_TELLING).verdict != Verdict.NOT_EXTORTION
    padded = LONG_TELLING + PADDING
    assert len(padded.split()) > triage.PART_TOLD_MAX_WORDS
    assert analyze_text(padded).model_score is None


# Tellings of a threat going on, for someone close, longer than a chat, in the words people use when they do not know
# what to do (written for this test; the first was called not extortion before "says … unless he" was read).
TELLINGS_GOING_ON = [
    "I'm writing for my nephew, he's 16. A girl he met on a game got him to send intimate pictures on Snapchat. This "
    "account has sent him screenshots of his followers, his coach and his grandparents, and says the pictures go out "
    "to every one of them unless he pays $300 in gift cards before 11. He paid $50 and they want more. He's shaking "
    "and won't leave his room. Do we answer them? Do we keep the messages? Who do we call at this hour? We are in "
    "Texas.",
    "Bonsoir, j'écris pour ma petite sœur de 15 ans. Un garçon rencontré sur Instagram lui a demandé des photos "
    "intimes et elle en a envoyé. Un numéro inconnu lui écrit que s'il ne reçoit pas 200 euros avant ce soir, les "
    "photos seront envoyées à sa classe et à nos parents. Elle pleure et ne veut pas en parler à nos parents. On ne "
    "sait pas quoi faire. Est-ce qu'il faut répondre ou bloquer ? Et est-ce qu'on peut empêcher la publication ?",
    "Hola, les escribo por mi prima de 16 años. Un chico de TikTok la convenció de mandarle fotos íntimas. Un número "
    "de otro país le dice que si no deposita 2,000 pesos antes del viernes, va a mandar las fotos a su escuela y a sus "
    "papás, y que las va a subir a una página con su nombre. Ya le mandó 300 pesos y pide el resto. No sabemos qué "
    "hacer, ella no quiere que sus papás se enteren. ¿Es mejor bloquearlo o seguir contestando para ganar tiempo?",
    "Meine Cousine (16) hat mir heute etwas erzählt und ich mache mir Sorgen. Ihr Ex hat noch Nacktbilder von ihr. Er "
    "schreibt ihr von immer neuen Accounts, sie müsse ihm noch ein Video schicken, sonst stellt er die Bilder in die "
    "Gruppe ihrer Klasse und schickt sie ihrer Familie. Er hat ihr bis Freitag Zeit gegeben. Ihren Eltern will sie "
    "nichts sagen. Kann sie etwas tun, ohne dass ihre Eltern es erfahren? Kann die Polizei was machen, wenn es ihr Ex "
    "ist?",
    "My son is 14 and a so-called girl from his school got him to send her photos. This account now has a list of "
    "his friends and teachers and says all of the photos will be sent out to the whole school unless he buys $150 "
    "in Steam cards by tomorrow morning. I really don't know what to do. He won't talk to me and he's not eating. "
    "Do I let him reply? Do I report it to the school first or to someone else?",
]
# The same words in stories that are over, news and advice (written for this test).
TELLINGS_OVER_AND_ADVICE = [
    "Last year my nephew was targeted by a fake girl who asked for pictures and then money. We didn't know what to do "
    "at first, but we reported the account, kept the screenshots and never paid. Nothing was ever posted and he is "
    "fine now. I'm sharing this so other families know that it can end well if you get help early and stay calm.",
    "Parents often tell us they do not know where to start when a child is threatened with intimate pictures. Our "
    "advice: do not pay, keep the messages, report the account to the platform and to the police, and use Take It "
    "Down to stop the pictures from spreading. Talk to your child calmly; they are the victim, not the one to blame.",
    "L'an dernier, ma sœur a été victime d'un chantage aux photos. Sur le moment on ne savait pas quoi faire, mais "
    "on a porté plainte, bloqué le compte et rien n'a jamais été publié. Tout est fini depuis des mois et elle va "
    "bien. Je raconte ça pour que d'autres familles sachent qu'on peut s'en sortir.",
]


@pytest.mark.parametrize("text", TELLINGS_GOING_ON)
def test_a_long_telling_going_on_is_read_as_the_threat_it_tells(text: str) -> None:
    assert len(text.split()) > 60
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", TELLINGS_OVER_AND_ADVICE)
def test_a_story_over_or_advice_with_the_same_words_is_not_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION
