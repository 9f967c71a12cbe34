"""Threats that hide their demand, and look-alikes that hide nothing.

Written for this test after a second author's development set showed the classes: an implied threat about
pictures with no payment named ("a shame if your dad saw the pics you sent me. answer me"), possession left
unsaid ("you know what I have"), and on the other side promises not to share ("I will never publish a photo
without your consent"), a parent's sanction ("or no Xbox"), and "more photos" asked for by an insurer. The
rules alone (no model) must get these right: the model is a second opinion, not the floor.
"""

from __future__ import annotations

import pytest

from standfast.analyze.triage import DESCRIBED_KIND_READ, analyze_text

IMPLIED = [
    "Your dad posts a lot on Facebook. It would be a shame if he saw the pics you sent me. Answer me.",
    "i'd hate for your girlfriend to get the videos from our call. text me back tonight",
    "Tu hermana tiene Instagram, ¿no? Sería una pena que viera las fotos que me mandaste. Contéstame.",
    "Dein Chef ist auf LinkedIn. Wäre schade, wenn er die Videos sieht, die du mir geschickt hast. Antworte.",
    "Ton père est sur Facebook. Je me demande ce qu'il penserait des photos que tu m'as envoyées. Réponds-moi.",
    "Sarebbe un peccato se tua madre vedesse le foto che mi hai mandato. Rispondimi subito.",
    "Seria uma pena se sua namorada visse as fotos que você me mandou. Me responde.",
    "Zou jammer zijn als je moeder de foto's ziet die je mij hebt gestuurd. Antwoord me.",
    "you wouldn't want your coach to see the video you sent me, would you? reply",
]
VEILED = [
    "Midnight. You know what I have. Don't test me.",
    "Tienes hasta las 11. Tú sabes lo que tengo.",
    "Bis 20 Uhr. Du weißt, was ich habe.",
]
LOOK_ALIKES = [
    # promises not to share
    "Hi Ana, your wedding gallery is ready. Choose your prints within 14 days. I will never share any photo "
    "without your written consent.",
    "Bonjour, les photos de la séance sont en ligne jusqu'au 15. Je ne publierai jamais aucune photo sans votre "
    "accord.",
    "Hola, tus fotos del book ya están listas. Nunca publicaré ninguna foto sin tu permiso. Elige antes del viernes.",
    # a parent's sanction
    "Send me a picture of your clean room before 6 or no Switch this weekend.",
    "Schick mir ein Foto von deinen Hausaufgaben, sonst kein Handy heute Abend.",
    "Manda foto do quarto arrumado senão fica sem celular amanhã.",
    # pictures asked for by a business
    "Thanks for your claim. Please send more photos of the damaged roof within 10 days, otherwise the claim "
    "will be closed.",
    # warnings to parents
    "Liebe Eltern, Fake-Profile verlangen von Jugendlichen Nacktfotos und drohen danach, sie zu veröffentlichen. "
    "Bitte sprechen Sie mit Ihren Kindern.",
    # an invoice for team photos, with a deadline and "otherwise"
    "The team photos are ready! Pay $12 by Monday for the printed set, otherwise we send the digital gallery.",
    # a photographer promising that nothing is shared
    "Your wedding photos are ready. Nothing is shared publicly without your consent. Pick favourites by Friday.",
]


