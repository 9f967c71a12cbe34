"""Gamers' and listeners' trivia "leaked" as a joke, parents named as the young name them, possession left unsaid in
Hindi and Urdu written in Latin script, and a beating for money told by a friend with pictures said not to be at stake.

Messages written for this test (not taken from the held-out sets), read by the rules alone. Each look-alike is set
beside a threat that uses the same words, so the reading that clears it is shown to clear nothing else.
"""

from __future__ import annotations

import pytest
from tests.analyze.readme_examples import assert_readme_examples

from standfast.analyze import triage

V = triage.Verdict


def _analysis(text: str) -> triage.Analysis:
    return triage.analyze_text(text, use_model=False)


def _ids(analysis: triage.Analysis) -> list[str]:
    return [s.id for s in analysis.signals]


# Trivia that shames nobody, "leaked" for a favour, with laughter or nothing at stake: a joke between friends.
@pytest.mark.parametrize("text", [
    "log on in 5 or im leaking ur spotify wrapped to the squad 💀",
    "rematch me rn or im posting ur k/d in the clan chat lmao",
    "bro carry me this game or im leaking ur iron rank to everyone 😂",
    "give my hoodie back or i'm leaking your secret emo playlist to the group 😭",
    "if u dont hop on tonight im leaking ur search history to the lobby 💀 jk",
    "hand back my charger by friday or your apple music replay goes in the group chat 😤",
])
def test_trivia_leaked_for_a_favour_is_a_joke(text: str) -> None:
    result = _analysis(text)
    assert result.verdict == V.NOT_EXTORTION
    # (read as a joke's price, or as a share told as a pleasure: either way no reason claims a threat)
    assert {c.text for c in result.explanation} & {triage.SILLY_SECRET_READ, triage.SHARE_READ}


# The same words beside money, pictures or real harm: never a joke.
@pytest.mark.parametrize("text", [
    "pay me 50 on cashapp by tonight or im leaking ur search history to ur mom",
    "send 2 more pics or im leaking ur spotify wrapped and ur nudes to the whole server 💀",
    "carry me or im leaking ur nudes to the whole server 💀",
    "$300 by tonight or your search history and your pics go to your whole family",
])
def test_trivia_beside_money_or_pictures_is_still_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_search_history_without_laughter_is_no_joke() -> None:
    # (the joke reading of search history needs laughter: said flat it may be a real threat)
    result = _analysis("carry me this game or im leaking ur search history to the discord")
    assert not any(c.text == triage.SILLY_SECRET_READ for c in result.explanation)


# Parents named in French slang, and in Hindi or Urdu written in Latin script.
@pytest.mark.parametrize("text", [
    "tu sais ce que j'ai gardé 😏 tu m'appelles en visio ce soir ou je l'envoie à tes darons",
    "j'ai sauvegardé la vidéo. 200 balles demain ou ta daronne la reçoit",
    "teri pics mere phone mein hain. kal tak 5000 bhej warna tere papa ko bhej dunga",
    "pata hai na mere paas kya hai? reply kar warna tumhari ammi ko sab dikh jayega",
])
def test_parents_named_as_the_young_name_them_are_people_to_show(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "ta daronne a dit que le repas est à 20h, ramène le pain stp",
    "abbu ko bol dena main late aaunga, dinner mat rokna",
    "mere paas kya hai? bas ek purana phone aur do charger 😅",
])
def test_parents_named_in_everyday_talk_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# A beating for money, told by a friend, with pictures said not to be at stake: other extortion, told now.
@pytest.mark.parametrize("text", [
    "Un collègue est menacé : un type dit qu'il va venir le tabasser s'il ne lui donne pas 300 € avant vendredi. "
    "Aucun rapport avec des photos. Il doit porter plainte ?",
    "A mi primo un tipo le dice que va a pegarle si no le da 200 euros antes del lunes. No tiene nada que ver con "
    "fotos. ¿Debe denunciarlo?",
])
def test_a_beating_for_money_told_by_a_friend_is_other_extortion(text: str) -> None:
    # (read as told by the rules for a telling, or as a demand backed by harm by the sentence reader)
    assert _analysis(text).verdict == V.OTHER_EXTORTION


def test_a_beating_told_as_over_is_no_threat_now() -> None:
    text = ("L'an dernier un type disait qu'il allait le frapper s'il ne payait pas 300 €. Il a porté plainte, c'est "
            "fini depuis des mois.")
    assert "described_harm" not in _ids(_analysis(text))


