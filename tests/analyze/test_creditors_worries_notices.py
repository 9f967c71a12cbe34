"""A creditor's lawful step, a worry with no threat made, an account notice, and a bill that claims no break-in.

Messages written for this test (not taken from the held-out sets), read by the rules alone. Each look-alike is set
beside a threat that uses the same words, so the reading that clears it is shown to clear nothing else.
"""

from __future__ import annotations

import pytest

from standfast.analyze import triage

V = triage.Verdict


def _analysis(text: str) -> triage.Analysis:
    return triage.analyze_text(text, use_model=False)


# A landlord's or a company's reminder whose only consequence is a lawful step.
@pytest.mark.parametrize("text", [
    "Rent's ten days overdue. Pay by Monday or I'll have to start eviction proceedings, I've got the forms ready.",
    "Your balance of $86 is past due. Pay within 7 days or the account goes to a collection agency.",
    "Hey, the water bill is still unpaid. Pay it by the 20th or the supply gets cut off, don't say I didn't warn you",
    "Bitte begleichen Sie die offenen 58 € bis zum 15., sonst geben wir die Forderung an ein Inkassobüro ab.",
    "Betaal de huur vóór vrijdag, anders start ik de ontruiming. Ik heb de brief al klaarliggen.",
    "paga l'affitto entro venerdì o parte la procedura di sfratto, ho già tutto pronto",
])
def test_a_creditors_lawful_step_is_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "pay the rent you owe by friday or your nudes go to your mum, eviction or not",
    "forget the eviction. pay me 500 by tonight or my boys come round and break your legs",
    "i still have the video of you. pay by friday or the collection agency is the least of your problems, "
    "your boss gets it",
])
def test_a_threat_beside_creditor_words_is_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# The fear of a threat to come, with the other person said to have asked or said nothing.
@pytest.mark.parametrize("text", [
    "I sent a guy some pics last week. He hasn't asked me for anything, but I'm scared he'll post them. What can I do?",
    "did a video call with a girl from an app and it got explicit. she hasnt said anything weird. should i be worried?",
    "Le mandé fotos a un chico. Me da miedo que las suba, aunque no me ha pedido nada.",
])
def test_a_worry_with_nothing_asked_is_read_as_a_worry(text: str) -> None:
    analysis = _analysis(text)
    assert analysis.verdict == V.NOT_EXTORTION
    assert any(c.text == triage.WORRY_READ for c in analysis.explanation)


@pytest.mark.parametrize("text", [
    "he hasn't asked for anything yet but he says he'll post my pics tonight unless i video call him",
    "im scared he'll send my pics to my mom. he hasnt said anything since he asked for $200",
    "she hasnt said anything weird but she has my video and wants 300 by sunday, im scared she'll post it",
])
def test_a_worry_beside_a_demand_or_a_claim_is_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# An account said to be suspended unless its holder verifies it, in languages the rules do not read.
@pytest.mark.parametrize("text", [
    "Akun anda akan diblokir dalam 24 jam. Verifikasi data anda melalui tautan berikut.",
    "Ваш аккаунт будет заблокирован через 24 часа. Подтвердите данные по ссылке.",
    "Sayın müşterimiz, hesabınız askıya alınmıştır. 24 saat içinde bilgilerinizi doğrulayın.",
])
def test_an_account_notice_is_read_as_one(text: str) -> None:
    analysis = _analysis(text)
    assert analysis.verdict == V.NOT_EXTORTION
    assert any(c.text == triage.NOTICE_READ for c in analysis.explanation)


@pytest.mark.parametrize("text", [
    "Akun anda akan diblokir, dan foto bugil kamu saya sebar ke keluarga kalau tidak transfer 500rb hari ini",
    "Ваш аккаунт будет заблокирован, а твои фото увидят все твои друзья, если не переведешь 5000 до вечера",
])
def test_notice_words_beside_a_threat_are_not_cleared(text: str) -> None:
    analysis = _analysis(text)
    assert analysis.verdict != V.NOT_EXTORTION
    assert all(c.text != triage.NOTICE_READ for c in analysis.explanation)


