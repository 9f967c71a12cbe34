"""Long messages whose threat the sentence rules may miss are read in parts by the model (triage._part_opinion).

Written for this test after the held-out sets 100-103 were read: long e-mails and chats in the sender's own words
were called "not extortion", because the rules read long texts alone and the model read only chat-length ones. A long
message with no link that the rules leave "not extortion" is now cut into parts (analyze/parts.py); the model reads
the two the quick reader finds most like a threat. Long ordinary letters in several languages, with dates, sums and
photos, must stay "not extortion".
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import MODEL_MAX_WORDS, PART_READ, Verdict, analyze_text

LONG_THREATS = [
    # en: an ex-partner, businesslike; the threat in the fourth paragraph
    "Hello Sam,\n\nIt has been a long time. I heard from your cousin that the new flat is lovely and that "
    "the promotion came through in the spring. I am glad things worked out for you, genuinely, after "
    "everything that happened between us in Leeds.\n\nI have been clearing out my old laptop this week, "
    "because I am moving abroad in January and want a clean start. There was a folder in there I had "
    "forgotten about, from the weekend at the cottage. You know the one I mean. I never deleted "
    "it.\n\nMoving is expensive, and you still owe me for the deposit and the car. I think four thousand "
    "pounds is fair. Once it arrives in my account the folder is gone for good and you will never hear "
    "from me again.\n\nIf it has not arrived by the last day of the month, your new manager and your "
    "parents will each get a copy of that folder. I would rather not, but that is up to you now.\n\nAll "
    "the best,\nJ.",
    # es: a recorded video call, a long chat message
    "Hola guapo, te escribo con calma porque creo que no entendiste bien lo de anoche. Yo no soy la "
    "chica de las fotos, eso ya lo sabes. Pero lo que sí es real es la grabación de la videollamada, "
    "entera, con tu cara y todo lo que hiciste delante de la cámara. La tengo guardada en dos sitios "
    "distintos, así que borrar tu cuenta no sirve de nada.\n\nTambién tengo la lista de tus seguidores y "
    "los nombres de tu madre, de tu hermana y de tu jefe en la empresa de reformas, los saqué de tu "
    "perfil en diez minutos.\n\nNo quiero hacerte daño. Solo quiero 800 euros por Bizum antes de las nueve "
    "de la noche de hoy. Si pagas, borro todo delante de ti en una videollamada. Si no pagas o me "
    "bloqueas, a las nueve y un minuto el vídeo empieza a llegar a cada una de esas personas, una por "
    "una, y lo subo también a tu grupo del pueblo. Piénsalo bien.",
    # fr: a private investigator's letter
    "Monsieur,\n\nJe me permets de vous écrire au sujet d'une mission qui m'a été confiée il y a trois "
    "semaines. Mon client souhaitait savoir avec qui son épouse passait ses jeudis soir. Je ne vous "
    "apprends rien en vous disant que c'était avec vous, à l'hôtel près de la gare.\n\nMon rapport n'est "
    "pas encore remis. Il contient des photographies très nettes prises depuis le parking, et une courte "
    "vidéo dont je vous épargne la description. Mon client paie bien, mais je pense que vous paierez "
    "mieux.\n\nPour 5 000 euros, virés avant vendredi midi sur le compte dont je vous donnerai les "
    "coordonnées, mon rapport dira que je n'ai rien trouvé et les originaux seront détruits. Passé ce "
    "délai, le rapport part chez mon client, et une copie des photos chez votre femme et à votre "
    "cabinet.\n\nJe compte sur votre discrétion, comme vous pouvez compter sur la mienne.",
    # de: after a dating app, the threat as a schedule
    "Hallo Tobias, ich mache es kurz, auch wenn die Nachricht lang wird. Die Frau, mit der du drei "
    "Wochen geschrieben hast, gibt es nicht. Die Bilder, die du ihr geschickt hast, gibt es aber schon, "
    "und das Video vom Sonntag auch. Alles liegt bei mir.\n\nIch habe mir dein Profil genau angesehen. "
    "Deine Freundin heißt Jana, dein Chef heißt Herr Wolters, und dein Fußballverein hat eine schöne "
    "Gruppe auf WhatsApp mit 43 Mitgliedern.\n\nSo läuft das jetzt: Du überweist heute 600 Euro, die Daten "
    "schicke ich dir gleich. Wenn bis 20 Uhr nichts da ist, bekommt Jana das Video. Um 21 Uhr dein Chef. "
    "Um 22 Uhr die Gruppe vom Verein. Jede Stunde, die du wartest, wird es teurer. Antworte einfach mit "
    "OK, dann reden wir über die Zahlung.",
    # it: polite and indirect
    "Ciao Marco, spero che tu stia bene e che il nuovo lavoro in banca ti piaccia. Ho visto le foto del "
    "matrimonio di tua sorella, eravate tutti bellissimi.\n\nTi scrivo perché mettendo in ordine il "
    "telefono ho ritrovato i video che mi mandavi l'estate scorsa, quelli che sai tu. Li ho ancora "
    "tutti, non li ho mai cancellati. Chissà cosa ne penserebbero i tuoi colleghi nuovi, o la tua "
    "fidanzata.\n\nIn questo periodo sono messo male con i soldi e ho pensato che potresti aiutarmi. Mille "
    "euro con PostePay entro sabato e quei video spariscono per sempre, te lo giuro. Se invece fai finta "
    "di niente, vorrà dire che non ti importa chi li vede, e allora non avrò più motivo di tenerli per "
    "me.\n\nFammi sapere, un abbraccio.",
    # pt: a fake girl's chat turned threat
    "oi Rafael, vou falar sério agora então presta atenção. aquela menina que tu conversou a semana toda "
    "era eu e eu não sou menina nenhuma kkk. mas o vídeo que tu gravou pra ela tá aqui comigo, salvo no "
    "drive e no celular. já fiz print do teu instagram, dos teus seguidores, da tua mãe e da tua "
    "namorada, e achei o grupo da tua faculdade também.\n\nagora é simples: manda 500 reais no pix até as "
    "22h de hoje. se mandar, eu apago tudo e some daqui. se não mandar, às 22h01 o vídeo vai pra tua "
    "mãe, às 22h10 pra tua namorada e depois pro grupo da faculdade. e nem pensa em me bloquear porque "
    "eu tenho outras contas. o relógio tá correndo.",
]
LONG_ORDINARY = [
    # en: a school letter with dates, a sum and photos
    "Dear parents and carers,\n\nThank you for a wonderful autumn term. The Year 8 trip to the science "
    "museum went ahead on Thursday and the children were a credit to the school. Photos from the day "
    "will be shown in assembly next week; if you do not want your child's photo shown, please tell the "
    "office by Friday.\n\nThe balance for the spring residential, £85, is due by 15 January. If this is "
    "difficult for your family, please speak to Mrs Patel in confidence; no child will miss the trip "
    "because of cost.\n\nA reminder that phones must be handed in at the start of the day. Phones found in "
    "bags during lessons will be kept until the end of the day and returned to the pupil, not to "
    "parents.\n\nFinally, the winter concert is on 18 December at 6pm. Tickets are free but please reply "
    "to your child's tutor with numbers so we can set out enough chairs.\n\nWith best wishes for the "
    "holidays,\nThe Head of Year 8",
    # de: a landlord's notice
    "Sehr geehrte Mieterinnen und Mieter,\n\nwie bereits angekündigt, werden in der Woche vom 12. bis 16. "
    "Februar die Wasserleitungen im Keller erneuert. In dieser Zeit kann es tagsüber zu kurzen "
    "Unterbrechungen der Wasserversorgung kommen. Bitte räumen Sie bis zum 9. Februar die Kellerabteile "
    "vor den Leitungen frei, damit die Handwerker arbeiten können.\n\nDie Nebenkostenabrechnung für das "
    "letzte Jahr liegt Ihnen inzwischen vor. Nachzahlungen sind bis zum 28. Februar auf das bekannte "
    "Konto zu überweisen. Wer eine Ratenzahlung wünscht, meldet sich bitte bei der Hausverwaltung.\n\nFür "
    "die Fotos der Schäden im Treppenhaus, die uns einige von Ihnen geschickt haben, danken wir "
    "herzlich. Sie haben der Versicherung sehr geholfen.\n\nMit freundlichen Grüßen\nIhre Hausverwaltung",
    # it: a notice to flat owners
    "Gentili condomini,\n\nvi ricordo che l'assemblea ordinaria si terrà giovedì 23 gennaio alle ore 21 "
    "nella sala al piano terra. All'ordine del giorno ci sono il bilancio dell'anno passato, il "
    "preventivo per il rifacimento della facciata e la nomina del nuovo amministratore.\n\nChi non potrà "
    "essere presente può delegare un altro condomino compilando il modulo che trovate nella bacheca "
    "dell'atrio. Le deleghe vanno consegnate entro le 20 del giorno stesso.\n\nLa seconda rata delle spese "
    "condominiali, 180 euro per appartamento, scade il 31 gennaio. Le foto dei danni al tetto dopo il "
    "temporale sono state inviate all'assicurazione, che manderà un perito la settimana "
    "prossima.\n\nRingrazio tutti per la collaborazione e vi auguro buon anno.\n\nL'amministratore",
    # pt: a coach writes to the parents
    "Boa tarde, pais e mães do sub-13! O torneio de Campinas está confirmado para o fim de semana de 14 "
    "e 15 de março. Vamos sair de ônibus no sábado às 6h da manhã, em frente ao clube, e voltamos no "
    "domingo à noite.\n\nA inscrição custa 150 reais por atleta e inclui hospedagem, almoço e jantar. Quem "
    "puder, faz o pix até sexta que vem para a tesoureira do clube. Quem tiver dificuldade, me chama no "
    "privado que a gente resolve.\n\nDurante o torneio o Paulo vai tirar fotos e gravar os jogos. Depois "
    "ele manda tudo no grupo dos pais. Se alguém não quiser que o filho apareça nas fotos, é só me "
    "avisar antes da viagem.\n\nLembrem as crianças de levar documento, chuteira, caneleira e as duas "
    "camisas do uniforme. Qualquer dúvida, estou à disposição. Abraço, professor Rodrigo.",
]


@pytest.mark.parametrize("text", LONG_THREATS)
def test_a_long_threat_is_never_not_extortion(text: str, model_ready: None) -> None:
    assert len(text.split()) > MODEL_MAX_WORDS
    result = analyze_text(text)
    assert result.verdict != Verdict.NOT_EXTORTION, [c.text for c in result.explanation]


def test_the_threats_the_rules_miss_are_found_in_a_part(model_ready: None) -> None:
    by_parts = 0
    for text in LONG_THREATS:
        if analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION:
            continue
        result = analyze_text(text)
        reasons = [c.text for c in result.explanation]
        assert any(PART_READ in r for r in reasons), reasons
        assert result.model_score is not None and result.model_score >= 0.95
        # (the rules' "nothing found" is said to be the rules' alone, never left standing as the reading)
        assert not any(r.startswith("No threat, no claim") for r in reasons), reasons
        by_parts += 1
    assert by_parts >= 1  # (the route is exercised; the rules catch the others)


@pytest.mark.parametrize("text", LONG_ORDINARY)
def test_a_long_ordinary_letter_stays_not_extortion(text: str, model_ready: None) -> None:
    assert len(text.split()) > 100
    result = analyze_text(text)
    assert result.verdict == Verdict.NOT_EXTORTION, [c.text for c in result.explanation]


def test_without_the_model_a_long_message_is_read_by_the_rules_alone() -> None:
    for text in LONG_THREATS + LONG_ORDINARY:
        result = analyze_text(text, use_model=False)
        assert result.model_score is None
        assert not any(PART_READ in c.text for c in result.explanation)


# A sending offered for the reader's convenience ("or post it if that's easier") is an offer, in a letter of any length;
# a choice of audience offered by an extortionist ("or your boss if you'd rather") stays a threat.
OFFERED_FOR_CONVENIENCE = [
    "Hi Sam, I found your old camera and the charger in the spare room when I moved out. I can drop them at your "
    "mum's on Sunday, or post them to you if that's easier, just text me the address. Hope the new job is going well.",
    "Hola Marta, ya imprimí las fotos del viaje. Te las dejo en la portería el viernes, o te las mando por correo si "
    "te es más fácil. Un abrazo.",
]
CHOICE_OF_AUDIENCE = [
    "I have the video from our call. I'll send it to your wife, or to your boss if you'd rather. 500 by Friday.",
]


@pytest.mark.parametrize("text", OFFERED_FOR_CONVENIENCE)
def test_a_sending_offered_for_convenience_is_not_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", CHOICE_OF_AUDIENCE)
def test_a_choice_of_audience_stays_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.TARGETED


@pytest.mark.parametrize("bait", ["or post it " * 20_000, "o te las mando si te es " * 10_000,
                                  "or if that's " * 20_000])
def test_the_offer_is_found_in_linear_time(bait: str) -> None:
    import time

    from standfast.analyze.loose import _OFFERED

    start = time.process_time()
    _OFFERED.sub(" ", bait)
    assert time.process_time() - start < 1.0


def test_a_gallery_uploaded_to_the_client_area_is_a_delivery() -> None:
    from standfast.analyze.normalize import normalize
    from standfast.analyze.speech import LANGS, read_speech

    sentence = "I've uploaded your preview gallery, 40 images, to the private client area."
    assert read_speech(normalize(sentence).text, sentence, LANGS).threats == 0
    text = ("Hi Ana and Luis, thank you for having me at your wedding! " + sentence + " The password is the one from "
            "our contract. The full set of around 500 edited photos will follow within five weeks. Please mark your "
            "favourites for the album, and remember the final balance is due within 14 days. Warmly, Carla")
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


# Written for this test after the held-out set 457 was read: long messages with a link or an address in languages the
# rules do not read were read by nobody (the rules do not read the language; a link kept the model from the parts).
LONG_LINKED_UNREAD_THREAT = (
    "Cześć Marek. Pewnie się zastanawiasz, kim jestem. Nie ma to znaczenia. Ważne jest to, że mam nagranie z naszej "
    "rozmowy wideo z zeszłego piątku, na którym jesteś nagi i robisz rzeczy, których nie chciałbyś pokazać swojej "
    "żonie ani szefowi. Zrobiłem też zrzuty ekranu z listy twoich znajomych na Facebooku, więc wiem dokładnie, kto "
    "jest w twojej rodzinie i kto pracuje z tobą w firmie. Masz czas do jutra do godziny 18:00. Wpłać 3000 złotych "
    "przez BLIK albo na konto, które podam ci na Telegramie: https://t.me/kasia_private_88. Jeśli nie zapłacisz, "
    "wyślę film wszystkim twoim znajomym, twojej żonie i twojemu szefowi, a potem wrzucę go na kilka stron dla "
    "dorosłych z twoim imieniem i nazwiskiem. Nie próbuj mnie blokować ani iść na policję, bo wtedy od razu wszystko "
    "wyślę. Pamiętaj, że zegar tyka. Jedna wiadomość i całe twoje życie się zmieni. Czekam na odpowiedź.")
LONG_LINKED_UNREAD_NEWSLETTER = (
    "Drodzy Klienci! Zapraszamy na wielką zimową wyprzedaż w naszym sklepie internetowym. Od poniedziałku do "
    "niedzieli wszystkie kurtki, czapki i szaliki są tańsze nawet o 40 procent. Przygotowaliśmy też specjalne "
    "zestawy prezentowe na święta, które można zamówić z darmową dostawą do paczkomatu. Jeśli zamówisz do 18 "
    "grudnia, paczka dotrze przed Wigilią. Pełną ofertę znajdziesz na stronie https://sklep-zimowy.example/wyprzedaz. "
    "Członkowie naszego klubu lojalnościowego dostaną dodatkowy rabat 10 procent po zalogowaniu się na swoje konto. "
    "Przypominamy, że zwroty są bezpłatne przez 30 dni od daty zakupu, a wszystkie produkty możesz wymienić w "
    "dowolnym sklepie stacjonarnym. W każdą sobotę grudnia nasi doradcy pomogą też dobrać rozmiar i kolor, a dzieci "
    "dostaną przy kasie mały upominek. Masz pytania? Napisz do nas na adres pomoc@sklep-zimowy.example albo zadzwoń na "
    "infolinię w godzinach 8–20. Dziękujemy, że jesteś z nami, i życzymy ciepłej, spokojnej zimy! Zespół Sklepu "
    "Zimowego")


def test_a_long_linked_message_in_an_unread_language_is_read_in_parts(model_ready: None) -> None:
    a = analyze_text(LONG_LINKED_UNREAD_THREAT)
    assert a.language == "pl" and len(LONG_LINKED_UNREAD_THREAT.split()) > MODEL_MAX_WORDS
    assert a.model_score is not None
    assert a.verdict != Verdict.NOT_EXTORTION


def test_a_long_linked_newsletter_in_an_unread_language_stays_not_extortion(model_ready: None) -> None:
    a = analyze_text(LONG_LINKED_UNREAD_NEWSLETTER)
    assert a.language == "pl" and len(LONG_LINKED_UNREAD_NEWSLETTER.split()) > MODEL_MAX_WORDS
    assert a.verdict == Verdict.NOT_EXTORTION


def test_without_parts_for_linked_unread_messages_the_link_spares_the_model(monkeypatch: pytest.MonkeyPatch,
                                                                             model_ready: None) -> None:
    """The switch is what makes the difference: with it off, the link keeps the model from the parts."""
    from standfast.analyze import triage

    monkeypatch.setattr(triage, "PARTS_UNREAD_LINKED", False)
    assert analyze_text(LONG_LINKED_UNREAD_THREAT).model_score is None
