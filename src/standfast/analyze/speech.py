"""Who says what to whom, sentence by sentence: a threat to expose, a claim to hold images, a demand.

Bulk-scam rules look at the shape of a whole e-mail; a person's threat is one or two short sentences
in any wording and language. Here each sentence (a window: words of different sentences never
combine) is read for a few roles, matched on Snowball stems (``snowballstemmer``, backed by PyStemmer
when installed) so that "envío", "enviaré" and "enviarlas" all count as *send*:

- *expose*: send, share, post, publish, leak … (and weak ones – "goes to", "will see" – that need an
  audience and the material in the same sentence);
- *audience*: family, followers, school, boss, everyone …; *material*: pics, nudes, video, screenshots;
- *possess*: have, got, saved, recorded; *demand*: pay, transfer, gift cards, payment apps, "send more";
- *deadline*: hours, tonight, "rn", ⏰;
- who acts: first person (or a verb form that implies it – "ho", "tengo", "hackeé", "gravei"),
  the reader ("you", "ur", "tus", "deine"), or a third party ("scammers", "someone", "they") and
  hedges ("may", "can", "if someone") or reports ("threatened", "was arrested"), which make a sentence a
  warning or news instead of a threat.

The result is a handful of counts and the sentences behind them, which triage combines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise

from standfast.analyze.loose import BETWEEN_US as _BETWEEN_US
from standfast.analyze.loose import BY_DAY as _BY_DAY
from standfast.analyze.loose import EXPOSE as _EXPOSE
from standfast.analyze.loose import FIXED_OR as _FIXED_OR
from standfast.analyze.loose import HELPER_HAVE as _HELPER_HAVE
from standfast.analyze.loose import HELPER_HAVE_WORDS
from standfast.analyze.loose import I_PAY_YOU as _I_PAY_YOU
from standfast.analyze.loose import OFFERS as _OFFERS
from standfast.analyze.matcher import tokenize, word_text
from standfast.analyze.wordstart import WordStartPhrases

LANGS = ("en", "es", "de", "fr", "it", "pt", "nl")
_SNOWBALL = {"en": "english", "es": "spanish", "de": "german", "fr": "french", "it": "italian",
             "pt": "portuguese", "nl": "dutch"}

# Role -> language -> words (accent-free, lowercase; several inflections where the stemmer does not
# join them). Words are stemmed with their language's stemmer when the table is built.
ROLES: dict[str, dict[str, str]] = {
    "expose": {
        "en": "send sending share sharing post posting publish leak leaking leaked expose exposing forward upload "
              "uploading spread distribute release blast tell",
        "es": "enviar envio enviare enviaria enviarlas enviarlos mandar mando mandare mandaria mandarlas "
              "mandarselas mandarselo publicar publico publicare publicarlas compartir comparto compartire "
              "difundir difundo difundire subir subo subire mostrar muestro mostrare filtrar filtro etiquetar "
              "contar contare mandaremos enviaremos publicaremos notificar notificaremos anexando adjuntando "
              "enviara publicara difundira",
        "de": "schicken schicke schickst verschicken verschicke senden sende versenden veroffentlichen "
              "veroffentliche teilen teile posten poste hochladen lade zeigen zeige verbreiten verbreite "
              "weiterleiten leite erzahlen erzahle stelle stellen",
        "fr": "envoyer envoie envoierai enverrai enverrais publier publie publierai partager partage "
              "partagerai diffuser diffuse diffuserai montrer montre montrerai poster poste posterai "
              "transferer balancer balance",
        "it": "inviare invio inviero mandare mando mandero pubblicare pubblico pubblichero condividere "
              "condivido condividero diffondere diffondo diffondero mostrare mostro mostrero postare posto "
              "caricare carico",
        "pt": "enviar envio enviarei mandar mando mandarei publicar publico publicarei compartilhar "
              "compartilho compartilharei divulgar divulgo divulgarei postar posto postarei mostrar mostro "
              "mostrarei vazar vazo espalhar espalho",
        "nl": "sturen stuur versturen verstuur delen deel publiceren publiceer posten post verspreiden "
              "verspreid uploaden laten tonen toon doorsturen zet zetten",
    },
    # Verbs of receiving or seeing: a threat only with an audience *and* the material in the sentence
    # ("this video goes to your mom", "your parents will see the pictures").
    "expose_weak": {
        "en": "go goes going gets get receive receives see sees seeing show showing",
        "es": "llega llegara van iran ver veran vera recibir recibiran publico",
        "de": "geht gehen bekommen bekommt sehen sieht erhalten offentlich landet landen kriegen kriegt",
        "fr": "verront verra voir voient recevoir recevront recoivent recoit arrive public publique part partira",
        "it": "arriva arrivera vedere vedra vedranno ricevere riceveranno pubblico",
        "pt": "vai vao chega ver verao vera receber receberao publico",
        "nl": "gaat krijgen krijgt zien ziet ontvangen openbaar",
    },
    "audience": {
        "en": "family families friend friends follower followers contact contacts school schools parent parents "
              "mom mum mother dad father boss work job colleague colleagues coworker coworkers classmate "
              "classmates teacher teachers girlfriend boyfriend wife husband everyone everybody every1 "
              "evry1 internet relatives sister brother employer church neighbours neighbors fam public publicly "
              "online viral everywhere site sites web instagram insta ig facebook fb snapchat snap tiktok twitter "
              "reddit story stories onlyfans principal university uni college hr newspaper press media bf gf ex kids "
              "manager supervisor "
              "dms guild server mods team teammates pastor congregation fiance fiancee partner grandma grandpa "
              "aunt uncle cousin cousins",
        "es": "familia familiares amigo amigos seguidor seguidores contacto contactos escuela colegio padres "
              "madre mama padre papa jefe trabajo companeros novia novio esposa esposo todos internet "
              "redes empleador empresa",
        "de": "familie freund freunde freundin follower kontakte kontakten schule eltern mutter mama vater "
              "papa chef arbeit arbeitgeber kollegen mitschuler lehrer frau mann alle internet",
        "fr": "famille amis ami abonnes contacts ecole lycee college parents mere maman pere papa patron "
              "travail collegues copine copain femme mari internet reseaux monde employeur entourage proches",
        "it": "famiglia amici amico follower contatti scuola genitori madre mamma padre papa capo lavoro "
              "colleghi compagni ragazza ragazzo moglie marito tutti internet",
        "pt": "familia amigos amigo seguidores contatos escola pais mae pai chefe trabalho colegas galera turma "
              "namorada namorado esposa marido todos internet",
        "nl": "familie vrienden vriend vriendin volgers contacten school ouders moeder mama vader papa baas "
              "werk collega collegas klasgenoten iedereen internet vrouw partner",
    },
    "material": {
        "en": "pic pics picture pictures photo photos image images nude nudes naked video videos vid vids clip "
              "clips recording recordings footage tape videocall facetime",
        "es": "foto fotos imagen imagenes video videos desnudos nudes grabacion videollamada material",
        "de": "foto fotos bild bilder nacktbild nacktbilder nacktfotos video videos aufnahme aufnahmen videoanruf",
        "fr": "photo photos image images nudes video videos enregistrement",
        "it": "foto immagine immagini video nudi registrazione videochiamata",
        "pt": "foto fotos imagem imagens nudes video videos gravacao videochamada",
        "nl": "foto fotos naaktfoto naaktfotos beeld beelden video videos filmpje opname videogesprek",
    },
    # Other things a threat can expose: chat screenshots, an address, private data.
    "screens": {
        "en": "screenshot screenshots screenshotted chats conversation conversations address secrets data "
              "everything files documents contracts records",
        "es": "captura capturas conversacion conversaciones direccion secretos datos archivos documentos contratos",
        "de": "screenshot screenshots chat chats adresse geheimnisse daten dateien dokumente unterlagen vertrage",
        "fr": "capture captures conversation conversations adresse secrets donnees fichiers documents dossiers "
              "contrats",
        "it": "screenshot conversazione conversazioni indirizzo segreti dati documenti contratti",
        "pt": "print prints conversa conversas endereco segredos dados arquivos documentos contratos",
        "nl": "screenshot screenshots gesprek gesprekken adres geheimen gegevens bestanden documenten contracten",
    },
    "possess": {
        "en": "have got saved kept recorded screenshotted captured own",
        "es": "tengo tenemos guarde grabe tener dispongo disponemos",
        "de": "habe hab haben gespeichert aufgenommen",
        "fr": "ai avons garde enregistre",
        "it": "ho abbiamo salvato registrato",
        "pt": "tenho temos guardei gravei salvei",
        "nl": "heb hebben opgeslagen opgenomen",
    },
    "demand": {
        "en": "pay paying payment transfer wire money cash venmo cashapp zelle paypal giftcard giftcards "
              "dollars usd bucks euros bitcoin btc crypto monero xmr",
        "es": "pagar pagas pagues paga pagame pago pagais pagueis pagad transferir transfiere dinero plata bizum euros "
              "dolares",
        "de": "zahlen zahl zahlst bezahlen bezahl uberweisen uberweis geld euro gutschein gutscheine kohle",
        "fr": "payer paie paies payez paye argent virement euros lydia",
        "it": "pagare paghi paga pagami soldi bonifico euro satispay ricarica",
        "pt": "pagar pague paga pagamento dinheiro pix reais transferir",
        "nl": "betalen betaal betaalt geld tikkie euro overmaken",
    },
    "deadline": {
        "en": "hour hours hrs minutes mins tonight today rn asap tomorrow midnight deadline",
        "es": "horas hora hoy manana medianoche minutos noche",
        "de": "stunden stunde heute morgen mitternacht minuten abend",
        "fr": "heures heure soir aujourd demain minuit minutes",
        "it": "ore ora stasera oggi domani mezzanotte minuti",
        "pt": "horas hora hoje amanha meia minutos noite",
        "nl": "uur vanavond vandaag morgen middernacht minuten",
    },
    "conditional": {
        "en": "or otherwise unless else if",
        "es": "o sino si transcurrido",
        "de": "oder sonst ansonsten wenn falls",
        "fr": "ou sinon si",
        "it": "o altrimenti se",
        "pt": "ou senao se caso",
        "nl": "of anders als",
    },
    # The speaker as the one who acts (subject pronouns and verb forms that imply them); "my" or "our"
    # alone does not make the speaker the actor ("share our offer with your friends").
    "first": {
        "en": "i im ive ill id we ima imma",
        "es": "yo tengo tenemos nosotros hemos voy vamos",
        "de": "ich wir habe hab werde werden",
        "fr": "je j nous vais allons",
        "it": "io ho noi abbiamo vado",
        "pt": "eu tenho nos temos vou vamos",
        "nl": "ik wij heb ga",
    },
    "second": {
        "en": "you your yours u ur yourself youre ya",
        # (and the plural, as a shop or a firm is addressed: "si no pagáis", "betalen jullie niet")
        "es": "tu tus te ti usted su sus vosotros vosotras vuestro vuestra vuestros vuestras ustedes",
        "de": "du dich dir dein deine deinen deiner deinem ihr ihre ihren ihrem ihrer ihnen",
        "fr": "tu te toi ton ta tes vous votre vos",
        "it": "tu ti tuo tua tuoi tue voi vostro vostra vostri vostre",
        "pt": "voce vc teu tua teus tuas seu sua seus suas voces vcs",
        "nl": "je jij jou jouw uw jullie",
    },
    # Someone else acts: the sentence tells about a threat, it does not make one.
    "third": {
        "en": "scammer scammers criminal criminals offender offenders extortionist extortionists predator "
              "predators perpetrator perpetrators fraudster fraudsters blackmailer blackmailers someone "
              "somebody anyone he she they them his their man woman suspect defendant victim victims "
              "people person sender cybercriminal cybercriminals crooks",
        "es": "remitente estafador estafadores delincuente delincuentes criminales alguien ella ellos victima "
              "victimas extorsionador extorsionadores acosador ciberdelincuentes",
        "de": "tater betruger kriminelle jemand er opfer erpresser absender unbekannte cyberkriminelle abzocker",
        "fr": "escroc escrocs criminels quelqu elle ils victime victimes auteurs expediteur cybercriminels arnaqueurs "
              "malfaiteurs",
        "it": "truffatori criminali qualcuno lui vittima vittime estorsori mittente malintenzionati",
        "pt": "golpista golpistas criminosos alguem ele ela eles vitima vitimas remetente cibercriminosos",
        "nl": "oplichter oplichters criminelen iemand hij zij slachtoffer slachtoffers afpersers afzender "
              "cybercriminelen",
    },
    # Hedges, reports and advice: general statements and news, not a demand made here and now.
    "report": {
        "en": "may might could often usually typically sometimes commonly threatened threaten threatens "
              "demanded demanding arrested charged sentenced convicted pleaded allegedly warns warning said told says "
              "saying example reports reported claim claims claimed claiming promised promising wrote",
        "es": "pueden puede suelen amenazo amenazaba amenazan detuvo detenido condenado dijo dice ejemplo exigio "
              "exigia pidio pedia prometio prometiendo afirma aseguraba escribio",
        "de": "konnen oft haufig manchmal drohte drohen drohten forderte verhaftet verurteilt sagte beispiel "
              "verlangte versprach schrieb behauptet behauptete behaupten gefordert warnt",
        "fr": "peuvent peut souvent parfois menacait menacent menace arrete arretes arretee arretees condamne "
              "exemple exigeait reclamait "
              "promettait pretend affirme ecrivait",
        "it": "possono puo spesso minacciava minacciano arrestato condannato secondo disse esempio chiese "
              "pretendeva prometteva promettendo sostiene afferma",
        "pt": "podem pode frequentemente ameacou ameacava ameacam preso condenado disse exemplo exigiu exigia "
              "pediu pedia prometeu prometendo alega afirma escreveu",
        "nl": "kunnen kan soms vaak dreigt dreigde dreigen gearresteerd veroordeeld zei voorbeeld eiste vroeg beloofde "
              "schreef beweert beweerde",
    },
    # "Do you want your parents to see it?": a wish put to the reader, a threat in question form.
    "want": {
        "en": "want wanna",
        "es": "quieres quiere",
        "de": "willst wollen",
        "fr": "veux voulez",
        "it": "vuoi vuole",
        "pt": "quer queres",
        "nl": "wil wilt",
    },
    # Harm other than exposing: ruin, regret, destroy, kill.
    "harm": {
        "en": "ruin ruining destroy regret hurt kill pity expose humiliate attack attacked ddos offline detonated "
              "explode leak",
        "es": "arruinar arruinarte arruino destruir arrepentir arrepentiras matar ataque atacado",
        "de": "ruinieren ruiniere zerstoren bereuen toten angriff angegriffen",
        "fr": "ruiner ruinerai detruire regretter regretteras tuer attaque attaquer",
        "it": "rovinare rovino distruggere pentire pentirai uccidere attacco attaccato",
        "pt": "arruinar arruino destruir arrepender matar ataque atacado",
        "nl": "ruineren verpesten vernietigen spijt vermoorden aanval aangevallen",
    },
    # Paying makes it go away: "pay and I delete everything", "$200 and it disappears".
    "delete": {
        "en": "delete deleted disappear disappears erase remove",
        "es": "borrar borro borrare eliminar elimino desaparece",
        "de": "loschen losche verschwindet entfernen",
        "fr": "supprimer supprime supprimerai effacer disparait",
        "it": "cancellare cancello cancellero eliminare sparisce",
        "pt": "apagar apago apagarei excluir desaparece",
        "nl": "verwijderen verwijder wissen verdwijnt",
    },
    "negation": {
        "en": "not dont don never no won wont cannot cant isn didn doesn wouldn shouldn nothing",
        "es": "no nunca jamas ninguna ninguno nada",
        "de": "nicht nie niemals kein keine keinen nichts",
        "fr": "ne pas jamais aucun aucune rien",
        "it": "non mai nessun nessuna niente nulla",
        "pt": "nao nunca jamais nenhum nenhuma nada",
        "nl": "niet nooit geen niets",
    },
    # Customer-service words: a payment with a deadline here is a bill or phishing, not a coerced demand.
    "service": {
        "en": "account invoice bill order package parcel delivery shipment customer subscription membership "
              "verify confirm update login click link bank balance statement refund giveaway bonus offer sale "
              "discount details plan claim reward rewards points prize win free cashback member members "
              "newsletter updates reminder office receipt booking loan loans credit approved apply fee fees dues "
              "tuition registration tickets upgrade storage printed gallery download collections collector "
              "ship shipping shipped postage eviction tenancy lease",
        "es": "cuenta factura pedido paquete entrega cliente suscripcion verificar confirmar actualizar "
              "banco saldo oferta prestamo credito cuota matricula almacenamiento recordatorio recibo cobro cobros",
        "de": "konto rechnung bestellung paket lieferung kunde abo abonnement bestatigen aktualisieren "
              "bank angebot kredit darlehen gebuhr beitrag speicherplatz zahlungserinnerung mahnung mahngebuhr "
              "mahngebuhren mobilfunkrechnung stromrechnung vertrag tarif forderung inkasso inkassoburo "
              "inkassoverfahren hausverwaltung versandkosten",
        "fr": "compte facture commande colis livraison client abonnement verifier confirmer banque offre pret credit "
              "cotisation inscription rappel echeance recouvrement "
              "expedier expedition expedie",
        "it": "conto fattura ordine pacco consegna cliente abbonamento verificare confermare banca offerta prestito "
              "credito quota iscrizione sollecito bolletta recupero "
              "spedire spedizione spedisco",
        "pt": "conta fatura pedido pacote encomenda entrega cliente assinatura verificar confirmar banco "
              "oferta emprestimo credito mensalidade inscricao lembrete boleto cobranca frete",
        "nl": "rekening factuur bestelling pakket levering klant abonnement verifieren bevestigen bank "
              "aanbieding lening krediet contributie inschrijving herinnering aanmaning incasso incassobureau "
              "verzendkosten",
    },
    "more_images": {
        "en": "more another",
        "es": "mas otra otras otro otros",
        "de": "mehr weitere weiteres noch",
        "fr": "plus autres autre",
        "it": "altre altri altro altra",
        "pt": "mais outras outro outra",
        "nl": "meer nog",
    },
}

# Words whose stems would collide with everyday words; they are matched as whole words only.
_EXACT_ONLY = frozenset((
    # ("arrêté", arrested, is news; its stem "arret" is also the warrant issued against the reader, "mandat d'arrêt")
    "arrete", "arretes", "arretee", "arretees",
    "o", "ou", "of", "or", "u", "ur", "ya", "te", "ti", "tu", "je", "j", "me", "mi", "ho", "if", "si",
    "se", "als", "er", "el", "il", "lui", "lei", "he", "she", "rn", "id", "ill", "im", "post", "poste",
    "posto", "show", "man", "mann", "mama", "mai", "nos", "ora", "uur", "hab", "habe", "heb", "ai",
    "us", "our", "ver", "pai", "pais", "public", "publico", "vai", "chef", "kan", "puo", "can", "vc",
    "uw", "tua", "tue", "sua", "seu", "ton", "ta", "tes", "ma", "mon", "mes", "eu", "mij", "mijn",
    "wij", "zij", "hij", "jou", "du", "dir", "deine", "no", "non", "ne", "pas", "nie", "dont", "don",
    "not", "voy", "vou", "vais", "ga", "vado", "werde", "ex", "posting", "won", "cant", "isn", "bf",
    "gf", "hr", "uni", "kids", "dms", "mods", "pity", "dein", "mir", "mich", "ich", "wir", "uns", "ik",
    "mio", "mia", "io", "noi", "yo", "mis", "eux", "ele", "ela", "ella", "ellos", "eles", "get", "gets",
    "go", "goes", "see", "sees", "more", "mas", "mais", "plus", "meer", "mehr",
    # Narration in the past: their stems are also the present tense of a demand made here and now.
    "exigio", "exigia", "pidio", "pedia", "prometio", "prometiendo", "afirma", "aseguraba", "escribio", "verlangte",
    "versprach", "schrieb", "behauptet", "behauptete", "exigeait", "reclamait", "promettait", "pretend", "affirme",
    "ecrivait", "chiese", "pretendeva", "prometteva", "promettendo", "sostiene", "exigiu", "pediu", "pedia",
    "prometeu", "prometendo", "alega", "escreveu", "eiste", "vroeg", "beloofde", "schreef", "beweert", "beweerde",
    "claim", "claims", "claimed", "claiming", "promised", "promising", "wrote", "reports", "reported"
))

# Emoji with a role in chats (⏰ a deadline, 💰 a demand, 📸 material).
_EMOJI_ROLES = {
    "⏰": "deadline", "⏳": "deadline", "⌛": "deadline", "⏱": "deadline", "💰": "demand", "💵": "demand",
    "💸": "demand", "🤑": "demand", "📸": "material", "📷": "material", "📹": "material", "🎥": "material",
}

# First-person verb forms recognised by their ending in the original (accented) text: Spanish
# preterite and future ("hackeé", "grabé", "enviaré", "subí"), Portuguese preterite and future
# ("gravei", "enviarei"), Italian future ("invierò", "pubblicherò"), French future ("enverrai").
_FIRST_PERSON_ENDING = re.compile(r"(?<=\w\w\w)(?:é|í|ei|rò|rai)\b", re.IGNORECASE)
# The same endings as substrings of the lowercased text (see :func:`_first_person_endings`).
_ENDINGS = ("é", "í", "ei", "eı", "rò", "rai", "raı")
_THREE_WORD_CHARS = re.compile(r"\w\w\w")
# A sentence break: punctuation followed by space or end, or a line break.
_SENTENCE_PLAIN = re.compile(r"[.!?;]+(?=\s|$)|\n+|[¿¡]")
# The same breaks with one character class first: the regex engine skips to the next candidate character
# instead of trying three alternatives at every position (4x faster on real mail); each branch checks with a
# lookbehind which character it started on, so the matches are those of the plain form (tested).
_SENTENCE = re.compile(r"[\n¿¡.!?;](?:(?<=[.!?;])[.!?;]*(?=\s|$)|(?<=\n)\n*|(?<=[¿¡]))")
# A hard-wrapped e-mail line: a long line that ends in a comma runs on into the next one
# ("if you want me to delete both files,\nyou must send me the payment"). Chat lines are short or start with
# a name ("Alex: ..."), and stay apart.
_WRAPPED_PLAIN = re.compile(r"(?<=,)(?<=[^\n]{40})[ \t]*\n(?=[ \t]*[^\s])(?![ \t]*[^\n:]{1,30}:)")
# The same joins starting at the comma (replaced by ", "): a pattern that opens with a lookbehind is tried at
# every character, one that opens with a literal is skipped to at C speed (10x faster; tested equal).
_WRAPPED = re.compile(r",(?<=[^\n]{40})[ \t]*\n(?=[ \t]*[^\s])(?![ \t]*[^\n:]{1,30}:)")
# Joins the sentences of a message for one tokenizing pass; a word no text is expected to hold.
_PIECE_WORD = "qxqsentenceqxq"
_PIECE_MARK = f" {_PIECE_WORD} "
# Advice, questions about a message and general explanations (a whole-message context).
# (Searched letter-first, see :mod:`standfast.analyze.wordstart`: it cost 1 ms per long e-mail.)
_ADVICE = WordStartPhrases((
    r"is (?:this|it) (?:a )?(?:scam|real)", r"what (?:should|do|can) i do", r"should i pay", r"do not pay",
    r"(?:do not|don'?t|never) (?:reply|respond|answer),? (?:or|and|nor) pay",
    r"don'?t pay", r"never pay", r"how to", r"what to do", r"report (?:it|them|the)", r"take it down", r"ncmec",
    r"es (?:real|una estafa)", r"no pagues", r"nunca pagues", r"denuncia", r"ist das echt", r"zahlen sie nicht",
    r"anzeige", r"ne payez", r"signalez", r"non pagare", r"não pague", r"nao pague", r"denuncie", r"betaal nooit",
    r"aangifte", r"(?:uberweisen|zahlen) sie nichts", r"betaal niet",
    # the infinitive of a list of advice: "Nicht zahlen, nichts löschen, Screenshots machen", "ne pas payer"
    # (followed by the next piece of advice: "Du willst nicht zahlen, ok. Dann …" is a threat's)
    r"nicht (?:be)?zahlen(?=[,.;] ?(?:nichts|nicht|keine|screenshots|beweise|melden|sprechen|blockieren|sofort))",
    r"ne pas payer(?=[,.;] ?(?:ne pas|ne rien|garder|faire|signaler|bloquer|parler|conserver))",
    r"niet (?:te )?betalen(?=[,.;] ?(?:niets|niet|geen|screenshots|meld|blokkeer))"),
    ignorecase=True, suffix=r"\b")

# The reader's life or name declared ruined, said to them: the last word of an extortionist ("Enjoy your
# miserable life", "your life is over", "t'es foutu", "dein Leben ist vorbei"). A sentence that negates,
# hedges or reports it ("your life is not over", "you may feel your life is over") is not one.
_LIFE = r"(?:life|reputation|career|future|marriage|vida|reputacion|carrera|futuro|leben|ruf|karriere|zukunft|vie|" \
        r"carriere|avenir|vita|reputazione|carriera|reputacao|leven|reputatie|toekomst)"
_RUIN = re.compile(
    r"\b(?:enjoy (?:the rest of )?(?:your|ur) (?:miserable|ruined|pathetic|shitty|sad) life|"
    r"your " + _LIFE + r"(?: is|'s|s| will be)? (?:over|ruined|finished|destroyed|gone|done|a living hell|hell)|"
    r"(?:you'?re|you are|u r|youre) (?:finished|done for|so done|ruined|so fucked|fucked)|"
    # ("ur" is "your" as often: "ur finished homework" is a noun, "ur finished. bye" a ruin)
    r"ur (?:finished|done for|so done|ruined|so fucked|fucked)(?=\s*(?:$|[.!?,;]|\s(?:now|bro|mate|lol|kid|man|dude|"
    r"pal|buddy|mf|bitch|loser|idiot)\b))|"
    r"say goodbye to (?:your|ur) " + _LIFE + r"|good luck explaining|"
    r"(?:disfruta|disfrute) (?:de )?tu (?:miserable|patetica|triste) vida|tu " + _LIFE +
    r" (?:esta |va a estar |se )?(?:acabada|arruinada|terminada|destruida|acabo)|estas acabad[oa]|"
    r"despidete de tu " + _LIFE + r"|"
    r"dein " + _LIFE + r" ist (?:vorbei|ruiniert|zerstort|am ende|im eimer)|du bist (?:erledigt|am ende|geliefert)|"
    r"geniess?e dein (?:elendes|erbarmliches|jammerliches) leben|verabschiede dich von deine[mr]? " + _LIFE + r"|"
    r"ta " + _LIFE + r" est (?:finie|foutue|ruinee|detruite|terminee)|t'?es (?:fini|foutu|mort)e?|"
    r"(?:profite|profitez) de ta (?:vie miserable|miserable vie|vie de merde)|dis adieu a ta " + _LIFE + r"|"
    r"la tua " + _LIFE + r" e (?:finita|rovinata|distrutta)|sei (?:finit|rovinat|fottut)[oa]|"
    r"goditi la tua (?:vita miserabile|misera vita)|"
    r"(?:sua|tua) " + _LIFE + r" (?:acabou|esta acabada|esta arruinada|vai acabar|ja era)|"
    r"(?:voce|vc|tu) (?:esta|ta) (?:acabad|ferrad|arruinad)[oa]|aproveite (?:sua|tua) vida miseravel|"
    r"je " + _LIFE + r" is (?:voorbij|verpest|kapot|geruineerd|naar de knoppen)|je bent (?:er geweest|erbij|klaar)|"
    r"geniet (?:maar )?van je (?:ellendige|zielige|kapotte) leven)\b")
# A price asked for the reader's pictures: to see more of them, keep them private or delete them
# ("how much to see more?", "what's it worth to you?", "cuánto pagas para que nadie las vea").
_PRICE = re.compile(
    r"\b(?:how much (?:to|would you pay to|will you pay to|u wanna pay to|you wanna pay to|do you pay to|"
    r"is it worth to you to) (?:see (?:more|the rest|your|ur|the pics|the vid|everything)|"
    r"keep (?:it|them|this|these) (?:private|secret|quiet|off|hidden|between)|"
    r"(?:delete|remove|erase) (?:it|them|these|those|your|ur|the pics|the vid|everything)|get (?:them|it) back)|"
    r"what(?:'s| is) (?:it|this|that|your (?:privacy|reputation)) worth to (?:you|u)|"
    r"how much (?:is|are) (?:it|this|these|that|your (?:privacy|reputation|pics|nudes)) worth to (?:you|u)|"
    r"cuanto (?:pagas|pagarias|das|darias|me das) (?:para que nadie|para que no|por borrar|para borrar)|"
    r"wie ?viel (?:zahlst du|bezahlst du|gibst du),? damit (?:niemand|keiner)|"
    r"combien (?:tu (?:paies|payes|donnes)|vous payez) pour (?:que personne|effacer|supprimer)|"
    r"quanto (?:paghi|pagheresti|mi dai) per (?:cancellare|che nessuno)|"
    r"quanto (?:voce |vc )?(?:paga|pagaria|me da) (?:pra|para) (?:apagar|ninguem)|"
    r"hoeveel (?:betaal je|wil je betalen) (?:om|zodat niemand)|"
    # "want them off the internet? that'll cost you", "¿quieres que las borre?"
    r"(?:want|wanna) (?:it|them|this|these|those) (?:off|gone|deleted|removed|taken down|to disappear)|"
    r"(?:that|it|this|deleting (?:it|them))(?:'ll| will| is gonna| gonna| is going to) cost (?:you|u)|"
    r"(?:quieres|queres) que (?:las|los|lo|la) (?:borre|quite|elimine)|"
    r"(?:willst|mochtest|moechtest) du,? dass (?:ich )?(?:sie|es|die \w+) (?:losche|loesche|entferne)|"
    r"tu veux que (?:je )?(?:les|la|le) (?:supprime|efface)|vuoi che (?:le|la|lo|li) (?:cancelli|elimini)|"
    r"(?:quer|queres|voce quer) que eu (?:apague|delete)|wil je dat ik (?:ze|het) (?:verwijder|wis))")


# A threat left implied: a harm wished on the reader's standing if someone saw or got something ("would be a
# shame if she got the pics", "wonder what your boss would think", "sería una pena que…", "wäre schade,
# wenn…"). On its own it is a remark; next to a payment in a chat-length message it is the threat of a
# threat + demand ("… 100 on venmo and they're gone forever").
_IMPLIED = re.compile(
    r"\b(?:(?:it )?(?:would|wud|wld|'d) be (?:(?:a |such a |a real |a big |so much of a )(?:shame|pity)|"
    r"(?:so |really )?(?:awful|terrible|bad|sad|embarrassing|unfortunate)) (?:if|when|for)|"
    r"(?:it'?d|itd|that'?d) be (?:a (?:real "
    r"|such a )?(?:shame|pity)|(?:so |really )?(?:awful|terrible|bad|sad|embarrassing)) (?:if|when)|"
    r"(?:i )?wonder what (?:he|she|they|your \w+|ur \w+)(?:'d| would| will| wud) (?:think|say)|"
    r"(?:would|will|'d|wud) (?:be )?(?:very |really |so |quite |super )?(?:interested|curious)\b|"
    r"(?:would|'d|will|wud) (?:love|like|enjoy) (?:to see|seeing|these|this|them|those|the|that|it)\b|"
    r"imagine if (?:your|ur) \w+ (?:saw|sees|got|gets|found)|"
    # the bare "shame if your mum opened her facebook and found them tagged"
    r"(?<!no )(?<!not a )(?:such a |a real |real |what a )?(?:shame|pity) if (?:your|ur|ya|she|he|they|someone|"
    r"everyone|people)\b|"
    r"(?:seria|que) (?:una )?(?:pena|lastima|verguenza)(?: seria)? (?:si|que)|(?:q|que) pena seria|"
    r"(?:es )?war(?:e|e doch|e echt|e ja) (?:doch |echt |ja |wirklich )?(?:schade|peinlich|blod|dumm),? (?:wenn|falls)|"
    r"sarebbe (?:un (?:vero )?peccato|un peccato|brutto|imbarazzante) se|che peccato se|"
    r"ce serait (?:vraiment )?(?:dommage|bete|moche|genant) (?:que|qu'|si)|"
    r"seria (?:uma )?(?:pena|pecado|chato|triste|vergonhoso) se|"
    r"(?:het )?(?:zou|zo) (?:toch )?(?:zonde|jammer|vervelend|pijnlijk) zijn als|"
    # "I'd hate for her to see", "I wonder what the congregation would think", "you wouldn't want X to see"
    r"(?:i'?d|i would|id) hate (?:for|if) (?:\w+ ){1,3}(?:to )?(?:see|get|find|know|hear)|"
    r"wonder what (?:\w+ ){1,4}(?:'d|would|will|wud|might) (?:think|say)|"
    r"(?:you |u )?(?:don'?t|wouldn'?t|wouldnt|dont) want (?:\w+ ){1,5}to (?:see|get|find|know)|"
    r"(?:me )?pregunto (?:que|lo que) (?:pensaria|diria)|no (?:querras|quieres) que|"
    r"was (?:wuerde|wurde|wird) (?:\w+ ){1,3}(?:sagen|denken)|du willst doch nicht,? dass|"
    r"je me demande ce qu'?(?:il|elle|ils|elles|on) (?:penserai\w*|dirai\w*)|tu ne voudrais pas que|"
    r"chissa cosa (?:\w+ ){0,3}(?:direbbe|penserebbe)|non vorrai che|non vuoi che|"
    r"o que (?:\w+ ){1,3}(?:acharia|pensaria|diria)|(?:voce|vc|tu) nao (?:quer|vai querer) que|"
    r"(?:wat|hoe) (?:\w+ ){1,3}(?:zou|zouden) (?:denken|zeggen)|je wil toch niet dat|"
    r"chyba nie chcesz,? (?:zeby|by)|szkoda by bylo,? (?:gdyby|jakby)|"
    # "would love these" in the other languages read: "je vriendin zou deze foto's vast leuk vinden", "deine Freundin
    # würde diese Fotos bestimmt mögen", "a tua mãe ia adorar estas fotos", "a tu novia le encantaría ver esto"
    r"(?:zou|zouden) (?:[\w']+ ){0,4}(?:leuk|geweldig|interessant|prachtig) vinden|"
    r"(?:wurde|wuerde|wurden|wuerden) (?:\w+ ){0,4}(?:mogen|moegen|lieben|gefallen|interessieren|sehen wollen)\b|"
    r"(?:le |les )?(?:encantaria|gustaria|disfrutaria|interesaria)n? (?:mucho )?(?:ver |mirar )?"
    r"(?:estas|esas|estos|esos|las|los|esto|eso)\b|"
    r"(?:ia|iria|vai) (?:adorar|amar|curtir|gostar de) (?:ver )?(?:estas|essas|estes|esses|as|os|isso|isto)\b|"
    r"(?:adoraria|amaria|gostaria de ver) (?:estas|essas|estes|esses|as|os|isso|isto)\b|"
    r"(?:gli |le )?(?:piacerebbe|piacerebbero|adorerebbe|interesserebbe)(?:ro)? (?:\w+ )?"
    r"(?:queste|quelle|questo|quello|vedere)\b|"
    r"(?:adorerait|aimerait|apprecierait|adoreraient|aimeraient) (?:bien )?(?:voir )?(?:ces|cette|ce|les|ca)\b)")
# Pictures the reader sent, an order to answer or a demand left unsaid: what turns a hint about pictures
# into a threat when no payment is named ("… a shame if your mom saw the pics you sent me. text me back").
_REPLY_OR_SENT = re.compile(
    r"\b(?:(?:you|u) sent(?: me)?|(?:text|message|msg|write|answer|reply|respond|dm|call|get back to) (?:me|to me)"
    r"|me (?:enviaste|mandaste|mandou|mandaste)|m'?as envoye\w*|mi hai (?:mandato|inviato)|"
    r"(?:du|sie) mir geschickt|(?:mij|me) (?:hebt )?gestuurd|(?:voce|vc|tu) me mandou|"
    r"escribeme|escribime|respondeme|contestame|responde(?:me)?|meld dich|antworte|schreib mir|reponds\w*|"
    # a call asked for: "bel me", "ruf mich an", "me liga", "llámame", "appelle-moi", "chiamami"
    r"bel me|bel mij|ruf (?:mich|mir) an|me liga|liga-?me|llamame|appelle-?moi|chiamami|"
    r"ecris-?moi|rispondimi|rispondi|scrivimi|me responde|me escreve|antwoord|reageer|odpisz|napisz|"
    # "¿hablamos?", "on en parle ?": a talk asked for is an answer ordered
    r"hablamos|on en parle|parlons|parliamo|conversamos|falamos|praten we|reden wir|let'?s talk|we need to talk|"
    # "you know what I want": the demand left unsaid
    r"(?:you|u) know (?:how|where) to (?:reach|find) me|(?:you|u) know what i want|sabes (?:lo )?que quiero|"
    r"weisst,? was ich will|sais ce que je veux|"
    r"sai (?:cosa|che cosa) voglio|sabe o que eu quero|je weet wat ik wil|wiesz,? czego chce)\b")
# "what you sent me", "what you showed me": the pictures, unnamed.
_WHAT_YOU_SENT = re.compile(r"\bwhat (?:you|u) (?:sent|showed|send|show)\b|\blo que me (?:mandaste|enviaste)\b|"
                            r"\bce que tu m'?as (?:envoye|montre)|\bwas du mir (?:geschickt|gezeigt)|"
                            r"\bo que (?:voce|vc|tu) me (?:mandou|mostrou)|\bquello che mi hai (?:mandato|mostrato)|"
                            r"\bwat je (?:me|mij) (?:stuurde|hebt gestuurd|liet zien)")
# "if your boyfriend saw this", "qu'elle tombe dessus": what would be seen left unnamed, which in an implied
# threat about the reader's people (and with an answer ordered or a limit) is the pictures held.
_THIS_SEEN = re.compile(
    r"\b(?:saw|see|sees|seeing|found|finds|got|gets|gets hold of|came across|comes across) (?:this|it|these|that)\b|"
    r"\b(?:viera|vieran|vea|vean|encontrara|encuentre) (?:esto|eso|esta|estas|estos)\b|"
    r"\btombe(?:nt|rait)? dessus\b|\b(?:voi[te]|voient|voyai[te]) (?:ca|cela|ceci)\b|"
    r"\b(?:das|es|dies) (?:sieht|sehen|sah|sahe|findet|finden)\b|"
    r"\b(?:lo|la|li|le) (?:vedesse|vedessero|trovasse)\b|\bvedesse(?:ro)? (?:questo|questa|questi)\b|"
    r"\b(?:visse|vissem|achasse) (?:isso|isto|essas|esses)\b|"
    r"\b(?:het|dit|dat|ze) (?:\w+ ){0,3}(?:ziet|zien|zag|vindt)\b")
# What the reader did on camera is pictures, whatever they are called.
_ON_CAMERA = re.compile(r"\bon (?:camera|cam|cams|video|facetime|skype|webcam)\b|\b(?:na|en|sur|in|vor der) "
                        r"(?:camara|camera|cam|kamera|webcam)\b")
_NEGATION_WORD = re.compile(r"\b(?:not|\w+n'?t|dont|wouldnt|no|nie|nao|non|ne|niet|nicht)\b")


def _asked_for(act: str, present: set[str], piece: str) -> bool:
    """The pictures of this sentence are asked of the reader ("send me a photo of your homework"), not held."""
    if act not in ("", "demand"):
        return False
    if "demand" in present and present.isdisjoint(_HELD_MATERIAL):
        return True
    return present.isdisjoint(("audience", "possess", "more_images")) and _SEND_ME.search(piece) is not None


def _implied(piece: str, present: set[str]) -> bool:
    """A hint at harm if someone saw or got something, said by the writer: not a report of what someone else
    said ("he said it would be a shame if…"), nor a negation, unless the hint itself is the one ("you wouldn't
    want your mum to see", "je me demande ce qu'elle penserait")."""
    m = _IMPLIED.search(piece)
    if m is None:
        return False
    if "report" in present and "first" not in present:
        return False
    return "negation" not in present or _NEGATION_WORD.search(m.group(0)) is not None


# An implied threat is about someone seeing or getting something: "a shame if you missed the bus" is not one.
# "send me your match videos": sending *to the writer* asks for pictures; it shows nothing to anyone.
_SEND_ME = re.compile(r"\b(?:send|snd|sen|text|manda|mandame|envia|enviame|schick|stuur|envoie|invia|mandami)"
                      r"(?:\s+(?:me|mir|moi|mi|m'))\b|\bme (?:manda|envia|mandes|envies)\b")
# Words that make pictures in a sentence the reader's own, held or shown, rather than asked for.
_HELD_MATERIAL = frozenset(("possess", "expose", "expose_weak", "more_images", "screens"))
_IMPLIED_TOPIC = frozenset(("audience", "material", "screens", "expose", "expose_weak"))
# A payment named in a chat message (the demand next to an implied threat).
_PAYMENT_WORD = re.compile(
    r"[$€£]\s?\d|\d\s?(?:[$€£]|usd\b|eur\b|euros?\b|dollars?\b|bucks\b|reais\b|pesos\b|btc\b|k\b)|"
    r"\b(?:venmo|cash ?app|zelle|paypal|bitcoin|btc|gift ?cards?|steam cards?|apple pay|bizum|pix|tikkie|"
    r"paysafecard|postepay|lydia|pay|payer|pagar|pague|paga|zahl\w*|betaal\w*|"
    r"oxxo|deposit\w*|transfer\w*|transferencia|western union|moneygram|m-?pesa|gcash|paytm|revolut|blik|"
    r"przelew\w*|przelej|ueberweis\w*|uberweis\w*|versa\w*|virement)\b|"
    r"\b(?:mil|mille|tausend|duizend) (?:pesos|reais|euros?|dollars?|soles|lei|zl)\b")
# Sharing with the reader's people, told as a pleasure: an occasion, a kind word or a laugh, with nothing
# demanded and nothing intimate named ("sending the wedding video to your mom, she'll love it 😊").
_FRIENDLY = re.compile(
    r"\b(?:love[sd]? (?:it|them|this|these)|(?:will|gonna|'ll|ll) love|can'?t wait to see|so (?:proud|cute)|"
    r"(?:is that|that) ok|ok with you|"
    r"birthday|wedding|graduation|recital|holiday|vacation|christening|baptism|party|concert|school play|trip|"
    r"lol|lmao|haha\w*|hehe\w*|jaja\w*|jeje\w*|ahah\w*|kkk+|mdr|ptdr|jk|just kidding|"
    r"cumpleanos|boda|fiesta|vacaciones|bautizo|graduacion|les va a encantar|le va a encantar|"
    r"geburtstag|hochzeit|urlaub|taufe|feier|abschluss|werden sich freuen|freut sich|"
    r"anniversaire|mariage|vacances|bapteme|fete|spectacle|va adorer|vont adorer|"
    r"compleanno|matrimonio|vacanza|vacanze|battesimo|festa|saggio|recita|gli piacera|le piacera|"
    r"aniversario|casamento|ferias|batizado|formatura|festa|vai amar|vao amar|vao adorar|"
    r"verjaardag|bruiloft|vakantie|doop|feest|diploma|vinden het leuk|willen ze (?:graag )?zien)\b|"
    r"[😊😍🥰☺😄😁🎉🎂❤💕😂🤣]")
# A menace said beside the share: "don't test me", "you've been warned", "damit wirst du leben müssen". Never a friendly
# share, whatever party or holiday the pictures come from.
# A condition said in one word beside a sum: a pleasure shared says "otherwise" in play ("schickt mir bis Sonntag alle,
# sonst mach ich das Fotobuch ohne euch 😄"), but not of money ("I want another 200 back … Otherwise I'll post photos of
# a broken leg (lol) all over your reviews").
_OTHERWISE = re.compile(r"\b(?:otherwise|or else|sinon|sonst|andernfalls|altrimenti|de lo contrario|caso contrario|"
                        r"senao|se nao|anderenfalls|zo niet)\b")
_SUM = re.compile(r"[$£€]\s?\d|\d\s?(?:[$£€]|euros?\b|eur\b|dollars?\b|bucks\b|quid\b|pounds?\b|reais\b|pesos\b)|"
                  r"\b\d{2,} (?:back|more|extra|de plus|mehr|in piu|a mais|meer)\b")
_MENACE = re.compile(
    r"\b(?:don'?t|dont|do not) (?:test|try) me|try me\b|you'?ve been warned|you have been warned|"
    r"(?:don'?t|dont) make me|"
    r"you'?ll (?:regret|see)|damit (?:\w+ ){0,2}leben\b|du wirst (?:schon )?sehen|(?:ne )?me teste pas|"
    r"no me pruebes|ya veras|tu vas voir|non mettermi alla prova|vedrai\b|(?:nao|não) me testa|(?:voce|vc) vai ver|"
    r"test me niet|je zult (?:het )?zien|ik waarschuw je|je bent gewaarschuwd|t'?es prevenu|estas avisad[oa]|"
    r"sei avvisat[oa]|ta avisad[oa]|(?:tá|esta|está) avisad[oa]|du bist gewarnt")
# (a menace said laughing is the family joke: "… to the family chat. you've been warned 😂")
_LAUGH_WORDS = r"\b(?:lol|lmao|haha\w*|hehe\w*|jaja\w*|jeje\w*|ahah\w*|kkk+|mdr|ptdr|jk|xd)\b"
_LAUGHING = re.compile(_LAUGH_WORDS + r"|[😂🤣😭😜😝😛😆😅🙃🦄😤❤]", re.IGNORECASE)
# Laughter itself, without the faces that also go with a sneer ("🙃", "😤"): what keeps a hint a joke.
_LAUGHED = re.compile(_LAUGH_WORDS + r"|[😂🤣😜😝😛😆😅]", re.IGNORECASE)
# A condition with a day to meet it, unlaughed: never a share told as a pleasure ("se non torno con lui entro sabato
# manda le foto … a mio marito", whose "matrimonio" is no wedding to celebrate).
# (an opt-out is no condition: "if you don't want your child to appear, email us by Thursday", "unless you tell us
# otherwise by Friday")
_IF_NOT = re.compile(
    r"\b(?:if (?:you|u|i|she|he) (?:don'?t|do not|dont|doesn'?t|does not)(?! (?:want|wish|like|mind|agree)\b)|"
    r"unless(?! (?:you|u) (?:tell|let) (?:us|me)\b| (?:you|u)'?d rather\b| (?:you|u) object\b)|se non|si no|si tu ne|"
    r"wenn (?:du |ich |sie |er )?(?:\w+ )?nicht|als (?:je|ik|ze|hij) (?:\w+ )?niet|se (?:voce |vc |tu |eu )?nao|sinon|"
    r"(?<!tell us )(?<!tell me )(?<!know )otherwise|or else)\b")
# Something to do by a time, "or" the pictures reach people: "3 new ones by friday or ur whole school sees the old
# ones", "keep ur shirt off for me again tonight on vid or the screenies go to ur footy club page". Never a share told
# as a pleasure, laughed or not. (On the read sets' shares: 5 threats and 3 friends' jokes, "delete that pic rn or I'm
# posting the video of you snoring 😤❤️".)
_TIMED_OR_SHOWN = re.compile(
    r"\b(?:tonight|today|tomorrow|rn|right now|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tonight|tomorrow|\d{1,2}(?::\d\d)?(?: ?[ap]m)?)|in \d+ ?(?:min|mins|minutes|hours?|hrs?))\b[^.!?\n]{0,40}"
    r"\b(?:or|otherwise)\b (?:[\w']+ ){0,6}(?:sees?|see them|gets? (?:a look|them|it|the)|go(?:es)? (?:to|on)|"
    r"on (?:my|the|ur|your) (?:story|page|gc)|in the gc|to (?:the|ur|your) (?:gc|group|club|school|dad|mum|mom|"
    r"parents|family|team)|post(?:ing)? (?:them|it|the)|i'?ll (?:post|send|show|share|sort))\b")
# Named intimacy or a demand for more: never a friendly share.
_INTIMATE = re.compile(
    r"\b(?:nudes?|naked|nsfw|sex\w*|intimate|explicit|jerk\w*|masturbat\w*|porn\w*|cam\b|desnud\w*|intim\w*|"
    r"nackt\w*|nu(?:e|es|s)\b|nud[ei]\b|nua?s?\b|pelad[ao]s?|naakt\w*|seks\w*|"
    # "sin ropa", "without clothes", "ohne Kleidung": intimacy named without the usual word
    r"(?:sin|sem|without|sans|ohne|senza|zonder) (?:ropa|roupa|clothes|vetements|kleidung|klamotten|vestiti|kleren)\b)")

# Obedience asked for, or "how do we fix this": never a share told as a pleasure ("half of year 10 would love to
# see. unless u do what i say from now on"; "look what I saved. so how are we going to fix this?"). A plain "unless"
# is not enough: friends joke "… going in the family chat unless you buy me dinner".
_COERCIVE = re.compile(
    r"\b(?:do (?:what|as|everything) i (?:say|tell)|haz (?:lo que|todo lo que) (?:te )?(?:diga|digo|mande)|"
    r"fais (?:ce que|tout ce que) je (?:te )?(?:dis|dirai|demande)|"
    r"(?:mach|machst du|tust du) (?:was|alles,? was) ich (?:dir )?(?:sage|befehle)|"
    r"fai (?:quello che|tutto quello che|cio che) (?:ti )?dico|faz (?:o que|tudo o que) eu (?:mandar|disser|falar)|"
    r"doe (?:wat|alles wat) ik (?:je )?(?:zeg|vraag)|"
    r"how (?:are|do|can|will|shall) we (?:gonna |going to )?(?:fix|solve|sort out|settle|resolve|handle) this|"
    r"como (?:lo )?(?:solucionamos|resolvemos|arreglamos)|como (?:vamos )?resolve(?:r|mos) isso|"
    r"comment (?:on )?(?:regle|resout|arrange)(?:-t-on)? (?:ca|cela)|"
    r"wie (?:regeln|losen|klaren) wir (?:das|dies)|come (?:la )?(?:risolviamo|sistemiamo)|"
    r"hoe (?:lossen|regelen) we dit|"
    # "either you send me … or I …": the reader's sending made the condition of the writer's act on them ("o me
    # mandas 3 más hoy o las subo"; not "o mi mandi il video … o sei fuori dal fantacalcio", a group's sanction)
    r"(?:either (?:you|u) send me|o me (?:mandas|envias|pasas)|ou (?:tu )?m'?envoies|o mi (?:mandi|invii)|"
    r"ou (?:voce |vc |tu )?me (?:manda|envia)s?)\b[^.!?\n]{0,60}\b(?:or (?:i|ill|i'll)|o (?:se )?(?:las|los|la|lo|le|"
    r"li|te)|ou (?:je|j'|eu|les|la|le|te))\b)")


def _told_as_pleasure(norm_text: str, raw: str) -> bool:
    """The words of a share told as a pleasure: an occasion, a kind word or a laugh (_FRIENDLY), and nothing intimate,
    paid, coercive, or conditioned on a time (_TIMED_OR_SHOWN, a condition with a day unlaughed)."""
    return bool(_FRIENDLY.search(norm_text + " " + raw)) and not _INTIMATE.search(norm_text) \
        and not _PAYMENT_WORD.search(norm_text) and not _COERCIVE.search(norm_text) \
        and not _TIMED_OR_SHOWN.search(norm_text) \
        and not (_IF_NOT.search(norm_text) and _BY_DAY.search(norm_text) and not _LAUGHING.search(raw))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, dict[str, frozenset[str]]]]:
    """(language -> stem -> roles, language -> exact word -> roles) built once from :data:`ROLES`.

    Exact words are kept per language too: "je" is "I" in French and "you" in Dutch, "van" is "they go"
    in Spanish and "of" in Dutch.
    """
    import snowballstemmer  # type: ignore[import-untyped,unused-ignore]  # ships no types

    stems: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGS}
    exact: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGS}
    for role, per_lang in ROLES.items():
        for lang, words in per_lang.items():
            stemmer = snowballstemmer.stemmer(_SNOWBALL[lang])
            for w in words.split():
                exact[lang].setdefault(w, set()).add(role)
                if w in _EXACT_ONLY or len(w) < 4:
                    continue
                stems[lang].setdefault(stemmer.stemWord(w), set()).add(role)
    frozen = {lang: {s: frozenset(r) for s, r in d.items()} for lang, d in stems.items()}
    return frozen, {lang: {w: frozenset(r) for w, r in d.items()} for lang, d in exact.items()}


@lru_cache(maxsize=8)
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    import snowballstemmer  # type: ignore[import-untyped,unused-ignore]  # ships no types

    return snowballstemmer.stemmer(_SNOWBALL[lang])


_EMPTY: frozenset[str] = frozenset()


@dataclass
class _RoleCache:
    """Per language set: every word seen, and the roles of the few that have any."""

    seen: set[str] = field(default_factory=set)
    roled: dict[str, frozenset[str]] = field(default_factory=dict)


_ROLE_CACHES: dict[str, _RoleCache] = {}
_CACHE_WORDS = 300_000


def _roles_of(words: set[str], langs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The words of ``words`` that carry a role, with their roles under the given languages (cached across
    messages, bounded). Words without a role are left out: look them up with ``.get(word, _EMPTY)``.

    Set operations find the new words and the role words at C speed: most words of an e-mail carry no role.
    """
    key = ",".join(langs)
    cache = _ROLE_CACHES.get(key)
    if cache is None or len(cache.seen) > _CACHE_WORDS:
        cache = _ROLE_CACHES[key] = _RoleCache()
    todo = list(words - cache.seen)
    if todo:
        stems, exact = _table()
        per_lang = [(stems[lang], _stemmer(lang).stemWords(todo)) for lang in langs]
        exacts = [exact[lang] for lang in langs]
        for i, w in enumerate(todo):
            roles: set[str] = set()
            for table_of in exacts:
                roles |= table_of.get(w, _EMPTY)
            if w not in _EXACT_ONLY and len(w) >= 4:
                for table, stemmed in per_lang:
                    r = table.get(stemmed[i])
                    if r:
                        roles |= r
            if roles:
                cache.roled[w] = frozenset(roles)
        cache.seen.update(todo)
    roled = cache.roled
    return {w: roled[w] for w in words.intersection(roled)}


@dataclass
class SentenceRead:
    """What one sentence does; ``text`` is kept only for ``--explain`` on the person's own machine."""

    index: int
    roles: frozenset[str]
    act: str  # "threat", "possession", "demand", "warning" or ""
    text: str = ""


@dataclass
class Speech:
    """Counts of addressed acts over the sentences of a message."""

    threats: int = 0
    possession: int = 0
    possession_loose: int = 0
    coerced: int = 0
    harm: int = 0
    demands: int = 0
    deadline_demands: int = 0
    more_images: int = 0
    price: int = 0
    implied: int = 0
    implied_named: int = 0  # implied threats that name what would be seen ("the screenshots", "the pics")
    # A share of photos with the reader's people told as a pleasure, nothing demanded: not a threat.
    benign_share: bool = False
    service: int = 0
    told: int = 0
    warnings: int = 0
    # Someone speaks as "I" or "we" (a pronoun or a verb form) anywhere in the message.
    speaker: bool = False
    _text: str = field(default="", repr=False)
    _advice: bool | None = field(default=None, repr=False)
    material: int = 0
    first_person_forms: frozenset[str] = frozenset()
    sentences: list[SentenceRead] = field(default_factory=list)

    words: int = 0
    # Every word of the message in order (the concept matcher reads the same words), or None when the
    # sentence split changed them (a "¿" or "¡" between letters splits a word that tokenizing joins).
    tokens: list[str] | None = field(default=None, repr=False)
    # The set of those words (None with ``tokens``); read, never changed, by the concept matcher.
    distinct: set[str] | None = field(default=None, repr=False)

    @property
    def advice(self) -> bool:
        """The message gives advice or asks about a message ("is this a scam?", "do not pay"). Read on first
        use: few verdicts depend on it, and the search over a long e-mail is not free."""
        if self._advice is None:
            self._advice = _ADVICE.search(self._text) is not None
        return self._advice

    @property
    def hard(self) -> bool:
        """A threat, a possession claim, a coerced demand or a demand with a deadline: never "not
        extortion"."""
        return bool(self.threats or self.possession or self.deadline_demands or self.coerced or self.harm
                    or self.price)


def _first_person_endings(raw: str) -> list[tuple[int, int]]:
    """The spans of the matches of :data:`_FIRST_PERSON_ENDING` in ``raw``, found with ``str.find``.

    The pattern is case-insensitive and starts with a lookbehind, so the regex engine tries it at every
    character (a third of the sentence reader's time on real mail). Instead each ending is looked for as
    a substring of the lowercased text (with the dotless "ı" that a case-insensitive "i" also matches),
    and the three word characters before it and the word boundary after it are checked. No two endings
    can overlap (none starts with a letter another one ends with or holds after its first), so the
    matches are the same. A text whose length changes when lowercased ("İ") takes the regex.
    """
    low = raw.lower()
    if len(low) != len(raw):
        return [m.span() for m in _FIRST_PERSON_ENDING.finditer(raw)]
    n = len(raw)
    out: list[tuple[int, int]] = []
    word3 = _THREE_WORD_CHARS.match
    for ending in _ENDINGS:
        size = len(ending)
        find = low.find
        i = find(ending)
        while i != -1:
            end = i + size
            if i >= 3 and word3(raw, i - 3, i) is not None and (
                    end == n or not (raw[end].isalnum() or raw[end] == "_")):
                out.append((i, end))
            i = find(ending, i + 1)
    out.sort()
    return out


# The languages in which each first-person ending is one: "-ei" is Portuguese ("gravei"), and a German
# "Polizei" or "frei" is not a verb; "-é" is Spanish ("grabé"), while a French "arrêté" is a participle. The
# near languages are kept, as a short Spanish message is often taken for Portuguese or Italian.
_ROMANCE = frozenset(("es", "pt", "it"))
_ENDING_LANGS: dict[str, frozenset[str]] = {
    "é": _ROMANCE, "í": _ROMANCE, "ei": frozenset(("pt", "es")), "eı": frozenset(("pt", "es")),
    "rò": frozenset(("it", "es")), "rai": frozenset(("fr",)), "raı": frozenset(("fr",))}


def first_person_forms(raw: str, langs: tuple[str, ...] | None = None) -> frozenset[str]:
    """Accent-free words of ``raw`` whose ending marks a first-person verb ("hackeé" -> "hackee"), counting
    only the endings of ``langs`` (every language when None)."""
    if raw.isascii():
        return frozenset()
    from standfast.analyze.normalize import normalize

    words = []
    # Find the endings, then widen each to its word: the word-first pattern cost a walk per word.
    for a, end in _first_person_endings(raw):
        if langs is not None and not any(raw[a:end].lower().endswith(e) and not of.isdisjoint(langs)
                                         for e, of in _ENDING_LANGS.items()):
            continue
        while a > 0 and (raw[a - 1].isalnum() or raw[a - 1] == "_"):
            a -= 1
        words.append(raw[a:end])
    return frozenset(tokenize(normalize(" ".join(words)).text)) if words else frozenset()


def read_speech(norm_text: str, raw: str, langs: tuple[str, ...]) -> Speech:
    """Read each sentence of ``norm_text`` (normalised) for threats, possession claims and demands."""
    sp = Speech()
    asked = langs
    langs = tuple(dict.fromkeys((*[lang for lang in langs if lang in _SNOWBALL], "en")))
    if "\n" in norm_text:
        norm_text = _WRAPPED.sub(", ", norm_text)
    pieces = [p for p in _SENTENCE.split(norm_text) if p and not p.isspace()]
    if not pieces:
        return sp
    # One tokenizing pass over all sentences (joined by a marker word), then split per sentence: a long
    # e-mail has thousands of short pieces, and a call per piece cost more than the reading itself.
    tokenized = [seg.split() for seg in word_text(_PIECE_MARK.join(pieces)).split(_PIECE_WORD)]
    if len(tokenized) != len(pieces):  # the marker word was in the text itself: tokenize piece by piece
        tokenized = [tokenize(p) for p in pieces]
    elif "¿" not in norm_text and "¡" not in norm_text:
        sp.tokens = list(chain.from_iterable(tokenized))
    sp.words = sum(map(len, tokenized))
    distinct = set().union(*tokenized) if tokenized else set()
    if sp.tokens is not None:
        sp.distinct = distinct  # the concept matcher needs the same set
    roles = _roles_of(distinct, langs)
    sp.first_person_forms = fp_forms = first_person_forms(raw, asked)
    emoji = {role for ch, role in _EMOJI_ROLES.items() if ch in raw} if not raw.isascii() else set()
    sp._text = norm_text
    previous_demand = -10
    previous_deadline = -10
    service_at = -10
    speaker = bool(fp_forms)
    narrated: list[int] = []
    chat = sp.words <= SHORT_MESSAGE
    implied_material = False
    implied_audience = False
    held = False  # a sentence where the writer has something ("the video I have of you")
    deadline_seen = False  # a time limit anywhere ("te dou até domingo", "tonight")
    # Only the words that carry a role are looked at, found per sentence by a set intersection (C speed):
    # most words of a long e-mail carry none.
    role_words = set(roles)
    for i, toks in enumerate(tokenized):
        if not toks:
            continue
        if not chat and role_words.isdisjoint(toks) and (not fp_forms or fp_forms.isdisjoint(toks)) \
                and (i or not emoji):
            continue  # the test below, made without building a set: no word here has a role
        present: set[str] = set()
        for t in role_words.intersection(toks):
            present |= roles[t]
        if fp_forms and fp_forms.intersection(toks):
            present.add("first")
        # A sum only matters for a coerced demand; the regex runs where a connective or a deadline is.
        if ("conditional" in present or "delete" in present or "deadline" in present) and _MONEY.search(pieces[i]):
            present.add("money")
        # "£500 by bank transfer": the bank is how the money is asked for, not a bank's notice.
        if "service" in present and all(
                t == "bank" and k + 1 < len(toks) and toks[k + 1] in ("transfer", "transfers", "deposit")
                for k, t in enumerate(toks) if "service" in roles.get(t, _EMPTY)):
            present.discard("service")
        # ... and a time of day is a deadline beside a demand or a condition ("£500 by 8pm or …", "avant 18h").
        if ("demand" in present or "conditional" in present) and "deadline" not in present \
                and _CLOCK.search(pieces[i]):
            present.add("deadline")
        if "demand" in present and "deadline" not in present and _CRYPTO_ASKED.search(pieces[i]) \
                and _BY_DAY.search(pieces[i]):
            present.add("deadline")
            if _MONEY.search(pieces[i]):
                present.add("money")
        if i == 0 or len(pieces) == 1:
            present |= emoji
        if not present and not chat:
            continue  # no word with a role: nothing below can count (the chat-only readings aside)
        if "first" in present and not any(
                ("first" in roles.get(t, _EMPTY) or t in fp_forms) and not (k and toks[k - 1] in _THIRD_SUBJECT)
                and (t not in _PASSIVE_AUX or _I_WE.intersection(toks)) for k, t in enumerate(toks)):
            # "er habe … gehackt": a verb form after someone else; "sonst werde das Video geschickt": a
            # passive or reported future, not the speaker.
            present.discard("first")
        speaker = speaker or "first" in present
        if "first" not in present and (("third" in present and (
                _NARRATOR.intersection(toks) or ("report" in present and "second" not in present)
                or any(t in _THIRD_SUBJECT and u in _SAY for t, u in pairwise(toks))))
                or _message_retold(toks)):
            narrated.append(i)  # the sender or a scammer is the subject, or the reader is not spoken to
        if not chat and _ACTIVE.isdisjoint(present):
            continue  # pronouns, hedges, connectives only: no act, count or neighbour below can come of it
        # "Don't pay or send more images": advice listing what not to do, "or" joining two refusals; nothing
        # is demanded and nothing follows from it.
        if "conditional" in present and _FIXED_OR.search(pieces[i]) and not any(
                "conditional" in roles.get(t, _EMPTY) for t in tokenize(_FIXED_OR.sub(" ", pieces[i]))):
            present.discard("conditional")
        if "conditional" in present and _REFUSALS.search(pieces[i].strip()):
            present -= {"conditional", "demand", "expose", "more_images"}
        # "payment received via Venmo, thank you, I'll ship tomorrow": a payment acknowledged is no demand.
        # (not when more is asked beside it: "got your payment, but I want 300 more")
        if "demand" in present and _PAID.search(pieces[i]) and not _MORE_PAID.search(pieces[i]):
            present.discard("demand")
        # "si me la dejas en 150 te hago bizum hoy", "je vous fais un virement ce soir": the writer pays the reader
        # (a buyer), which is no demand made of them. (Nothing threatened or held may stand beside it.)
        if "demand" in present and _I_PAY_YOU.search(pieces[i]) \
                and present.isdisjoint(("expose", "expose_weak", "material", "harm")):
            present.discard("demand")
        # "I will never share any images from your session publicly": a promise not to show, unless a condition
        # keeps the showing in reach ("I'll never post them as long as you pay", "… unless you stop paying").
        # (the speaker's own promise: "you thought nobody would ever see it" is the threat's irony, not a promise)
        if "expose" in present and "first" in present and "expose_weak" not in present \
                and _negated(toks, roles, "expose") \
                and not _PROMISE_KEPT_IF.search(pieces[i]):
            present -= {"expose", "expose_weak"}
        # "il me répond plus", "er antwortet nicht mehr", "não me responde mais": no longer, not more pictures.
        if "more_images" in present and _no_longer(toks, roles):
            present.discard("more_images")
        # "I'll be taking photos of each room for the inventory report": pictures of a thing, not of a person.
        if "material" in present and _THING_PICTURES.search(pieces[i]) and not _PERSON_PICTURES.search(pieces[i]):
            present -= {"material", "possess"}
        # "Our records show that your account …": a ledger, not a recording shown to anyone.
        if "material" in present and _RECORDS_SHOW.search(pieces[i]) and not any(
                "material" in roles.get(t, _EMPTY) for t in toks if t not in ("records", "record")):
            present -= {"material", "expose", "expose_weak", "possess"}
        # "I can leave it with your brother, or post it if that's easier": the "or", the "if" and the sending offer
        # the reader a choice for their convenience; nothing follows from a refusal.
        if ("conditional" in present or "expose" in present) and _OFFERS.search(pieces[i]):
            present -= {"conditional", "expose"}
        # "j'ai adoré ta photo", "I've seen your pic": "have" is the helper of another verb there, not a claim to hold
        # (a second word of holding, "j'ai gardé", "I've saved", keeps it one).
        # (in a chat line: in a long e-mail "ho visto le foto del suo compleanno" sits beside what the writer holds)
        if sp.words <= HELPER_HAVE_WORDS and "possess" in present and _HELPER_HAVE.search(pieces[i]) \
                and not any("possess" in roles.get(t, _EMPTY) for t in toks if t not in _HAVE_HELPERS):
            present.discard("possess")
        # "If your child receives threats to share images, …": threats named as a thing, by no one speaking
        if "first" not in present and ("expose" in present or "conditional" in present) \
                and _THREATS_NAMED.search(pieces[i]):
            present.add("report")
        # "Si alguien te exige dinero … a cambio de no difundir …": someone, in a condition, with nobody speaking as
        # "I": what a help page supposes, told about, not made
        if "first" not in present and len(toks) > 1 and toks[0] in _IF and toks[1] in _SOMEONE:
            present.add("report")
        if chat and "first" not in present and "possess" in present and "material" in present \
                and "second" in present and _dropped_i(toks):
            present.add("first")  # "still got those videos of u": the "I" of chat, left out
            toks = ["i", *toks]
            if "i" not in roles:
                roles = {**roles, "i": frozenset(("first",))}
        act = _sentence_act(present, toks, roles)
        deleted = _deleted_done(pieces[i], present)
        if deleted and act in ("possession", "possession_loose"):
            act = ""
        # The chat-only readings (a ruin declared, a price asked): in e-mails these words meet by chance.
        if act in ("", "demand") and chat and _plain(present) and _RUIN.search(pieces[i]):
            sp.harm += 1
            act = "harm"
        if act in ("", "demand") and chat and len(toks) <= 16 and "report" not in present and _PRICE.search(pieces[i]):
            sp.price += 1
            sp.demands += 1
            act = "demand"
        if act in ("threat", "possession", "possession_loose") and not _close(act, toks, roles, fp_forms):
            # Not a threat after all ("… where you go to school"), but the same sentence may still claim the
            # images ("I have your photos and I know where you go to school").
            act = "possession" if act == "threat" and {"possess", "first", "second"} <= present and (
                "material" in present or "screens" in present) and _close("possession", toks, roles, fp_forms) \
                else ""
        # "I've uploaded 86 images to your private gallery": sent to the reader's own place, nobody else sees.
        if act == "threat" and "audience" not in present and (_TO_YOUR_OWN.search(pieces[i]) or _between_us(pieces[i])):
            act = ""
        # (a third person is the point here: "if she got the pics"; a report or a negation is not one)
        held = held or ({"possess", "first"} <= present and not deleted)
        deadline_seen = deadline_seen or "deadline" in present
        # (after the check above: a sentence read as a threat that is not close enough to be one may still hint)
        if act in ("", "demand", "possession_loose", "possession") and chat \
                and not _IMPLIED_TOPIC.isdisjoint(present) and _implied(pieces[i], present):
            sp.implied += 1
            implied_material = implied_material or "material" in present
            implied_audience = implied_audience or "audience" in present
            sp.implied_named += "material" in present or "screens" in present
        # (a picture asked for is not one held: it counts next to a claim, an exposure or "more" of it)
        if "material" in present and act != "warning" and "third" not in present and not deleted and not _asked_for(
                act, present, pieces[i]):
            sp.material += 1
        if "service" in present:
            service_at = i
            sp.service += 1
        if act == "warning":
            sp.warnings += 1
        elif act == "threat":
            sp.threats += 1
        elif act == "possession":
            sp.possession += 1
        elif act == "possession_loose":
            sp.possession_loose += 1
        demand_here = "demand" in present and not _negated(toks, roles, "demand")
        coercion = "" if deleted or _NO_GUARANTEE.search(pieces[i]) else _coercion(present, toks, roles)
        if coercion == "coerced":
            sp.coerced += 1
            if act == "":
                act = "demand"
        elif coercion == "harm":
            sp.harm += 1
            if act == "":
                act = "harm"
        if act in ("threat", "possession", "possession_loose", "demand", "harm") and demand_here:
            sp.demands += 1
            previous_demand = i
        if "more_images" in present and "material" in present and act != "warning" and not deleted and (
                "expose" in present or "demand" in present or "second" in present or "first" in present) \
                and "third" not in present:
            sp.more_images += 1
        if "deadline" in present and act != "warning":
            previous_deadline = i
        # A demand and a deadline in the same or neighbouring sentences ("You have 2 hours. Send $200").
        # ... unless it is a bill, an order or phishing about an account (service words nearby).
        # (the next sentence is looked at only when a demand and a deadline stand together here)
        if abs(service_at - i) <= 1 or "service" in present:
            pass
        elif act != "warning" and (
                ("demand" in present and _addressed(present) and abs(previous_deadline - i) <= 1
                 and ("second" in present or "first" in present))
                or ("deadline" in present and abs(previous_demand - i) <= 1 and previous_demand != i)
                # (cryptocurrency asked for by a time, nobody named: "Pay 2 BTC by Friday 6pm", which no bill says)
                or ("demand" in present and "deadline" in present and present.isdisjoint(("third", "report"))
                    and _CRYPTO_ASKED.search(pieces[i]) is not None and _CRYPTO_BOUGHT.search(pieces[i]) is None)) \
                and not _service_next(tokenized, i, roles):
            sp.deadline_demands += 1
        if act:
            sp.sentences.append(SentenceRead(i, frozenset(present), act, pieces[i].strip()[:300]))
    # Nobody speaks in the first person, and a sentence tells what someone else (the sender, scammers) did:
    # a warning or a news item retelling a threat in the second person ("you must pay within 48 hours, the
    # sender says he installed a virus"). The retold demands and threats are not made to the reader.
    sp.told = len(narrated)
    # An implied threat counts as one when a payment is named in the same chat message: the demand that
    # gives it teeth ("would be a shame if she got the pics. 100 on venmo and they're gone forever").
    # Without a payment it still is one when it is about pictures ("a shame if your mom saw the pics you sent
    # me. answer me"): the first message of many extortions asks only for a reply.
    # ("… if your church group saw what you showed me last night 🙂": the reader's own pictures need nothing more)
    if sp.implied and not narrated and (_PAYMENT_WORD.search(norm_text) or _WHAT_YOU_SENT.search(norm_text) or (
            (implied_material or sp.material or _ON_CAMERA.search(norm_text) or _THIS_SEEN.search(norm_text))
            and (held or deadline_seen or _REPLY_OR_SENT.search(norm_text) or _BY_DAY.search(norm_text)))
            # ("seria uma pena se a galera do 2º ano visse isso 🙃": the reader's people seeing "this", unlaughed)
            or (implied_audience and _THIS_SEEN.search(norm_text) and not _LAUGHED.search(raw))):
        sp.threats += sp.implied
        if not sp.demands:
            sp.demands = 1
        if implied_material and not sp.material:  # "if she got the pics": the pictures are the reader's
            sp.material = 1
    # Sharing the reader's photos with their people, told as a pleasure or a joke, with nothing demanded,
    # claimed or intimate: "sending it to your mom rn she'll love it 😊" is not a threat to expose. (A threat read
    # there is dropped, unless a menace stands beside it unlaughed.)
    elif chat and not (sp.demands or sp.possession or sp.coerced or sp.harm or sp.price or sp.deadline_demands
                       or sp.more_images) and _told_as_pleasure(norm_text, raw) \
            and not (sp.threats and _MENACE.search(norm_text) and not _LAUGHING.search(raw)) \
            and not (_OTHERWISE.search(norm_text) and _SUM.search(norm_text)):
        sp.threats = 0
        sp.benign_share = True
    sp.speaker = speaker
    if not speaker and not sp.possession and narrated:
        sp.warnings += sp.threats + sp.deadline_demands + sp.coerced
        sp.threats = sp.deadline_demands = sp.coerced = 0
    # A payment with a deadline in a long e-mail is a bill or phishing unless something else threatens.
    if sp.deadline_demands and sp.words > SHORT_MESSAGE and not (sp.threats or sp.possession or sp.coerced
                                                                 or sp.harm):
        sp.deadline_demands = 0
    # In a book-length text "or" and "pay" meet by chance; only a threat or a claim counts there.
    if sp.words > LONG_TEXT and not (sp.threats or sp.possession):
        sp.coerced = sp.harm = 0
    return sp


# The roles without which a sentence of an e-mail has no act and changes no count: every reading below
# (threat, possession, demand, coercion, harm, material, more images, deadline, service) needs one of them.
_ACTIVE = frozenset(("expose", "expose_weak", "possess", "demand", "harm", "material", "more_images", "deadline",
                     "service", "money"))
# A chat message or a pasted threat; longer texts are e-mails, where bills and phishing set deadlines too.
SHORT_MESSAGE = 80
LONG_TEXT = 1500
# How far apart the words of one act may be (in words): "I will send them to your family", not a verb
# at the start of a long sentence and "family" at its end.
_NEAR = 8


def _plain(present: set[str]) -> bool:
    """No negation, hedge, report or third party in the sentence: it is said, not told or denied."""
    return not present.intersection(("negation", "report", "third"))


def _close(act: str, toks: list[str], roles: dict[str, frozenset[str]], fp_forms: frozenset[str]) -> bool:
    """The words of a threat or a possession claim stand close together, and the actor (a first-person
    subject or a condition) comes shortly before the verb."""
    def at(role: str) -> list[int]:
        return [i for i, t in enumerate(toks) if role in roles.get(t, _EMPTY) or (role == "first" and t in fp_forms)]

    verbs = at("possess") if act != "threat" else at("expose") + at("expose_weak")
    objects = at("material") + at("screens") + ([] if act != "threat" else at("audience"))
    weak = set(at("expose_weak")) - set(at("expose"))
    actors = at("first") + ([] if act != "threat" else at("conditional"))
    if act == "threat":
        actors += [i for i in verbs if _first_person_verb(toks[i])]
        # ("dont make me send these to ur mum": the "me" who is made to send is the actor)
        actors += [k + 1 for k, t in enumerate(toks[:-1]) if t in _MAKE_ME and toks[k + 1] == "me"]
    for v in verbs:
        if act == "threat" and not _speaker_exposes(toks, v, roles, fp_forms):
            continue
        # A send-like verb takes its object after it ("send them to your family"); "your mom will see" before.
        reach = (lambda o, v=v: abs(o - v) <= _NEAR) if v in weak else (lambda o, v=v: 0 < o - v <= _NEAR)
        if any(reach(o) for o in objects) and (  # type: ignore[no-untyped-call]
                (act == "threat" and "expose_weak" in roles.get(toks[v], _EMPTY)) or
                any(v - _NEAR <= a <= v for a in actors) or toks[v] in fp_forms):
            return True
    return False


_HAVE_HELPERS = frozenset(("ai", "have", "ve", "ive", "heb", "ho", "habe", "hab"))
# A list of things not to do: a negated order joining a second verb with "or", the second verb with no
# subject of its own ("don't pay or send more images", "they should never pay or send more"). With one
# ("don't ignore me or I send them") it is a threat. The weak negations only count at the sentence's start.
_REFUSAL_TAIL = (r" \w+(?: \w+)? (?:or|nor|ni|o|oder|ou|of) "
                 r"(?!(?:i|we|ich|wir|je|on|yo|eu|io|ik|they|he|she|u|you|ils|elle|il)\b)(?:\w+ )?"
                 r"(?:send|pay|share|reply|respond|give|envies|pagues|schick|zahl|envoie|paie|mandes|pague|stuur|betaal)")
# Threats named as a thing, a kind of message ("threats to share images", "amenazas de publicar"): a report of what
# happens, not the act of threatening.
_THREATS_NAMED = re.compile(
    r"\b(?:threats|amenazas|ameacas|ameaças|menaces|minacce|dreigementen) (?:to|de|con|di|om) (?:\w+ )?"
    r"(?:share|send|post|leak|publish|release|expose|spread|compartir|enviar|publicar|difundir|compartilhar|"
    r"divulgar|partager|diffuser|publier|envoyer|condividere|diffondere|pubblicare|inviare|delen|verspreiden|"
    r"publiceren|sturen)\b|"
    # a school's or a parent's letter: "If your child is asked to send images or receives threats, please tell them …"
    r"\b(?:receives?|gets?|getting|receiving|received) (?:any )?(?:threats|threatening messages)\b|"
    r"\bif (?:your|a|any) (?:child|son|daughter|student|pupil|teen|teenager|young person) (?:is|gets|receives|has)\b",
    re.IGNORECASE)
_REFUSALS = re.compile(r"(?:(?:^(?:\d+[.)] )?(?:no|ne|niet|nao|não|nie))|"
                       r"(?<![\w'])(?:don'?t|do not|never|not|nunca|niemals|jamais|nooit|mai))" + _REFUSAL_TAIL,
                       re.IGNORECASE)


# A payment acknowledged: "payment received", "got your payment", "pago recibido", "Zahlung erhalten", "paiement
# reçu", "pagamento ricevuto", "betaling ontvangen", "recebi o pix". (The past participle or "got", with the payment as
# object; "have you received my payment?" is a question and is dropped before this.)
_PAID = re.compile(
    r"\b(?:(?:payment|transfer|money|deposit) (?:received|came through|arrived)|(?:got|received) (?:your|ur|the) "
    r"(?:payment|transfer|money|deposit|venmo|zelle|paypal)|thanks? (?:you )?for (?:the )?(?:payment|paying)|"
    r"(?:pago|dinero|bizum|transferencia) recibid[oa]|recibi (?:el|tu) (?:pago|bizum|dinero)|"
    r"(?:pagamento|pix|dinheiro) recebido|recebi o (?:pix|pagamento|dinheiro)|"
    r"(?:zahlung|uberweisung|geld) (?:ist )?(?:erhalten|eingegangen|angekommen)|"
    r"(?:paiement|virement) (?:bien )?recu|pagamento ricevuto|(?:betaling|tikkie) (?:is )?(?:ontvangen|binnen)|"
    r"bedankt voor (?:de|je) betaling|merci pour (?:le|ton|votre) paiement|grazie per il pagamento|"
    r"gracias por el pago|obrigad[oa] pelo pagamento|danke fur die zahlung)\b", re.IGNORECASE)
# Pictures of a thing (a room, the damage, a meter, a receipt) in the languages the rules read; a person named in the
# same sentence ("of you", "of yourself") or intimacy keeps them pictures of someone. (Not the house, the street or the
# car: a bulk e-mail shows "a picture of your house" to prove it knows where the reader lives.)
_THING_PICTURES = re.compile(
    r"\b(?:photos?|pictures?|pics?|videos?|fotos?|foto'?s|bilder|video'?s) (?:\w+ )?"
    r"(?:of|de|do|da|dos|das|del|di|della|von|vom|der|van) "
    r"(?:each|every|all the|the|cada|todos los|todas las|la|el|o|a|os|as|le|les|ogni|il|jedem|jeder|"
    r"dem|der|die|elke|de|het|alle|all|todas|tous|toutes|tutte|tutti|"
    # the reader's own thing, a word or two about it: "a pic of your finished math worksheet", "foto de tu tarea"
    r"your|ur|tu|tus|ton|ta|tes|dein|deine|deinen|deiner|tuo|tua|tuoi|tue|teu|seu|sua|je|jouw)? ?"
    r"(?:(?!of\b|de\b|you\b|u\b|ti\b|toi\b|dir\b|te\b|jou\b)\w+ ){0,2}(?:rooms?|flat|apartment|"
    r"property|kitchen|bathroom|garden|walls?|floors?|damage|meter|boiler|receipt|invoice|parcel|package|label|"
    r"dent|scratch|leak|mould|mold|habitacion(?:es)?|piso|apartamento|cocina|bano|danos?|recibo|"
    r"paquete|quarto|cozinha|banheiro|estrago|comprovante|pacote|zimmer|wohnung|kuche|schaden|zahler|quittung|"
    r"paket|chambre|appartement|cuisine|salle de bain|degats|compteur|recu|colis|stanza|appartamento|"
    r"cucina|danni|contatore|ricevuta|pacco|kamers?|ruimtes?|woning|keuken|badkamer|schade|meterstand|bon|pakket|"
    r"underside|serial number|barcode|onderkant|achterkant|serienummer|parte de abajo|numero de serie|fondo|"
    r"unterseite|seriennummer|dessous|"
    # things for sale and homework to show a parent: "more pics of the bike", "photo of your marksheet"
    r"bike|bicycle|frame|sofa|couch|table|desk|chair|wardrobe|lamp|console|laptop|item|listing|bici|bicicleta|"
    r"cambio|ruedas|mesa|silla|armario|velo|canape|chaise|etiquette|fahrrad|tisch|stuhl|schrank|divano|"
    r"tavolo|sedia|fiets|tafel|stoel|homework|marksheet|report card|worksheet|project|poster|deberes|tarea|"
    r"resumen|devoirs|hausaufgaben|compiti|dever de casa|licao|huiswerk|permission slip|consent form|form)\b",
    re.IGNORECASE)
_RECORDS_SHOW = re.compile(r"\b(?:our|my|the|according to (?:our|the)) records (?:show|indicate|say)", re.IGNORECASE)
_PERSON_PICTURES = re.compile(
    r"\b(?:of|de|von|di|van) (?:you|u|yourself|ti|toi|dir|te|jou)\b|\bnude|\bnaked|\bnack|\bdesnud|\bintim|"
    r"\bsex|\bnaakt|\bnu(?:e|es)?\b", re.IGNORECASE)
_PROMISE_KEPT_IF = re.compile(r"\b(?:unless|until|till|if|as long as|so long as|si|wenn|falls|se|als|sauf|tant que|"
                              r"mientras|solange|finche|zolang|tenzij|a menos|a meno|es sei denn|enquanto|desde que|"
                              r"or else|otherwise|else|sinon|sino|senao|sonst|ansonsten|altrimenti|anders|nobody|"
                              r"no one|noone|nadie|ninguem|personne|niemand|nessuno)\b", re.IGNORECASE)
_MORE_PAID = re.compile(r"\b(?:more|another|again|extra|mas|otro|otra|mais|outro|outra|mehr|noch|encore|autre|ancora|"
                        r"altri|altro|meer|nog)\b", re.IGNORECASE)

# The speaker tells of pictures already deleted ("I deleted all our photos", "j'ai supprimé toutes nos photos",
# "ya borré nuestras fotos"): the opposite of a claim to hold them, and no "pay and I delete" either. Past forms
# only, with the speaker as subject; a negation or a "but … still" in the sentence keeps the claim.
_DELETED_DONE = re.compile(
    r"\b(?:(?:i|we)(?:'?ve| have| had)?(?: already| just| finally| also)? (?:deleted|erased|removed|wiped|binned|"
    r"trashed|got rid of)"
    r"|(?<!\bno )(?<!\bque )(?:ya |yo )?(?:borre|elimine)|(?:he|hemos) (?:borrado|eliminado)"
    r"|(?:eu |ja )?(?:apaguei|deletei)|(?:eu|ja) exclui"
    r"|(?:j'ai|j ai|nous avons|on a)(?: deja| tout| bien)? (?:supprime|efface|jete)"
    r"|(?:ich|wir) (?:habe|hab|haben) (?:(?!nicht|nie|kein)\w+ ){0,7}(?:geloscht|entfernt|weggeworfen)"
    r"|(?:ik|wij|we) (?:heb|hebben) (?:(?!niet|nooit|geen)[\w']+ ){0,7}(?:verwijderd|gewist|weggegooid)"
    # the speaker left unsaid, as chat drops it: "hab unsere Bilder gelöscht", "heb ze verwijderd", "deleted all
    # our pics"
    r"|(?:^|(?<=[.!?,;] ))(?:hab|habe) (?:(?!nicht|nie|kein)\w+ ){0,7}(?:geloscht|entfernt|weggeworfen)"
    r"|(?:^|(?<=[.!?,;] ))heb (?:(?!niet|nooit|geen)[\w']+ ){0,7}(?:verwijderd|gewist|weggegooid)"
    r"|(?:^|(?<=[.!?,;] ))(?:already |just )?(?:deleted|erased|wiped) (?:all |every one of )?(?:our|my|the|those|"
    r"these|them|it|ur|your)\b"
    r"|(?:ho|abbiamo|le ho|li ho)(?: gia| tutto| tutte)? (?:cancellat[oaie]|eliminat[oaie]|buttat[oaie]))\b"
    r"(?! nothing| none| nada| rien| nichts| niets| niente)")
# A help page's general truth about paying: "Paying does not guarantee the material will be deleted", "o pagamento não
# garante que o material será apagado". No one offers a deletion for a price there.
_NO_GUARANTEE = re.compile(r"\b(?:(?:does|do|will|would) not|doesn'?t|won'?t|never) guarantee|\bno guarantee|"
                           r"\bnao garante|\bno garantiza|\bne garantit (?:pas|rien)|\bgarantiert (?:nicht|nichts)|"
                           r"\bnon garantisce|\bgarandeert (?:niet|niets)|\bkeine garantie|\bgeen garantie|"
                           r"\bnessuna garanzia|\baucune garantie|\bninguna garantia|\bnenhuma garantia")
_STILL_HELD = re.compile(r"\b(?:but|still|pero|todavia|aun|mais|encore|aber|noch|ancora|ainda|maar|nog|"
                         r"except|menos|sauf|ausser|tranne|behalve|copy|copies|copia|copie|kopie|backup)\b")


# The words of a bill or a bank's notice (not an office or an officer: a fake police letter is signed by one).
_BILL_WORDS = frozenset(("account", "bill", "invoice", "balance", "statement", "autopay", "cuenta", "factura",
                         "recibo", "konto", "rechnung", "compte", "facture", "conto", "fattura", "bolletta", "conta",
                         "fatura", "rekening", "factuur"))
# What a bill's next sentence may not hold beside its service word ("Otherwise the video will be sent to your office").
_NOT_SERVICE = frozenset(("conditional", "expose", "expose_weak", "material", "harm", "audience", "possess"))


def _service_next(tokenized: list[list[str]], i: int, roles: dict[str, frozenset[str]]) -> bool:
    """The sentence after ``i`` is a bill's or a service's and nothing else: its word may come after the date
    ("Your next payment … is due tomorrow. Make sure there's enough in your account …")."""
    if i + 1 >= len(tokenized):
        return False
    following = tokenized[i + 1]
    if _BILL_WORDS.isdisjoint(following):
        return False
    found: set[str] = set()
    for t in following:
        found |= roles.get(t, _EMPTY)
    return found.isdisjoint(_NOT_SERVICE)


def _deleted_done(sentence: str, present: set[str]) -> bool:
    """The sentence tells that the speaker deleted the pictures, with nothing demanded or threatened in it."""
    return "material" in present and present.isdisjoint(("conditional", "demand", "money", "expose", "deadline")) \
        and _DELETED_DONE.search(sentence.strip()) is not None and _STILL_HELD.search(sentence) is None


def _between_us(sentence: str) -> bool:
    """The sentence's only sending is between the two people ("schick mir noch eins, ich schick dir auch eins"):
    without those spans no verb of exposure is left."""
    return _BETWEEN_US.search(sentence) is not None and _EXPOSE.search(_BETWEEN_US.sub(" _ ", sentence)) is None


# The reader's own place as the destination (a delivery, not an exposure).
_TO_YOUR_OWN = re.compile(r"\b(?:to|in|into) (?:your|ur) (?:own )?(?:private |personal |online )?(?:gallery|album|"
                          r"folder|drive|dropbox|inbox|cloud|portal|download link)\b|"
                          # a photographer's "private client area" ("uploaded your gallery … to the client area")
                          r"\b(?:to|in|into|on) the (?:private |secure |password[- ]protected )?(?:client|customer) "
                          r"(?:area|gallery|portal|page|login)\b", re.IGNORECASE)
# Who a warning or a news item tells about: the sender of the message retold, scammers, criminals.
_NARRATOR = frozenset(("sender", "remitente", "absender", "expediteur", "mittente", "remetente", "afzender",
                       "scammer", "scammers", "criminal", "criminals", "fraudster", "fraudsters", "extortionist",
                       "extortionists", "blackmailer", "blackmailers", "offender", "offenders", "perpetrator",
                       "perpetrators", "predator", "predators", "estafador", "estafadores", "extorsionador",
                       "extorsionadores", "delincuente", "delincuentes", "betruger", "erpresser", "tater", "escroc",
                       "escrocs", "truffatori", "estorsori", "golpista", "golpistas", "criminosos", "oplichter",
                       "oplichters", "afpersers", "criminelen", "unbekannte", "kriminelle", "cyberkriminelle",
                       "abzocker", "cybercriminal", "cybercriminals", "crooks", "ciberdelincuentes", "cybercriminels",
                       "arnaqueurs", "malfaiteurs", "malintenzionati", "criminali", "cibercriminosos",
                       "cybercriminelen"))
# German auxiliaries that build the passive and reported speech as often as "I will"; the speaker is only
# there with "ich"/"wir".
_PASSIVE_AUX = frozenset(("werde", "werden"))
_I_WE = frozenset(("ich", "wir"))
# Verbs that retell: "they report that …", "he says he has …".
_SAY = frozenset(("report", "reports", "reported", "say", "says", "said", "claim", "claims", "claimed", "write",
                  "claiming", "demanding", "threatening",
                  "writes", "wrote", "state", "states", "stated", "tell", "tells", "told", "warn", "warns", "warned",
                  "threaten", "threatens", "threatened", "dicen", "dice", "dijo", "sagt", "sagen", "schreibt", "dit",
                  "disent", "ecrit", "dice", "dicono", "scrive", "diz", "dizem", "disse", "zegt", "zeggen", "schrijft",
                  # plural subjects in the present ("die Absender behaupten … und fordern", "scammers claim")
                  "demand", "behaupten", "fordern", "drohen", "verlangen", "afirman", "exigen", "amenazan",
                  "piden", "pretendent", "exigent", "menacent", "reclament", "affermano", "sostengono", "chiedono",
                  "minacciano", "afirmam", "exigem", "ameacam", "pedem", "beweren", "eisen", "dreigen"))
# A kind of message retold by what it says ("a threatening message that says your device was infected", "emails
# claiming they filmed you"): a warning describing the note, nobody in it speaking to the reader.
_MESSAGE_NOUN = frozenset(("message", "messages", "email", "emails", "mail", "mails", "note", "notes", "letter",
                           "letters", "text", "texts", "dm", "dms", "sms", "mensaje", "mensajes", "correo", "correos",
                           "nachricht", "nachrichten", "courriel", "courriels", "messaggio", "messaggi", "mensagem",
                           "mensagens", "bericht", "berichten"))
_RELATIVE = frozenset(("that", "which", "where", "que", "die", "dat", "waarin", "qui", "dans", "che", "in", "em",
                       "en", "den", "denen", "worin"))


# A message the writer or someone close received ("me llegó un correo que dice …", "I got an email saying …"): a
# telling of one note, which keeps the note's kind; and the note speaking of itself ("a pixel in this email told me").
_RECEIVED_OR_SELF = frozenset(("got", "get", "gets", "getting", "received", "receive", "receives", "recibi", "recibio",
                       "llego", "llegado", "bekommen", "bekam", "erhalten", "recu", "recue", "recus", "arrivata",
                       "arrivato", "arrivate", "ricevuto", "ricevuta", "recebi", "recebeu", "chegou", "gekregen",
                       "kreeg", "ontvangen", "this", "este", "esta", "diese", "dieser", "ce", "cette", "questo",
                       "questa", "deze", "dit"))


def _message_retold(toks: list[str]) -> bool:
    """A message noun is the subject of a verb that retells, right after it or after a relative word, and no one
    in the sentence is said to have received that message."""
    if _MESSAGE_NOUN.isdisjoint(toks) or not _RECEIVED_OR_SELF.isdisjoint(toks):
        return False
    for k, t in enumerate(toks):
        if t in _MESSAGE_NOUN:
            after = list(toks[k + 1:k + 4])
            while after and after[0] in _RELATIVE:
                after.pop(0)  # "that says", "in which … says", "waarin"
            if after and after[0] in _SAY:
                return True
    return False


# Third-person subjects: a send-like verb right after one is someone else's act ("they will post it").
_THIRD_SUBJECT = frozenset(("they", "he", "she", "scammer", "scammers", "hacker", "hackers", "criminal", "criminals",
                            "emails", "mails", "messages", "letters",
                            "blackmailer", "blackmailers", "extortionist", "extortionists", "sender", "ellos", "ella",
                            "ils", "elle", "elles", "lui", "lei", "loro", "ele", "ela", "eles", "elas", "hij", "er",
                            "remitente", "absender", "expediteur", "mittente", "remetente", "afzender",
                            "tater", "betruger", "kriminelle", "erpresser", "estafadores", "delincuentes",
                            "extorsionadores", "escrocs", "criminels", "truffatori", "criminali", "golpistas",
                            "criminosos", "oplichters", "criminelen", "afpersers", "fraudsters"))
# The reader as the subject of a send-like verb: a question or a request to them.
_READER_SUBJECT = frozenset(("you", "u", "du", "tu", "je", "jij", "vous", "voce", "vc", "usted"))
_READER_AFTER_VERB = frozenset(("du", "je", "jij", "voce", "vc", "usted"))
_TO = frozenset(("to", "a", "an", "pra", "para", "naar", "aan", "à"))
# Verbs that work against an exposure ("stop the sharing", "prevent it being posted", "remove").
_COUNTER = frozenset(("stop", "stops", "stopping", "prevent", "prevents", "preventing", "avoid", "block", "remove",
                      "removing", "detener", "evitar", "impedir", "stoppen", "verhindern", "vermeiden", "arreter",
                      "empecher", "eviter", "fermare", "impedire", "evitare", "parar", "voorkomen", "tegengaan",
                      "against"))
# Sent or shared by the two people between them ("the photos we shared"), said after "we".
_SHARED_BETWEEN = frozenset(("shared", "sent", "exchanged", "swapped", "traded", "geteilt",
                             "geschickt", "partage", "partagees", "echange"))
_TO_YOU = frozenset(("you", "u", "ya", "te", "ti", "dir", "dich", "toi", "vous", "jou", "jij", "voce", "vc"))
# Verbs whose object "you" is the one exposed ("I'll expose you"), not a recipient.
_YOU_AS_OBJECT = frozenset(("expose", "tag", "humiliate", "exposing", "tagging"))
_YOUR = frozenset(("your", "ur", "tu", "tus", "dein", "deine", "deinen", "ton", "ta", "tes", "votre", "vos", "tuo",
                   "tua", "tuoi", "tue", "seu", "sua", "seus", "suas", "teu", "teus", "je", "jouw", "uw"))


def _speaker_exposes(toks: list[str], v: int, roles: dict[str, frozenset[str]], fp_forms: frozenset[str]) -> bool:
    """The verb at ``v`` is the speaker's act on others, not something sent to the reader ("I will send
    you a picture", "te mando una foto") and not an instruction to the reader ("share your address")."""
    nxt = toks[v + 1] if v + 1 < len(toks) else ""
    prev = toks[v - 1] if v > 0 else ""
    # "they will send out the video", "he would post them": someone else acts, as told by the writer.
    for t in reversed(toks[max(0, v - 3):v]):
        if "first" in roles.get(t, _EMPTY) or t in fp_forms:
            break
        if t in _THIRD_SUBJECT:
            return False
    if (nxt in _TO_YOU and toks[v] not in _YOU_AS_OBJECT) or prev in ("te", "ti", "vous"):
        return False
    # "the photos we shared", "what we sent each other": the two people's own exchange, in the past.
    if prev in ("we", "wir", "nous") and toks[v] in _SHARED_BETWEEN:
        return False
    before = toks[max(0, v - 3):v]
    speaker_before = any("first" in roles.get(t, _EMPTY) or t in fp_forms for t in before)
    # "Stuur je de foto's door?", "Schickst du sie mir?": the reader sends ("ik stuur je foto's": your photos).
    if nxt in _READER_AFTER_VERB and not speaker_before:
        return False
    # "can you send the photos to grandma?", "stuur je de foto's door?": the reader is the one asked to send.
    if before and before[-1] in _READER_SUBJECT and not speaker_before:
        return False
    # "I'll send them to you and your mom": the reader is among those who receive.
    if any(a in _TO and b in _TO_YOU for a, b in pairwise(toks[v + 1:v + 5])):
        return False
    # "helps you stop the sharing of images", "to prevent them being posted": against exposure, not for it.
    # ("they can't stop me posting it" is not: the counter verb is denied or aimed at the speaker.)
    for k in range(max(0, v - 3), v):
        if toks[k] in _COUNTER and toks[k + 1] not in _TO_ME and toks[k + 1] not in ("us", "uns", "nous") \
                and not any("negation" in roles.get(t, _EMPTY) for t in toks[max(0, k - 3):k]):
            return False
    if nxt in _YOUR:
        # "or I share your pics" has its speaker right before the verb; "please share your address" not.
        return any("first" in roles.get(t, _EMPTY) or t in fp_forms or "conditional" in roles.get(t, _EMPTY)
                   for t in toks[max(0, v - 4):v]) or _first_person_verb(toks[v])
    return True


def _first_person_verb(word: str) -> bool:
    """A send-like verb in the first person singular present of Spanish, Italian or Portuguese ("mando",
    "publico", "subo", "invio") or German ("schicke", "teile") – the pronoun is usually dropped."""
    return len(word) > 3 and (word.endswith("o") or word.endswith(("cke", "ile", "ste", "nde"))
                              # plural futures, the "we" of a formal ransom note ("publicaremos", "publierons",
                              # "pubblicheremo"): the pronoun is dropped there too
                              or (len(word) > 6 and word.endswith(("remos", "rons", "remo"))))


# The negation said after an imperative in Dutch and German ("Betaal niet", "Zahlen Sie nicht").
_NEGATION_AFTER = frozenset(("niet", "nooit", "nicht", "nie", "niemals"))


def _negated(toks: list[str], roles: dict[str, frozenset[str]], role: str) -> bool:
    """Every word of ``role`` in the sentence follows a negation ("do not pay", "no pagues", "nie zahlen");
    "if you don't pay" is a condition, not a negation."""
    found = False
    for i, t in enumerate(toks):
        if role in roles.get(t, _EMPTY):
            found = True
            # (Dutch and German say the warning's "don't pay" with the negation after the verb: "Betaal niet",
            # "Zahlen Sie nicht"; "Zahlst du nicht, …" with its "du" is a condition, and "betaal niet later dan
            # vrijdag" a deadline: neither is this)
            after = toks[i + 1:i + 4]
            if after[:1] == ["sie"]:
                after = after[1:]
            if after[:1] and after[0] in _NEGATION_AFTER and after[1:2] not in (["later"], ["spater"]):
                continue
            before = toks[max(0, i - 4):i]
            # ("dont make me send these to ur mum", "no me hagas mandarlas": the negation is the threat's own)
            if not any("negation" in roles.get(x, _EMPTY) for x in before) or any(x in _IF for x in before) \
                    or _makes_me(before):
                return False
    return found


def _makes_me(toks: list[str]) -> bool:
    """"(don't) make me …", "no me hagas …": the speaker is the one who would act."""
    return any(t in _MAKE_ME and "me" in toks[max(0, k - 1):k + 2] for k, t in enumerate(toks))


# A quantity of pictures, said of the writer's own collection: "a lot of photos", "viele Fotos", "tantissime foto".
_OWN_COLLECTION = frozenset(("lot", "lots", "many", "loads", "hundreds", "thousands", "viele", "hunderte", "tausende",
                             "muchas", "muchos", "cientos", "miles", "tante", "tanti", "tantissime", "molte", "molti",
                             "centinaia", "migliaia", "veel", "honderden", "duizenden", "beaucoup", "centaines",
                             "milliers", "muitas", "muitos", "centenas", "milhares"))


# The reader's own consent as the only condition of a promise not to share.
_CONSENT_WORDS = frozenset(("consent", "permission", "autorizacion", "autorizacao", "consentimiento", "consentimento",
                            "consentement", "accord", "einwilligung", "zustimmung", "erlaubnis", "consenso",
                            "autorizzazione", "permesso", "toestemming"))


# "Don't make me …" in the languages read: a threat whose negation belongs to it.
_MAKE_ME = frozenset(("make", "hagas", "obligues", "faca", "obrigue", "forcer", "force", "zwing", "costringermi",
                      "obbligarmi", "dwing"))


# French "plus" is "more" with its "de" ("plus de photos", "une de plus"); bare, in speech, it is "no longer".
_PLUS_OF = frozenset(("de", "d", "des", "du"))
# The words of "more" that say "no longer" after a negation ("nicht mehr"); "no others" is still others.
_NO_LONGER = frozenset(("more", "mehr", "meer", "mais", "mas", "plus"))


def _no_longer(toks: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """Every word of "more" in the sentence says "no longer": after a negation ("nicht mehr", "niet meer", "não
    me responde mais", "no longer"), or a bare French "plus" ("il me répond plus"); "if you don't send more" asks
    for more."""
    found = False
    for i, t in enumerate(toks):
        if "more_images" not in roles.get(t, _EMPTY):
            continue
        found = True
        before = toks[max(0, i - 3):i]
        if t not in _NO_LONGER or any(x in _IF for x in toks[max(0, i - 8):i]):
            return False
        if t == "plus":
            if (i + 1 < len(toks) and toks[i + 1] in _PLUS_OF) or (i and toks[i - 1] in _PLUS_OF):
                return False
        elif not (any("negation" in roles.get(x, _EMPTY) for x in before) or (i and toks[i - 1] == "longer")):
            return False
    return found


# Connectives that introduce a consequence ("pay *or* I post", "*unless* you transfer"); "if" only when
# negated ("if you don't pay"), since "if" alone mostly starts an ordinary condition.
_OR_ELSE = frozenset(("or", "otherwise", "unless", "else", "o", "sino", "oder", "sonst", "ansonsten", "ou", "sinon",
                      "altrimenti", "senao", "anders", "of", "entweder"))
# These carry the consequence in themselves ("pay or else", "zahl, sonst …").
_ELSE = frozenset(("else", "otherwise", "sonst", "ansonsten", "sinon", "altrimenti", "senao", "anders", "sino"))
# "unless" and "if not" may follow their consequence ("the video goes out at 8 unless the money is here").
_UNLESS = frozenset(("unless",))
# A time of day: "by 8pm", "avant 18h", "bis 18 Uhr".
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|uhr)\b|\b\d{1,2}h(?:\d{2})?\b|\b\d{1,2}:\d{2}\b")
# Cryptocurrency asked for: beside a weekday as the time limit ("by Friday", "bis Freitag"), which a bill says too, it
# makes the weekday a deadline, since no bill asks for it.
_CRYPTO_ASKED = re.compile(r"\b(?:bitcoins?|btc|crypto\w*|krypto\w*|cripto\w*|usdt|tether|ethereum|monero|xmr|"
                           r"litecoin)\b")
# Cryptocurrency offered for sale, not asked of the reader: "Buy bitcoin before Friday and get 10% off".
_CRYPTO_BOUGHT = re.compile(r"\b(?:buy|buying|purchase|invest|trade|kauf\w*|compra\w*|achet\w*|acquist\w*|koop\w*|"
                            r"cumpar\w*|kup\w*)\b")
# A sum of money or "give me …": a demand however it is worded.
_MONEY = re.compile(r"[$€£]\s?\d|\d\s?(?:[$€£]|usd\b|eur\b|euros?\b|dollars?\b|bucks\b|reais\b|btc\b|zl\b|k\b)|"
                    r"\b(?:give me|dame|gib mir|donne moi|dammi|me da|geef me)\b")
_IF = frozenset(("if", "si", "se", "wenn", "falls", "als", "caso"))
_CONSEQUENCE = ("expose", "expose_weak", "harm", "delete")
# "If someone …" as a sentence opens: the someone a help page supposes.
_SOMEONE = frozenset(("someone", "somebody", "anyone", "anybody", "alguien", "alguem", "qualcuno", "quelqu", "jemand",
                      "iemand"))
# Harm done to oneself, named as care ("thinking about hurting yourself").
_REFLEXIVE = frozenset(("yourself", "urself", "yourselves", "themselves", "themself", "himself", "herself", "myself"))


def _regret_ahead(toks: list[str], k: int) -> bool:
    """The English "regret" at ``k`` is a regret to come: the word before it, past "you" and an adverb, is a future or
    an "or" ("you'll regret it", "or you regret", "i'll make you regret"), not another verb's ("will judge a picture
    you regret sending")."""
    for x in reversed(toks[max(0, k - 4):k]):
        if x in _REGRET_SKIP:
            continue
        return x in _FUTURE_EN or x in _OR_ELSE
    return False


_REGRET_SKIP = frozenset(("you", "u", "ya", "really", "so", "truly", "seriously", "definitely", "totally"))
_FUTURE_EN = frozenset(("will", "ll", "gonna", "shall", "going", "gon", "gunna", "wil", "wll", "would", "make"))
_REGRET = frozenset(("regret", "regretteras", "regretter", "arrepentiras", "arrepentir", "bereuen", "pentirai",
                     "pentire", "arrepender", "spijt"))


def _has_or_else(toks: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """The sentence has a coercive connective: "or", "otherwise", "unless", or a negated "if"."""
    return any(t in _OR_ELSE or (t in _IF and any("negation" in roles.get(x, _EMPTY) for x in toks[k + 1:k + 4]))
               for k, t in enumerate(toks))


def _or_i_show(toks: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """A consequence clause in which the speaker shows something to people: "… or i show kyle and everyone",
    "otherwise I'll show your mum". The weak verb needs no picture named there: the clause is the speaker's act
    after an "or"."""
    for k, t in enumerate(toks):
        if t not in _OR_ELSE:
            continue
        after = toks[k + 1:k + 4]
        for j, w in enumerate(after):
            if "expose_weak" in roles.get(w, _EMPTY) and any("first" in roles.get(x, _EMPTY) for x in after[:j]):
                return any("audience" in roles.get(x, _EMPTY) for x in toks[k + 1 + j:k + 6 + j])
    return False


def _consequence_in(window: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """Something happens to the reader: exposure (a weak verb needs an audience), harm, deletion, or the
    speaker acting."""
    audience = any("audience" in roles.get(t, _EMPTY) for t in window)
    for k, t in enumerate(window):
        r = roles.get(t, _EMPTY)
        if ("expose" in r or "harm" in r) and _THIRD_SUBJECT.intersection(window[max(0, k - 3):k]):
            continue  # "unless you pay, they will send it": told about someone else's act
        if any(c in r for c in _CONSEQUENCE if c != "expose_weak") or ("expose_weak" in r and audience):
            return True
        if _first_person_verb(t) and "expose" in r:
            return True
    return False


def _coercion(present: set[str], toks: list[str], roles: dict[str, frozenset[str]]) -> str:
    """"coerced" for a demand with a consequence ("pay or I post", "transfer 400 unless …", "pay and I delete
    everything"), "harm" for a threat of harm said to the reader ("you will regret it", "I'll ruin your
    life"), else "". Bills and offers (service words), reports and warnings are neither."""
    if "service" in present or "report" in present or ("third" in present and "second" not in present):
        return ""
    demand = ("demand" in present and not _negated(toks, roles, "demand")) or (
        "more_images" in present and "material" in present) or "money" in present
    if demand:
        for k, t in enumerate(toks):
            if_not = t in _IF and any("negation" in roles.get(x, _EMPTY) for x in toks[k + 1:k + 4])
            if not (t in _OR_ELSE or if_not):
                continue
            if t in _ELSE and k == len(toks) - 1:
                return "coerced"
            window = toks[k + 1:k + 10] + (toks[max(0, k - 10):k] if (if_not or t in _UNLESS) else [])
            if _consequence_in(window, roles):
                return "coerced"
        if "delete" in present:
            return "coerced"
    if "harm" in present and "second" in present:
        for k, t in enumerate(toks):
            if "harm" not in roles.get(t, _EMPTY):
                continue
            before = toks[max(0, k - 4):k]
            if any("negation" in roles.get(x, _EMPTY) for x in before):
                continue
            # ("if you are thinking about hurting yourself, call a crisis line": harm to oneself, said as care)
            if k + 1 < len(toks) and toks[k + 1] in _REFLEXIVE:
                continue
            if t in _REGRET:
                # ("you'll regret it", "pay or you regret"; not "even if you sent something you regret": the
                # English verb is a threat only in the future)
                if any("second" in roles.get(x, _EMPTY) for x in before) and (t != "regret" or _regret_ahead(toks, k)):
                    return "harm"
            elif any("second" in roles.get(x, _EMPTY) for x in toks[k + 1:k + 5]) and any(
                    "first" in roles.get(x, _EMPTY) or x in _OR_ELSE for x in before):
                return "harm"
    return ""


def _addressed(present: set[str]) -> bool:
    """Someone speaks to the reader: a first-person speaker, or a command to "you" with a condition."""
    return "third" not in present and ("first" in present or "second" in present or "conditional" in present)


_TO_ME = frozenset(("me", "moi", "mir", "mi", "mij"))
_CLITIC_ME = ("me", "mi")


def _asks_for_it(toks: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """Every send-like verb of the sentence is addressed to the speaker ("send me a pic", "mándame",
    "envoie-moi", "me manda"): a request, not a threat to expose."""
    found = False
    for i, t in enumerate(toks):
        if "expose" not in roles.get(t, _EMPTY):
            continue
        found = True
        # ("tu m'envoies": the French elided "me", never the "m" of "I'm sending")
        elided = i > 0 and toks[i - 1] == "m" and (i < 2 or toks[i - 2] != "i")
        to_me = (i + 1 < len(toks) and toks[i + 1] in _TO_ME) or (i > 0 and toks[i - 1] == "me") or elided or \
            (len(t) > 5 and t.endswith(_CLITIC_ME))
        if not to_me:
            return False
    return found


# The reader's own negated verb in a condition: "if you don't send", "si no mandas", "se não mandar", "si tu n'envoies".
_NOT = frozenset(("n",))
_AFTER_NOT = frozenset(("pas", "nicht", "niet"))
# (the rest of "don't", "doesn't", a clitic "me", "je" as "you" in Dutch: words of the condition, not verbs)
_IN_CONDITION = frozenset(("t", "me", "mi", "mir", "m", "je", "jij", "tu", "du", "voce", "vc", "u", "you", "ya"))


# A chat sentence that starts with the verb of holding, its "I" left out: "still got those videos of u".
# ("got" alone only for pictures *of* the reader: "got photos of you both walking in", not "got your pic, thanks")
_DROPPED_I_STARTS = (("still", "got"), ("still", "have"), ("still", "holding"))


def _dropped_i(toks: list[str]) -> bool:
    if any(tuple(toks[:len(start)]) == start for start in _DROPPED_I_STARTS):
        return True
    return toks[:1] == ["got"] and any(a == "of" and b in ("u", "you") for a, b in pairwise(toks))


def _sent_in_condition(toks: list[str], roles: dict[str, frozenset[str]]) -> bool:
    """Every send-like verb of the sentence is the reader's, right after a negated "if" ("if you don't send the
    photo of your homework by 8, no phone", "si no me mandas", "se você não mandar"): what is asked, not a threat
    to expose. Only the reader, a negation and "me" may stand between the "if" and the verb: in "si no vuelves
    conmigo subo los videos" the condition has a verb of its own and the send is the writer's."""
    found = False
    for i, t in enumerate(toks):
        if "expose" not in roles.get(t, _EMPTY):
            continue
        found = True
        k = i - 1
        negated = False
        while k >= 0 and i - k <= 5 and toks[k] not in _IF:
            r = roles.get(toks[k], _EMPTY)
            if "negation" in r or toks[k] in _NOT:
                negated = True
            elif not (("second" in r and "first" not in r) or toks[k] in _IN_CONDITION):
                return False
            k -= 1
        # (a negation after the verb, as spoken French has it: "si t'envoies pas la vidéo")
        negated = negated or (i + 1 < len(toks) and toks[i + 1] in _AFTER_NOT)
        if k < 0 or toks[k] not in _IF or not negated:
            return False
    return found


def _sentence_act(present: set[str], toks: list[str], roles: dict[str, frozenset[str]] | None = None) -> str:
    """The act of one sentence: threat, possession, demand, warning (told about, not made) or none."""
    material = "material" in present or "screens" in present
    expose = "expose" in present or ("expose_weak" in present and "audience" in present and (
        material or ("want" in present and "second" in present)
        or (roles is not None and "second" in present and _or_i_show(toks, roles))))
    if expose and "expose" in present and roles is not None and "audience" not in present and \
            _asks_for_it(toks, roles):
        expose = False
    if expose and "expose" in present and roles is not None and present.isdisjoint(("audience", "possess", "money")) \
            and _sent_in_condition(toks, roles):
        # (with people named, something held or money sent, the send may be the writer's or a payment followed by a
        # consequence in words the rules do not know: "si no, mando el video a todos tus contactos", "se non mi
        # mandi altre foto quelle che ho le metto nel gruppo", "if u dont send $500 … your nudes going on every one")
        expose = False
    told = "second" in present or ("conditional" in present and _has_or_else(toks, roles or {}))
    threat_shape = expose and ("audience" in present or material) and told
    # "I will never share any image without your consent", "je ne publie aucune photo": a promise. With a
    # condition it stays a threat ("if you don't pay I won't delete, I'll post").
    # (nor when the condition is the reader's own consent: "I'll never share those images unless you give written
    # consent", "nunca publico nada sin tu autorización")
    if threat_shape and roles is not None and ("conditional" not in present or _CONSENT_WORDS.intersection(toks)) \
            and _negated(toks, roles, "expose") \
            and ("expose_weak" not in present or _negated(toks, roles, "expose_weak")):
        threat_shape = False
    possess_shape = "possess" in present and material and "first" in present and "second" in present
    loose = "possess" in present and "material" in present and "first" in present
    demand_shape = "demand" in present and ("second" in present or "first" in present or len(toks) <= 12)
    if not (threat_shape or possess_shape or demand_shape or loose):
        return ""
    # Told about, not made: a third party acts, or the sentence hedges or reports ("may", "threatened").
    # A third party with no "you" in the sentence: someone tells what was done to them or to others.
    reported = "report" in present or ("third" in present and (
        "second" not in present or ("first" not in present and "conditional" not in present)))
    if reported:
        return "warning" if (threat_shape or possess_shape or loose) else ""
    speaker_sends = any(_first_person_verb(t) and "expose" in (roles or {}).get(t, _EMPTY) for t in toks)
    # A bill names customers and accounts too; "si no paga, publicaremos los datos de sus clientes" is still
    # a threat: a payment, its condition and the speaker's own act of exposing in one sentence.
    if "service" in present and (possess_shape or loose or (threat_shape and "material" not in present)) and not (
            threat_shape and speaker_sends and "conditional" in present and "demand" in present):
        return ""
    if threat_shape and ("first" in present or "conditional" in present or ("expose_weak" in present and material)
                         or ("want" in present and "expose_weak" in present) or speaker_sends or _makes_me(toks)):
        return "threat"
    if possess_shape:
        return "possession"
    # ("I do have a lot of photos, including private ones", "ich habe viele Fotos dort": the writer's own collection,
    # told when a storage notice is asked about; a claim names no quantity of the reader's pictures)
    if "possess" in present and material and "first" in present and _OWN_COLLECTION.isdisjoint(toks):
        return "possession_loose"
    if demand_shape:
        return "demand"
    return ""
