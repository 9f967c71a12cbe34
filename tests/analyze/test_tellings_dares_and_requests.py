"""Tellings whose condition is in the third person, the speaker's "or I show everyone", a pity wished on what the
reader's people would see, dares and bets with a forfeit, a photo asked by a parent or a landlord, trouble told with
nothing asked in a language the rules do not read, and the threat words of two more languages.

Every look-alike stands beside a threat in the same words, so a reading that clears too much fails here. The
wordings are this file's own (rules alone unless said).
"""

from __future__ import annotations

import pytest
from tests.analyze.readme_examples import assert_readme_examples

from standfast.analyze.triage import analyze_text


def _rules(text: str) -> str:
    return str(analyze_text(text, use_model=False).verdict)


# Someone close tells of a threat whose condition is the victim's ("si elle ne …", "if she doesn't …"), going on now.
TELLINGS_GOING_ON = [
    "Bonsoir, mon fils de 14 ans reçoit des messages depuis ce matin. Un homme dit avoir une vidéo de lui et qu'il "
    "l'enverra à toute sa classe s'il ne lui paie pas 100 euros avant ce soir. Il continue d'écrire. Que faire ?",
    "ma cousine se fait menacer par un mec depuis lundi, il dit que si elle lui envoie pas d'autres photos il poste "
    "ses nudes sur snap ce soir. je fais quoi ??",
    "Segnalazione: ragazzo 14 anni, agganciato su Instagram. L'uomo possiede un video intimo e minaccia di mandarlo ai "
    "compagni se non paga 150 euro entro stasera. Contatto ancora attivo.",
    "my sister is freaking out, a guy on insta has her pics and says if she doesnt send more tonight they go to her "
    "whole school. how do we make it stop",
    "Ma'am, ang kapatid kong 15 ay tinatakot ng isang account. May video daw siya at ipo-post niya sa FB kung hindi "
    "magbayad. Nagme-message pa rin siya. Ano ang gagawin namin?",
]

# The same shape told as over, or as news.
TELLINGS_OVER = [
    "L'an dernier, un homme a dit à ma fille qu'il enverrait ses photos à sa classe si elle ne payait pas. Nous avons "
    "porté plainte, c'est fini depuis longtemps et elle va bien.",
    "Un uomo di 40 anni è stato arrestato ieri: minacciava di pubblicare video intimi di ragazze se non pagavano. La "
    "polizia invita a denunciare.",
]


# A former partner wants the writer back, or to meet, instead of money; the writer asks for advice.
TELLINGS_COME_BACK = [
    "Ho bisogno di un consiglio. Il mio ex ha dei video intimi che avevamo girato insieme quando stavamo insieme. Da "
    "quando esco con un altro mi scrive ogni giorno. Dice che se non torno con lui entro domenica manda i video a mia "
    "sorella e al mio capo, e mi ha mandato la foto della cartella per farmi vedere che li ha ancora. Non vuole soldi, "
    "vuole che torni. Ho 30 anni, vivo da sola e non so se andare dai carabinieri peggiorerà le cose. Qualcuno ci è "
    "passato? Non dormo più e non riesco a concentrarmi al lavoro, mi sento in trappola.",
    "Necesito un consejo. Mi ex guardó unos videos privados que grabamos el verano pasado. Ahora que salgo con otra "
    "persona me escribe todos los días. Dice que si no vuelvo con él antes del domingo manda los videos a mi madre y a "
    "mi jefe, y me mandó una captura de la carpeta para que vea que los tiene. No quiere dinero, quiere que vuelva. "
    "Tengo 27 años y vivo sola. ¿Alguien pasó por esto? ¿La policía ayuda de verdad? Ya no duermo y no me atrevo "
    "a contárselo a nadie de mi familia todavía.",
    "I need advice. My ex and I split up in March after two years. Back then we filmed some private videos together, "
    "I trusted him. Things were quiet until I started seeing someone new. Now he texts me every day. He says that if I "
    "don't come back to him by Friday he will send the videos to my new partner and to my brother, and he sent me a "
    "screenshot of the folder to prove he still has them. He doesn't want money, he wants me back. I'm 29, I live "
    "alone and I don't know whether going to the police will make him do it sooner. Has anyone been through this?",
    "Preciso de um conselho. Meu ex guardou fotos íntimas minhas de quando namorávamos. Agora que estou com outra "
    "pessoa, ele diz que se eu não encontrar com ele no sábado manda as fotos para o meu pai e para o meu namorado. "
    "Ele não pede dinheiro. Tenho medo de ir e medo de não ir. Já guardei os prints de tudo. Alguém passou por isso e "
    "sabe se a polícia ajuda nesses casos? Ele escreve todo dia e eu não durmo mais. Ninguém da minha família sabe "
    "ainda e eu não sei como contar para eles sem morrer de vergonha.",
]
# The same words told as over.
TELLINGS_COME_BACK_OVER = [
    "Two years ago my ex said that if I didn't come back to him he would send our videos to my brother. I went to "
    "the police, he was convicted last spring and it is over. I'm writing this so others know it can end well.",
]


