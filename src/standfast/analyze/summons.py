"""The fake police summons: a bulk e-mail that poses as the police and accuses the reader of a sexual crime.

Sent to very many people in Europe since 2019 (the French "convocation" of a "brigade de protection des
mineurs", the Spanish "citación" of the "Guardia Civil", "Europol" and "Interpol" letters): it claims the
police found the reader viewing child abuse images, gives a few hours to answer by e-mail and threatens
a file sent to the press, the family or the courts, then asks for a "fine". Police forces warn that they
never send such letters. It is a mass scam of the same family as the "I hacked your camera" e-mail, with
no camera and no hacking, so the bulk rules of triage do not see it.

The three parts must all be there, addressed to the reader: a police or court sender, the accusation,
and a time limit or a sanction for not answering (a news item about a real case speaks of "un homme").
A warning about these letters names them fake ("fausse convocation", "arnaque") or tells people not to
answer, and is left alone. A person who pastes one and asks "is this real?" gets the bulk-scam answer,
as for any pasted bulk e-mail.

The fake police *fine* is its sibling aimed at one person, often after a recorded video call: someone posing
as the police says the reader sent or was recorded with sexual material (often "to a minor"), and asks for a
"fine" or a "settlement" to close the case or keep it from the family or the employer. Police forces warn that
they never ask for money this way. It is a targeted threat (the sender may hold the recording), so triage calls
it ``targeted``, unless the bulk summons above matches.
"""

from __future__ import annotations

from standfast.analyze.wordstart import WordStartPhrases


def _rx(*parts: str) -> WordStartPhrases:
    return WordStartPhrases(parts, ignorecase=True)


