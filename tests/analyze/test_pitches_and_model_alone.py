"""Investment pitches and resold tickets read as what they are, and the model naming a kind where the rules are silent.

Messages written for this test (not taken from the held-out sets). The model-alone tests build the learned opinion by
hand (``LearnedScore``), so they check the rule that turns a sure opinion into a kind, whatever the shipped head rates.
"""

from __future__ import annotations

import pytest
from tests.analyze.hand_opinion import apply_model

from standfast.analyze import triage

PITCHES = [
    "Double your crypto in 3 days!! Put in 0.05 BTC, get 0.1 back. Only 20 spots, closes at midnight",
    "invest 300 today and in two weeks you'll have 900, my mentor handles everything. spots run out tonight",
    "DUPLICA TU DINERO en 72h 💸 mínimo 100 USDT, cupos hasta el domingo. escríbeme",
    "mano, entra nessa: você manda 300 no pix hoje e sexta eu te devolvo o dobro, é garantido",
    "Verdopple dein Geld in 10 Tagen! Investiere 250 € und erhalte 500 €. Nur bis Freitag.",
    "Doublez votre argent en une semaine : investissez 200 € et recevez 400 €. Offre valable jusqu'à lundi.",
    "Raddoppia i tuoi risparmi in un mese, investi 500 euro e ricevi 1000. Ultimi posti fino a stasera!",
    "Verdubbel je geld binnen 7 dagen. Minimaal 100 euro, alleen vandaag nog!",
    "bro my cousin does forex, you send 1k and he sends 2k back next friday, no risk",
]


@pytest.mark.parametrize("text", PITCHES)
def test_an_investment_pitch_is_no_extortion(text: str) -> None:
    a = triage.analyze_text(text, use_model=False)
    assert a.verdict == triage.Verdict.NOT_EXTORTION, a.explanation
    assert any(c.text == triage.PITCH_READ for c in a.explanation)


@pytest.mark.parametrize("text", PITCHES[:3])
def test_the_model_does_not_overrule_a_pitch(text: str, model_ready: None) -> None:
    # (a settled reading: the head rates such pitches high, and no labelled threat reads as one)
    assert triage.analyze_text(text).verdict == triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # a pitch's words beside a threat stay a threat
    "double your money? no. you send 500 in btc by tonight or your nudes go to all your followers",
    "invest 200 and receive 400, or else the video I have of you goes to your wife",
    "Investi 300€ e ricevi 600€. Se non paghi entro stasera mando le tue foto a tutta la famiglia.",
])
def test_a_threat_with_a_pitchs_words_stays_flagged(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "selling 2 floor tickets for saturday, $80 each. venmo first then i transfer in the app. "
    "no answer by 5 and they go to the next person",
    "Vendo 2 entradas para el sábado, 60€ cada una, bizum y te las paso por la app. Si no contestas hoy se las "
    "doy al siguiente.",
])
def test_a_ticket_resale_with_a_time_is_a_sale(text: str) -> None:
    a = triage.analyze_text(text, use_model=False)
    assert a.verdict == triage.Verdict.NOT_EXTORTION, a.explanation


@pytest.mark.parametrize("text", [
    "Du willst nicht zahlen? Dann bekommt deine ganze Familie heute Abend die Videos.",
    "saw your brother followed me back 🙂 maybe we talk before he finds something he shouldn't",
])
def test_late_receivers_and_things_not_to_be_seen_are_threats(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", ["Lock your phone before the kids see something they shouldn't.",
                                  "Double-check the guest list before anyone sees the seating plan."])
