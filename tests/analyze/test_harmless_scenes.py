"""A threat over a picture the message itself calls harmless, news that never speaks to the reader, and letters
that name threats as a thing.

Written for this test after the spent held-out sets 88-91 were read: friends' jokes in the shape of a threat ("… or
I send your mum that photo of you asleep on the train with your mouth open") were called *targeted sextortion*, and a
news story that retells how victims "are told the recording will be sent to their spouse unless they pay" was too.
Rule 1 of issue 13 keeps a threat to expose flagged whoever writes it, so the jokes stay flagged, as `unclear`; what
changes is the kind, which nothing in them supports. A picture named with intimacy anywhere in the message stays
targeted. The rules alone (no model) must get these right.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.loose import INTIMATE_SCENE, SCENE, loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import SCENE_JOKE_READ, SCENE_READ, TOKEN_JOKE_READ, analyze_text
from standfast.analyze.verdicts import Verdict
from standfast.analyze.wordstart import WARM_UP

HARMLESS_SCENE_THREATS = [
    "pay me back the 10 bucks by friday or i'm posting that pic of you in the dinosaur costume on your story lol",
    "als je morgen niet die 5 euro teruggeeft stuur ik de foto van jou met je beugel naar de klassenapp 😂",
    "pay me the 5 euros tomorrow or i send the video of you falling off the skateboard to the whole group chat",
    "Lend me 20 quid till Monday or your nan gets the photo of you drooling asleep on the sofa 😇",
    "Wenn du mir bis Sonntag nicht 10 € für die Pizza gibst, poste ich das Video von dir beim Singen in die Gruppe",
    "me debes 15 pavos, si no me los das el lunes subo al grupo de clase el video tuyo llorando con Titanic",
]
INTIMATE_THREATS = [
    "I have the video of you dancing in your underwear. $300 on cashapp by tonight or your mom gets it",
    "got pics of u asleep naked. send 200 or ur whole school sees them",
    "i have ur nudes and the video of u crying on cam. pay 150 or ur dad gets everything",
    "tengo el video tuyo bailando sin ropa. 200 dólares hoy o se lo mando a tu familia",
    "ho la foto di te in costume al mare. 100 euro entro stasera o la mando a tutta la classe",  # a swimsuit
]
NEWS_WITHOUT_A_SPEAKER = [
    "Victims are contacted on social media, persuaded into a video call and then told the recording will be sent to "
    "their family unless they pay. Police urge victims not to pay and to report.",
    "Detectives say teenagers are the main targets. Offenders pose as girls, ask for intimate pictures and then "
    "demand money, threatening to send the images to the victims' followers. Parents are asked to talk to their "
    "children.",
]
# Threats named as a thing in a letter or a help page (read on the spent set 95): "threats to share images"
LETTERS_NAMING_THREATS = [
    "Dear families, some pupils have been contacted online and asked for photos. If your child gets threats to share "
    "images, please do not let them pay, keep the messages and report to the police.",
    "Estimadas familias: si su hijo recibe amenazas de publicar fotos, que no pague. Guarden los mensajes y avisen "
    "al colegio.",
]
THREATS_WITHOUT_A_SPEAKER = [
    "The recording will be sent to your family unless you pay $500 by tonight.",
    "Your pictures will be posted to all your followers unless 300 dollars is sent to this account today.",
]


def _read(text: str) -> tuple[str, list[str]]:
    result = analyze_text(text, use_model=False)
    return result.verdict.value, [c.text for c in result.explanation]


def _laughs(text: str) -> bool:
    return loose_signs(normalize(text).text, text, len(text.split())).laugh


@pytest.mark.parametrize("text", HARMLESS_SCENE_THREATS)
def test_a_threat_over_a_harmless_picture_is_never_targeted(text: str) -> None:
    verdict, reasons = _read(text)
    assert not any("targeted sextortion" in reason for reason in reasons)
    if _laughs(text):
        # (with laughter: a joke between friends or family; all 184 such labelled texts were hard negatives)
        assert (verdict, reasons) == ("not_extortion", [SCENE_JOKE_READ])
    else:
        assert verdict == "unclear"
        assert SCENE_READ in reasons


@pytest.mark.parametrize("text", [
    "if u dont answer me rn im posting the pic of u asleep in class on my story 💀💀",
    "BROOO i got the video of you falling off the skateboard, sending it to the group chat lmaooo",
])
def test_young_peoples_laughter_is_laughter(text: str) -> None:
    assert _laughs(text)
    assert _read(text) == ("not_extortion", [SCENE_JOKE_READ])


# A fall named in each big language, and a scene told a few more words after the picture (read on the spent set 140)
@pytest.mark.parametrize("text", [
    "hahaha ich hab das Video, wie du auf dem Eis ausrutschst 😂 gib mir ein Eis aus oder es landet im Klassenchat",
    "haha ik heb de foto waarop jij van je fiets valt 😂 trakteer op friet of hij gaat naar de teamapp",
    "mdr j'ai la vidéo où tu tombes dans la piscine 😂 tu me payes un kebab ou elle part sur le groupe",
    "ahahah ho il video di te che cade dalla sedia 😂 offrimi un gelato o lo mando nel gruppo",
    "jajaja tengo el video del cumple de tu abuela en el que sales cantando 😂 invítame o va al grupo",
])
def test_a_fall_or_a_scene_told_later_in_a_joke_is_read_as_a_joke(text: str) -> None:
    # (a treat as the price is a joke of its own, read first)
    assert _read(text) in (("not_extortion", [SCENE_JOKE_READ]), ("not_extortion", [TOKEN_JOKE_READ]))


def test_both_kinds_of_harmless_threat_are_among_the_examples() -> None:
    assert {_laughs(text) for text in HARMLESS_SCENE_THREATS} == {True, False}


@pytest.mark.parametrize("text", [
    "pay me 20 by friday or ur mum gets the video of u asleep on the bus 😂 also i have ur nudes, 300 or they go out",
    "lol i recorded you through your webcam, the video of you singing goes to all contacts unless 0.1 bitcoin",
])
def test_laughter_does_not_clear_a_threat_with_intimacy_or_crypto(text: str) -> None:
    assert _read(text)[0] != "not_extortion"


@pytest.mark.parametrize("text", INTIMATE_THREATS)
def test_intimacy_named_anywhere_keeps_the_threat_targeted(text: str) -> None:
    verdict, reasons = _read(text)
    assert verdict == "targeted"
    assert SCENE_READ not in reasons


@pytest.mark.parametrize("text", NEWS_WITHOUT_A_SPEAKER)
def test_news_that_never_speaks_to_the_reader_is_not_targeted(text: str) -> None:
    assert _read(text)[0] != "targeted"


@pytest.mark.parametrize("text", LETTERS_NAMING_THREATS)
def test_a_letter_that_names_threats_is_not_a_threat(text: str) -> None:
    assert _read(text)[0] == "not_extortion"


@pytest.mark.parametrize("text", THREATS_WITHOUT_A_SPEAKER)
def test_a_passive_threat_to_the_reader_stays_flagged(text: str) -> None:
    assert _read(text)[0] != "not_extortion"


def test_the_scene_is_a_picture_named_with_it_not_the_word_alone() -> None:
    # "crying" and "fell" about the reader, not a picture of them: no harmless scene
    assert not loose_signs(normalize("stop crying and pay or everyone sees the pics").text,
                           "stop crying and pay or everyone sees the pics", 9).harmless_scene
    text = "the photo of you asleep on the bus"
    assert loose_signs(normalize(text).text, text, 8).harmless_scene


def _cpu_seconds(pattern: object, text: str) -> float:
    start = time.process_time()
    pattern.search(text)  # type: ignore[attr-defined]
    return time.process_time() - start


@pytest.mark.parametrize("pattern", [SCENE, INTIMATE_SCENE])
@pytest.mark.parametrize("bait", ["photo " * 5_000, "video of you " * 2_500, "pic " + "a " * 10_000,
                                  "in the " * 5_000])
def test_the_scene_families_are_linear_on_hostile_input(pattern: object, bait: str) -> None:
    # Twice the input costs about twice the time (backtracking would cost four times or more). The bound is a ratio
    # measured in the same run, not a time: these machines are shared and their speed varies from day to day.
    # (compiled and past its warm-up before it is timed: the fast forms are built on the WARM_UP-th search, and that
    # search must not be the one measured, whatever other tests searched before)
    for _ in range(WARM_UP + 1):
        pattern.search("a long enough text to take the fast form of the search, " * 2)  # type: ignore[attr-defined]
    once, twice = _cpu_seconds(pattern, bait), _cpu_seconds(pattern, bait * 2)
    assert twice < 10.0
    assert twice <= 3.0 * once + 0.05


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["photo", "of", "you", "asleep", "costume", "naked", "or", "I", "post", "it", "pay",
                                 "20", "by", "friday", "😂", "underwear", "singing", "mum", "gets", "the", "video"]),
                max_size=30))
def test_any_mix_of_scene_words_is_read_without_error(words: list[str]) -> None:
    result = analyze_text(" ".join(words), use_model=False)
    if SCENE_READ in [c.text for c in result.explanation]:
        assert result.verdict.value == "unclear"
    if SCENE_JOKE_READ in [c.text for c in result.explanation]:
        assert result.verdict.value == "not_extortion"


@pytest.mark.parametrize("text", HARMLESS_SCENE_THREATS)
def test_with_the_model_a_harmless_picture_is_never_called_targeted(text: str, model_ready: None) -> None:
    result = analyze_text(text)
    assert result.verdict.value != "targeted"
    if not _laughs(text):
        assert result.verdict.value != "not_extortion"


LONG_JOKE_CHAT = (
    "[group: five-a-side]\n[18:01] Tom: who filmed Jonno going face first into the mud at the end\n"
    "[18:02] Jonno: delete it now\n[18:02] Tom: 10 quid and it stays in here 😂\n"
    "[18:03] Ade: pay me 20 by friday or I send your mum the video of you falling in the mud\n"
    "[18:03] Jonno: my mum was on the touchline, she filmed it too\n"
    "[18:04] Tom: fair. pub at 8? first round on whoever missed the penalty\n[18:05] Ade: that's you Tom\n"
    "[18:05] Tom: lies. anyway the video of you falling over is going in the end of season slideshow whatever\n"
    "[18:06] Jonno: fine but I'm bringing the photo of you asleep on the coach to Leeds\n"
    "[18:07] Ade: you lot are children. training Tuesday, bring the bibs, subs due by Friday, 5 each, cash or "
    "bank transfer to me. and someone tell the new lad the kick-off moved to half seven because the pitch is "
    "booked by the hockey club until then, they always overrun"
)


def test_a_harmless_scene_in_a_long_chat_is_never_targeted() -> None:
    assert len(LONG_JOKE_CHAT.split()) > 120
    result = analyze_text(LONG_JOKE_CHAT, use_model=False)
    # (laughter is read at any length: a joke chat)
    assert result.verdict == Verdict.NOT_EXTORTION
    without_laughter = LONG_JOKE_CHAT.replace(" 😂", "")
    assert analyze_text(without_laughter, use_model=False).verdict == Verdict.UNCLEAR


def test_intimacy_named_in_a_long_message_keeps_the_threat_targeted() -> None:
    text = LONG_JOKE_CHAT + ("\n[18:09] Unknown: and I still have the nudes you sent me. 300 by tonight or your wife "
                             "gets them")
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION
    assert not loose_signs(normalize(text).text, text, len(text.split())).harmless_scene


# Read on the spent sets 152-155: the same joke in Indonesian, Swahili and Polish (languages the rules do not read,
# whose scene words are listed), a game lost on camera, a voice note of singing. Intimacy named keeps them flagged.
@pytest.mark.parametrize("text", [
    "wkwk kalo besok ga traktir bakso, video kamu lagi ngorok di bus aku upload ke grup kelas",
    "hahaha jak nie oddasz mi 20 zł to wrzucę zdjęcie jak śpisz na lekcji na grupę klasową 😂",
    "😂😂 usiponirudishia elfu moja kesho, picha yako ukiwa umelala darasani naweka kwa group",
    "kkkkk me paga o lanche ou eu mando o áudio seu cantando no grupo da família",
    "хаха верни мне 300 рублей до пятницы или скину всем фото, где ты спишь на паре",
])
def test_the_joke_over_a_harmless_picture_reads_in_more_languages(text: str) -> None:
    assert _read(text) == ("not_extortion", [SCENE_JOKE_READ])


@pytest.mark.parametrize("text", [
    "wkwk bayar 500rb besok atau foto kamu pas tidur bugil aku sebar ke grup",
    "😂 usiponitumia elfu kumi leo, picha zako uchi ukiwa umelala zinaenda kwa group",
    "hahaha zapłać 200 zł do jutra albo zdjęcie jak śpisz nago idzie do twojej mamy",
    "lmao the clip where u got 0 kills goes to your mom unless you send 100 in bitcoin",
    "хаха верни 3000 рублей до пятницы или скину всем фото, где ты голая спишь",
])
def test_the_joke_in_more_languages_keeps_intimacy_and_crypto_flagged(text: str) -> None:
    assert _read(text)[0] != "not_extortion"


def test_a_game_lost_on_camera_is_a_harmless_picture() -> None:
    assert _read("lmao carry me tonight or the clip where u got 0 kills goes on my story 💀")[0] == "not_extortion"


def test_a_games_count_of_kills_is_no_harm_but_a_kill_threat_is() -> None:
    def harm(text: str) -> bool:
        return loose_signs(normalize(text).text, text, len(text.split())).harm

    assert not harm("posting the clip where u got 0 kills to the discord")
    assert not harm("that outfit is a killer, send me the pic for the group")
    assert harm("pay by tonight or i kill you")
    assert harm("my cousin kills you if you don't pay")


# A joke said in words ("just kidding", "(not serious)", "je rigole") is laughter; a joke denied is not.
@pytest.mark.parametrize("text", [
    "if u skip my party im sending ur mum the pic of you asleep on the bus. (not serious)",
    "viens samedi sinon j'envoie la vidéo de toi en train de chanter au groupe… je rigole",
])
def test_a_joke_said_in_words_is_laughter(text: str) -> None:
    assert _laughs(text)
    assert _read(text) == ("not_extortion", [SCENE_JOKE_READ])


@pytest.mark.parametrize("text", ["esto no es broma, paga o lo envío", "non sto scherzando", "geen grapje, betaal nu",
                                  "não tô brincando"])
def test_a_joke_denied_is_no_laughter(text: str) -> None:
    assert not _laughs(text)


def test_a_flirt_that_sends_the_reader_a_photo_is_not_a_threat() -> None:
    text = "trop hâte de te voir 😘 j'ai mis la robe que tu préfères, je t'envoie une photo dans 10 minutes"
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


# Read on the spent set 157: a song told in the past, a carnival costume, pictures the writer sent the reader.
def test_a_song_told_in_the_past_is_a_harmless_scene() -> None:
    text = "jajaja tengo el audio de cuando cantaste en la boda, si no me pagas la pizza lo mando al grupo 😂"
    # (the pizza paid is a forfeit's treat too: either reading clears it)
    assert _read(text) in (("not_extortion", [SCENE_JOKE_READ]), ("not_extortion", [TOKEN_JOKE_READ]))


def test_a_carnival_costume_is_a_harmless_scene_not_targeted() -> None:
    text = "se non mi ridai il caricabatterie entro sabato mando a tutti la foto di te vestito da pinguino"
    assert _read(text)[0] in ("unclear", "not_extortion")


def test_pictures_the_writer_sent_are_no_claim_to_hold() -> None:
    text = ("Hab dir die Fotos vom Ausflug geschickt 🙈 bitte nicht weiterleiten, das mit dem Sonnenbrand "
            "schon gar nicht")
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


# "singing in the shower" is a song (read on the spent sets 161, 164, 165): the harmless scene stands, so the joke is
# never targeted and clears with laughter; a video "in the shower" alone stays an intimate one.
def test_singing_in_the_shower_is_a_harmless_scene() -> None:
    assert _read("give my hoodie back by friday or i send your dad the clip of you singing in the shower")[0] \
        == "unclear"
    assert _read("give my hoodie back by friday or i send your dad the clip of you singing in the shower lol")[0] \
        == "not_extortion"
    assert _read("i have a clip of you in the shower. pay 200 by friday or your dad gets it")[0] == "targeted"


def test_a_treat_in_hinglish_is_a_treat() -> None:
    text = "bhai tera gaana wala video mere paas hai 😂 samosa khila warna class group me daal dunga"
    assert _read(text)[0] == "not_extortion"