# Who it claims to be (en, fr, es, it, de, nl, pt).
AUTHORITY = _rx(
    r"police", r"gendarmerie", r"brigade", r"europol", r"interpol", r"cybercrime", r"cyber ?crime unit",
    r"federal bureau", r"fbi\b", r"national crime agency", r"tribunal", r"procureur", r"parquet", r"juge d'instruction",
    r"policia", r"guardia civil", r"fiscal[ií]a", r"juzgado", r"polizia", r"carabinieri", r"procura", r"tribunale",
    r"polizei", r"bundeskriminalamt", r"landeskriminalamt", r"kriminal(?:amt|polizei)", r"kripo\b",
    r"staatsanwaltschaft", r"politie", r"openbaar ministerie", r"rechtbank",
    r"policia (?:federal|judiciaria)", r"ministerio publico", r"court of", r"magistrat",
    # a person with a rank: "This is Officer Brooks, Cyber Crimes Division"
    r"cyber ?crimes? (?:unit|division|department|squad|center|centre|team)", r"officer\b", r"detective",
    r"sergeant", r"sgt\b", r"agente\b", r"inspecteur", r"ispettore", r"kommissar", r"rechercheur", r"inspector\b",
    r"cyber ?crime cell", r"cyber cell",
    # Indonesian, Russian, Turkish, Polish: "Direktorat Tindak Pidana Siber", "отдел по борьбе с киберпреступностью"
    r"kepolisian", r"polri\b", r"tindak pidana siber", r"penyidik", r"полици", r"киберпреступност", r"следовател",
    r"emniyet", r"siber suclar", r"savcilik", r"policja", r"cyberprzestepczos", r"prokuratur",
    # Polish, Romanian, Tagalog, Russian: "Komenda Główna Policji", "Poliției Române", "PNP Anti-Cybercrime Group",
    # "отдел «К»" (the Russian police's cybercrime department)
    r"policji", r"politi(?:a|ei|ia)\b", r"pnp\b", r"nbi\b", r"отдел «к»", r"отдел \"к\"", r"управлени\w* «к»", r"мвд\b",
    # German compounds, Czech, Ukrainian, Estonian, Malay, Greek, Arabic and Urdu: "Bundespolizei", "Policie České
    # republiky", "Кіберполіція", "Politsei- ja Piirivalveamet", "Unit Jenayah Siber", "Αστυνομία", "النيابة العامة",
    # "إدارة مكافحة الجرائم الإلكترونية", "سائبر کرائم ونگ"
    r"bundespolizei", r"polizeidirektion", r"polizeiprasidium", r"cyberkriminalitat", r"policie\b", r"policejn",
    r"поліці", r"кіберполіці", r"politsei", r"polis\b", r"pdrm\b", r"jenayah siber", r"unit siber", r"polisi\b",
    r"αστυνομ", r"الشرطة", r"شرطة", r"النيابة", r"الجرائم الإلكترونية", r"وزارة الداخلية", r"پولیس", r"سائبر کرائم",
    r"ایف آئی اے",
)
# What it accuses the reader of.
ACCUSATION = _rx(
    r"pedopornogra", r"pedo-pornogra", r"pornographie (?:infantile|enfantine|juvenile|de mineurs)",
    r"child (?:pornography|porn|sexual abuse material|abuse (?:images|material))", r"csam\b",
    r"pornografia (?:infantil|minorile|de menores)", r"kinderporno", r"kinderpornografi", r"pedofil", r"pedophil",
    r"exhibitionnisme", r"cyberpornographie", r"atteinte sexuelle", r"abus sexuels? sur mineur",
    r"(?:sexual|indecent) (?:images|content) (?:of|involving) (?:minors|children)", r"pedopornografi",
    r"jeugdpornografie", r"kindermisbruik",
    # the accusation kept vague: "une procédure pour consultation de contenus illicites"
    r"(?:consultation|detention|diffusion|visionnage|telechargement) de (?:contenus?|images?|videos?|fichiers?) "
    r"(?:illicites?|illegaux|illegales|pedo\w*|a caractere (?:sexuel|pornographique))",
    r"(?:viewing|possession|downloading|distribution) of (?:illegal|illicit|prohibited) (?:content|images|material)",
    # in the other languages: "contenidos ilegales de carácter pornográfico", "contenuti illeciti a carattere sessuale"
    r"(?:contenidos?|materiale?s?|imagenes|videos?) (?:ilegales|ilicitos|prohibidos) (?:\w+ ){0,2}"
    r"(?:de caracter|de tipo|de contenido) (?:sexual|pornografico)",
    r"(?:contenuti|materiale|immagini|video) (?:illegali|illeciti|vietati) (?:\w+ ){0,2}a (?:carattere|sfondo) "
    r"(?:sessuale|pornografico)",
    r"(?:conteudos?|materia(?:l|is)|imagens|videos?) (?:ilegais|ilicitos|proibidos) (?:\w+ ){0,2}de (?:carater|cunho) "
    r"(?:sexual|pornografico)",
    r"(?:illegale|verbotene) (?:pornografische |sexuelle )?(?:inhalte|bilder|videos|dateien) (?:\w+ ){0,2}"
    r"(?:pornografisch|sexuell)\w*",
    r"(?:illegal|illicit|prohibited) (?:pornographic|sexual) (?:content|images|material)",
)
# What happens if the reader does not answer, or how soon they must.
PRESSURE = _rx(
    r"\d+ ?(?:h|hrs?|hours?|heures|horas|ore|stunden|uur)\b", r"(?:24|48|72) ?h\b", r"faute de (?:quoi|reponse)",
    r"sinon", r"sans reponse", r"mandat d'arret", r"arrest warrant", r"orden de (?:detencion|arresto)",
    r"haftbefehl", r"mandato di arresto", r"arrestatiebevel",
    r"(?:transmis|envoye|communique) (?:a|aux) (?:la presse|medias|votre famille)",
    r"(?:the )?press\b", r"la presse", r"medias", r"fiche(?:r)? (?:des )?(?:delinquants|criminels) sexuels",
    r"sex offenders? (?:register|list)", r"registro de (?:delincuentes|agresores) sexuales", r"amende", r"fine\b",
    r"multa", r"geldstrafe", r"boete", r"failing (?:which|this|that)", r"otherwise", r"de lo contrario",
    r"altrimenti", r"andernfalls", r"anders\b",
)
# Words of a warning about such letters, or of a person asking whether one is real.
NAMED_FAKE = _rx(
    # ("scam", not "scambio": the Italian exchange)
    r"fausses?", r"faux\b", r"fake", r"scam\b", r"scams\b", r"scammer", r"arnaque", r"escroquer",
    r"escroquerie", r"hameconnage", r"phishing",
    r"estafa", r"falsas?\b", r"falsos?\b", r"fraude", r"timo\b", r"truffa", r"falsi\b", r"false\b", r"betrug",
    r"gefalscht", r"gefaelscht", r"falsch", r"nep\b", r"oplicht", r"golpe\b",
    # (not a notice's own no-reply line: "No responda a este correo", "Do not reply to this e-mail")
    r"ne repondez pas(?! a ce (?:courriel|message|e-?mail|mail))",
    r"do not (?:reply|respond|answer|pay)(?! to this (?:e-?mail|email|message|address))",
    r"don'?t (?:reply|respond|answer|pay)(?! to this (?:e-?mail|email|message|address))",
    r"no responda(?! a este (?:correo|mensaje|e-?mail|email))", r"non rispondete",
    r"nicht antworten", r"niet (?:reageren|antwoorden)", r"circulent", r"circulating", r"campagne", r"campaign",
    # a warning that says what the police never do
    r"never (?:ask|asks|demand|demands|request|requests|contact|send|pay)", r"nunca (?:pague|pagues|pagar)",
    # ("ne payez jamais", "niemals zahlen", "nooit betalen": the bare "jamais", "niemals", "nooit" below)
    r"non (?:pagate|pagare|paghi) mai", r"nie (?:zahlen|bezahlen)", r"nunca (?:pide|piden|pedira|solicita|exige)",
    r"jamais", r"non (?:chiede|chiedono|chiedera) mai", r"niemals", r"nooit", r"nunca (?:pede|pedem|pedira|solicita)",
    r"palsu", r"penipu", r"waspada", r"tidak pernah", r"мошенни", r"фейк", r"поддельн", r"никогда не", r"sahte",
    r"dolandirici", r"asla", r"falszyw", r"oszust", r"nigdy nie",
    # a warning in the languages the fine's words were widened to: "شرطة مزيفة", "احتيال", "απάτη", "podvod", "шахраї",
    # "petturid", "mashtrim", "فراڈ", "înșelătorie"
    r"احتيال", r"نصاب", r"محتال", r"مزيف", r"απατ\w*", r"ψευτ\w*", r"podvod\w*", r"шахра\w*", r"pett\w*",
    r"mashtr\w*", r"فراڈ", r"دھوک", r"جعلی", r"inselatori\w*", r"frauda\w*", r"penipuan", r"peke\b",
)