@pytest.mark.parametrize("text", TELLINGS_COME_BACK)
def test_a_telling_whose_price_is_to_come_back_or_meet_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", TELLINGS_COME_BACK_OVER)
def test_the_same_telling_over_is_not_a_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", TELLINGS_GOING_ON)
def test_a_telling_with_the_victims_condition_going_on_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


def test_a_telling_going_on_names_its_kind() -> None:
    assert _rules(TELLINGS_GOING_ON[0]) == "targeted"
    assert _rules(TELLINGS_GOING_ON[3]) == "targeted"


@pytest.mark.parametrize("text", TELLINGS_OVER)
def test_a_telling_over_or_news_is_not_a_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


# The speaker shows something to people after an "or", with no picture named in that clause.
@pytest.mark.parametrize("text", [
    "you're meeting me friday or i show everyone",
    "still got them from last summer 😏 ur picking up tonight or i show jake and everyone",
    "call me back in 10 min or i show ur dad",
])
def test_or_i_show_everyone_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "come to the party or i show everyone how good my dance moves are 💃 lol",
    "i show everyone my new haircut tomorrow, or maybe friday",
])
def test_showing_ones_own_things_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


# A pity wished on what the reader's people would see ("this"), without laughter.
@pytest.mark.parametrize("text", [
    "seria uma pena se a turma toda visse isso 🙃",
    "it would be a real shame if your mum saw this",
])
def test_a_pity_if_the_readers_people_saw_this_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "seria uma pena se a chuva estragasse a festa da galera",
    "would be a shame if your mom saw this haha she'd never let you go to the gig 😂",
])
def test_a_pity_laughed_at_or_about_the_weather_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


# A dare or a bet named as such, whose forfeit is a treat.
DARES = [
    "dare: change ur bio to 'i love broccoli' for a day or u buy the squad maccies 🍔",
    "reto: mañana vienes con calcetines de colores o pagas tú las palomitas",
    "aposta: se o teu time perder hoje tu me paga um açaí",
    "bet you can't finish the book by sunday, if not you owe me a coffee",
    "chi non manda la foto del tramonto nel gruppo entro stasera paga da bere a tutti",
]
DARE_THREATS = [
    "dare: send me a nude tonight or i post ur pics on ur story",
    "reto: me mandas 50 euros hoy o tu video va al grupo de clase",
]