@pytest.mark.parametrize("text", IMPLIED)
def test_an_implied_threat_about_pictures_needs_no_payment(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == "targeted", (a.verdict, [s.id for s in a.signals])


def _assert_not_flagged(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == "not_extortion", (a.verdict, [s.id for s in a.signals])


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    _assert_not_flagged(text)


def test_a_negated_threat_with_a_condition_is_still_a_threat() -> None:
    text = "If you don't pay by tonight I won't delete the video, I will send it to all your followers."
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


def test_a_sanction_beside_a_threat_does_not_hide_it() -> None:
    text = "send me a pic tonight or no xbox for you. and your mom gets the video i have of you"
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


def test_more_photos_with_the_readers_people_stays_targeted() -> None:
    text = "send 2 more photos by 10pm or your whole class sees the ones i already have"
    assert analyze_text(text, use_model=False).verdict == "targeted"


EXTORTION_WITHOUT_PICTURES = [
    # fire and "we come for you" as the consequence of a protection payment
    "La cuota son 300 dólares cada lunes. Si no pagas, te quemamos el taller y luego vamos por ti.",
    "Paghi 200 euro al mese o un giorno il bar non lo trovi più.",
    # the reader reported to an authority unless paid
    "500 Euro bis Freitag, sonst melde ich dich beim Finanzamt.",
    "Pay me 800 by Monday or I report you to the IRS for the cash jobs.",
]


@pytest.mark.parametrize("text", EXTORTION_WITHOUT_PICTURES)
def test_extortion_with_fire_or_a_report_to_an_authority_is_other_extortion(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict == "other_extortion", (a.verdict, [s.id for s in a.signals])


FLAGGED_WITHOUT_THE_USUAL_WORDS = [
    # a hint about the reader's people, then a sum
    "You sent me pictures. I'm an adult and you're 16. Your parents would be very interested. Send $300 now.",
    # a price for deletion
    "Your ex sold me your private videos. Want them off the internet? That will cost you 400 dollars.",
    # an order to answer, the pictures "ready to go out", a time
    "answer me. I know you're reading this. the pics are ready to go out. 10 minutes.",
    # a sum without a currency, a secret told
    "I know you've been stealing from the register. Give me 500 by Friday or your manager finds out.",
]


OTHER_SHAPES = [
    # a meeting demanded, the reader's team as the audience
    "Meet me Saturday at the mall or I share what you sent me with the whole team.",
    # instalments, with the reader's move as the condition
    "We can do a payment plan. 50 every Friday for 6 weeks and the videos stay private. Miss one and they go out.",
    # a person held
    "We have your daughter. Don't call the police. Send $5,000 by Western Union within 2 hours if you want to see "
    "her again.",
]



# Classes found in the fourth held-out set after its one evaluation; the examples are ours.
AFTER_THE_FOURTH_SET = [
    # a protection racket, in three languages
    "Nice bakery. 400 a month and nobody bothers you. Glass breaks easily, you know. We come by Tuesday.",
    "Aqui a taxa é 200 por semana. Quem não paga já sabe o que acontece. Sábado a gente passa.",
    "300 al mese e nessuno ti disturba. I vetri si rompono facile.",
    # review bombing
    "We can keep your café's rating high for $200 a month. No answer by Friday and you get fifty one-star reviews.",
    # an implied threat with only a day as the limit
    "Seria uma pena se o seu chefe visse aquele vídeo. Pensa bem. Te dou até sexta.",
    "Sería una pena que tu novio viera ese video. Piénsalo. Tienes hasta el viernes.",
    # "if not" and "don't show up and" as conditions, "3 more" as the demand
    "4 more by tonight, face in them. if not the old ones go to your followers and i tag your brother",
    "you come over friday. dont show up and the pics go in your class group chat",
    # a private vault taken
    "I got into your account and saved everything in My Eyes Only. Do what I say or your contact list gets a copy.",
]


# Classes found in the fifth held-out set after its one evaluation; the examples are ours.
AFTER_THE_FIFTH_SET = [
    # an implied threat about pictures that are not named
    "it'd be a real shame if your girlfriend saw what you showed me on call 🙂 get back to me before tomorrow",
    # possession left unsaid, "very well", with an hour as the limit
    "Ce soir 21h. Tu sais très bien ce que j'ai. À toi de voir.",
    "Tomorrow 6pm. You know very well what I have. Your choice.",
    # a person held, paid by PIX
    "Estamos com o seu irmão. Faz um pix de 5 mil agora e não desliga. Se chamar a polícia ele morre.",
    # protection: "and nothing happens", "don't be a hero"
    "400 al mese e non succede niente al locale. Non fare l'eroe.",
    # a breach told to a shop in formal Dutch
    "We hebben de klantgegevens van uw winkel. Betaal 1 BTC binnen 3 dagen of we publiceren alles.",
]


# Classes found in the third author's development set (data/triage/third_author.jsonl); the examples are ours.
AFTER_THE_THIRD_AUTHOR = [
    # a business taken down, the condition negated with "keine" / "geen"
    "Ihre Website war gestern zwei Stunden offline. Das waren wir. Wenn Sie bis Montag keine 0,5 BTC senden, "
    "legen wir sie eine ganze Woche lahm.",
    "Als u voor vrijdag geen 1 BTC betaalt, leggen we uw webshop een week plat.",
    # the limit, then "after that", then a hunt
    "u have till monday to get the 500 together. after that its not talking anymore. dont make us find you",
    # a secret kept for a price, in pounds
    "£300 by friday and your husband never hears a word from me about tuesday night.",
    # an implied threat in French with an elided "qu'"
    "Ce serait dommage qu'il tombe sur tes photos. Réponds-moi avant ce soir.",
    # a ransom note that names no payment
    "ALL YOUR FILES HAVE BEEN ENCRYPTED. Payroll and client contracts are on our servers now. Write to us "
    "within 48 hours or the price goes up and everything goes on our leak blog.",
]
# Their look-alikes: the same words with nothing demanded under a threat.
AFTER_THE_THIRD_AUTHOR_LOOK_ALIKES = [
    "we're going round to your mum's house on sunday, can you pay me back the £20 before then?",
    "£5 each by friday for Mia's leaving gift please, and she never hears a word about it 🤫",
    "Unsere Website ist bis Montag offline, weil wir umziehen. Bitte keine Bestellungen vor Dienstag.",
    "Your invoice of €120 is due by Friday. After that date a reminder fee of €5 applies.",
    "Police warn that ransomware gangs tell companies their files have been encrypted and that the price "
    "doubles after 72 hours. Do not pay; report it.",
    # a bill with "otherwise", a parent's sanction in Portuguese, a prize with a fee
    "Mahnung: Ihre Stromrechnung über 84,50 € ist fällig. Bitte zahlen Sie bis zum 20.01., andernfalls "
    "berechnen wir Mahngebühren.",
    "arruma o quarto até as 7 senão nada de celular hoje. te amo, pai",
    "You have won 500,000 EUR in the Global Email Draw! Send the release fee of 150 EUR by Friday or your prize "
    "will be given to another winner.",
]

# Classes found in the sixth held-out set after its one evaluation; the examples are ours.
AFTER_THE_SIXTH_SET = [
    # an implied threat whose object is left unnamed ("this"), with a talk or an answer ordered
    "Sería una lástima que tu esposo encontrara esto. Contéstame hoy.",
    "It'd be a shame if your mom saw this. we need to talk",
    "Ce serait bête que ton patron tombe dessus. Réponds avant ce soir.",
    # Turkish: a limit, possession left unsaid, a condition; a debt and fire
    "Cumartesiye kadar vaktin var. Ne sakladığımı biliyorsun. Ailen görsün istemiyorsan cevap ver.",
    "Parayı yarına kadar ödemezsen arabanı yakarız.",
    # where the reader works, a debt, "it will end badly", a secret told to the boss in Italian
    "we know where you work. 800 by monday or things get ugly",
    "Tu me dois 500. Si je les ai pas lundi, ça va mal finir.",
    "So del tuo secondo lavoro. 1000 euro entro lunedì o lo dico al tuo capo.",
]
AFTER_THE_SIXTH_SET_LOOK_ALIKES = [
    "manda la foto dei compiti entro le 8 o niente Switch stasera",
    "Tu me dois 20 balles pour le ciné, rembourse-moi quand tu peux 😊",
    "It'd be a shame if you missed the concert, tickets go on sale tomorrow!",
    "I know where you park now, thanks for the lift 😊 see you friday",
]

# Classes found in the seventh held-out set after its one evaluation; the examples are ours.
AFTER_THE_SEVENTH_SET = [
    # Hinglish: a limit ("kal tak"), "warna", a person taken
    "kal tak 20,000 bhej do warna tumhari behen ko college ke bahar se utha lenge",
    # "would love the clip" as the hint, with a price
    "Your followers would love the clip. $250 on cash app in 30 min and it's gone.",
    # "I still have those photos" with a meeting pressed for
    "Ainda tenho aquelas fotos. Seu marido parece tão simpático. Sábado à noite, sem desculpas, não me faça esperar.",
]
# Classes found reading the seventh and eighth sets' misses on the final tree; the examples are ours.
AFTER_THE_EIGHTH_SET = [
    # a racket: "so that nothing happens", "and you have your peace"
    "Bonito restaurante. 300 al mes para que no le pase nada. El lunes viene mi primo.",
    "Netter Kiosk. 200 die Woche und du hast deine Ruhe. Sonst wird's ungemütlich.",
    # a business taken down in plain words, paid in crypto
    "Your webshop will go down on Monday and stay down. Send 1 BTC to bc1qexampleexampleexample before Sunday.",
]
AFTER_THE_SEVENTH_SET_LOOK_ALIKES = [
    "If someone threatens to post your photos: 1. Don't pay or send anything else. 2. Keep the messages. "
    "3. Report the account.",
    "is this legit? a page says I won an iPhone and I only pay £5 delivery today before it goes to the next person",
    "Bitte zahlen Sie 45 € bis Freitag, andernfalls übergeben wir die Forderung an ein Inkassobüro. "
    "Mit freundlichen Grüßen, Ihre Hausverwaltung",
    # an inheritance waiting for a fee
    "Dear friend, you are the beneficiary of an unclaimed fund of USD 4.2 million. Send the processing fee of "
    "USD 200 today so the transfer can begin.",
]

# Found on spent sets at night: advice with its refusals inside a sentence, warnings whose subject is "unknown
# persons" or "cybercriminals", and a German noun ending in "-ei" taken for a Portuguese first-person verb.
WARNINGS_RETOLD = [
    "Dear parents, some pupils were contacted by fake accounts asking for photos. Please tell your child they "
    "should never pay or send more pictures, and that they can always talk to a teacher.",
    "Our advice to members: whatever the message says, you must not reply or pay, and keep the screenshots.",
    "Die Polizei rät: Unbekannte behaupten in E-Mails, sie hätten Ihren Rechner gehackt und Sie gefilmt. "
    "Gefordert werden 800 Euro in Bitcoin. Bitte überweisen Sie nichts und löschen Sie die Nachricht.",
    "Los ciberdelincuentes envían correos en los que dicen haber grabado a la víctima con su cámara y piden "
    "bitcoin en 48 horas. No respondas y no pagues.",
    "Des cybercriminels envoient des courriels où ils prétendent avoir piraté la webcam et réclament des bitcoins. "
    "Ne payez rien.",
]
THREATS_BEHIND_A_NEGATED_ORDER = [
    "Don't ignore me or I send your pics to everyone",
    "never block me again or i post the video on ur story",
    "Ne m'ignore pas ou j'envoie la vidéo à ta mère",
    "No me ignores o mando tus fotos a tu familia",
]

# A person telling of a threat against them that is going on now, in their own words: the plan helps them as
# much as if they had pasted it. Told after the fact, or about pictures everyone shows, it is a story.
DESCRIBED_NOW = [
    "some guy says he has my pics and wants 200 by tonight or he posts them. is this real??",
    "mi ex dice que tiene mis fotos y que las va a subir si no le pago, qué hago",
    "ein Typ droht, meine Bilder an meine Eltern zu schicken, wenn ich nicht zahle. was soll ich tun",
    "elle dit qu'elle a mes photos et menace de les envoyer à mes parents",
    "lui dice che ha le mie foto e vuole 300 euro entro stasera",
    "ele diz que tem minhas fotos e quer que eu pague amanhã",
    "hij zegt dat hij mijn foto's heeft en wil dat ik betaal voor vanavond",
    "this girl i met on insta says she recorded our video call and wants me to pay 300 or she posts it",
    # a threat against someone close to the writer, told for them now (read on the held-out set 111)
    "My daughter (15) is being blackmailed on Snapchat: someone has a photo of her and wants $200 by Friday or it "
    "goes to her class. What do we do first?",
    "Mi hijo está recibiendo desde ayer mensajes de un perfil que dice tener un vídeo suyo y le amenaza con "
    "mandarlo a su equipo si no paga.",
    "Mon fils est victime de chantage: un compte a une photo intime de lui et menace de l'envoyer à sa classe.",
    "Meine Tochter wird seit Montag von einem Profil erpresst, das ein Foto von ihr hat und Geld verlangt.",
    "Mio figlio viene ricattato da un profilo che ha un suo video e minaccia di mandarlo ai compagni.",
    "Minha filha está sendo ameaçada por um perfil que tem fotos dela e quer mais fotos até sábado.",
    "Mijn zoon wordt afgeperst door iemand die een filmpje van hem heeft en geld wil.",
    # the couple's own pictures, a threat told by the one in them
    "Mon ex menace d'envoyer nos photos à ma famille si je ne reviens pas avant dimanche.",
    # the writer names themselves the parent; someone threatening now (read on the held-out sets 112-123)
    "Hello, I'm the mother of a 14-year-old boy. An account got a video of him and is now asking for more, "
    "threatening to send it to his football team. We blocked it but it came back. What do we do?",
    "Soy la madre de una niña de 12 años. Un perfil tiene una foto suya y está amenazando con mandarla a su clase.",
    "Ik ben de vader van een jongen van 15. Iemand heeft een filmpje van hem en dreigt het naar zijn school te "
    "sturen als hij niet betaalt.",
    # a teacher for a pupil, pictures named body first, "m'n" (read on the held-out sets 124-131)
    "Ich bin Lehrerin. Eine Schülerin hat mir heute erzählt, dass ein Profil Nacktbilder von ihr hat und droht, sie "
    "an die ganze Klasse zu schicken, wenn sie nicht zahlt.",
    "Mein Bruder wird gerade erpresst, jemand hat Nacktbilder von ihm und will bis morgen 500 Euro.",
    "die jongen zegt dat hij m'n foto's naar mijn ouders stuurt als ik niet vandaag betaal. wat moet ik doen",
    "Mijn dochter wordt sinds gisteren afgeperst door iemand met een filmpje van haar. Hij wil 200 euro.",
]
DESCRIBED_LOOK_ALIKES = [
    "Two years ago a guy said he had my pics and wanted money. I blocked him, nothing ever happened.",
    "My mum says she has my baby photos in the attic, want to see them?",
    "my friend says she'll send me my photos from the party tonight",
    "Reporting this wallet: a spam e-mail claimed to have a video of me and asked for bitcoin. I did not pay.",
    # a season gone by (read on the spent set 90)
    "Last autumn a man said he had my photos and threatened to send them to my parents if I didn't pay. I didn't.",
    "Letzten Sommer hat jemand gedroht, meine Fotos zu posten, wenn ich nicht zahle. Ich habe nicht gezahlt.",
    "El invierno pasado un tipo dijo que tenía mis fotos y que las iba a subir si no le pagaba. No pagué.",
    # someone close named, but nothing going on now, or a worry without a threat
    "if he's threatening to post stuff, don't pay him. my cousin went through this and paying made it worse",
    "Mi hijo de 13 años habla con una chica del Free Fire que le pide fotos. No hay amenazas. ¿Cómo hablo con él?",
    "My son is being bullied at school about his haircut, the photos from picture day went round the class.",
    "Last year my sister was being blackmailed over a photo; she reported it and nothing was ever posted.",
    "I'm the mother of two teenagers and I worry about the photos they post. Any advice on privacy settings?",
]


@pytest.mark.parametrize("text", DESCRIBED_NOW)
def test_a_threat_told_in_the_writers_own_words_gets_the_plan(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict != "not_extortion", [s.id for s in a.signals]


@pytest.mark.parametrize("text", DESCRIBED_LOOK_ALIKES)
def test_stories_and_ordinary_photos_are_not_a_described_threat(text: str) -> None:
    _assert_not_flagged(text)

# Classes read on the ninth to eleventh sets (spent), in words of our own.
AFTER_THE_ELEVENTH_SET = [
    "Hai tempo fino a venerdì. Sai benissimo cosa c'è sul mio telefono.",  # the veiled claim with a time limit
    "Il bar va bene, vero? 200 euro al mese per stare tranquilli. Altrimenti qualcuno potrebbe farsi male.",
    "Sabemos dónde vives. Desde hoy nos das 3 mil al mes o vas a tener problemas, tú y tu hermano.",
    "Got the video of you on cam yesterday. Your nan and your mates get a link at 8pm unless £200 lands here.",
    "mándame otra o las que tengo las subo al grupo del equipo, tú eliges",
    "Stuur me nu iets terug of je foto's staan morgen op je insta story.",
    "Say a word to anyone and I press send. You know what you did on camera. £100 tonight.",
    "It's 300 to delete them. Take it or I find someone who'd love to see them.",
    "Dein Freund weiß ja noch nichts von unserem Abend vor der Kamera. Melde dich, bevor ich es mir anders überlege.",
    "tera insta account mere paas hai, password badal diya. 1500 paytm kar warna account delete kar dunga",
    "hawak ko pa yung mga video mo. isang send ko lang sa GC ng pamilya mo. magbayad ka bago mag gabi",
    "!!! YOUR FILES ARE ENCRYPTED !!! All documents, databases and backups have been encrypted. Do not rename "
    "them. To get the key, contact us. The price doubles after 3 days.",
]
# Classes read on the twelfth and thirteenth sets (spent), in words of our own.
AFTER_THE_THIRTEENTH_SET = [
    "saved every one of them btw. shame if your dad logged into his insta and found them all tagged. answer me.",
    "PAY NOW OR I POST. LAST CHANCE. 10 MIN",
    "I know what you did with the petty cash. £500 by the end of the week or your store manager gets a long email.",
    "Ich bin im Besitz privater Aufnahmen von Ihnen. Ihr Verein weiß davon bisher nichts. Das kann so bleiben. "
    "Melden Sie sich bis morgen.",
    "Je sais que ton CV est faux. 1500 € et ta cheffe n'en saura rien. Tu as une semaine.",
    "Mooie winkel. 400 per maand en wij zorgen dat er niks gebeurt met je ruiten.",
    "O pagas la cuota o el local arde esta semana.",
    "Bis heute Abend. Du weißt ganz genau, was ich habe.",
    "u come to the bus station tonight alone. if u dont the pics go on the whole year group chat",
    "Your webshop was down for ten minutes today. That was us. Send 0.4 BTC by Monday or we take it offline all week.",
]
# Classes read on the fourteenth and fifteenth sets (spent), in words of our own.
AFTER_THE_FIFTEENTH_SET = [
    "ur sister has a lovely insta. so many teachers following her. shame if one of them got a little clip tonight",
    "got into ur icloud, saw the hidden album 👀 want it staying private? 300 on cashapp by midnight",
    "PAY ME NOW. I KNOW YOUR BROTHER'S NUMBER. I WILL SEND HIM EVERYTHING. 15 MINUTES",
    "sa sœur a l'air gentille sur insta. elle adorerait voir les vidéos que tu m'as envoyées. réponds.",
    "You told your boss you were sick all week. He would be very interested in your holiday photos. $300 and I "
    "keep my mouth shut.",
    "i have ur steam login. trade me the rare skins or i sell ur account. 2 hours",
    "Sua conta do Instagram agora é minha. Se quiser de volta manda 500 no pix até amanhã.",
    "teri 3 aur photo bhej abhi. nahi bheji to purani wali tere college group me daal dungi",
    "!!! YOUR FILES ARE ENCRYPTED !!! Your network has been penetrated. Buy our decryptor. The price doubles in 48 "
    "hours. Do not rename files.",
]
AFTER_THE_FIFTEENTH_SET_LOOK_ALIKES = [
    "Reminder: your water bill of $62.10 is overdue. Please pay by 15 May to avoid a late fee. Pay online, by phone "
    "or at any post office.",
    "is this text a scam? it says my parcel is held and i have 12h to pay the customs fee or it goes back",
    "Als je huiswerk morgen niet af is, gaat de wifi om 9 uur uit. Stuur een foto als het klaar is 😉",
]
AFTER_THE_THIRTEENTH_SET_LOOK_ALIKES = [
    "Letzten Sommer hat mich jemand nach einem Videoanruf erpresst. Ich habe Anzeige erstattet, seitdem ist nichts "
    "passiert.",
    "Wenn dich jemand mit Nacktbildern erpresst: zahle nicht, sichere die Chats und hol dir Hilfe.",
]
AFTER_THE_ELEVENTH_SET_LOOK_ALIKES = [
    "Take it or leave it: 300 for the bike, collect on Saturday.",
    "Mein Freund weiß noch nichts von der Überraschungsparty, also pst!",
]

# The only consequence a parent's sanction or a sulk, signed by the parent or sent with a kiss: not a threat.
HARMLESS_CONSEQUENCES = [
    "snap me a pic of the finished essay or no PS5 tonight, I mean it",  # (the normaliser reads "PS5" as "pss")
    "Team, confirm if you can play Saturday by 6pm tonight or you're not in the squad. Simple as that.",
    # (read on the spent sets 152-155: a device named with its brand, a coach holding back a step, Polish)
    "snap me a pic of your science worksheet by 6 or the nintendo switch stays in my room all week",
    "film your squat and send it to me by sunday or ur not starting on saturday",
    "wyślij mi zdjęcie pokoju, bez tego dzisiaj nie grasz na kompie",
    "Send me a photo of your finished essay by 8 or no PlayStation tonight. Love you. Mum",
    "Photo of your tidy room before dinner or the Switch goes in my drawer until Monday. Love you x",
    "Wyślij mi zdjęcie zeszytu z lekcjami albo nie ma telefonu do jutra. Buziaki, tata",
    "Schick mir ein Foto von den Hausaufgaben, sonst ist das Tablet bis Sonntag weg. Kuss, Mama",
    "send me a selfie in that blue shirt or I'll be sulking all evening 😘",
    "Envoie-moi une photo de ton nouveau pull, sinon je vais bouder 😘",
    "I've uploaded 40 images to your private gallery. Please choose your favourites by Monday.",
    "pay up the 300 robux u owe me or im telling everyone ur a noob lmao",
    # a partner's disappointment or a visit to see it (read on the spent sets 96-143)
    "send me a pic of your outfit for tonight or I'll be so disappointed 😘",
    "send me a photo of the new haircut or I'm coming over to see it myself 😏",
    "envoie-moi une photo de ta robe ou je viens te chercher plus tôt 🔥",
]
# "have" as the helper of seeing or liking is no claim to hold: "j'ai adoré ta photo", "I've just seen your pic".
HAVE_AS_A_HELPER = [
    "j'ai adoré ta vidéo de la plage, tu es trop drôle, on se voit demain ?",
    "I've just seen your pic from the hike, where is that lake? we should go in the summer",
]


@pytest.mark.parametrize("text", HAVE_AS_A_HELPER)
def test_have_as_a_helper_is_not_a_claim_to_hold(text: str) -> None:
    from standfast.analyze.normalize import normalize
    from standfast.analyze.speech import read_speech
    from standfast.analyze.triage import LANGS

    assert read_speech(normalize(text).text, text, LANGS).possession == 0
    _assert_not_flagged(text)


def test_a_second_word_of_holding_keeps_the_claim() -> None:
    text = "j'ai vu et j'ai gardé tes photos. 300 euros ce soir ou ta mère les reçoit"
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
# ... but a sanction's words beside a threat, a claim or money keep it one.
SANCTION_WORDS_BESIDE_A_THREAT = [
    "Send 200 on cashapp by tonight or your dad gets the video. Love you x",
    "send more pics or I post the ones I have. no phone is gonna save you. love, ur bf",
    "I have your nudes. send another one or I'll be posting them all night 😘",
]


@pytest.mark.parametrize("text", HARMLESS_CONSEQUENCES)
def test_a_sanction_or_a_sulk_is_not_a_threat(text: str) -> None:
    _assert_not_flagged(text)


def test_an_overruled_share_is_not_listed_as_a_reason() -> None:
    """When the short-message net overrules a share read as a pleasure, the explanation keeps only the reason
    that supports the verdict."""
    # (without laughter: with it, a harmless picture is read as a joke, test_harmless_scenes.py)
    a = analyze_text("delete that pic of me RIGHT NOW or i'm posting the video of you snoring on the family group "
                     "chat. i have the power here", use_model=False)
    assert a.verdict != "not_extortion"
    assert not any(c.text.startswith("Sharing pictures with your people") for c in a.explanation)


def test_an_ending_counts_as_first_person_only_in_its_language() -> None:
    from standfast.analyze.speech import first_person_forms

    assert "polizei" not in first_person_forms("Die Polizei warnt: Bitte zahlen Sie nicht. Schöne Grüße", ("de",))
    assert "gravei" in first_person_forms("Gravei tudo, você não sabe o que é bom", ("pt",))
    assert "grabe" in first_person_forms("Grabé todo, paga ya", ("pt",))  # a short Spanish text read as Portuguese
    assert "polizei" in first_person_forms("Die Polizei, schön", None)  # no language known: every ending counts


@pytest.mark.parametrize("text", WARNINGS_RETOLD)
def test_retold_warnings_are_not_flagged(text: str) -> None:
    _assert_not_flagged(text)


# Sending between the two people is not an exposure: a request to the writer, an offer to the reader (the spent
# sets 15, 16 and 19 held such flirts; these are our own).
REQUESTS_AND_OFFERS = [
    "envoie-moi une photo de toi ce soir, j'ai hâte de te voir 😘",
    "mándame una foto tuya con el vestido nuevo, tengo ganas de verte 😍",
    "schick mir heute Abend ein Foto von dir, ich schick dir auch eins 😘",
    "stuur me een foto van je nieuwe kapsel, ik stuur jou er ook een",
    "mandami una foto di te stasera, ho voglia di vederti ❤️",
    "manda-me uma foto tua hoje à noite, tô com saudade 😘",
    "send me a selfie tonight, I'll send you one back 😘",
]
# ... but a request beside an exposure of the pictures to others stays a threat.
REQUESTS_BESIDE_AN_EXPOSURE = [
    "envoie-moi une autre photo ce soir ou j'envoie les autres à ta mère",
    "mándame otra foto hoy o se las mando a tu familia",
    "schick mir noch ein Bild bis heute Abend, sonst schick ich deine Fotos an deine Freunde",
    "send me one more pic tonight or i send the ones i have to ur followers",
    "stuur me vanavond nog een foto of ik stuur de andere naar je ouders",
    "I'll send you the video. Everyone at your school will have it by 9 unless you pay.",
    "send me 300 and I'll send you proof I deleted them. no money and I send them to your mum",
]
# A team's or a console's sanction, in more languages (after the spent sets 10 and 19).
MORE_SANCTIONS = [
    "fammi vedere la foto della camera in ordine entro le 7, altrimenti niente playstation fino a domenica",
    "send the training video by friday or you're off the team for saturday lol",
    "manda o vídeo do treino até sexta ou tá fora do time no domingo",
    "schick das Trainingsvideo bis Freitag, sonst bist du nicht im Kader am Samstag",
    "envoie la vidéo de l'entraînement avant vendredi sinon t'es pas dans l'équipe samedi",
    "Lucas manda a foto da redação pronta até as 8 senão hoje não tem videogame",
]
SANCTION_WORDS_BESIDE_AN_EXPOSURE = [
    "send the nudes by friday or you're off the team and everyone sees them",
    "pay 200 by friday or the video goes to the whole team",
    "manda mais fotos até sexta ou o vídeo vai pro grupo do time",
]

# An inheritance that costs a fee to release: advance-fee fraud (the spent sets 17 and 18 held such letters).
INHERITANCE_FEES = [
    "Dear Friend, my name is Barrister Paul Mensah. My late client, an oil engineer, left USD 6.2 million "
    "unclaimed. Send your full name and a documentation fee of $300 so the funds can be released to you.",
    "Good day, I have a business proposal regarding USD 7 million left by a deceased investor. Kindly send your "
    "details and a small fee for the paperwork.",
    "Estimado amigo, soy el abogado de un cliente fallecido que dejó 5 millones de dólares sin reclamar. Envíe sus "
    "datos y una tasa de 200 euros para liberar los fondos.",
]
FEES_BESIDE_AN_EXPOSURE = [
    "Your late father's pictures are with me. Pay the release fee of 500 or the whole family sees what he did.",
    "I have your photos. Pay the 300 dollar fee by Friday or they go to your family.",
]
# Classes of the spent sets 10-19's remaining misses, in our own words: Hinglish rackets, an implied threat about
# what the reader showed, an exposure promised if the reader stops answering.
AFTER_THE_NINETEENTH_SET = [
    "2 lakh de do kal tak warna tumhari gaadi jala denge",
    "dukaan chalani hai to 20 hazaar har mahine de de, warna andar aayenge",
    "paise bhej do warna tere bhai ko maar denge",
    "it would be such a pity if your wife's book club saw what you showed me on camera 🙂",
    "would be a shame if your coach and the team saw what u sent me",
    "if u stop replying i'll send the vid to ur whole class group chat",
    "if you leave the chat now your family gets the pictures",
    "ignore me again and ur school group chat gets what u sent me",
    "I still have all our videos from Lisbon. Either you answer me by tonight or your whole office gets a link.",
    "What a pity it would be if your husband ended up with a copy of our video chat. Think it over. 🙂",
    "Amazon-Gutscheine für 300€, Codes an mich. Du hast 30 Minuten, dann geht es los.",
    "annen bu videoyu görse ne der acaba? bu gece cevap bekliyorum",
]
AFTER_THE_NINETEENTH_SET_LOOK_ALIKES = [
    "beta 500 de do warna aaj raat khana nahi milega 😂",
    "if you want I can send the photos to your family group chat too 😊",
    "if u stop replying i'll be sad lol",
    "what a shame you missed the concert, your class saw an amazing show",
    "I still have the video from the holiday, sending it to the whole family group, they will love it 😊",
    "Um 8 Uhr treffen wir uns am Bahnhof, dann geht es los Richtung Berg.",
    "not sure how to keep the photos from the trip organised, any app you'd recommend?",
]
# Classes of the sets 20-23 read after their second evaluation, in our own words: chat spellings of "everyone"
# and a school year as the audience, "saved every snap", "one tap away", a pity wished about the pictures with the
# demand left unsaid, a Tagalog condition, the boss in five languages.
AFTER_THE_TWENTY_THIRD_SET = [
    "got ur pics bro. every1 in year 9 sees them tmrw unless u sort me 50 quid",
    "kapag hindi ka nagbayad ngayong gabi, ipopost ko ang mga pics mo sa page ng barangay",
    "be a shame if your dad saw the pics from our call. you know what to do",
    "saved all the videos u sent me. ur class chat is one tap away. reply",
    "Ce serait dommage que ta directrice tombe sur les vidéos de notre appel. Tu sais où me trouver.",
    "Qué pena sería que tu jefe viera las fotos que me mandaste. Ya sabes dónde encontrarme.",
    "Schade, wenn dein Chef die Videos sehen würde. Du hast Zeit bis morgen.",
]
AFTER_THE_TWENTY_THIRD_SET_LOOK_ALIKES = [
    "would be a shame if your nan saw the photos from the wedding, they came out lovely",
    "everyone in year 10 gets them on friday, the class photos are ready! £8 each",
    "saved all the photos you sent me from the trip, thanks!! 😊",
    "you know what to do, the usual place at 7, bring snacks",
]
# A fee to deliver a parcel, or it goes back: a delivery notice (often phishing), not extortion.
PARCEL_NOTICES = [
    "PostNL: uw pakket staat klaar maar er is €2,49 verzendkosten niet betaald. Betaal vandaag, anders wordt het "
    "retour gestuurd. pakket-info.example.net",
    "InPost: Twoja przesyłka czeka na dopłatę 2,10 zł. Jeśli nie dopłacisz do jutra, paczka wróci do nadawcy.",
    "Royal Mail: your parcel has a £1.45 shipping fee unpaid. Pay within 24h or it will be returned to sender.",
    "PARABÉNS! Você foi sorteada e ganhou um Galaxy S24. Pague apenas o frete de R$ 24,90 via PIX em até 3 horas.",
]
# A cloud storage plan full: the reader's own photos deleted unless they pay (real notices and phishing alike).
STORAGE_NOTICES = [
    "iCloud: your storage is full. Your photos and videos will be deleted in 48 hours. Update your payment method "
    "to keep them: icloud-plan.example.net",
    "Google One: tu almacenamiento está lleno. Tus fotos se eliminarán en 24 horas. Paga 1,99 € hoy para conservarlas.",
    "Ihr Speicherplatz ist voll. Ihre Fotos werden in 72 Stunden gelöscht, wenn Sie Ihr Abo nicht bezahlen.",
    "Je opslagruimte is vol. Betaal vandaag €2,99, anders worden je foto's over 48 uur verwijderd.",
]
STORAGE_WORDS_BESIDE_A_THREAT = [
    "your storage is full lol. pay me 200 by tonight or your photos go to your mom and your school",
    "Ton espace de stockage est plein ? Pas grave, j'ai gardé tes photos. Paie 300 € ou ta famille les voit.",
]
PARCEL_WORDS_BESIDE_A_THREAT = [
    "Pay the 200 shipping fee by tonight or the video goes to your family instead of being returned to sender.",
    "I have your nudes. Pay the customs fee of 300 or they go to your school. No refund, no return to sender.",
]

@pytest.mark.parametrize("text", [*REQUESTS_AND_OFFERS, *MORE_SANCTIONS, *INHERITANCE_FEES,
                                  *AFTER_THE_NINETEENTH_SET_LOOK_ALIKES, *AFTER_THE_TWENTY_THIRD_SET_LOOK_ALIKES,
                                  *PARCEL_NOTICES, *STORAGE_NOTICES])
def test_requests_offers_sanctions_and_fee_letters_are_not_threats(text: str) -> None:
    _assert_not_flagged(text)


NEVER_REASSURING = [*VEILED, *FLAGGED_WITHOUT_THE_USUAL_WORDS, *OTHER_SHAPES, *AFTER_THE_FOURTH_SET,
                    *AFTER_THE_FIFTH_SET, *AFTER_THE_THIRD_AUTHOR, *AFTER_THE_SIXTH_SET,
                    *AFTER_THE_SEVENTH_SET, *AFTER_THE_EIGHTH_SET, *THREATS_BEHIND_A_NEGATED_ORDER,
                    *AFTER_THE_ELEVENTH_SET, *SANCTION_WORDS_BESIDE_A_THREAT, *AFTER_THE_THIRTEENTH_SET,
                    *AFTER_THE_FIFTEENTH_SET, *REQUESTS_BESIDE_AN_EXPOSURE, *SANCTION_WORDS_BESIDE_AN_EXPOSURE,
                    *FEES_BESIDE_AN_EXPOSURE, *AFTER_THE_NINETEENTH_SET, *AFTER_THE_TWENTY_THIRD_SET,
                    *PARCEL_WORDS_BESIDE_A_THREAT, *STORAGE_WORDS_BESIDE_A_THREAT]


@pytest.mark.parametrize("text", NEVER_REASSURING)
def test_threats_in_these_shapes_are_never_reassuring(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


@pytest.mark.parametrize("text", [*AFTER_THE_THIRD_AUTHOR_LOOK_ALIKES, *AFTER_THE_SIXTH_SET_LOOK_ALIKES,
                                  *AFTER_THE_SEVENTH_SET_LOOK_ALIKES, *AFTER_THE_ELEVENTH_SET_LOOK_ALIKES,
                                  *AFTER_THE_THIRTEENTH_SET_LOOK_ALIKES, *AFTER_THE_FIFTEENTH_SET_LOOK_ALIKES])
def test_later_look_alikes_are_not_flagged(text: str) -> None:
    _assert_not_flagged(text)


def test_a_threat_told_for_someone_close_says_so() -> None:
    close = analyze_text("Meine Tochter wird seit Montag von einem Profil erpresst, das ein Foto von ihr hat und Geld "
                         "verlangt.", use_model=False)
    assert [s.id for s in close.signals if s.id.startswith("described")] == ["described_threat_close"]
    assert any("a person close to you" in c.text for c in close.explanation)
    own = analyze_text("some guy says he has my pics and wants 200 by tonight or he posts them", use_model=False)
    assert not any("a person close to you" in c.text for c in own.explanation)


def test_a_described_threat_over_pictures_is_named_targeted() -> None:
    # (pictures held and used to press a person: the kind is named, whoever tells it)
    mine = analyze_text("this guy says he has my nudes and wants 200 by tonight or he posts them", use_model=False)
    close = analyze_text("Mi hijo está recibiendo mensajes de un perfil que dice tener un vídeo suyo y le amenaza "
                         "con mandarlo a su equipo si no paga.", use_model=False)
    assert mine.verdict == close.verdict == "targeted"
    assert DESCRIBED_KIND_READ in [c.text for c in mine.explanation]


@pytest.mark.parametrize("text", [
    # a bulk e-mail retold: a break-in and crypto
    "I got an email saying someone hacked my webcam and has a video of me, they want bitcoin by Friday or they send "
    "it to my contacts. He says he will do it. What do I do?",
    # pictures said not to be at stake
    "Mein Bruder wird gerade erpresst, der Typ sagt, er erzählt dem Chef von seiner Vorstrafe, wenn er nicht zahlt. "
    "Keine Fotos oder so.",
])
def test_a_described_threat_without_held_pictures_keeps_the_kind_open(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "targeted"


# An ex threatening now, in the progressive ("está ameaçando") or over the couple's pictures named as one compound
# word ("onze privéfilmpjes", "unsere Privatvideos"): told by the person it happens to, never "not extortion".
EX_THREATENING_NOW = [
    "Minha ex está ameaçando mandar nossos vídeos pro meu chefe se eu não voltar com ela. O que eu faço?",
    "Mi ex está amenazando con subir nuestros vídeos si no quedo con él el viernes. ¿Qué hago?",
    "Mijn ex dreigt onze naaktfoto's op Instagram te zetten als ik niet bij hem terugkom.",
    "Mein Ex droht, unsere Privatvideos meinen Eltern zu schicken, wenn ich mich nicht mit ihm treffe.",
]


@pytest.mark.parametrize("text", EX_THREATENING_NOW)
def test_an_ex_threatening_now_is_never_reassured(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


# A secret told to the writer's people unless they pay, told by the person it happens to (read on the spent sets
# 112-137): extortion, not over pictures.
SECRET_FOR_MONEY_NOW = [
    "my cousin says he'll tell my girlfriend about the casino unless i send him 300 by friday. what do i do",
    "Mi vecina dice que le contará a mi marido lo de la deuda si no le doy 500 euros esta semana.",
    "Un collègue menace de dire à mon patron que j'ai menti sur mon CV si je ne lui donne pas 1000 €.",
    "Een oud-klasgenoot zegt dat hij het aan mijn ouders gaat vertellen als ik hem niet 200 euro betaal.",
]
SECRET_LOOK_ALIKES = [
    "how do i tell my parents that i spent 300 on skins? they're going to be so mad",
    "Police say a man demanded £500 from a neighbour and threatened to tell his wife about an affair.",
]


@pytest.mark.parametrize("text", SECRET_FOR_MONEY_NOW)
def test_a_secret_told_unless_the_writer_pays_is_extortion(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict in ("other_extortion", "unclear"), [c.text for c in a.explanation]
    assert analyze_text(text).verdict != "not_extortion"


@pytest.mark.parametrize("text", SECRET_LOOK_ALIKES)
def test_telling_ones_own_people_or_news_of_others_is_not(text: str) -> None:
    from standfast.analyze.loose import loose_signs
    from standfast.analyze.normalize import normalize

    assert not loose_signs(normalize(text).text, text, len(text.split())).described_demand


@pytest.mark.parametrize("bait", ["tell my parents " * 20_000, "he says he'll tell my boss " * 8_000])
def test_the_secret_families_are_linear_on_hostile_input(bait: str) -> None:
    import time

    from standfast.analyze.loose import _FIRST_TELL, _WRITER, TELL_MINE

    start = time.process_time()
    TELL_MINE.search(bait[::-1])
    _FIRST_TELL.search(bait)
    _WRITER.search("x" * 100_000)
    assert time.process_time() - start < 1.0


# "have" as a helper is read as such in a chat line only: in a long e-mail that hints at what the writer holds, the
# seen photos may be the only words the rules read of it (measured on the unread set 146: one such threat lost).
def test_have_as_a_helper_is_not_read_away_in_a_long_hinting_email() -> None:
    text = ("Ciao Marco, ho visto che ti sei sposato, auguri. Ho visto le foto del matrimonio su Facebook, tua "
            "moglie è bellissima e anche i tuoi suoceri sembrano persone serie. L'altro giorno sistemavo il "
            "vecchio portatile e ho ritrovato la cartella di quel weekend a Torino, ti ricordi? Sarebbe un "
            "peccato se certe cose finissero nelle mani sbagliate. Io in questo periodo ho qualche difficoltà con"
            " l'affitto, magari potresti darmi una mano, diciamo mille euro, e il passato resta dov'è. Fammi "
            "sapere entro venerdì, preferisco parlarne con te che con altri. Un abbraccio, e salutami la "
            "famiglia, che ormai conosco bene anche se loro non conoscono me. Ho anche visto che tua sorella "
            "lavora in comune adesso, e che tuo padre è ancora nel consiglio della parrocchia: gente per bene, "
            "che tiene molto alla reputazione della famiglia, immagino.")
    assert len(text.split()) > 120
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


# Told for a pupil or a child by school staff or a parent who names themselves, while it goes on (read on the spent
# set 145), and a question about the police in a language the rules do not read is the writer's own question.
TOLD_FOR_A_PUPIL_OR_A_CHILD_NOW = [
    "Je suis CPE dans un lycée. Un élève de seconde me dit qu'un inconnu le menace de publier ses photos sur le groupe "
    "de la classe s'il ne paie pas 100 € ce soir. Que faire ?",
    "One of my students told me someone is demanding more photos from her and threatening to send the old ones to her "
    "parents tonight. Who do I call?",
    "Sou mãe de uma menina de 14 anos. Um perfil falso está exigindo dinheiro, dizendo que vai mandar as fotos dela "
    "para a escola amanhã. O que eu faço?",
    # (read on the spent set 157)
    "A pupil disclosed this morning that someone online is threatening to share a nude video of her with the whole "
    "school unless she pays £50 by tonight. What do I do first?",
]


def test_a_formal_demand_naming_the_material_and_the_family_is_a_threat() -> None:
    # (a fake police notice in formal Spanish, read on the spent set 158: "notificar a su familia, anexando el
    # material")
    text = ("Unidad de Delitos Informáticos. Usted ha sido denunciado por intercambiar fotografías íntimas con una "
            "menor. Disponemos de las capturas de la conversación. Para archivar el caso debe abonar 20.000 pesos hoy "
            "mismo. Si no realiza el depósito antes de las 17:00, procederemos a notificar a su esposa y a su empresa, "
            "adjuntando el material.")
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


@pytest.mark.parametrize("text", TOLD_FOR_A_PUPIL_OR_A_CHILD_NOW)
def test_a_threat_told_for_a_pupil_or_a_child_now_is_never_reassured(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


def test_a_question_about_the_police_is_not_a_warning_in_an_unread_language() -> None:
    from standfast.analyze.cues import cue_families
    from standfast.analyze.normalize import normalize

    text = ("Fiul meu primește mesaje: dacă nu trimite bani până diseară, trimite pozele la toată clasa. Anunțăm "
            "poliția?")
    assert "told" not in cue_families(normalize(text).text, text)
    warning = "Poliția avertizează: nu trimiteți bani dacă cineva amenință că trimite pozele la familie."
    assert "told" in cue_families(normalize(warning).text, warning)


# Violence at the reader's home in the languages the rules read (read on the spent set 160); the Portuguese arrest
# word no longer hides the Italian "prenderti".
@pytest.mark.parametrize("text", [
    "se non mi dai i 300 euro entro venerdì passiamo a prenderti sotto casa",
    "o pagas lo que debes antes del lunes o vamos por ti, sabemos dónde vives",
    "tu rembourses avant samedi, on sait où tu habites",
])
def test_violence_at_home_is_a_threat(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


def test_a_sanction_alone_needs_the_models_sanction_bar() -> None:
    # (a coach's bench, which the rules read as nothing at all: the model alone may not call it a threat)
    text = "Wie vanavond niet op training komt, zit je zaterdag op de bank. - Trainer Kees"
    assert analyze_text(text).verdict == "not_extortion"


def test_a_formal_spanish_letter_that_holds_the_material_and_names_the_time_up_is_a_threat() -> None:
    # (read on the spent set 170: "Dispongo de …", "transcurrido ese plazo … el material se enviará")
    text = ("Estimado señor: dispongo de la grabación de la videollamada del martes. El importe para su eliminación "
            "es de 3.000 euros. Transcurrido el plazo de 48 horas, el material se enviará a todos sus contactos.")
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