# Addressed to the reader: a news item about a real case tells of "un homme", "the defendant".
TO_YOU = _rx(
    r"vous\b", r"votre\b", r"vos\b", r"you\b", r"your\b", r"usted", r"le (?:comunicamos|informamos|notificamos)",
    r"(?:lei|la sua|il suo|la informiamo)\b", r"(?:sie|ihnen|ihre?[mnrs]?)\b", r"(?:u|uw)\b", r"(?:voce|seu|sua)\b",
    # the formal Portuguese address: "o senhor enviou-lhe fotografias"
    r"(?:o|a) senhora?\b", r"aap(?:ke|ko|ki|ka|ne)?\b",
    # the formal "su familia", "ai suoi familiari", "no comente esto con nadie"
    r"sus? (?:familia|familiares|empresa|trabajo|pareja|esposa|marido)\b", r"(?:ai )?suoi familiari",
    r"la sua (?:famiglia|azienda)", r"(?:no comente|no hable|non parlare|non parli)\b",
    # the formal "you" of Indonesian, Russian, Turkish and Polish letters
    r"saudara\b", r"anda\b", r"на вас\b", r"вы \w+", r"ваши\b", r"ваш\b", r"sizin\b", r"size\b", r"hakkinizda",
    r"(?:pan|pani|panu|pana)\b", r"kayo\b", r"inyong?\b", r"ninyo\b", r"ati fost\b", r"dumneavoastra\b",
    # the "you" of Czech, Ukrainian, Estonian, Albanian, Malay, Tagalog, Greek, Arabic, Urdu and formal Spanish letters
    r"vas\b", r"vase\w*", r"vam\b", r"vazen\w* (?:pane|pani)", r"вам\b", r"ви\b", r"ваш\w*", r"teie\b", r"teil\b",
    r"juaj\b", r"ju\b", r"encik\b", r"ikaw\b", r"iyong\b", r"σας\b", r"عليك\w*", r"يمكنك\w*", r"لك\b", r"لكم\b",
    r"آپ", r"se le (?:acusa|informa|notifica|comunica)", r"su (?:direccion|expediente|nombre)\b",
    # ... or received by the person who pastes it ("got this email from Europol saying I …")
    r"(?:got|received|recu|recibi|ricevuto|bekommen|erhalten|ontvangen|recebi) (?:this |an? |un |una |une |eine |"
    r"een |um )?(?:e-?mail|mail|message|courriel|correo|letter|lettre|brief)",
)