@pytest.mark.parametrize("text", DARES)
def test_a_dare_or_bet_with_a_treat_is_a_game(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", DARE_THREATS)
def test_a_threat_called_a_dare_stays_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A photo asked by a parent or a landlord, with a sanction or a bill beside it.
REQUESTS = [
    "Dad: if I don't get a photo of the dishes done by 7 the wifi goes off. Serious.",
    "pošli mi fotku izby, inak dnes žiadny mobil. mama",
    "Guten Tag Frau Braun, die Abrechnung über 88,20 € ist bis zum 30. fällig. Schicken Sie mir bitte noch ein Foto "
    "vom Wasserzähler, dann kann ich sie abschließen.",
]
REQUEST_THREATS = [
    "send me a photo of you in your room by 7 or i post the other ones in the class chat",
    "Schicken Sie mir bis morgen 300 €, sonst schicke ich das Foto an Ihre Frau.",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_photo_asked_beside_a_sanction_or_a_bill_is_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", REQUEST_THREATS)
def test_a_photo_asked_beside_an_exposure_stays_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A help page that names someone to tell, joined by "or": advice, not a condition.
def test_advice_to_tell_a_trusted_adult_or_a_helpline_is_not_a_threat() -> None:
    text = ("On te fait du chantage avec une vidéo ? Ne paie rien, garde les messages et parles-en à un adulte de "
            "confiance ou à une ligne d'écoute.")
    assert _rules(text) == "not_extortion"


# Trouble told with "nobody asks for anything", in languages the rules do not read: read before the model.
UNSAID = [
    "Chłopaki z klasy wrzucili zdjęcie mojego syna z basenu na grupę i się śmieją. Nikt niczego od niego nie chce. "
    "Jak mam z nim porozmawiać?",
    "Mấy bạn trong lớp đăng ảnh xấu của em lên nhóm để trêu. Không ai đòi gì cả. Em có nên kể với cô không?",
    "친구들이 제 사진을 단톡방에 올려서 창피해요. 뭘 달라고 하는 건 아닌데 기분이 나빠요.",
]


@pytest.mark.parametrize("text", UNSAID)
def test_trouble_told_with_nothing_asked_is_read_before_the_model(text: str) -> None:
    assert analyze_text(text).verdict == "not_extortion"


@pytest.mark.parametrize("text", [
    # the same words beside money and a time: the condition and the sum stand against the reading
    "Nikt niczego od niego nie chce, ale ktoś napisał: zapłać 500 zł do jutra albo wyślę zdjęcia.",
    "Không ai đòi gì cả, nhưng hôm nay nó nhắn: chuyển 2 triệu trước tối nay không thì tao gửi ảnh cho cả lớp.",
])
def test_a_threat_beside_nothing_asked_stays_flagged(text: str) -> None:
    assert analyze_text(text).verdict != "not_extortion"


# Threat words of Tamil in Latin letters and of Hausa.
@pytest.mark.parametrize("text", [
    "un video en kitta irukku 😈 panam anupala na un amma kitta podaren",
    "ka biya naira dubu hamsin yau ko mu kona gidanka",
])
def test_tamil_and_hausa_threat_words(text: str) -> None:
    assert _rules(text) != "not_extortion"


# Formal letters that name a recording and a payment in the third person, in languages read by their words.
@pytest.mark.parametrize("text", [
    "Szanowny Panie, nagranie z rozmowy kwalifikacyjnej zostało zachowane. Jeśli do środy nie wpłaci Pan 900 zł, "
    "nagranie trafi do Pana obecnego szefa.",
    "Stimate domn, înregistrarea video de la interviu va fi trimisă angajatorului dumneavoastră dacă taxa de 800 lei "
    "nu este achitată până luni.",
    "Sayın aday, görüşme sırasındaki video kayıtları, cuma gününe kadar 5.000 TL ödenmezse ailenize iletilecektir.",
    "trimite-mi încă un video până la 9 sau o pun pe grupul școlii",
])
def test_formal_letters_in_the_third_person_are_threats(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    # a court named as where a debt goes is no audience, and a bill stays a bill
    "Spółdzielnia pisze, że jeśli nie zapłacę czynszu do 15-go, sprawa trafi do sądu. Czy mogę prosić o raty?",
    # homework asked by a parent, in Malay and Polish
    "hantar gambar kerja rumah dulu, kalau tak takde phone malam ni. ibu",
    "Wyślij mi zdjęcie odrobionego polskiego do 18, inaczej konsola idzie do szafy. Tata",
])
def test_a_debt_or_homework_in_words_read_by_cue_is_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "Ukuba awundithumeleli imali namhlanje, ividiyo yakho iza kubonwa ngumfazi wakho.",
    "ty zh ne hochesh shob tvoi batkam pobachyly ti foto? ignor = rozsylka o 22:00",
    "Эртең кечке чейин. Менде эмне бар экенин билесиң.",
    "Karunya mun kolot anjeun ningali poto ieu... anjeun terang nu mana. bales samemeh peuting",
    "Muuqaalkii waa la duubay. 100 doolar soo dir maanta ama waxaan u dirayaa xaaskaaga.",
])
def test_threat_words_of_more_languages(text: str) -> None:
    assert _rules(text) != "not_extortion"


# A parent's or a coach's sanction for a photo or a clip not sent.
@pytest.mark.parametrize("text", [
    "Wenn du mir bis 20 Uhr kein Foto vom aufgeräumten Zimmer schickst, gibt's heute kein Fortnite. Mama",
    "Pessoal, quem não mandar o vídeo do aquecimento até sexta não joga sábado. Prof. Lúcia",
])
def test_a_sanction_for_a_photo_not_sent_is_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_a_clubs_opt_out_is_no_threat_and_a_price_to_take_down_is_one() -> None:
    notice = ("Subs are due by Friday. Match photos are on the club Instagram; if you don't want your child's photo "
              "up, tell the coach and we'll take it down.")
    assert _rules(notice) == "not_extortion"
    threat = "If you don't want your nudes shared with your wife, pay 500 by Friday and then we'll take them down."
    assert _rules(threat) != "not_extortion"