def test_advice_about_what_not_to_see_is_no_threat(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


# ---- the model names a kind where the rules found no sign at all

def _alone(text: str, kind: str, p: float, kind_p: float | None = None) -> tuple[triage.Verdict, list[str], list[str]]:
    named, signals, why = apply_model(text, triage.Verdict.NOT_EXTORTION, kind, p, signs=False,
                                      flag_at=triage.MODEL_FLAG_ALONE, kind_p=kind_p)
    return named, signals, [c.text for c in why]


# Quiet threats in which the rules read nothing (no threat word, nothing held, no demand with a time).
QUIET = ["u know what i mean. tonight.", "Think about Sunday lunch with your parents. Answer me."]


@pytest.mark.parametrize("text", QUIET)
def test_an_all_but_certain_model_names_the_kind_alone(text: str) -> None:
    named, signals, why = _alone(text, "targeted", 0.995)
    assert named == triage.Verdict.TARGETED
    assert "model_flag" in signals
    assert any("though the rules found no sign of it" in t for t in why), why
    assert why[-1].startswith("It reads it as targeted")


@pytest.mark.parametrize("text", QUIET)
def test_below_the_bar_the_model_alone_leaves_it_unclear(text: str) -> None:
    # (flagged, but below both bars: the extortion's and the kind's)
    named, _, why = _alone(text, "targeted", triage.MODEL_KIND_NO_SIGNS - 0.01, triage.MODEL_KIND_NO_SIGNS_KIND - 0.02)
    assert named == triage.Verdict.UNCLEAR
    assert why[-1].endswith("treat it as unclear")


@pytest.mark.parametrize("text", QUIET)
def test_the_kinds_own_certainty_names_it_where_no_sign_was_read(text: str) -> None:
    named, _, why = _alone(text, "targeted", triage.MODEL_KIND_NO_SIGNS_KIND + 0.01)
    assert named == triage.Verdict.TARGETED
    assert why[-1].startswith("It reads it as targeted")


def test_the_model_alone_never_names_the_bulk_email() -> None:
    named, _, _ = _alone(QUIET[0], "mass_scam", 0.999)
    assert named == triage.Verdict.UNCLEAR


def test_the_model_alone_never_names_other_extortion_over_sexual_words() -> None:
    named, _, _ = _alone("that night. the nudes. you remember.", "other_extortion", 0.999)
    assert named != triage.Verdict.OTHER_EXTORTION


def test_the_model_alone_names_nothing_for_a_buyer() -> None:
    named, _, _ = _alone("I'll pay you tonight, promise. tell me when", "targeted", 0.999)
    assert named == triage.Verdict.UNCLEAR


# ---- more pictures asked in chat words, and "you know what I have" in chat spelling

@pytest.mark.parametrize("text", [
    "send me 2 more like the ones from friday or i post the ones i have for all your followers",
    "send me three more like those by tonight or i send the ones i already have to your bf",
])
def test_more_like_the_last_ones_is_a_demand_for_pictures(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.TARGETED


def test_more_money_is_no_demand_for_pictures() -> None:
    a = triage.analyze_text("send more money or i tell your wife everything", use_model=False)
    assert a.verdict == triage.Verdict.OTHER_EXTORTION
    assert "asks_more_images" not in {s.id for s in a.signals}


@pytest.mark.parametrize("text", [
    "domingo 22h. tu sabes lo q tengo", "vc sabe o q eu tenho. 20h.",
    "midnight. you know what's saved on my phone. don't make me use it",
])
def test_what_i_have_left_unsaid_in_chat_spelling(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", ["amor vc sabe oq eu tenho pra vc hoje 😏 chega logo",
                                  "vc sabe o que eu tenho pra voce? um presente 🎁"])
def test_what_i_have_for_you_is_a_gift(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "I'm a foster carer. A man is threatening the boy in my care: he has a video of him and says it goes to his "
    "school unless he sends more. It's still happening. Where do I report it?",
    "I am a social worker. A girl I look after told me a man has her photos and wants money by Friday or he posts "
    "them for her school to see. He is still messaging her. What should we do?",
])
def test_a_carer_telling_of_a_threat_going_on_is_a_threat(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "miss u already 😏 send me one of that dress tonight or I'm gonna have to come round and see it myself",
    "stuur me een foto van je nieuwe kapsel, anders kom ik je zelf halen hoor 😘",
    "me manda uma foto com o vestido novo, senão vou ter que ir aí te ver pessoalmente 😍",
])
def test_a_visit_to_see_it_in_person_is_a_flirts_consequence(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


def test_a_visit_beside_pictures_held_stays_a_threat() -> None:
    text = "send the video by tonight or i'll come over and see you myself and show your dad what i have"
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


# ---- what becomes of the pictures left unsaid, no choice left, and a firm addressed in the plural

@pytest.mark.parametrize("text", [
    "be at the station at 6. if you're not there you know what happens to the pics",
    "Mañana a las 8 en mi casa. Si no apareces ya sabes lo que pasa con tus fotos.",
    "Rispondi stasera, altrimenti sai che fine fanno quei video.",
    "Komm heute vorbei, sonst weißt du, was mit deinen Bildern passiert.",
    "Je garde tout ce que tu m'as envoyé. Reviens, tu me laisses pas le choix, sinon ta famille verra tout.",
])
def test_the_fate_of_the_pictures_left_unsaid_is_a_threat(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", ["you know what happens to the photos after the wedding? the album takes 6 weeks",
                                  "Sinceramente non mi lasci scelta: stasera pizza 🍕"])