def test_a_beating_told_in_french_with_pictures_said_not_at_stake_is_read_as_told() -> None:
    text = ("Un collègue est menacé : un type dit qu'il va venir le tabasser s'il ne lui donne pas 300 € avant "
            "vendredi. Aucun rapport avec des photos. Il doit porter plainte ?")
    assert "described_harm" in _ids(_analysis(text))


def test_a_group_chat_is_no_thing_held_beside_a_joke() -> None:
    # (the chat a joke's secret would be told in is not material held; chats named as held still are)
    assert _analysis("hand back my charger by friday or your apple music replay goes in the group chat 😤").verdict \
        == V.NOT_EXTORTION
    assert _analysis("send 50 quid or our chats and your spotify wrapped go in the group chat").verdict \
        != V.NOT_EXTORTION


# A photographer's proofs to choose from by a date, sent to nobody but the client: a service notice.
@pytest.mark.parametrize("text", [
    "Hi Sam! Your maternity shoot proofs are up in the private gallery. Pick your top 15 by Thursday and I'll send "
    "the edited files straight to you.",
    "Hello both, I have your photos from the session ready. Please choose your 25 favourites by Monday or I'll make "
    "the selection myself. The balance is due on delivery.",
])
def test_a_photographers_proofs_to_choose_by_a_date_are_a_notice(text: str) -> None:
    result = _analysis(text)
    assert result.verdict == V.NOT_EXTORTION
    assert [c.text for c in result.explanation] == [triage.GALLERY_READ]


@pytest.mark.parametrize("text", [
    "Your boudoir proofs are in the private gallery. Pay the 300 balance by Friday or I send them to your husband",
    "Your boudoir proofs are in the private gallery. Pay the balance by Friday or I post them on my page for everyone",
])
def test_a_photographer_who_threatens_to_show_the_proofs_is_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


# Threat words of languages the rules do not read (Zulu, Uzbek in both scripts, Nepali, Sinhala and Georgian typed in
# Latin letters, Vietnamese without its marks, Yoruba): pictures, people to show them to and a condition are read.
@pytest.mark.parametrize("text", [
    "Nginezithombe zakho. Uma ungathumeli imali kusasa ngizozithumela kumndeni wakho.",
    "Rasmlaring menda turibdi. Pulni yubormasang, ota-onangga ko'rsataman.",
    "Суратларинг менда. Юбормасанг, ота-онангга кўрсатаман.",
    "timro photo haru mero sanga cha. paisa napathaye facebook ma halchu ani didi lai tag garchu",
    "oyage photo tika mage laga thiyenawa. salli ewanne nathnam group ekata danawa",
    "fuli gamomigzavne, torem fotoebs gavugzavni dedashens",
    "gui tien cho anh di, khong la anh dang anh cua em len nhom zalo",
    "Mo ni awon aworan re. Fi owo ranse loni, bi beeko maa fi won ranse si gbogbo ebi re.",
])
def test_threat_words_of_more_unread_languages_are_read(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Sawubona mama, ngizothumela izithombe zomshado kusasa.",
    "Rasmlaringni ko'rdim, juda chiroyli! Ertaga uchrashamizmi?",
    "Selamat! Anda mendapatkan hadiah. Surat resmi akan dikirim besok.",
    "bu şekilde olmaz, yarın konuşalım",
])
def test_everyday_words_of_those_languages_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


# A telling of more pictures demanded now, with the threat going on as it is told (Italian, Portuguese, Swahili).
@pytest.mark.parametrize("text", [
    "Mio fratello ha 15 anni e un tipo gli sta chiedendo altre foto minacciandolo di mandarle ai nostri genitori. "
    "Sta succedendo ora, cosa facciamo?",
    "Minha filha de 14 anos disse que um rapaz está pedindo mais fotos e ameaça mandar para a escola se ela não "
    "mandar hoje. Ele continua mandando mensagem. Me ajudem por favor.",
    "Binti yangu anatishiwa sasa hivi na mtu anayesema atasambaza picha zake kama hatatuma pesa. Tufanye nini?",
])
def test_a_telling_of_a_threat_going_on_is_never_reassured(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "mãe manda foto do boleto da escola senão não consigo pagar hoje",
    "Bom dia. O caso do perfil falso foi encerrado: a conta foi removida e nenhuma foto foi divulgada na escola.",
])
def test_a_school_named_in_a_bill_or_a_closed_case_is_no_audience(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_the_debt_itself_as_the_secret_is_a_joke_and_not_beside_pictures() -> None:
    assert _analysis("yo u owe me 10 for the cinema, cashapp me by sunday or im telling the whole group ur broke 😂") \
        .verdict == V.NOT_EXTORTION
    assert _analysis("send $500 by sunday or im telling everyone ur broke and sending them ur pics").verdict \
        != V.NOT_EXTORTION


# Money demanded with a beating after school or a shop burned, said or told, in the languages read and in others.
@pytest.mark.parametrize("text", [
    "some lads told my daughter they'll catch her after school unless she gives them £10 every friday. it's been "
    "going on for weeks. what else can we do",
    "ramène 30 balles lundi ou je te défonce après les cours",
    "dacă nu-mi aduci banii mâine te prind după ore",
    "верни деньги до понедельника или поймаю у подъезда",
    "Kuna jamaa ananitishia kwamba atachoma gari langu kama sitampa pesa leo. Nifanye nini?",
    "Ndinemifanekiso yakho. Ukuba awundithumeleli imali namhlanje, ndiza kuyithumela kumama wakho.",
])
def test_harm_for_money_and_xhosa_threats_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Amaphoyisa axwayisa abazali: izigebengu zicela izithombe bese zisongela ukuzithumela kubangani uma ungakhokhi. "
    "Bika kumaphoyisa.",
    "Oi Ana! As fotos do casamento estão na galeria online. Escolhe as 50 favoritas até domingo e eu edito.",
])
def test_a_police_warning_in_zulu_and_a_gallery_in_portuguese_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