def test_pictures_asked_beside_a_silly_secret_are_a_joke() -> None:
    assert _rules("send me the pics from the wedding or i'm telling everyone you cried at the end of Titanic 😤") \
        == "not_extortion"
    assert _rules("send me the pics or i'm telling everyone you cried at Titanic and sending them ur nudes") \
        != "not_extortion"


@pytest.mark.parametrize("rent", [
    "Hi Sam, the rent is a week late. Please transfer the £800 by Monday or I'll have to issue a formal notice.",
    "Hallo Herr Demir, die Miete für März ist noch offen. Bitte überweisen Sie die 720 € bis Freitag.",
])
def test_a_photo_asked_beside_rent_adds_no_threat(rent: str) -> None:
    asked = {"Hi": " Could you also send me a photo of the broken window?",
             "Ha": " Schicken Sie mir bitte auch ein Foto vom Stromzähler."}[rent[:2]]
    assert _rules(rent + asked) == _rules(rent) == "not_extortion"


def test_a_secret_told_to_the_boss_for_money_is_extortion_told() -> None:
    text = ("Mi excompañero me escribe que si no le pago 500 euros le cuenta a mi jefe lo de mi baja. Me da hasta el "
            "viernes.")
    assert _rules(text) == "other_extortion"


def test_either_you_send_me_in_a_chat_with_laughter_stays_a_threat() -> None:
    text = ("[chat] Leo: jaja buena partida / Leo: te acuerdas de las fotos que me mandaste? / Leo: o me mandas 2 más "
            "esta noche o las subo al grupo de clase")
    assert _rules(text) != "not_extortion"


def test_a_worry_with_nothing_found_is_read_before_the_model() -> None:
    text = ("Ich habe meiner Ex vor zwei Jahren Bilder geschickt. Sie hat nie gedroht, aber ich habe Angst, dass sie "
            "die noch hat. Was kann ich tun?")
    assert analyze_text(text).verdict == "not_extortion"


def test_a_warning_in_an_unread_language_is_read_before_the_model_but_not_beside_a_sum_and_a_time() -> None:
    warning = ("Ndị uwe ojii na-adọ aka na ntị: ndị aghụghọ na-arịọ foto nzuzo wee rịọ ego. Akwụla ụgwọ, kọọrọ ndị "
               "uwe ojii.")
    assert analyze_text(warning).verdict == "not_extortion"
    threat = ("Wiem, że nie płacisz podatku od najmu. Jeśli nie chcesz zgłoszenia do urzędu skarbowego, przelej "
              "2000 zł do jutra.")
    assert analyze_text(threat).verdict != "not_extortion"


def test_the_readme_examples_hold() -> None:
    assert_readme_examples({
        "my sister is freaking out, a guy on insta has her pics and says if she doesnt send more tonight they go to "
        "her whole school. how do we make it stop": "targeted",
        "dare: change ur bio to 'i love broccoli' for a day or u buy the squad maccies 🍔": "not_extortion",
        "dare: send me a nude tonight or i post ur pics on ur story": "targeted",
    })


@pytest.mark.parametrize("text", [
    "por qué le diste like a todas las fotos de ese? contéstame ya",
    "o kız kim? neden her fotoğrafını beğeniyorsun? cevap ver",
    "give back my charger by tmrw or i'm showing everyone ur insta memories from year 7 🤣 (the braces ones)",
    "Reminder from Coach K: send me a pic of your medical form by Thursday or you're not on the bus Saturday.",
    "Hi Jo, the rent is overdue. If I don't receive the £700 by Monday I'll have to start the formal process. I also "
    "need photos of the leak under the sink, can you send them today?",
])
def test_jealousy_old_memories_and_requests_are_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    # the same shapes with something held and shown to people for money
    "give me 200 by tmrw or i'm showing everyone ur nudes from year 11",
    "send me a pic of you in the shower by Thursday or your dad sees the other ones",
])
def test_the_same_shapes_with_intimate_pictures_stay_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