def test_their_everyday_kin_are_not(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


def test_a_shop_addressed_in_the_plural_is_read() -> None:
    text = ("Hola. Esta mañana vuestra web estuvo caída una hora: fuimos nosotros. Si no queréis que pase toda la "
            "semana, pagáis 0,1 BTC antes del viernes. Si no pagáis, el ataque vuelve el sábado y no para. "
            "No contestéis a este correo, solo miramos la cartera. " * 2)
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Sono un'insegnante. Un ragazzo minaccia di pubblicare le foto intime di una mia alunna nel gruppo della scuola se "
    "lei non gli manda altri video. Continua a scriverle ogni sera. Come procedo?",
    "sou avó de uma menina de 13 anos. um rapaz tem fotos dela e diz que manda pro grupo da escola se ela não mandar "
    "um vídeo. continua mandando mensagem, o que fazemos?",
])
def test_a_teacher_or_a_grandparent_telling_of_a_threat_going_on(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


def test_hinglish_ill_show_it_to_papa_is_an_exposure() -> None:
    assert triage.analyze_text("kal subah tak 3000 bhej warna mummy ko dikhaunga",
                               use_model=False).verdict != triage.Verdict.NOT_EXTORTION


def test_friends_holding_holiday_pictures_in_turkish_is_no_claim() -> None:
    assert triage.analyze_text("tatil fotoğrafların bende, akşam yollarım 📸",
                               use_model=False).verdict == triage.Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Ganhe até R$ 800 por dia com o nosso robô de trading. Cadastre-se hoje!",
    "Earn up to $600 a week from home with our AI trading-bot, no experience needed",
])
def test_earnings_promised_by_the_week_are_a_pitch(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


def test_driving_over_to_see_it_in_person_is_a_flirt() -> None:
    text = "pic of the new haircut please 😍 or else im coming over to see it in person"
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


def test_a_worry_that_says_no_threat_was_made_is_no_telling() -> None:
    text = ("my cousin keeps sending pics to a man from a game, he says he's 15 but idk. he hasn't threatened her or "
            "asked for money, it just feels wrong. should i tell her mum?")
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.NOT_EXTORTION


def test_a_threat_not_yet_made_to_others_is_still_told() -> None:
    text = ("my sister is being blackmailed by a guy who has her pics, he says he'll send them to her school unless "
            "she pays tonight. he hasn't threatened our parents yet. what do we do?")
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


def test_a_storage_notice_that_keeps_your_files_is_no_claim() -> None:
    text = ("Your Google Photos storage is full. We have kept your photos safe for now, but they will be deleted in 3 "
            "days unless you choose a bigger plan. [Upgrade]")
    a = triage.analyze_text(text, use_model=False)
    assert a.verdict == triage.Verdict.NOT_EXTORTION, a.explanation


def test_a_person_who_keeps_your_photos_is_still_read() -> None:
    text = "i kept all your photos from the call. 200 by tonight or your family sees them"
    assert triage.analyze_text(text, use_model=False).verdict == triage.Verdict.TARGETED


@pytest.mark.parametrize("text", [
    "O nos pagas 200 euros cada mes o llenamos tu perfil de reseñas de una estrella.",
    "Zahlen Sie 500 € bis Freitag, sonst gibt es 100 Ein-Sterne-Bewertungen für Ihr Hotel.",
])
def test_one_star_reviews_for_money_are_extortion(text: str) -> None:
    assert triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION


def test_a_coachs_sanction_is_no_threat() -> None:
    assert triage.analyze_text("upload ur drill video by 6 or ur benched tomorrow 😤",
                               use_model=False).verdict == triage.Verdict.NOT_EXTORTION


# ---- money demanded with a beating, told by the one it happens to or for a child

@pytest.mark.parametrize("text", [
    "Mi hija de 13 años: unas chicas le exigen 20 euros cada lunes y dicen que si no paga le van a pegar en el recreo. "
    "Le siguen escribiendo. ¿Qué hacemos?",
    "my son is 12 and some older boys are demanding £10 a week or they'll beat him up after school. it's still "
    "happening, what should we do?",
])
def test_a_parent_telling_of_money_demanded_with_a_beating_is_extortion(text: str) -> None:
    a = triage.analyze_text(text, use_model=False)
    assert a.verdict == triage.Verdict.OTHER_EXTORTION, a.explanation


def test_a_telling_of_harm_the_sentences_miss_is_named_as_told() -> None:
    text = ("Mein Sohn (13) wird seit einer Woche bedroht: wenn er nicht jeden Freitag 15 € zahlt, verprügeln sie ihn. "
            "Was sollen wir tun?")
    a = triage.analyze_text(text, use_model=False)
    assert a.verdict == triage.Verdict.OTHER_EXTORTION, a.explanation
    assert "described_harm" in {s.id for s in a.signals}


@pytest.mark.parametrize("text", [
    "what should I do if someone is demanding money and says they'll beat me up?",
    "last year some boys demanded money from my son or they'd beat him up. we went to the school, it stopped.",
])
def test_help_pages_and_stories_over_are_no_telling_of_harm(text: str) -> None:
    assert "described_harm" not in {s.id for s in triage.analyze_text(text, use_model=False).signals}


@pytest.mark.parametrize("signs", [False, True])
def test_a_worry_is_flagged_but_named_no_kind(signs: bool) -> None:
    # (a fear of what might happen is no telling of a threat: the model's flag stands, its kind does not)
    text = ("sent pics to my ex last year, we're fine, but im scared he'll share them one day. asking before anything "
            "happens")
    named, _, _ = apply_model(text, triage.Verdict.NOT_EXTORTION, "targeted", 0.999, signs=signs,
                              flag_at=triage.MODEL_FLAG_ALONE)
    assert named == triage.Verdict.UNCLEAR