def test_the_readmes_examples_hold() -> None:
    assert_readme_examples({
        "if u dont carry me in ranked tonight im leaking ur spotify wrapped to the whole server 💀": V.NOT_EXTORTION,
        "un type dit qu'il va venir le tabasser s'il ne lui donne pas 300 € avant vendredi. Aucun rapport avec des "
        "photos. Il doit porter plainte ?": V.OTHER_EXTORTION,
    })


# Someone said to threaten a person now (Polish, Turkish), and threat words of Somali, Kazakh and Tajik typed in Latin
# letters, Zulu "khokha" (pay) and Yoruba "wa lowo mi" (is in my hands).
@pytest.mark.parametrize("text", [
    "Mój syn dostaje wiadomości od kogoś, kto ma jego zdjęcia i grozi, że wyśle je kolegom z klasy, jeśli nie "
    "zapłaci. Co robić?",
    "Kardeşim şantaja uğruyor, biri videosunu ailesine göndermekle tehdit edip para istiyor. Ne yapmalıyız?",
    "Khokha R800 namhlanje noma izithombe zakho zihambe kubazali bakho.",
    "Awon aworan re wa lowo mi. Fi owo ranse loni tabi ki n fi won ranse si iyawo re.",
    "Haddii aadan bixin lacagta berri, gurigaaga waan gubaynaa.",
    "suretterin mende. aqshany bermeseng barlygy koredi.",
    "suratho dar man hast. pulro firist, vagarna hama mebinand",
])
def test_threats_told_and_more_unread_languages_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_a_gamers_base_coordinates_are_a_joke() -> None:
    assert _analysis("give me ur diamond pickaxe or im telling the whole server ur base coords lmao").verdict \
        == V.NOT_EXTORTION


# Pictures asked for with a group's sanction ("kicked out the gc", "ban u from the lobby"): a friends' sanction.
@pytest.mark.parametrize("text", [
    "send the vids from the trip or ur getting kicked out the gc 😭",
    "if u dont send the clip of ur ace ill ban u from the lobby lmao",
    "wyślij fotki z wycieczki albo cię wywalę z grupy xD",
])
def test_pictures_asked_for_with_a_groups_sanction_are_no_threat(text: str) -> None:
    assert _analysis(text).verdict == V.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "send more pics or ur getting kicked out the gc and everyone sees the ones i have",
    "скинь ещё фото или старые улетят в беседу класса",
    "dacă mă blochezi, pozele alea ajung la maică-ta",
    "Deine Bilder sind schön. Dein Chef würde sich bestimmt auch dafür interessieren. Antworte mir.",
    "Öğretmenim, bir öğrencimi fotoğrafını sınıf grubuna atmakla tehdit ettiğini ve para istediğini söyledi. Ne "
    "yapmalıyım?",
    "videowochish alegn. 1000 birr kalakshilign le abatish elakalehu",
    "knhom mean roup robos bong. bae min phnhae luy, knhom phnhae tov mday bong",
])
def test_more_threats_in_the_same_words_are_flagged(text: str) -> None:
    assert _analysis(text).verdict != V.NOT_EXTORTION


def test_a_turkish_school_warning_that_names_the_threat_is_no_threat() -> None:
    text = ("Sayın veliler, şüpheliler özel fotoğraf isteyip bu görüntüleri yaymakla tehdit etmektedir. Para "
            "ödemeyiniz ve durumu bildiriniz. Okul Müdürlüğü")
    assert _analysis(text).verdict == V.NOT_EXTORTION