def test_a_turkish_telling_in_chat_spelling_is_read() -> None:
    text = "kardesim 16 yasinda biri videosunu sinif grubuna atcagini soyluyo yarin para istiyo ne yapcaz"
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "بعتت صور لواحد وما رد علي من أسبوع، خايفة ينشرها. ما هددني بشي. شو لازم أعمل؟",
    "もう会わない方がいいと思う。写真は全部消したから安心してね。",
])
def test_a_worry_or_a_deletion_said_is_read_before_the_model(text: str) -> None:
    assert analyze_text(text).verdict == "not_extortion"


def test_a_chinese_sum_is_read_after_its_digits_and_not_in_japanese_words() -> None:
    from standfast.analyze.cues import cue_families
    from standfast.analyze.normalize import normalize

    def families(text: str) -> frozenset[str]:
        return cue_families(normalize(text).text, text)

    assert "money" in families("今天给我转5000元，不然视频发给你家人")
    assert "money" not in families("元気でね。また会おう")


@pytest.mark.parametrize("text", [
    "Ich werde gerade erpresst. Jemand droht, das Video an meine Frau zu schicken, wenn ich nicht 300 Euro in "
    "Gutscheinen schicke. Er schreibt mir seit einer Stunde. Was soll ich tun?",
    "Beratungsnotiz: Anruferin, 16. Seit gestern Erpressung nach Videochat. Täter droht mit Veröffentlichung an die "
    "Klasse, fordert 100 € per Paysafecard. Letzte Drohung vor 10 Min.",
    "Mio figlio ha 15 anni. Una ragazza conosciuta online ora pretende altre foto, altrimenti manda quella che ha ai "
    "suoi compagni. Sta succedendo adesso. Cosa faccio?",
    "mándame más o estas las subo. y rápido",
    "[print] / Bia: lembra da foto? / Bia: apago depois que vc mandar 100 no pix. senão vai pro grupo do time",
])
def test_tellings_and_short_threats_read_this_evening(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "oi u still owe me £5 for the chips. pay me by monday or im telling everyone ur the reason we were late 😤 jk",
    "isso é golpe? recebi sms dizendo que minhas fotos vão ser apagadas se eu não pagar o armazenamento",
    "send me more info or I'll call you tomorrow",
])
def test_small_debts_storage_phishing_and_more_info_are_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"


# A household mishap told to a parent is a sibling's joke, whatever small thing is asked; a parent told of pictures or
# asked for with a real sum is not.
@pytest.mark.parametrize("text", [
    "pay me the 8 quid back or i'm telling dad who scratched his car 😤",
    "give me 3 dollars or i tell mom you finished the ice cream 🤫",
    "lend me your hoodie or I'm telling mum that you broke the lamp. you have till tea",
    "pay me back 10 or i tell dad who dented the car lol",
    "Gib mir mein Ladekabel zurück, sonst sag ich Mama, wer die Fernbedienung kaputt gemacht hat.",
    "devuélveme la sudadera o le digo a mamá quién rompió el jarrón del salón",
    "rends-moi mon chargeur ou je dis à papa qui a cassé la lampe du salon",
    "ridammi le cuffie o dico alla mamma chi ha rotto il vaso in salotto 😤",
])
def test_a_household_mishap_told_to_a_parent_is_a_joke(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "pay me 200 tonight or i'm telling dad who scratched his car and sending him ur nudes",
    "give me 300 euros by friday or I tell your mum you sent me those pics",
])
def test_pictures_or_a_real_sum_beside_a_mishap_stay_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


# The one who sent a picture guards it with a laughing "or I'll kill you": a joke between people who trust each other.
# With money, a claim to hold pictures or people to show them to, it is no longer that.
@pytest.mark.parametrize("text", [
    "here's the mirror pic you asked for 🙈 delete it after or i'll literally kill you lol",
    "te mando la foto de la playa pero no se la enseñes a nadie o te mato jajaja",
    "hier das Foto vom Abiball, zeig das niemandem, sonst bring ich dich um 😂",
    "voilà la photo de la soirée, ne la montre à personne ou je te tue mdr",
])
def test_a_picture_guarded_with_a_laughing_hyperbole_is_a_joke(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "send me 100 on cashapp by tonight or i'll kill you lol. don't show anyone these messages",
    "i have ur pics. don't show anyone this chat or i'll kill u haha and ur class gets them",
])
def test_money_or_pictures_held_beside_the_hyperbole_stay_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"
