"""The safety net for short messages (:mod:`standfast.analyze.loose`): families of real threats that the
sentence reader alone let through as "not extortion", in our own synthetic wordings, and the everyday
messages and reports that must stay unflagged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.loose import MAX_WORDS, loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import analyze_text
from standfast.analyze.verdicts import Verdict


def _verdict(text: str) -> Verdict:
    return Verdict(analyze_text(text, use_model=False).verdict)


# Each family: a threat to expose in fragments, a possession claim with a use for it, a demand with a
# condition, harm with a demand, the bulk intrusion claim, and languages without a sentence table.
THREATS = {
    "fragment_exposure": [
        "already forwarding ur vids to your sister. shall i go on?",
        "ok. uploading the clip to your uncle's wall now",
        "one preview already sent to your dad. more coming",
    ],
    "possession": [
        "i still have every pic from last summer. you have until friday",
        "your photos? all saved on my drive. think about your classmates",
    ],
    "demand_condition": [
        "wire 250 by sunday or the recording ends up with your boss",
        "deposit 80 in my account or everyone at your gym sees the video",
        "pay me and nothing gets posted. refuse and it goes out tonight",
    ],
    "harm_demand": [
        "I know where you live. Transfer 2 BTC or expect a visit.",
        "This letter only held flour. The next time it may hold something else. Pay 0.02 BTC.",
    ],
    "intrusion": [
        "Your laptop was hacked, the webcam recorded everything. I expect bitcoin, fast.",
    ],
    "other_languages": [
        "Wyślę to nagranie twojej rodzinie, chyba że zapłacisz 500 zł.",  # Polish
        "Ipapakita ko sa pamilya mo ang video kung hindi ka magbabayad.",  # Tagalog
        "Я сохранил твое видео. Плати 300 долларов, иначе его получат твои друзья.",  # Russian
        "Mandaré el vídeo a tus padres si no pagas 100 euros hoy.",  # Spanish
    ],
}

EVERYDAY = [
    "Can you send me the pictures from the wedding? Grandpa wants to see them.",
    "I posted the holiday photos on the family group, have a look!",
    "Police warn that scammers threaten to share photos unless victims pay. Never pay, report it.",
    "A man was arrested for threatening teenagers to leak their videos if they did not pay.",
    "Reminder: the team fee is due by Friday. Bring your boots.",
]
# A person asking for help with a threat going on now gets the plan, as if they had pasted it (this one was
# in the list above until 3 December 2026, night: asking about a threat is not the same as a story of one).
ASKING_ABOUT_A_THREAT_NOW = ["Someone says she recorded me and wants 200 euros. What should I do?"]


@pytest.mark.parametrize("text", ASKING_ABOUT_A_THREAT_NOW)
def test_a_threat_against_the_writer_told_in_their_words_is_not_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [t for ts in THREATS.values() for t in ts])
def test_threat_families_are_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_messages_and_reports_stay_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_the_net_names_its_reason() -> None:
    a = analyze_text("already forwarding ur vids to your sister. shall i go on?", use_model=False)
    assert a.verdict == Verdict.UNCLEAR
    assert "loose_threat" in [s.id for s in a.signals]
    assert a.confidence <= 0.8


def test_long_texts_are_left_to_the_rules() -> None:
    filler = " ".join(["the weather was mild and the garden grew"] * (MAX_WORDS // 8 + 2))
    text = filler + " pay or I send the video to your family"
    norm = normalize(text).text
    assert not loose_signs(norm, text, len(norm.split())).short


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_reads_without_error(text: str) -> None:
    norm = normalize(text).text
    signs = loose_signs(norm, text, len(norm.split()))
    assert isinstance(signs.threat, bool)


@pytest.mark.parametrize("text", [
    # a hint of who would see it, beside a claim to hold pictures or a recording, and nothing else
    "still have the video from saturday 😂 would be a shame if ur coach saw it",
    "kept the pics you sent. shame if your brother found them",
    "i saved our call. would be a pity if your girlfriend saw it",
])
def test_a_veiled_hint_beside_held_pictures_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "would be a shame if mum saw the state of my room lol",
    "shame if the rain ruins it, we planned the picnic for weeks",
])
def test_a_shame_without_pictures_held_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Si tu m'envoies pas une photo de ta chambre rangée avant 18h, pas de tablette ce soir. Maman",
])
def test_a_parent_asking_to_be_sent_a_photo_is_not_a_threat(text: str) -> None:
    # ("tu m'envoies": the photo is sent to the writer, nothing is exposed)
    assert _verdict(text) != Verdict.TARGETED


def test_im_sending_is_still_a_threat() -> None:
    assert _verdict("If you don't come back I'm sending the videos to your brother. Friday.") != \
        Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "bring 40 bucks tomorrow or me and my boys are waiting for u after school",
    "Pay me the 100 by friday or I'll tell your wife where you were last weekend.",
])
def test_money_under_threat_of_a_beating_or_a_secret_told_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Dad: send me a photo of your finished homework by 8 or no Xbox tonight. Sam: ok ok",
    "Mándame una foto de los deberes hechos antes de las 9 o te quedas sin móvil. Mamá",
    "Se non mi mandi la foto dei compiti entro le 8 niente playstation stasera. Papà",
    "Envoie-moi une photo de ta chambre rangée avant 19h, sinon pas de console ce soir.",
    # an outing, a game or the wifi as the sanction; the photo asked for as proof
    "Snap me a pic of the dishes done by 7 or the wifi password changes tonight. Love, Mum",
    "Bis 20 Uhr möchte ich ein Bild von deinem aufgeräumten Zimmer sehen, sonst fällt der Ausflug am Sonntag aus.",
    "Mandami una foto della camera in ordine entro le 19, altrimenti niente uscita sabato.",
    "Stuur me een foto van je opgeruimde kamer voor 8 uur, anders geen feestje zaterdag.",
    # the wifi switched off, in the other languages (read on the held-out set 100)
    "Se a louça não estiver lavada até as 8 eu desligo o wifi, quero foto da pia limpa",
    "Mándame foto de la cama hecha antes de las 10 o te quito el wifi. Papá",
    "Envoie-moi une photo de tes devoirs finis avant 20h sinon je coupe le wifi",
    "Schick mir bis 19 Uhr ein Foto vom aufgeräumten Schreibtisch, sonst ist das WLAN aus.",
    "Mandami la foto del letto rifatto entro le 9 o ti stacco il wifi",
    "photo of your finished essay by 9pm or I'm turning the wifi off. Dad",
])
def test_a_parent_asking_for_a_homework_photo_under_a_sanction_is_not_extortion(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == Verdict.NOT_EXTORTION
    assert not any("threaten" in c.text for c in a.explanation)


@pytest.mark.parametrize("text", [
    # a photo asked for with a sanction, but pictures held or shown to others: still a threat
    "send me a pic tonight or no more chatting, and I still have the ones from last week to show your mum",
    "send me a photo in your underwear by 9 or your dad sees the video I saved",
])
def test_a_photo_request_beside_held_pictures_stays_a_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # the pity left as a hint in the other big languages, the pictures as a pronoun or named
    "Ce serait dommage que ton patron tombe dessus, tu ne crois pas ?",
    "Sarebbe un peccato se tua madre le vedesse. Scrivimi.",
    "Seria uma pena tua namorada ver isso. Me responde.",
    "Sería una lástima que tu jefe lo viera. Escríbeme.",
    "Wäre schade, wenn dein Chef die Fotos sieht. Melde dich.",
    # a condition written as "if you don't …, I post them", and "or it goes in the group"
    "be at the station at 6. if you don't come I post them. every one.",
    "i kept the cam part of our call. 30 in gift cards or it goes in the group chat tonight",
])
def test_veiled_and_conditional_exposure_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Hurry up with the pizza or it goes cold!",
    "Dommage que tu n'aies pas pu venir, les photos de la fête sont super.",
])
def test_a_plain_pity_or_hurry_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # the follow-up once the time ran out: the exposure begun with one of the reader's people, in seven languages
    "Time is up. I'll start with your sister.",
    "Too late now. Starting with your dad, then the school.",
    "Se acabó el plazo. Voy a empezar por tu novio.",
    "Le temps est écoulé. On commence par ton patron.",
    "Frist abgelaufen. Wir fangen bei deinem Vater an.",
    "Termine scaduto. Inizio dalla tua ragazza.",
    "Prazo encerrado. Vou começar pelo teu pai.",
    "Deadline verstreken. Ik begin bij jouw vriend.",
    # a reply asked for in colloquial German beside a pity about the reader's pictures
    "Wäre echt schade, wenn deine Eltern die Fotos sehen. Meld dich heute.",
])
def test_the_time_run_out_and_the_exposure_begun_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "ok time is up everyone, starting with table 3",
    "Time's up, pencils down. Starting with the back row, pass your papers forward.",
    "Se acabó el tiempo del examen, empezamos la corrección mañana.",
    "Meld dich mal, wenn du gut angekommen bist!",
])
def test_a_time_up_without_the_readers_people_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # the reader's people get the pictures, under a condition, in the seven languages
    "Wenn du mich verlässt, bekommt deine Mutter die Fotos von dir.",
    "If you block me your wife gets the pics tonight.",
    "Si me bloqueas, tu novio recibe todas las fotos.",
    "Si tu me quittes, ton mari recevra les photos.",
    "Se mi lasci, tuo marito riceverà le foto.",
    "Se você me bloquear, teu namorado vai receber as fotos.",
    "Als je me blokkeert krijgt je vriend al je foto's.",
    # a condition by inversion, and a menace said as an idiom
    "Betaal je niet, dan gaat alles naar je ouders en je school.",
    "500 euro bis Samstag. Zahlst du nicht, dann bekommt dein Chef die Bilder.",
    "300 by Saturday or you won't get off lightly, trust me.",
    "Die 800 euro, zaterdag. Anders kom je er niet goed vanaf.",
    "send 100 by tonight or me and the lads are waiting outside ur work",
])
def test_the_readers_people_getting_the_pictures_or_a_menace_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "The client gets the photos from the shoot on Friday, edited and in full resolution.",
    "Doe je dat niet, dan is het ook goed hoor. Tot morgen!",
    "Zahlst du nicht gern mit Karte, dann nimm einfach Bargeld mit.",
    "me and the boys are watching the match at mine tonight, come over",
])
def test_receiving_photos_or_an_inverted_if_alone_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "shame if your uni group got a copy of that call. your choice. answer by tonight",
    "Usted sabe muy bien lo que tengo. Tiene hasta el viernes.",
    "el video ya está listo para mandarlo a tu familia. 200 por bizum y no pasa nada",
])
def test_a_copy_for_the_readers_people_or_the_formal_you_know_what_i_have_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # read from sets 68-71 after their measure, written here in other words
    "would be embarrassing if your manager got an email with the video attached. call me tonight",
    "Amigo, mi ex me escribió esto: «paga 200 antes del sábado o tu familia ve tus fotos». ¿Qué hago?",
    "si no me mandas otra sin ropa hoy, la subo y le paso el link a tu tía jaja",
    "bring the money friday or i'll batter you. my cousins will be waiting",
    "Devuélveme los 50 mañana o te voy a partir la cara.",
    "Se quiser que isso continue em segredo, me manda 300 no pix até amanhã.",
])
def test_threats_read_after_the_seventy_first_set_are_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "i'll beat you at fifa tonight, bring snacks",
    "we broke the record! i'll smash you at bowling next week 😂",
    "What should I do if my phone storage is full? Asking before the trip.",
])
def test_games_and_questions_stay_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "stuur er nog een, anders gaat die foto naar de groepsapp van je klas",
    "Je weet toch wat ik heb. Stuur er nog 2 of de hele klassenapp ziet ze.",
    "Ich weiß, dass du schwarz arbeitest. 300 € bis Freitag, dann bleibt das unter uns. "
    "Sonst ruf ich beim Finanzamt an.",
    "300 by friday or i call your wife and tell her where you were on saturday",
])
def test_a_secret_kept_for_a_price_or_a_class_chat_is_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "I'll call your mum tonight to plan the surprise party, don't tell her!",
    "Die Überraschung bleibt unter uns, okay? Ich ruf dich morgen an.",
    "zet de foto's van het schoolreisje maar in de klassenapp, iedereen wil ze zien",
])
def test_a_call_a_secret_or_a_class_chat_alone_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_a_politely_named_price_for_keeping_a_video_private_is_never_reassured() -> None:
    text = ("Sorry to bother you. I still have the recording of our call. I can keep it private for a modest fee, "
            "otherwise your team may come across it. Let me know by Monday.")
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Tu me dois 300 balles. Vendredi dernier délai, sinon on va venir te chercher à la sortie du lycée.",
    "Je sais que tu as triché au concours. 500 balles ou ton prof l'apprend demain.",
    "pay the 80 by thursday. we'll be waiting for you after practice if not",
])
def test_slang_sums_and_a_wait_where_the_reader_is_alone_are_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "It would be a shame if the parents at St. Anne's found out how their coach spends his nights. I kept the call.",
    "Your boss would find it very interesting to see what you do on cam. Your call.",
    "Lovely family photo on your profile. It'd be a real surprise for her to open her messages tonight. You know what "
    "I want.",
])
def test_what_the_readers_people_would_learn_is_a_veiled_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "It would be a shame if the kids found out how the magic trick works, so don't tell them!",
    "You'd find it very interesting to see the old town, the museum is free on Sundays.",
])
def test_a_shame_or_a_surprise_about_ordinary_things_stays_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # a partner's own leaving, said in play (read on the held-out set 102): the consequence is the writer's
    "manda foto do teu gato agora senão eu termino com vc kkkk",
    "send me a pic of your new haircut or I'm gonna break up with you lol",
    "mándame una foto del perro o corto contigo jajaja",
    "envoie une photo de ton plat ou je te quitte 😂",
    "schick mir ein Foto von deinem Kuchen, sonst mach ich Schluss 😜",
    "mandami una foto del tuo gatto o ti lascio ahah",
])
def test_a_playful_breakup_as_the_consequence_is_not_extortion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    # the breakup beside pictures held, money or an audience: still a threat
    "send me more nudes or i break up with you and post the ones i have",
    "manda 500 reais ou eu termino com vc e mando teus nudes pra tua mãe",
    "ich mach Schluss und deine Eltern kriegen die Videos, wenn du nicht bis 8 zahlst",
])
def test_a_breakup_beside_held_pictures_stays_a_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


COERCED_SHARES = [
    # obedience or "how do we fix this" beside pictures and the reader's people (read on the held-out set 105)
    "look what i kept 😘 so how are we going to fix this? your dad follows you on insta btw",
    "jaja pensaste que las borré? 😂 a toda la clase le encantaría verlas. haz lo que te diga desde ahora",
    "lol look what I saved 😂 how do we fix this? ur mum and ur coach are on ur insta",
    "kkkk achou que eu apaguei? 😂 a escola toda ia amar ver. faz o que eu mandar a partir de hoje",
]


@pytest.mark.parametrize("text", COERCED_SHARES)
def test_obedience_or_a_fix_asked_for_is_never_a_share_told_as_a_pleasure(text: str) -> None:
    from standfast.analyze.triage import SHARE_READ

    assert SHARE_READ not in [c.text for c in analyze_text(text, use_model=False).explanation]


@pytest.mark.parametrize("text", COERCED_SHARES[:2])
def test_with_the_model_a_coerced_share_is_not_reassured(text: str, model_ready: None) -> None:
    assert analyze_text(text).verdict != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "sending the party pics to the group unless you veto it lol, the one of you on the table is iconic",
    "found your old school photo 😂 it's going on the screen at your birthday unless you bring the cake",
])
def test_a_friends_unless_stays_a_share(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.TARGETED


@pytest.mark.parametrize("text", [
    "I still have every video from the trip. Come over tonight and we talk, or your new girlfriend gets them all.",
    "bhai tera video call record kar liya hai. 5k UPI kar de abhi warna tere dost aur family group mein bhej dunga",
])
def test_the_net_names_targeted_when_pictures_people_and_a_demand_stand_together(text: str) -> None:
    from standfast.analyze.triage import LOOSE_KIND_READ

    result = analyze_text(text, use_model=False)
    assert result.verdict == "targeted", [c.text for c in result.explanation]
    # (the reason names the kind: the net's own words, or a sentence the reader found)
    assert any(c.text == LOOSE_KIND_READ or c.text.endswith("targeted sextortion") for c in result.explanation)


@pytest.mark.parametrize("text", [
    "hacked ur cam. the video. ur contacts. 0.02 btc before 9",
    "the data. your clients. 2000 before friday",
])
def test_the_net_leaves_the_kind_open_with_a_break_in_crypto_or_no_pictures(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "targeted"


# Held pictures left unsaid ("you know what's in my camera roll", "a shame if these got out"), and a beating after
# "or" in the present tense, pasted by the person who got them: never "not extortion".
LEFT_UNSAID = [
    "got this after i stopped replying: \"tonight. u know what's on my phone.\" what do i even do",
    "he wrote \"it'd be a real shame if these got out. answer me by 10\" and now i can't sleep",
    "My son showed me this from some boys at the park: \"bring the money on friday or we jump you\". Who do we tell?",
]
LEFT_UNSAID += [
    "coach mike is gonna love the video you sent me last night 🙂 answer me",
    "Deine Oma würde sich bestimmt über die Fotos von gestern Nacht freuen 😏 meld dich",
    "your wife would find them very interesting. call me before 6",
    # chat spelling, and the same pity in Italian and Spanish (read on the spent set 145-146)
    "ya kno wat i hav. 10pm. answer",
    "sarebbe un peccato se quelle foto finissero nel gruppo della classe. rispondimi entro stasera",
    "sería una pena que esos vídeos acabaran en el grupo del trabajo. contéstame hoy",
]
LEFT_UNSAID_LOOK_ALIKES = [
    "grandma would love the photos from the picnic, can you print them for sunday?",
    "you know what's on my phone? 400 photos of my cat. send help",
    "such a shame if these photos got lost, can you back them up to the drive this weekend?",
]


@pytest.mark.parametrize("text", LEFT_UNSAID)
def test_held_pictures_left_unsaid_or_a_beating_after_or_are_never_reassured(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", LEFT_UNSAID_LOOK_ALIKES)
def test_a_phone_full_of_cats_or_photos_to_back_up_stay_unflagged(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION
