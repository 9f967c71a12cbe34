"""Words and short phrases behind each triage signal, in en, es, pt, fr, de, it, nl (plus a few pl).

Terms are written in *normalised* form (lowercase, no accents) because they are matched against
the output of :mod:`standfast.analyze.normalize`. Syntax: words separated by spaces match
consecutive words; a trailing ``*`` makes a word a prefix (``hack*`` matches "hacked", "hackers").
Each concept aims at what makes the whole scam family recognisable, never at one sample's wording.
"""

from __future__ import annotations

from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The words the concept terms are made of (without their ``*``), and the prefix stems among them.
    Normalising uses it to read a masked or look-alike word the way the rules would know it."""
    words: set[str] = set()
    stems: set[str] = set()
    for terms in CONCEPTS.values():
        for term in terms:
            for word in term.split():
                if word.endswith("*"):
                    stems.add(word.rstrip("*"))
                else:
                    words.add(word)
    return frozenset(words), frozenset(s for s in stems if len(s) >= 3)


def known_word(word: str) -> bool:
    """True when ``word`` is a word of the concept terms or starts with one of their prefix stems."""
    words, stems = vocabulary()
    return word in words or any(word[:k] in stems for k in range(3, len(word) + 1))

# concept id -> terms. Concept ids are internal; triage turns them into plain-language signals.
CONCEPTS: dict[str, tuple[str, ...]] = {
    # Someone claims to have broken into the reader's device or account.
    "hack": (
        # en
        "hack*", "trojan*", "malware", "spyware", "keylogger*", "remote access", "rootkit", "pegasus",
        "infected your", "infected with", "exploit*", "access to your device*", "access to your computer",
        "access to your phone", "access to your email", "access to your account*", "access to all your",
        "control your device*", "control of your device*", "access to your system", "into your computer",
        "logged in to", "logged into your", "bought access", "purchased access", "gained access",
        "got access", "obtained access", "full access", "virus", "drive by", "operating system",
        "installed a", "installed my", "installed software", "installed spyware", "installed malicious",
        "browsing history", "tracking your", "monitoring your", "watching you", "spying on",
        # Watching the reader's internet activity is the spyware story's second half (counts only
        # when said in the first person, like every claim here).
        "internet activit*", "online activit*",
        # es
        "hacke*", "jaque*", "pirate*", "troyano*", "acceso a tu*", "acceso a sus", "acceso a todos",
        "acceso total", "infecte", "software malicioso", "programa malicioso", "historial de navegacion",
        "actividad en internet", "actividades en internet", "software espia", "programa espia",
        # pt
        "invadi*", "acesso ao seu", "acesso aos seus", "acesso a sua", "acesso total", "acesso completo",
        "software malicioso", "cavalo de troia", "historico de navegacao", "atividade na internet",
        "atividades na internet",
        # fr
        "pirat*", "cheval de troie", "logiciel malveillant", "logiciel espion", "acces a votre",
        "acces a vos", "acces a ton", "acces a tes", "acces complet", "historique de navigation",
        "activite sur internet", "activites sur internet",
        # de
        "gehackt", "hacker", "trojaner", "schadsoftware", "spionagesoftware", "zugriff auf ihr*",
        "zugriff auf dein*", "zugang zu ihr*", "zugang zu dein*", "vollen zugriff", "vollzugriff",
        "browserverlauf", "infiziert", "internetaktivitat*",
        # it
        "hackerat*", "violato", "accesso al tuo", "accesso ai tuoi", "accesso alla tua", "accesso completo",
        "cavallo di troia", "software dannoso", "cronologia di navigazione", "infettato",
        "attivita su internet", "attivita online",
        # nl
        "gehacked", "toegang tot je", "toegang tot jouw", "toegang tot uw", "trojaans*", "kwaadaardige software",
        "volledige toegang", "browsegeschiedenis", "geinfecteerd", "internetactiviteit*",
        # pl ("zhakowałem twoje urządzenie")
        "zhakowal*", "wlamalem", "zainstalowalem", "oprogramowanie szpieg*", "dostep do twojego",
    ),
    # Claims to have filmed the reader or switched on their camera.
    "recording": (
        "recorded you", "record you", "recording of you", "recorded a video", "recorded video",
        "recorded your", "have recorded", "managed to record", "was recording", "webcam", "web camera",
        "camera", "cameras", "microphone", "footage", "filmed", "video of you", "videos of you",
        "video with you", "videos with you", "video clip", "video compilation", "compilation",
        "split screen", "screen recording", "made a video", "your video", "dirty scenes", "screen shots",
        "those videos", "these videos", "that video", "this video", "delete the video*", "remove the video*",
        "destroy the video*", "delete all the video*", "removing those", "the recording", "the recordings",
        # es
        "te grabe", "grabe*", "grabado", "grabacion*", "camara", "microfono", "video tuyo", "videos tuyos",
        "video de ti", "pantalla dividida",
        # pt
        "gravei", "gravado", "gravacao", "gravacoes", "microfone", "video seu", "videos seus",
        "filmei", "tela dividida",
        # fr
        "enregistre*", "filme", "filmee", "micro", "video de vous", "video de toi", "ecran partage",
        # de
        "aufgenommen", "aufgezeichnet", "aufnahme*", "kamera", "mikrofon", "video von ihnen",
        "video von dir", "geteilten bildschirm",
        # it
        "registrato", "registrata", "registrazione", "filmato", "fotocamera", "telecamera", "microfono",
        "video di te",
        # nl
        "opgenomen", "opname*", "gefilmd", "microfoon",
        # pl, cs, hu, sk ("nagrałem cię kamerą")
        "kamer*", "nagral*", "nagrani*",
    ),
    # Sexual content claimed.
    "sexual": (
        "porn*", "adult website*", "adult site*", "adult content", "adult video*", "adults only", "xxx",
        # The bulk e-mail names the sites, in every language, with or without the word "porn": "adult pages",
        # "naughty websites", "sites for adults", "sitios web para adultos", "Erwachsenen-Webseiten".
        "adult page*", "adult material", "adult movie*", "adult film*", "adult clip*", "adult platform*",
        "naughty site*", "naughty website*", "naughty video*", "site* for adults", "website* for adults",
        "content for adults",
        "masturbat*", "jerking", "jerk off", "jerked off", "orgasm*", "sex", "sexual*", "sexy",
        "intimate", "nude*", "naked", "kinky", "wank*", "pleasuring", "pleasure yourself",
        "pleasing yourself", "self pleasure", "satisfying yourself", "touching yourself",
        "perverted", "fetish*", "dirty videos", "dirty stuff", "dirty scenes", "nsfw", "explicit",
        # es
        "pornograf*", "sitios para adultos", "paginas para adultos", "sitios web para adultos",
        "sitio para adultos", "pagina para adultos", "pagina web para adultos", "paginas web para adultos",
        "web* para adultos", "contenido* para adultos", "contenido* adulto*", "video* para adultos",
        "desnud*", "intimo", "intimos", "intima", "intimas", "masturb*", "sexo",
        # pt
        "sites adultos", "sites para adultos", "sites de adultos", "pelad*", "nudes",
        "site adulto", "site para adultos", "site* adulto*", "conteudo* adulto*", "conteudo* para adultos",
        "pagina* para adultos", "pagina* adulto*",
        # fr
        "sites pour adultes", "sites adultes", "sexe", "sexuel*", "intime*", "nue", "nues",
        "site pour adultes", "site adulte", "site* web pour adultes", "contenu* pour adultes", "contenu* adulte*",
        "video* pour adultes", "page* pour adultes",
        # de
        "erwachsenenseite*", "erwachsenen websites", "nackt*", "intim*", "sexuell*", "selbstbefriedig*",
        "erwachsenen website*", "erwachsenen webseite*", "erwachsenen seite*", "erwachsenenwebseite*",
        "erwachsenenwebsite*", "erwachseneninhalt*", "erwachsenenvideo*", "erwachsenenfilm*",
        "seite* fur erwachsene", "webseite* fur erwachsene", "inhalt* fur erwachsene",
        "wichs*", "masturbier*",
        # it
        "siti per adulti", "siti porno", "nudo", "nuda", "nudi", "sessual*", "intimo", "intimi",
        "sito per adulti", "siti web per adulti", "sito web per adulti", "contenut* per adulti", "video per adulti",
        "pagin* per adulti", "a luci rosse",
        # nl
        "volwassenensite*", "naakt*", "seks*", "intiem*", "masturbeer*",
        # pl
        "dla doroslych", "masturbuj*", "intymn*", "rozbieran*",
        "volwassenen site*", "volwassenen website*", "site* voor volwassenen", "website* voor volwassenen",
        "inhoud voor volwassenen", "volwassenen inhoud", "volwassenenvideo*", "volwassenenwebsite*",
    ),
    # Asks for cryptocurrency.
    "crypto": (
        # ("b t c": "B.T.C", "B-T-C" written to slip past filters)
        "bitcoin*", "btc", "b t c", "crypto*", "litecoin*", "ltc", "ethereum", "usdt", "tether", "monero", "xmr",
        "bitcoin wallet", "btc wallet", "wallet address", "bitcoin address", "coinbase", "binance",
        "billetera", "monedero", "carteira", "portefeuille", "geldborse", "portafoglio", "portemonnee",
        "kryptowahrung*", "criptomoneda*", "criptomoeda*", "criptovaluta", "cryptomonnaie*",
    ),
    # Demands a payment.
    "payment": (
        "pay", "pay me", "payment", "transfer", "send me", "send the", "ransom", "fee", "compensation",
        "amount", "donation",
        "pagar", "pago", "pagame", "paga", "transferencia", "transfiere", "envia", "cantidad", "tarifa",
        "pagamento", "transfira", "envie", "quantia", "taxa",
        "payer", "paiement", "virement", "transferer", "montant", "rancon",
        "zahlen", "zahlung", "bezahl*", "uberweis*", "betrag", "gebuhr", "losegeld",
        "pagare", "pagamento", "trasferi*", "importo", "riscatto",
        "betalen", "betaling", "overmaken", "bedrag", "losgeld",
        "oplat*", "zaplac*", "przelew",
    ),
    # Threatens to send or publish material to people the reader knows.
    "spread": (
        "your contacts", "all your contacts", "contacts", "contact list", "your friends", "your family",
        "relatives", "colleagues", "coworkers", "co workers", "social network*", "social media", "everyone you know",
        "send it to", "send them to", "share it", "share this video", "share the video", "share your",
        "publish", "make public", "leak", "leaked", "expose you", "ruin your", "your reputation", "humiliat*",
        # a ransom note's own: "or everything goes on our blog", "your customers receive their own records"
        "our blog", "leak site", "goes public", "your customers", "your clients", "your competitors",
        # es
        "contactos", "tus contactos", "sus contactos", "amigos", "familiares", "companeros", "colegas",
        "redes sociales", "compartir", "publicar", "difundir", "arruinar", "humillacion",
        # pt
        "contatos", "seus contatos", "parentes", "compartilhar", "divulgar", "redes sociais", "arruinar",
        # fr
        "vos contacts", "tes contacts", "vos amis", "votre famille", "collegues", "proches", "partager",
        "diffuser", "publier", "reseaux sociaux",
        # de
        "kontakt*", "freunde*", "familie*", "kollegen", "verwandte*", "teilen", "veroffentlich*",
        "verbreiten", "sozialen netzwerken", "ruf",
        # it
        "contatti", "amici", "famiglia*", "colleghi", "parenti", "condividere", "pubblicare", "diffondere",
        "social network",
        # nl
        "contacten", "vrienden", "collega*", "delen", "verspreiden", "publiceren", "sociale media",
    ),
    # Pressure tricks typical of the bulk scam: no police, "I will know when you read this".
    "pressure": (
        "police", "do not reply", "don t reply", "no point in", "useless", "pixel", "i will know",
        "i ll know", "will be notified", "get notified", "notification", "do not try", "don t try",
        "do not tell", "don t tell", "not a single", "no one will", "can not be traced", "cannot be traced",
        "untraceable", "clock is ticking", "timer", "once you open", "opened this email", "read this email",
        "policia", "no respondas", "no intentes", "notificacion",
        "nao responda", "nao tente",
        "ne repondez", "ne cherchez", "n essayez",
        "polizei", "antworten sie nicht", "versuchen sie nicht",
        "polizia", "non rispondere", "non provare",
        "politie", "reageer niet", "probeer niet",
        # a ransom note's own pressure: "price doubles after 5 days", "do not rename files"
        "price doubles", "price will double", "price will increase", "do not rename", "don t rename",
        "precio se duplica", "preis verdoppelt", "prix double", "prezzo raddoppia", "preco dobra",
        "prijs verdubbelt",
    ),
    # The message says it was sent from the reader's own account.
    "own_account": (
        "from your account", "from your own", "from your email", "from your mail", "sent this email from",
        "sent this message from", "desde tu cuenta", "desde su cuenta", "da sua conta", "da tua conta",
        "depuis votre compte", "depuis ton compte", "von ihrem konto", "von deinem konto",
        "dal tuo account", "vanaf je account", "vanaf uw account",
    ),
    # Non-sexual extortion of a business: website, database, servers, reputation, ransomware.
    "business": (
        "website", "your site", "databases", "database", "server", "servers", "ddos", "blacklist*",
        "customers", "your company", "your business", "seo", "ransomware", "encrypted your", "decrypt*",
        "payroll", "hr files", "employee records", "employee data", "client contracts", "leak site", "leak blog",
        "sitio web", "su sitio", "base de datos", "bases de datos", "servidor", "clientes", "su empresa",
        "seu site", "banco de dados", "bancos de dados", "sua empresa",
        "site web", "votre site", "base de donnees", "serveur", "votre entreprise",
        "webseite", "ihre website", "datenbank*", "ihr unternehmen", "ihrer website",
        "sito web", "tuo sito", "la tua azienda",
        "uw website", "je website", "uw bedrijf",
        "witryn*", "bazy danych", "baz danych", "serwer*",
    ),
    # Claims to have broken into a business's site or data, or threats to its reputation.
    "business_claim": (
        "we have hacked", "we hacked", "hacked your website", "hacked your site", "hacked your server*",
        "extracted your", "your database*", "vulnerability", "reputation of your", "destroy your reputation",
        "damaging your reputation", "ransomware", "encrypted your files", "encrypted all your",
        "files have been encrypted", "have been encrypted", "decryption key", "ddos attack", "ddos", "patient records",
        "customer data", "card data", "archivos han sido cifrados", "han sido cifrados", "verschlusselt",
        "ont ete chiffres", "sono stati crittografati", "foram criptografados", "zijn versleuteld",
        "hackeamos", "hemos hackeado", "hemos pirateado", "extrajo sus", "extrajimos", "vulnerabilidad",
        "reputacion de su", "destruir la reputacion", "bases de datos",
        "invadimos", "extraiu", "extraimos", "vulnerabilidade", "reputacao do seu", "bancos de dados",
        "nous avons pirate", "avons piratage", "vulnerabilite", "votre base de donnees", "reputation de votre",
        "ihre website gehackt", "ihre webseite gehackt", "ihren server gehackt", "ihre server gehackt",
        "ihre systeme gehackt", "ihr netzwerk gehackt", "gehackt und",
        "schwachstelle", "ruf ihrer", "ihre datenbank*", "datenbanken",
        "abbiamo hackerato", "vulnerabilita", "reputazione del", "tuo database",
        "uw website gehackt", "uw site gehackt", "uw server gehackt", "uw systemen gehackt", "uw netwerk gehackt",
        "kwetsbaarheid", "reputatie van", "uw database",
        "zhakowalismy", "bazy danych", "baz danych", "luke w", "reputacj*",
        "customer database", "client database", "customer records", "copy of your database", "kundendaten*",
        "kopie ihrer datenbank*", "kopie ihrer kundendaten",
        "datos de sus clientes", "datos de clientes", "base de datos de clientes",
        "copia completa de su base*", "donnees de vos clients", "donnees clients", "dati dei clienti",
        "klantgegevens", "klantendatabase", "klantenbestand", "ledenbestand", "patientgegevens", "patientendossiers",
        "patientendaten", "patientenakten", "mitgliederdat*", "wir haben ihre bankdaten",
        "dados dos seus clientes", "dados de clientes",
        # a ransom note's own words: "All files on servers … are encrypted", "We also downloaded 412 GB", "decryptor"
        "files are encrypted", "are encrypted with", "network has been penetrated", "network has been compromised",
        "network has been breached", "we downloaded", "we also downloaded", "we have downloaded", "we have copied",
        "we copied", "exfiltrated", "decryptor", "decryption tool", "leak site",
    ),
    # A drill that stages such a note ("Reminder: Thursday we run the ransomware tabletop exercise"): nobody is asked.
    "exercise": (
        "tabletop", "table top exercise", "tabletop exercise", "simulation exercise", "simulated attack",
        "crisis exercise", "crisis drill", "incident response exercise", "incident response drill",
        "ransomware exercise", "ransomware drill", "planspiel",
        "krisenubung", "simulacro", "exercice de crise", "esercitazione", "crisisoefening", "simulado de ataque",
        # the drill or the game says what it is: "*** THIS IS A DRILL ***", "Scenario inject 3", "CTF challenge"
        "this is a drill", "this is an exercise", "exercise only", "drill only", "scenario inject", "ctf challenge",
        "capture the flag", "dies ist eine ubung", "ceci est un exercice", "dit is een oefening", "isto e um simulado",
    ),
    # News that the extorters were caught ("police arrested three men who extorted webshops"): a report, not a note.
    "arrested": (
        "were arrested", "have been arrested", "has been arrested", "was arrested", "were charged", "was charged",
        "were sentenced", "was sentenced", "police arrested", "aangehouden", "opgepakt", "veroordeeld",
        "festgenommen", "verhaftet", "verurteilt", "detenidos", "detenidas", "detuvo", "detuvieron", "arrestados",
        "condenados", "interpelles", "interpelle", "arretes", "mis en examen", "condamnes", "arrestati", "arrestato",
        "condannati", "denunciati", "presos", "detidos",
        # tried or sentenced: "trois hommes jugés cette semaine", "ha condenado a seis años", "veroordeelt 19-jarige"
        "sentenced to", "ont ete juges", "sont juges", "seront juges", "ete condamne", "condamne a", "condamnee a",
        "ha condenado", "condenado a", "condenada a", "fueron juzgados", "condannato a", "condannata a", "processati",
        "angeklagt", "veroordeelt", "aangeklaagd", "condenado por",
        # on trial: "Vor dem Landgericht begann der Prozess gegen vier Männer", "went on trial", "the court heard"
        "went on trial", "on trial for", "stand trial", "the court heard", "prozess gegen", "laut anklage",
        "juicio contra", "proces contre", "proces de", "processo contro", "processo a carico", "julgamento de",
        "rechtszaak tegen", "strafzaak tegen",
    ),
    # Threat of physical harm for money ("I was paid to kill you", bomb threats).
    "violence": (
        "kill you", "hired to kill", "hitman", "bomb", "explosive*", "murder",
        "matarte", "bomba", "te matar", "vous tuer", "dich toten", "ucciderti", "je vermoorden",
    ),
    # A person with specific material, usually from a chat (targeted sextortion).
    "specific": (
        "your nudes", "your nude", "the nudes", "your pics", "your pictures", "pics you sent", "pictures you sent",
        "photos you sent", "you sent me", "nudes you", "your naked", "i have your", "i ve got your",
        "screenshot*", "your followers", "all your followers", "your school", "your parents", "your mom",
        "your dad", "your mother", "your father", "your boss", "your girlfriend", "your boyfriend",
        "your wife", "your husband", "your classmates", "your teachers", "your job", "your employer",
        "send more", "more pics", "more pictures", "more photos", "more nudes", "ruin your life",
        "video call", "our chat", "our conversation", "facetime",
        "tus fotos", "tus nudes", "tus desnudos", "tus seguidores", "tu escuela", "tus padres", "tu madre",
        "fotos que me enviaste", "mas fotos", "tu novia", "tu novio", "tu trabajo",
        "suas fotos", "seus nudes", "teus nudes", "seus seguidores", "sua escola", "seus pais", "sua mae",
        "fotos que voce me mandou", "mais fotos", "sua namorada", "seu namorado", "seu trabalho",
        "tes photos", "tes nudes", "tes abonnes", "ton ecole", "tes parents", "ta mere", "plus de photos",
        "ta copine", "ton copain", "ton travail",
        "deine fotos", "deine nacktbilder", "deine nudes", "deine follower", "deine schule", "deine eltern",
        "deine mutter", "mehr fotos", "deine freundin", "dein freund", "deinen job", "deine arbeit",
        "tue foto", "i tuoi nudi", "tuoi follower", "tua scuola", "tuoi genitori", "tua madre", "altre foto",
        "la tua ragazza", "il tuo ragazzo", "tuo lavoro",
        "je naaktfoto*", "jouw foto*", "je volgers", "je school", "je ouders", "je moeder", "meer foto*",
        "je vriendin", "je vriend", "je werk",
    ),
    # A call or a video chat the two had: a person was there, so a recording "for bitcoin" is not the bulk e-mail
    # ("ich habe unseren Videoanruf aufgenommen … in Bitcoin"). Only keeps a message from the bulk verdict.
    "call": (
        "video call*", "our call", "the call", "our video chat", "video chat*", "videochat*", "videocall*",
        "cam call", "cam chat", "facetime", "skype call",
        "videollamada*", "video llamada", "llamada", "videochamada*", "chamada de video", "chamada",
        "appel video", "appel visio", "visio", "notre appel",
        "videoanruf*", "videogesprach*", "videotelefonat*", "anruf", "unser gesprach",
        "videochiamat*", "video chiamata", "chiamata",
        "videogesprek*", "videobel*", "ons gesprek",
    ),
    # Photos named (not a camera or a recording): what a person who got into an account holds. Only keeps a
    # message from the bulk verdict.
    "photos": (
        "photo*", "pics", "pic", "pictures", "picture", "nudes", "album", "fotos", "foto", "fotografi*", "bilder",
        "immagini", "imagenes", "images", "fotky", "zdjeci*",
    ),
    # Places a targeted extortion usually starts.
    "platform": (
        "instagram", "insta", "snapchat", "snap", "tiktok", "discord", "kik", "telegram", "whatsapp",
        "facebook", "messenger", "tinder", "grindr", "hinge", "bumble", "dating app", "omegle", "skype",
    ),
    # Non-crypto ways to pay that targeted extortionists ask for.
    "payment_app": (
        "gift card*", "giftcard*", "cash app", "cashapp", "venmo", "zelle", "paypal", "western union",
        "moneygram", "steam card", "apple card", "google play card", "itunes card", "amazon card",
        "tarjeta de regalo", "cartao presente", "carte cadeau", "geschenkkarte", "gutschein*", "carta regalo",
        "cadeaukaart",
    ),
    # Demands more images (not money).
    "more_images": (
        "send more", "more pics", "more pictures", "more photos", "more nudes", "more videos", "send nudes",
        "another video", "mas fotos", "mais fotos", "plus de photos", "mehr fotos", "altre foto", "meer foto*",
        # ("send me 3 more like the last ones", "2 more like the ones u sent")
        "more like the last ones", "more like the ones", "more like those", "2 more like", "3 more like",
        "two more like", "three more like",
        # a number more, the pictures left unnamed beside the ones held: "send me 3 more tonight or the ones i already
        # have go to ur school snap group", "schick mir 3 mehr von denen"
        "send me 2 more", "send me 3 more", "send me 4 more", "send me 5 more", "send me two more",
        "send me three more", "send me a few more", "send 2 more", "send 3 more", "send 5 more", "send two more",
        "send three more", "mehr von denen", "noch mehr von denen",
    ),
}

# First-person subjects, used to tell "I hacked you" from "your account may have been hacked".
FIRST_PERSON = _words(
    "i we ve m ive im me my us our yo nosotros eu nos je nous ich wir io noi ik wij"
)

# English words that have no business carrying accents in an English message: if they do, it is a trick.
ACCENT_BAIT = _words(
    "bitcoin password porn webcam hacked hacker contacts payment wallet recorded masturbating device "
    "virus trojan money send hours pay your you the"
)
