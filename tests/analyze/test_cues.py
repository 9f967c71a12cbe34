"""Threat words in languages the rules do not read (cues.py), and what triage does with them.

Each threat names pictures or a video, sending them to people or holding them, and a condition, a time or money;
each look-alike lacks one of these, or is a warning, a joke or a homework photo. All written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.cues import FAMILIES, cue_families, reading, reads_as_threat
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import analyze_text


def _reads(text: str) -> bool:
    return reads_as_threat(cue_families(normalize(text).text, text))


THREATS = [
    ("tr", "Fotoğraflarını okulun grubuna atarım, yarına kadar 3000 lira göndermezsen."),
    ("id", "Kalau tidak transfer 2 juta hari ini, video kamu aku sebar ke keluarga dan teman kantor."),
    ("tl", "Kung hindi ka magbabayad sa GCash mamaya, ikakalat ko ang video mo sa pamilya mo."),
    ("sw", "Usipotuma pesa leo, nitasambaza picha zako kwa familia yako yote."),
    ("pl", "Jeśli nie zapłacisz 500 zł do jutra, wyślę twoje zdjęcia rodzinie i znajomym."),
    ("ro", "Dacă nu trimiți 300 de lei azi, trimit pozele tale la toată familia."),
    ("hi", "Kal tak 5000 paytm kar warna teri video ghar walon ko bhej dunga."),
    ("hi", "अगर आज पैसे नहीं भेजे तो तुम्हारा वीडियो घरवालों को भेज दूंगा।"),
    ("ar", "إذا ما حولت ٢٠٠ دولار اليوم، بنشر الفيديو حقك لأهلك وأصحابك."),
    ("fa", "اگه تا امشب پول واریز نکنی، عکسات رو برای خانواده‌ات میفرستم وگرنه پخش میکنم."),
    ("ru", "Если не переведёшь деньги сегодня, отправлю твоё видео всем твоим друзьям и родителям."),
    ("uk", "Якщо не заплатиш до завтра, надішлю твої фото всім друзям і батькам."),
    ("el", "Αν δεν πληρώσεις σήμερα, θα στείλω τις φωτογραφίες σου σε όλους τους φίλους σου."),
    ("he", "אם לא תעביר כסף היום, אשלח את התמונות שלך למשפחה שלך."),
    ("th", "ถ้าไม่โอนเงินภายในวันนี้ จะส่งคลิปให้พ่อแม่และเพื่อนทุกคนดู"),
    ("ko", "오늘까지 돈 안 보내면 네 영상 가족이랑 친구들한테 다 뿌린다."),
    ("ja", "今日中に5万円払わないと、動画を家族と学校に送ります。"),
    ("zh", "今天不转账的话，我就把你的视频发给你的家人和同学，否则后果自负。"),
    ("vi", "Nếu không chuyển tiền trong hôm nay thì tao sẽ gửi video cho bố mẹ mày xem."),
    ("bn", "আজ টাকা না পাঠালে তোর ভিডিও পরিবারের সবাইকে পাঠিয়ে দেব।"),
    # the police forbidden is no warning ("don't report to the police")
    ("id", "Video kamu sudah aku simpan. Kirim 1 juta malam ini atau aku sebar ke grup keluarga. Jangan lapor polisi."),
    ("sw", "Nina video yako. Tuma elfu hamsini leo la sivyo nitasambaza kwa familia yako. Usiende polisi."),
    # (Banglish and Yoruba: read on the spent set 155)
    ("bn-latn", "tomar video ta amar phone e save ache. ajke 5 hajar taka bkash na korle tomar poribar ke pathabo"),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_threat_words_in_each_language_read_as_a_threat(lang: str, text: str) -> None:
    assert _reads(text), lang


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_triage_never_reassures_on_them(lang: str, text: str) -> None:
    a = analyze_text(text)
    assert a.verdict != "not_extortion", lang


LOOK_ALIKES = [
    # photos without any pressure
    ("id", "Kirim foto liburan kemarin ke grup keluarga ya, mama mau lihat."),
    ("tr", "Düğün fotoğraflarını aileye gönderdim, çok güzel olmuşlar."),
    # a warning that tells of such threats
    ("pl", "Policja ostrzega: oszuści grożą, że wyślą zdjęcia rodzinie, jeśli ofiara nie zapłaci. Nie płać."),
    ("ja", "【警察からのお知らせ】「お金を払わないと動画を家族に送る」と脅す被害が増えています。相談してください。"),
    ("ko", "[경찰청 안내] 돈을 보내지 않으면 영상을 가족에게 뿌린다고 협박하는 피해가 늘고 있습니다. 신고하세요."),
    # a parent's homework photo, a joke among friends
    ("tr", "Ödevini bitirince fotoğrafını at, yoksa bu akşam tablet yok. Annen"),
    ("hi", "bhai party ki photos bhej de warna group me tera dance video daal dunga 😂"),
    ("ru", "скинь фотки с выпускного, а то покажу маме, как ты храпишь 😂"),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_do_not_read_as_a_threat(lang: str, text: str) -> None:
    assert not _reads(text), lang


def test_the_rule_needs_pictures() -> None:
    assert not reads_as_threat(frozenset({"expose", "audience", "condition", "money", "possess"}))
    assert reads_as_threat(frozenset({"material", "expose", "condition"}))
    assert reads_as_threat(frozenset({"material", "possess", "deadline"}))
    assert not reads_as_threat(frozenset({"material", "possess", "deadline", "told"}))
    assert not reads_as_threat(frozenset({"material", "expose", "condition", "light"}))
    assert reads_as_threat(frozenset({"material", "expose", "condition", "light", "money"}))


def _flag_for(text: str) -> str:
    """The verdict the rules give a message whose threat words they read only as cues: pictures with a condition, a
    time or money and no cryptocurrency are aimed at one person (targeted); any other cue reading is unclear."""
    crypto = any(w in text.lower() for w in ("bitcoin", "btc", "биткоин", "crypto"))
    return "targeted" if _reads(text) and reading(cue_families(normalize(text).text, text)) == "pictures" \
        and not crypto else "unclear"


def test_triage_says_why() -> None:
    a = analyze_text("Usipotuma pesa leo, nitasambaza picha zako kwa familia yako yote.", use_model=False)
    assert a.verdict == "targeted"
    assert "unread_threat_words" in [s.id for s in a.signals]
    assert "nothing_found" not in [s.id for s in a.signals]
    assert any("pictures or a video" in c.text for c in a.explanation)


# Languages written in Latin letters that the detector takes for one the rules read (Greeklish for German, Arabizi for
# Spanish), and Vietnamese chat spelling ("ko thì" for "không thì", or else).
ROMANISED_THREATS = [
    # (Russian typed in Latin letters; read on the spent set 171)
    ("ru-latn", "u menya tvoi foto s vecherinki. esli ne otvetish do vechera, vse tvoi druzya ih uvidyat"),
    ("el-latn", "an den mou steileis 100 eyrw mexri apopse, tha steilw tis fwtografies sou se olous sto sxoleio"),
    ("ar-latn", "3andi el video bta3ek, law ma 7awelti 500 geneh el naharda hab3ato le ahlek"),
    ("ar-latn", "sowarak kellon ma3aya, iza ma ba3atli masari bokra bansherhom bel group"),
    ("vi", "chuyển 2 triệu tối nay, ko thì clip của m sẽ gửi cho ba mẹ m"),
    ("fa-latn", "filmet pisham. age ta emshab javab nadi mifrestam baraye khanevadat"),
    ("ro", "dacă nu-mi trimiți bani până mâine, pozele tale ajung la șefu tău"),
]
ROMANISED_LOOK_ALIKES = [
    # ("kung wala", if not, is Tagalog: "wala" alone is not the Arabizi "or else")
    ("tl", "Team, ipasa niyo yung video ng practice bago Biyernes. Kung wala, hindi kayo kasama sa laro."),
    ("el-latn", "steile mou tis fwtografies apo to party, tha tis anevasw sto group ths taksis 😂"),
    # a warning in a language the rules read names no "told" cue; the rules' own reading of it keeps it off the route
    ("pt", "Os pais devem saber: golpistas pedem fotos e ameaçam mandar para a família se a vítima não pagar. Não "
           "pague."),
]


@pytest.mark.parametrize(("lang", "text"), ROMANISED_THREATS)
def test_romanised_threat_words_are_read_whatever_language_is_guessed(lang: str, text: str) -> None:
    assert _reads(text), lang
    a = analyze_text(text, use_model=False)
    assert a.verdict == _flag_for(text), lang
    assert "unread_threat_words" in [s.id for s in a.signals]
    # (a wrongly guessed language is not named as the one the rules could not read)
    said = "This message seems to be in a language" + ("" if lang.endswith("-latn") else f" ({lang})") + " that"
    assert any(c.text.startswith(said) for c in a.explanation), lang
    assert analyze_text(text).verdict != "not_extortion", lang


@pytest.mark.parametrize(("lang", "text"), ROMANISED_LOOK_ALIKES)
def test_romanised_look_alikes_stay_not_extortion(lang: str, text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "not_extortion", lang
    assert analyze_text(text).verdict == "not_extortion", lang


def test_the_big_languages_are_left_to_their_own_rules() -> None:
    # (an English message takes this route only when it holds the cue words of a threat, which the rules read first)
    a = analyze_text("Loved the video from the wedding, sending it to the family group today!", use_model=False)
    assert a.verdict == "not_extortion"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_known_families(text: str) -> None:
    found = cue_families(normalize(text).text, text)
    assert found <= set(FAMILIES)
    assert isinstance(reads_as_threat(found), bool)


@pytest.mark.parametrize("bait", ["видео " * 20_000, "动画" * 50_000, "a" * 200_000, "ha" * 100_000])
def test_long_hostile_text_is_read_quickly(bait: str) -> None:
    import time

    start = time.perf_counter()
    cue_families(normalize(bait).text, bait)
    assert time.perf_counter() - start < 10.0


def test_the_docs_name_the_languages_the_lists_hold() -> None:
    import re
    from pathlib import Path

    from standfast.analyze import cues

    langs = {lang for table in (cues._LATIN, cues._SCRIPT) for family in table.values() for lang in family}
    docs = (Path(__file__).resolve().parents[2] / "docs" / "analyze.md").read_text(encoding="utf-8")
    m = re.search(r"listed for (\d+) languages\s+\(([^)]*)\)", docs)
    assert m is not None
    named = {w.strip().split()[0] for w in m.group(2).split(",")}
    assert int(m.group(1)) == len(langs)
    assert named == langs
    # every family is listed for every language it names
    for table in (cues._LATIN, cues._SCRIPT):
        for family in cues.FAMILIES:
            assert family in table, family


def test_the_readme_example_holds() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = "Usipotuma pesa leo, nitasambaza picha zako kwa familia yako"
    assert f'"{example}"' in readme
    assert analyze_text(example).verdict == "targeted"
    assert analyze_text(example, use_model=False).verdict == "targeted"


@pytest.mark.parametrize(("lang", "text"), THREATS[:6])
def test_no_reason_listed_contradicts_the_flag(lang: str, text: str) -> None:
    from standfast.analyze.triage import KEPT_READ, NOTHING_READ

    a = analyze_text(text)
    assert a.verdict != "not_extortion", lang
    assert not any(c.text.startswith(NOTHING_READ) or c.text.endswith(KEPT_READ) for c in a.explanation), lang
    assert "nothing_found" not in [s.id for s in a.signals]


# "You know what I have" with a time, in languages the rules do not read; asked as a question it is small talk.
VEILED_UNREAD = [
    # (Arabizi: "you know what I have. tomorrow or no tomorrow"; read on the spent set 171)
    ("ar-latn", "enta 3aref eh elly 3andi. law ma radetsh bokra, khalas"),
    # (Tagalog: what the reader sent; read on the spent set 165)
    ("tl", "Alam ko yung sinend mo sa akin nung isang linggo. Pag hindi ka nagbayad bukas, ikakalat ko sa barkada mo."),
    ("ru", "Знаешь, что у меня есть. Жду ответа до вечера."),
    ("uk", "Знаєш, що в мене є. Відповідай сьогодні."),
    ("el", "Ξέρεις τι έχω. Απάντησέ μου σήμερα."),
]
# Third persons and passive forms told by someone close (Indonesian "disebar", Arabic "إذا لم"), and Vietnamese
# "still at my place".
TOLD_FOR_SOMEONE_UNREAD = [
    ("id", "Sepupuku diancam, kalau dia nggak transfer 1 juta, fotonya bakal disebar ke grup kampus."),
    ("ar", "صديقتي يهددها شخص بنشر صورها لعائلتها إذا لم ترسل له المال اليوم."),
    ("vi", "ảnh của m vẫn còn ở chỗ t, tối nay không chuyển tiền thì cả lớp xem"),
]


@pytest.mark.parametrize(("lang", "text"), VEILED_UNREAD + TOLD_FOR_SOMEONE_UNREAD)
def test_held_things_left_unsaid_or_told_for_someone_are_never_reassuring(lang: str, text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == _flag_for(text), lang
    assert "unread_threat_words" in [s.id for s in a.signals]
    assert analyze_text(text).verdict != "not_extortion", lang


def test_you_know_what_i_have_asked_is_small_talk() -> None:
    text = "Знаешь, что у меня есть? Новый кот! Приходи сегодня"
    assert "veiled" not in cue_families(normalize(text).text, text)
    assert analyze_text(text).verdict == "not_extortion"


def test_harm_in_yoruba_is_read() -> None:
    # (read on the spent set 155: "if you do not pay our money by Sunday, we will come to your house")
    text = "Bi o ko ba san owo wa ni ojo Aiku, a o wa si ile re pelu awon omo wa."
    assert reading(cue_families(normalize(text).text, text)) == "harm"
    assert analyze_text(text).verdict != "not_extortion"


# Long messages in a language the rules do not read (read on the spent sets 160-163): pictures held with teeth are
# read after the model's parts; the police forbidden or a warning in the writer's own voice is no warner's word.
LONG_RU_THREAT = (
    "Лена, можешь не отвечать, я всё равно напишу. " + "Я долго думал, что делать дальше, и решил сказать прямо. " * 8
    + "У меня остались все твои фото и видео, которые ты мне присылала. Если до пятницы ты не ответишь мне и не "
    "встретишься со мной, их увидят твои родители и твой новый парень. Я предупреждаю тебя один раз.")
LONG_ID_FAMILY = (
    "Halo semua! " + "Terima kasih sudah datang ke arisan kemarin, acaranya seru sekali. " * 10
    + "Foto dan video acara sudah Tante upload ke grup keluarga ya. Kalau mau cetak, transfer Rp 20.000 ke Tante "
    "paling lambat hari Jumat. Jangan lupa bawa kue untuk minggu depan.")


def test_a_long_threat_in_an_unread_language_is_read_by_pictures_held() -> None:
    assert len(LONG_RU_THREAT.split()) > 120
    a = analyze_text(LONG_RU_THREAT, use_model=False)
    assert a.verdict == _flag_for(LONG_RU_THREAT)
    assert "unread_threat_words" in [s.id for s in a.signals]


def test_a_long_family_message_naming_photos_and_money_is_not_read_as_one() -> None:
    assert len(LONG_ID_FAMILY.split()) > 120
    assert analyze_text(LONG_ID_FAMILY, use_model=False).verdict == "not_extortion"


@pytest.mark.parametrize("text", [
    "Videon bende. Cuma akşamına kadar parayı göndermezsen ailen görür. Polise de gitme.",
    "У меня есть твоё видео. Если не заплатишь до вечера, отправлю его твоим родителям. Я предупреждаю тебя.",
])
def test_the_police_forbidden_or_a_warning_in_the_first_person_is_no_warner(text: str) -> None:
    assert "told" not in cue_families(normalize(text).text, text)


def test_a_visit_home_in_tagalog_is_harm() -> None:
    text = "magbayad ka na bukas kung ayaw mong puntahan ka namin sa bahay niyo"
    assert reading(cue_families(normalize(text).text, text)) == "harm"


@pytest.mark.parametrize("text", [
    "Kalau tidak transfer 2 juta malam ini, video kamu aku sebar ke keluarga. no phone for you",
    "Usipotuma pesa leo, nitasambaza picha zako kwa familia. no wifi tonight",
])
def test_a_sanctions_words_beside_threat_words_do_not_clear_them(text: str) -> None:
    # (the rules read "no phone", "no wifi" as a parent's sanction; in a language they do not read, the threat words
    # beside it still send the message to the unread-language check)
    a = analyze_text(text, use_model=False)
    assert a.verdict == _flag_for(text)
    assert "unread_threat_words" in [s.id for s in a.signals]


def test_the_police_named_as_a_threat_not_to_make_is_no_warner() -> None:
    # (read on the spent set 170: "Nu mă amenința cu avocați sau cu poliția")
    text = "Am păstrat pozele. Dacă nu trimiți banii până vineri, le trimit familiei. Nu mă amenința cu poliția."
    assert "told" not in cue_families(normalize(text).text, text)


def test_harm_to_the_readers_car_in_czech_is_read() -> None:
    text = "Zaplať do neděle, jinak ti rozbijeme auto."
    assert reading(cue_families(normalize(text).text, text)) == "harm"