# "Wir haben Ihre …" and "Wij hebben uw …" open ordinary letters; only a business's data names a break-in.
@pytest.mark.parametrize("text", [
    "Sehr geehrte Kundin, wir haben Ihre Zahlung von 74,50 € noch nicht erhalten. Bitte überweisen Sie den Betrag "
    "innerhalb von 14 Tagen.",
    "Beste klant, wij hebben uw bestelling ontvangen. Betaal €25 binnen 3 dagen om de levering te bevestigen.",
])
def test_an_ordinary_letter_claims_no_break_in(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Wir haben Ihre Patientendaten kopiert. Zahlen Sie 5 BTC bis Freitag, sonst veröffentlichen wir alles.",
    "Wij hebben uw klantenbestand gekopieerd. Betaal 2 BTC binnen 5 dagen of wij publiceren alles.",
])
def test_a_business_data_theft_is_other_extortion(text: str) -> None:
    assert _analysis(text).verdict == V.OTHER_EXTORTION


# A child's sender who writes now what he will do, told by the parent.
@pytest.mark.parametrize("text", [
    "Mi hijo de 13 me enseñó el chat: un tal Leo le pidió fotos y ahora le dice que las va a subir al grupo del "
    "equipo si no le manda otra esta noche. ¿Qué hacemos?",
    "Mia figlia mi ha fatto vedere il telefono: uno sconosciuto ha le sue foto e minaccia di mandarle ai compagni se "
    "non paga 50 euro entro stasera. Cosa facciamo?",
])
def test_a_parent_tells_of_a_threat_going_on(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# A formal letter whose sending is in the passive, after its condition.
def test_a_sending_in_the_passive_after_a_condition_is_flagged() -> None:
    text = ("Offene Forderung: 400 €. Sollte die Zahlung nicht binnen 24 Stunden erfolgen, werden die Aufnahmen an "
            "Ihre Familie und Ihren Arbeitgeber weitergeleitet.")
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_a_plain_notice_in_the_passive_sends_nothing() -> None:
    text = ("Ihre Fotos werden nach Zahlung der Rechnung per Link an Sie versendet. Bitte überweisen Sie 250 € bis "
            "Freitag.")
    assert _analysis(text).verdict == V.NOT_EXTORTION


# Words of a threat in languages the rules do not read: files locked, reviews, something held left unsaid.
@pytest.mark.parametrize("text", [
    "Все ваши файлы зашифрованы. Чтобы получить дешифратор, переведите 2000 долларов в течение 48 часов.",
    "御社のファイルは暗号化されました。復号ツールが欲しければ72時間以内に連絡してください。",
    "明日からお店に低評価を毎日投稿します。止めたいなら今日中に3万円払ってください。",
    "가게에 별점 1점 리뷰를 매일 올리겠습니다. 내일까지 30만 원을 보내세요.",
    "kal shaam 6 baje tak. tumhe pata hai mere paas kya hai",
    "inti 3arfa kwayes ana 3andi eh. bokra abl el sa3a 5",
])
def test_threat_words_in_languages_the_rules_do_not_read_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_encrypted_passwords_in_a_breach_notice_are_no_ransom_note() -> None:
    text = ("Уважаемый клиент! В результате инцидента могли быть раскрыты зашифрованные пароли. Мы сбросили ваш "
            "пароль. Рекомендуем включить двухфакторную аутентификацию.")
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_something_held_left_unsaid_in_pidgin_is_flagged() -> None:
    assert _analysis("you sabi wetin i get. e dey your hand. before tomorrow night").verdict != V.NOT_EXTORTION


# A worry told in a language the rules do not read.
@pytest.mark.parametrize("text", [
    "maine usko photos bheji thi, usne kuch nahi maanga par darr lag raha hai ki kahin share na kar de",
    "aku pernah kirim foto ke dia. dia nggak minta apa-apa tapi aku takut fotonya disebar",
])
def test_a_worry_in_a_language_the_rules_do_not_read_is_read_as_one(text: str) -> None:
    analysis = _analysis(text)
    assert analysis.verdict == V.NOT_EXTORTION
    assert any(c.text == triage.WORRY_READ for c in analysis.explanation)


def test_a_worry_with_a_sum_in_a_language_the_rules_do_not_read_is_flagged() -> None:
    text = "usne kuch bola nahi par darr lag raha hai, 5000 nahi diye to pics ghar walon ko bhej dega"
    assert _analysis(text).verdict != V.NOT_EXTORTION


# A parent's sanction, the device kept or locked.
@pytest.mark.parametrize("text", [
    "phone on the counter by 10. if I find it in your room it's mine for a week. love, Mum",
    "photo of your tidy room before you touch the xbox please",
    "send me a pic of the dishes done by 8 or the switch is getting locked till sunday",
    "Als je om 9 uur niet thuis bent, verander ik het wifi-wachtwoord. Stuur even een foto als je er bent. Papa",
])
def test_a_parents_sanction_over_a_device_is_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# A bill or the rent in Turkish and Polish, read as a bill.
@pytest.mark.parametrize("text", [
    "Merhaba, kira 2 haftadır gecikmede. Cumaya kadar yatırılmazsa icra takibi başlatacağım.",
    "Przypominamy o zaległej płatności 120 zł. Brak wpłaty do piątku spowoduje przekazanie sprawy do windykacji.",
])
def test_a_bill_in_a_language_the_rules_do_not_read_is_read_as_one(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# Threats romanised or in scripts the cue lists newly read.
@pytest.mark.parametrize("text", [
    "vse tvoi fotki u menya. skin dengi do vechera ili razoshlyu roditelyam",
    "ne yeongsang jeojanghaesseo. oneul kkaji 30man won an bonaemyeon hakgyo dantok-e ollilge",
    "ni de zhaopian wo hai liuzhe. mingtian zhuan 5000, buran fa gei ni jiaren",
    "ቪዲዮሽ አለኝ። ዛሬ 5000 ብር ካልላክሽ ለቤተሰብሽ እልካለሁ።",
    "รู้ใช่มั้ยว่ามีอะไรอยู่ในมือ โอนมาภายในคืนนี้ ไม่งั้นอย่าหาว่าไม่เตือน",
])
def test_romanised_and_newly_read_threats_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_a_question_to_the_police_in_japanese_is_the_writers_own() -> None:
    text = "娘が知らない人に写真を送ってしまい、「5万円払わないと家族に送る」と言われています。警察に相談すべきですか？"
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "ابنتي تستخدم الإنترنت كثيرا. ما صار شي، بس كيف أحميها من الابتزاز؟",
    "모르는 사람이랑 영상통화를 했는데 걱정돼요. 아직 아무 연락도 없어요.",
])
def test_a_worry_in_arabic_or_korean_is_read_as_one(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_a_wish_that_nothing_spoil_the_readers_people_is_veiled() -> None:
    text = "Nice pictures you sent me. Your team seems really close. I'd hate for anything to spoil that."
    assert _analysis(text).verdict != V.NOT_EXTORTION


# Someone threatens a person now over pictures, told in a language the rules do not read.
@pytest.mark.parametrize("text", [
    "abim 15 yasinda, biri onu fotograflariyla tehdit ediyor ve para istiyor. ne yapmaliyiz",
    "msaada, rafiki yangu ana miaka 15, kuna mtu anamtishia kwa picha zake. bado anaendelea",
    "моя сестра плачет, какой-то парень угрожает ей её фото. что делать?",
])
def test_a_threat_told_in_a_language_the_rules_do_not_read_is_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # a school's notice in the formal third person, a police reminder, a worry said negated
    "Sayın veliler, öğrencilere sahte hesaplardan fotoğraf istenip para talep edildiği bildirilmiştir. Lütfen "
    "çocuklarınızla konuşun.",
    "Кіберполіція нагадує: якщо незнайомець погрожує поширити ваші фото, не надсилайте гроші.",
    "أرسلت صورة لشخص والآن أنا خائفة، هو لم يهددني بشيء. ماذا أفعل؟",
    "aku pernah kirim foto ke mantan. dia ga pernah ngancem apa-apa, tapi aku takut aja.",
])
def test_a_warning_or_a_negated_threat_is_not_a_telling(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_a_worry_beside_what_the_other_person_says_is_flagged() -> None:
    text = "im so scared. nothing has happened yet but he says he'll send my pics to my mom"
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Unsere Tochter (11) bekommt ein Handy. Wie schütze ich sie vor Erpressern? Bisher ist nichts passiert.",
    "ik heb een naaktfoto gestuurd en nu ben ik bang. hij heeft niks gevraagd. wat moet ik doen?",
])
def test_a_parents_or_a_teens_worry_in_german_or_dutch_is_read_as_one(text: str) -> None:
    analysis = _analysis(text)
    assert analysis.verdict == V.NOT_EXTORTION
    assert any(c.text == triage.WORRY_READ for c in analysis.explanation)