def fake_summons(text: str) -> bool:
    """Whether ``text`` (normalised: lower case, accents folded) is the fake police summons."""
    return (ACCUSATION.search(text) is not None and AUTHORITY.search(text) is not None
            and PRESSURE.search(text) is not None and TO_YOU.search(text) is not None
            and NAMED_FAKE.search(text) is None)


# Sexual material named in the accusation ("material íntimo", "sexuelle Inhalte", "explicit images").
SEXUAL_MATERIAL = _rx(
    r"(?:sexual|sexuel|sexuell|sexuale?s?|sessual|sessuale|intim|intime|intimo|intima|explicit|explicite|esplicit|"
    r"pornografi|pornographi|a sfondo sessuale|de contenido sexual|a caractere sexuel|nud|naked|nackt|desnud|seksue|"
    r"getint|unbekleidet)\w*"
    r" (?:\w+ ){0,2}(?:material|materiale|materiaal|content|contenu|contenido|conteudo|contenuto|inhalte?|images?|"
    r"photos?|pictures?|fotos?|foto|videos?|video|bilder|beelden|messages?|recordings?|grabacion(?:es)?|"
    r"gravac(?:ao|oes)|enregistrements?|registrazion[ei]|aufnahmen|opnames?|photographs?|photographies?|"
    r"fotografi(?:as?|e))\b",
    # ("recordings of an explicit nature", "grabaciones de contenido sexual")
    r"(?:material|materiale|materiaal|content|contenu|contenido|conteudo|contenuto|inhalte?|images?|photos?|"
    r"pictures?|fotos?|videos?|bilder|beelden|recordings?|grabacion(?:es)?|gravac(?:ao|oes)|enregistrements?|"
    r"registrazion[ei]|aufnahmen?|opnames?|photographs?|photographies?|fotografi(?:as?|e)),? (?:\w+,? ){0,3}"
    r"(?:sexual|sexuel|sexuell|sexuale?s?|sessual|intim|"
    r"explicit|esplicit|pornogra|a sfondo sessuale|de contenido sexual|a caractere sexuel|"
    # the body named: "ein Video …, das Sie unbekleidet … zeigt", "a video of you naked"
    r"naked|nude|nackt|unbekleidet|desnud|sin ropa|senza vestiti|sem roupa)\w*",
    # the act itself named: "the video of this call, in which you exposed yourself"
    r"exposed yourself", r"indecent exposure", r"exhibicionismo", r"exhibitionnisme", r"esibizionismo",
    r"exhibitionismus", r"se (?:ha )?expuesto (?:sexualmente|desnud)",
    # the acts named, and an obscene video: "sexuelle Handlungen vorgenommen", "obscene video banane"
    r"(?:sexual|sexuelle|sexuel(?:le)?s?|sessual[ie]|sexuales|sexuais) (?:acts?|handlungen|actes|atti|actos|atos)\b",
    r"obscene (?:video|videos|pictures|photos|images|content|material)\b",
    r"(?:foto|video|konten|gambar)\w* (?:\w+ ){0,3}(?:bermuatan |berkonten )?(?:asusila|porno\w*|cabul|vulgar)\b",
    r"интимн\w* (?:материал|фото|видео|снимк)\w*", r"(?:материал|фото|видео|снимк)\w* интимн\w*",
    # "treści o charakterze seksualnym", "malaswang video"
    r"o charakterze (?:seksualnym|intymnym|erotycznym|pornograficznym)",
    r"cu caracter (?:sexual|intim|erotic)", r"malaswang? (?:video|larawan|litrato|bidyo)",
    r"(?:mustehcen|ciplak|cinsel) (?:\w+ )?(?:icerik|goruntu|video|"
    r"fotograf)\w*", r"(?:intymn|nagi|rozebran)\w* (?:\w+ )?(?:zdjec|material|film|nagran)\w*",
    # pictures exchanged with a minor: "the images you exchanged with a minor were seized"
    r"(?:images|photos|pictures|videos|messages|content|material|fotos|imagenes|fotografias|bilder|nachrichten|"
    r"immagini|imagens|beelden) (?:\w+ ){0,3}(?:with|to|con|a|mit|avec|com|met) (?:a |an |una |un |une |einer |einem |"
    r"uma |een )?(?:minor|minors|underage \w+|menor|menores|minderjahrig\w*|mineure?s?|minorenne|minderjarige)\b",
    # a minor named in the accusation, in the languages the lines above miss: "z osobą małoletnią", "с
    # несовершеннолетней", "anak di bawah umur", "مع قاصر", "με ανήλικο", "osobou mladší", "alaealise isikuga",
    # "person te mitur", "نابالغوں", "pelajar bawah umur"
    r"maloletn\w*", r"niepelnoletn\w*", r"несовершеннолетн\w*", r"неповнолітн\w*", r"di bawah umur", r"bawah umur",
    r"قاصر", r"ανήλικ\w*", r"nezletil\w*", r"alaealis\w*", r"(?:person|personi) te mitur", r"نابالغ",
    r"minderjahrigen person", r"menor de edad",
    # the material in those languages: "фотографиями сексуального характера", "bermuatan seksual", "berunsur lucah",
    # "malaswang nilalaman", "conținut intim", "ذات طابع جنسي", "άσεμνου περιεχομένου", "intiimse sisuga", "përmbajtje
    # intime", "фحش مواد", "intime Bildaufnahmen", "sexuellen Inhalts"
    r"сексуальн\w* характер\w*", r"характер\w* сексуальн\w*", r"bermuatan (?:seksual|asusila)", r"berunsur lucah",
    r"malaswang nilalaman", r"continut (?:intim|sexual|erotic)\w*", r"طابع جنسي", r"άσεμν\w*", r"intiimse sisuga",
    r"permbajtje intime", r"فحش مواد", r"intime bildaufnahmen", r"sexuellen inhalts",
)
# The "fine" asked for, and a payment.
FINE = _rx(
    r"fine\b", r"fines\b", r"penalty", r"amende", r"multa", r"sanzione", r"sancion",
    r"geldbusse", r"bussgeld", r"geldstrafe", r"geldauflage", r"boete", r"schikking", r"contravencao", r"oblazione",
    r"compensation", r"indemnizacion", r"indemnizacao", r"indenizacao", r"indemnisation", r"indemnity",
    r"risarcimento", r"dedommagement", r"schadensersatz", r"settlement\b",
    # compensation out of court: "eine außergerichtliche Entschädigung", "schadevergoeding", "acuerdo extrajudicial"
    r"entschadigung", r"aussergerichtlich", r"schadevergoeding", r"schadeloosstelling", r"extrajudicial",
    r"extrajudiciaire", r"extragiudizial", r"out[- ]of[- ]court",
    r"denda", r"uang damai", r"штраф", r"para cezasi", r"grzywn", r"mandat\w* karn\w*",
    r"amend(?:a|ă)\b", r"amenzi\b",
    # the case closed for a payment: "Case band karne ke liye … jama karo", "для закрытия дела"
    r"case band karne", r"закрыти\w* дела",
    # a settlement or compensation out of court: "ugoda pozasądowa", "досудебное урегулирование", "biaya penyelesaian",
    # "jalur damai", "pampasan", "غرامة تصالحية", "πρόστιμο", "pokuta", "mimosoudní vyrovnání", "врегулювання", "trahv",
    # "gjobë", "جرمانہ", "Verwarnungsgeld"
    r"ugod\w*", r"pozasadow\w*", r"урегулировани\w*", r"компенсаци\w*", r"врегулюванн\w*",
    r"biaya penyelesaian", r"jalur damai", r"secara damai", r"pampasan", r"kompaun", r"غرامة", r"تسوية",
    r"πρ[οό]στιμ\w*", r"pokut\w*", r"mimosoudn\w*", r"trahv\w*", r"gjob\w*", r"جرمانہ", r"verwarnungsgeld",
    # the payment that "avoids the charges": "per evitare la denuncia … deve versare"
    r"(?:to )?avoid (?:the |any |criminal )?(?:charges|prosecution|arrest|a complaint|the complaint|a warrant)",
    r"(?:para|pour|per|um) (?:evitar|eviter|evitare) (?:la |le |les |una |une |des |o |a )?(?:denuncia|"
    r"poursuites|plainte|querela|processo|procedimiento|procedure|detencion|arresto|arrestation|prisao)",
    r"um (?:eine )?(?:anzeige|strafverfolgung|festnahme) zu vermeiden", r"om (?:een )?(?:aangifte|vervolging) te "
    r"voorkomen",
)
PAY = _rx(
    r"pay", r"paid", r"payer", r"payez", r"regler", r"reglez", r"pagar", r"pague", r"abonar", r"abone", r"pagare",
    r"versare", r"zahlen", r"zahlung", r"uberweis", r"ueberweis", r"betalen", r"betaal", r"deposit", r"ricarica",
    r"paysafecard", r"transcash", r"gift ?cards?", r"bitcoin", r"pix\b", r"pagamento", r"pago\b", r"entrichten",
    r"settle", r"mb ?way\b", r"jama kar", r"upi\b",
    r"membayar", r"bayar\b", r"transfer", r"оплат", r"перевести", r"переведите", r"odeme", r"odeyin", r"yatir",
    r"zaplac", r"wplac", r"przelew", r"uiscic", r"uiscil", r"achitati", r"achita\b", r"platiti", r"magbayad",
    r"bayaran\b",
    # "wpłata", "uiszczając", "выплаты", "сплатити", "καταβληθεί", "πληρωμή", "سداد", "uhradíte", "platbu", "tasudes",
    # "makse", "paguar", "pagesa", "ادا کر", "ادائیگی"
    r"wplat\w*", r"uiszcz\w*", r"platnos\w*", r"выплат\w*", r"сплат\w*", r"καταβ\w*", r"πληρωμ\w*", r"سداد",
    r"بسداد", r"لسداد", r"الدفع", r"uhrad\w*", r"platb\w*", r"tasu\w*", r"makse\b", r"pagu\w*",
    r"pagesa\w*", r"pagese\w*", r"ادا کر", r"ادائیگی",
)


def fake_police_fine(text: str) -> bool:
    """Whether ``text`` (normalised) is someone posing as the police who names sexual material and asks the
    reader to pay a "fine": the targeted sibling of the fake summons."""
    return (AUTHORITY.search(text) is not None and SEXUAL_MATERIAL.search(text) is not None
            and FINE.search(text) is not None and PAY.search(text) is not None
            and TO_YOU.search(text) is not None and NAMED_FAKE.search(text) is None)