# Harm said as what happens to the reader, and a loan shark's threat told by a friend.
@pytest.mark.parametrize("text", [
    "bring 50 tomorrow or u get jumped at the bus stop",
    "mio cugino deve soldi a uno strozzino che ora minaccia di rompergli le gambe se non paga 2000 euro entro lunedì. "
    "cosa facciamo?",
])
def test_harm_to_the_reader_or_someone_close_is_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "u know which pics. 💵 by 10pm or 👨‍👩‍👧 sees them",
    "3ndi swarak. 7awel el felos el lela aw kel el 3ayle bt shofon",
    "un video en kitta iruku. naalaiku kulla 10k anupu illana insta la poduven",
])
def test_implied_and_romanised_threats_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Q: Someone says they'll post my pictures unless I pay. What do I do?\nA: Don't pay. Save the messages and report.",
    "can i get an old picture taken down? nobody is threatening me, it was just reposted without asking",
    "Mandei uma foto pra um menino e ele sumiu. Ele não falou nada, mas tô com medo. Será que ele vai postar?",
    "beta photo bhej de homework ki 8 baje tak warna phone nahi milega",
    "Отправляю превью фотосессии. Выберите 15 кадров для ретуши до пятницы.",
])
def test_help_pages_worries_and_notices_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# A story told as over, in Turkish, Tagalog, Vietnamese and Indonesian; the same story resumed stays flagged.
@pytest.mark.parametrize("text", [
    "geçen yıl biri fotoğraflarımı yayarım dedi, engelledim ve hiçbir şey olmadı. sadece paylaşmak istedim",
    "nangyari sakin to dati, may nagbanta pero blinock ko, wala namang lumabas",
    "Năm ngoái có người dọa gửi ảnh của tôi. Tôi chặn hết và không có gì xảy ra.",
    "tahun lalu ada yang ngancam sebar foto aku. udah aku blokir dan nggak terjadi apa-apa",
])
def test_a_story_over_in_a_language_the_rules_do_not_read_is_read_as_one(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_a_story_that_resumes_is_flagged() -> None:
    text = "geçen ay biri fotoğraflarımı yayarım dedi, engelledim ama şimdi tekrar yazdı, 500 tl istiyor. ne yapmalıyım"
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "wananiambia watamdhuru mtoto wangu kama sitawatumia pesa kesho",
    "aksaye to pishe mane. ta emshab pool nariz mifrestam baraye khanevadat",
    "your sister's gonna be tagged in those pics tonight. ur call",
])
def test_more_threats_told_or_implied_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Anul trecut cineva mi-a cerut bani pentru poze. Am blocat si nu s-a intamplat nimic.",
    "W zeszłym roku ktoś groził, że wyśle zdjęcia. Zablokowałam go i nic się nie stało.",
    "Reminder from Coach Bell: film your free throws and upload by Sunday. Anyone who doesn't won't be selected for "
    "the tournament.",
    "lost the bet bro pay up the 500 vbucks or ur banned from the squad till monday",
    "He hasn't said or asked anything, but I'm scared he'll share the pic I sent. What can I do?",
])
def test_more_look_alikes_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION
