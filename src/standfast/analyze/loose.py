"""A safety net under the sentence reader: loose signs of a threat in a short message, any language.

The sentence reader (:mod:`standfast.analyze.speech`) asks for a threat's parts to stand together in
one sentence of a language it knows. Chat threats are often fragments ("sending the pics to your mom
first", "u got till 9pm"), spread over several sentences, or written in a language without a table
there (Polish, Tagalog, Russian). This module looks at the whole of a *short* message for families of
signs – exposure, an audience, material, possession, a demand, a condition or deadline, harm – and
says which combinations are present. Triage then never answers "not extortion" to such a message: it
says "unclear", because a false alarm is the cheap error.

Stems, not whole words, so one entry covers the inflections ("post", "posting", "posted"; "wyślę",
"wyślij"). Russian is matched on the raw text (normalising folds Cyrillic into look-alike Latin).
"""

from __future__ import annotations

import re

from standfast.analyze.normalize import normalize
from standfast.analyze.wordstart import WordStartPhrases

# Only chat-length messages: in e-mails these words meet by chance (newsletters, bills, phishing).
MAX_WORDS = 120
# A chat message is short in characters too; a long run without spaces is not a chat message.
MAX_CHARS = 1500
# The families read at any length: what a picture shows does not depend on the length of the message it is named in
# (friends' joke video "of Dev falling in the canal" in a long group chat), and nothing intimate named anywhere in the
# opening keeps the pictures intimate. Read over the first LONG_SCENE_CHARS of a long message.
# A story told after it was over is read at any length too (STORY_AGO, STORY_OVER, STORY_NOW): victims tell theirs at
# length, and what marks it over does not depend on the length.
# Laughter too: a harmless picture with laughter is a joke at any length (a long group chat).
# A treat asked as the price of a joke, and what would make it no joke (real money, harm, crypto, an intimate scene, an
# account), are read at any length too: a group chat with timestamps passes 120 words in a dozen lines.
LONG_FAMILIES = frozenset(("scene", "scene_named", "intimate_scene", "story_ago", "story_done", "story_now",
                           "received_today", "laugh",
                           "names_crime", "dont_pay", "report_to", "token", "real_money", "harm", "crypto",
                           "held_account", "account", "game", "advert"))
LONG_SCENE_CHARS = 20_000


def _rx(*parts: str) -> WordStartPhrases:
    # ``(?<![\w])(?:part|part|…)``, case-insensitive, searched fast (Aho-Corasick, letter-first: see wordstart).
    return WordStartPhrases(parts, ignorecase=True)


# Making something seen by others. English first, then es, de, fr, it, pt, nl, pl, tl, ru.
EXPOSE = _rx(
    # "put" with pictures and a place: "putting ur nudes on my story later", "gonna put those pics up on insta"
    r"(?:putting|put|puttin) (?:ur|your|those|these|the|all ur|all your|all the) (?:\w+ )?(?:pics?|photos?|nudes?|"
    r"videos?|vids?|clips?|screenshots?|screenies) (?:\w+ ){0,3}?(?:on|in|up on|up in|online)\b",
    # French "put" with pictures and a place: "si tu viens pas je mets la vidéo sur ton insta" (never "mettre à jour")
    r"(?:je|j'?vais|je vais) (?:te |les |la |le |l'|lui )?(?:mets|mettre|mettrai|remets) "
    r"(?:ta |tes |la |les |ces |cette |ton |cet |le |une |des )?(?:\w+ )?(?:photos?|videos?|vids?|nudes?|captures?|"
    r"screens?) (?:\w+ ){0,4}?(?:sur|dans)\b",
    # the pictures said to go somewhere, in French, Italian and Dutch: "tes photos partent chez ton nouveau mec",
    # "le tue foto finiscono dal tuo ragazzo", "je foto's gaan morgen naar je vriend"
    r"(?:tes|ta|ton|les|ces|cette) (?:\w+ )?(?:photos?|videos?|vids?|nudes?|captures?) (?:\w+ )?(?:partent|part|"
    r"partira|partiront|vont partir|va partir|arrivent|arrive|arriveront|atterrissent|atterrit|finissent|finit|"
    r"finiront|iront|ira|circulent|circuleront) (?:\w+ ){0,2}?(?:chez|a|au|aux|sur|dans)\b",
    r"(?:le tue|la tua|il tuo|i tuoi|quelle|quella|queste) (?:\w+ )?(?:foto|video|nudes?) (?:\w+ )?(?:finiscono|"
    r"finisce|finiranno|finira|vanno|andranno|andra|arrivano|arriveranno|girano|gireranno) (?:\w+ ){0,2}?"
    r"(?:da|dal|dalla|dai|a|al|alla|ai|su|sul|sulla|nel|nella|in)\b",
    r"(?:je|jouw|die|deze) (?:\w+ )?(?:foto'?s|video'?s|filmpjes?|naaktfoto'?s|beelden) (?:\w+ )?(?:gaan|gaat|komen|"
    r"belanden|verschijnen) (?:\w+ ){0,3}?(?:naar|bij|op)\b",
    # the reader's people tagged in the pictures: "ur cousin sarah's gonna be tagged in that album soon"
    r"(?:gonna|going to|will|'ll|about to) (?:be|get) tagged (?:in|on)\b",
    # the sending in the passive after a condition, as a formal letter puts it: "Sollte der Betrag nicht … eingehen,
    # werden die Aufnahmen Ihres Videoanrufs an Ihre Kontakte … versendet" (never a plain notice: "Die Bilder vom
    # Sommerfest werden morgen an alle Eltern verschickt")
    r"(?:sonst|andernfalls|anderenfalls|ansonsten|widrigenfalls|\w+en,|\w+t,) (?:werden|wird) (?:[\w-]+,? ){0,12}"
    r"(?:versendet|verschickt|veroffentlicht|weitergeleitet|gesendet|geschickt|gepostet|verbreitet|hochgeladen)\b",
    # dropped into a group: "or i drop ur pics in the server", "im dropping them in the year 9 gc"
    r"(?:drop|drops|dropping|dropped) (?:them|it|those|these|the pics|the video|ur pics|your pics|the screenshots) "
    r"(?:in|into|on) (?:the |ur |your |our |every )?(?:\w+ ){0,2}(?:gc|group ?chat|group|chat|server|story|stories)\b",
    # the send with its object as a clitic and a destination: "listo para mandarlo al grupo de la facu"
    r"(?:mandarl|enviarl|subirl|pasarl|publicarl|compartirl)[oa]s? (?:a|al|en|por|pro|para) (?:el |la |los |las |tu |"
    r"tus |todo |toda )?(?:grupo|familia|padres|escuela|colegio|facu|universidad|trabajo|jefe|novi[oa]|esposa|marido|"
    r"contactos|seguidores|redes|instagram|facebook|whatsapp|tiktok|internet)\b",
    # the Italian clitic, plural too: "minaccia di mandarle ai miei compagni", "pubblicarli su instagram"
    r"(?:mandarl|inviarl|pubblicarl|girarl|postarl|condividerl|mostrarl)[eiao] "
    r"(?:a|ai|al|alla|alle|agli|nel|nella|sul|su|in) (?:\w+ ){0,2}(?:compagni|gruppo|classe|famiglia|genitori|amici|"
    r"scuola|capo|ragazz[oa]|instagram|facebook|whatsapp|tiktok|internet|contatti|follower|tutti)\b",
    # the reader's people get the pictures: "kriegt dein neuer Freund die Videos von uns", "your wife gets the pics"
    r"(?:gets|will get|is getting|receives|will receive) (?:\w+ )?(?:the|your|ur|those|these|all the|all your|all of "
    r"the) (?:\w+ )?(?:pics|photos|pictures|videos?|vids?|nudes|recording|folder|files|collection)\b",
    r"(?:gets|will get|is getting|receives|will receive) (?:the lot|everything|it all)\b",
    r"(?:kriegt|bekommt|bekommen|kriegen|erhalt|erhalten) (?:\w+ ){0,5}(?:die|deine|diese|unsere|alle) (?:\w+ )?"
    r"(?:videos?|bilder|fotos|aufnahmen|nacktbilder|nacktfotos)\b",
    r"(?:recibe|recibira|va a recibir|reciben|recibiran) (?:\w+ )?(?:las|los|tus|esas|esos|todas las|todos los) "
    r"(?:\w+ )?(?:fotos|videos|imagenes)\b",
    # (one video too: "ta sœur va recevoir la vidéo", "tu madre va a recibir el video")
    r"(?:recibe|recibira|va a recibir) (?:el|tu|ese|esa|la) (?:\w+ )?(?:video|foto)\b",
    r"(?:recevra|va recevoir) (?:la|ta|ce|cette|ton) (?:\w+ )?(?:video|photo)\b",
    r"ricevera (?:il|la|lo|tuo|tua|quel|quella) (?:\w+ )?(?:video|foto)\b",
    r"(?:vai receber|recebera) (?:o|a|teu|tua|seu|sua|esse|essa) (?:\w+ )?(?:video|foto)\b",
    r"(?:recevra|recoit|va recevoir|recevront) (?:\w+ )?(?:les|tes|ces|toutes les|toutes tes) (?:\w+ )?"
    r"(?:photos|videos|images)\b",
    r"(?:ricevera|riceve|ricevono|riceveranno) (?:\w+ )?(?:le|i|tue|tuoi|queste|quei|tutte le|tutti i) (?:\w+ )?"
    r"(?:foto|video|immagini)\b",
    r"(?:recebe|vai receber|recebera|recebem|vao receber) (?:\w+ )?(?:as|os|tuas|teus|suas|seus|essas|esses|todas as|"
    r"todos os) (?:\w+ )?(?:fotos|videos|imagens|nudes)\b",
    r"(?:krijgt|krijgen|ontvangt) (?:\w+ ){0,3}(?:de|je|jouw|die|al je|alle) (?:\w+ )?(?:foto'?s|video'?s|filmpjes|"
    r"beelden)\b",
    r"(?:every1|everyone|everybody|they all|the whole \w+|the (?:chat|group|class|school)) (?:\w+ ){0,4}"
    r"(?:gets?|will get|will have|receives?) (?:them|it|these|those)\b",
    r"(?:i will|i'?ll|ill) send (?:him|her|them) everything", r"(?:the )?send button",
    r"(?:daal|dal|post kar|viral kar) (?:dunga|dungi|denge|doonga|doongi)\b",
    # Hinglish "dikhaun kya?" (shall I show?), "dikha dunga" (I'll show)
    r"dikha(?:unga|ungi|oonga|oongi|enge|un|oon|u|ao|ye|dun|doon|dunga|doonga|dungi|denge) ?(?:kya|dunga|doonga|"
    r"denge)?\b",
    # "SEND IT NOW OR I POST", "the pics go on the year 10 group chat", "your manager gets a very detailed email"
    r"(?:go|goes|going) (?:on|in|into) (?:the|ur|your|every) ",
    r"(?:gets|get|receives|will get) (?:a |an )?(?:very )?(?:detailed |long |nice |little )?(?:email|e-mail|message|"
    r"letter|link|copy)\b",
    r"(?:contacts|dosto|family|ghar(?:wale)?) ko (?:\w+ )?bhej", r"bhej (?:denge|dunga|doonga|dungi)",
    r"(?:sabko|sab ko|sabhi ko|sab log) (?:\w+ )?(?:dikh|dikhega|dikh jayega|dekhenge|dikha dunga)\b",
    r"(?:we|i|we'?ll|i'?ll) take (?:it|your (?:site|store|shop|server|website|webshop)) (?:down|offline)",
    # "tell anyone and I press send", "someone who'd like to see it", "las subo al grupo", "op je insta story"
    r"(?:press|hit|click) send", r"someone who'?d (?:like|love|want) to see", r"find someone who",
    # the picture goes round a place: "sinon celle d'hier elle tourne dans tout le bahut", "circula por el insti"
    r"(?:tourne|tournera|va tourner|circule|circulera|va circuler|fait le tour|fera le tour) "
    r"(?:dans|sur|partout|de|du)",
    r"(?:circula|circulara|va a circular|rueda|rodara) (?:por|en) ",
    r"(?:gira|girera|circola|circolera) (?:per|in|su) ",
    r"(?:vai|vao) (?:rodar|circular) (?:no|na|em|por|pel)", r"(?:roda|circula) (?:no|na|pel[oa]) ",
    r"(?:gaat|gaan) (?:\w+ )?rond (?:in|op|door)\b",
    r"(?:stelle|stell|stellen|stellt) (?:\w+ ){0,3}(?:online|ins netz)\b",
    # "$200. cashapp. or everyone sees", "reply or I start sending"
    r"(?:everyone|everybody|every1|the whole \w+) (?:sees|gets to see|finds out)\b",
    r"start (?:sending|posting|sharing|leaking|tagging|uploading)\b",
    # the pictures end up somewhere: "o le foto finiscono nel gruppo della scuola", "your nudes end up on every site"
    r"(?:ends?|ending|will end|gonna end) up (?:in|on|at)\b",
    r"(?:finisce|finiscono|finira|finiranno|andranno a finire|va a finire|vanno a finire) (?:in|nel|nella|nei|nelle|"
    r"negli|su|sul|sulla|sui|sulle|online|dappertutto)\b",
    r"(?:acaba|acaban|acabara|acabaran|termina|terminan|terminara|terminaran|va a (?:acabar|terminar)|van a (?:acabar|"
    r"terminar)) (?:en|por) ",
    r"(?:vai|vao|vão) (?:parar|acabar) (?:no|na|nos|nas|em)\b",
    r"(?:finit|finissent|finira|finiront|va finir|vont finir|atterrit|atterrissent|atterrira|atterriront) (?:dans|sur|"
    r"chez|en)\b",
    r"(?:landet|landen|wird (?:\w+ )?landen|werden (?:\w+ )?landen) (?:\w+ )?(?:im|in|bei|auf)\b",
    r"(?:belandt|belanden|komt (?:\w+ )?terecht|komen (?:\w+ )?terecht)\b",
    r"(?:las|los|la|lo|te) (?:subo|mando|envio|paso|publico|comparto)\b", r"se (?:las|los) (?:mando|envio|paso)\b",
    r"op (?:je|jouw|ur) (?:insta|story|instagram|facebook|tiktok|snap)", r"get a link\b",
    r"isang send ko lang", r"ipapasa ko",
    r"(?:already|just) sent", r"sent to your",
    r"put (?:it|them|this) (?:on|online|up)", r"on every (?:site|porn)", r"lo ve", r"lo vean", r"lo veran",
    r"publions", r"publierons", r"makita", r"start with your", r"to see (?:it|this|them)",
    r"post(?:s|ing|ed)?\b(?! office)",
    r"leak", r"upload", r"publish", r"forward", r"expos",
    # (a thing dropped off is delivered, never shown: "I'll drop the box at your sister's", "drop the kids off")
    r"drop(?:ping)? (?:it|them|the)(?! (?:\w+ )?off\b)(?! (?:box|boxes|kids|keys|bags?|stuff|things|car|parcel|"
    r"package|cake|food|present|gift)\b)",
    r"go(?:es)? (?:out|public|viral|live|to)", r"goes? on\b", r"send(?:ing)? (?:the|them|it|those|these|every|all|a "
    r"preview|your|ur)", r"sent (?:a preview|it|them|the)", r"see(?:s|n|ing)? (?:it|them|this|what|the)", r"finds? out",
    r"will see", r"gonna see", r"gets? (?:a )?(?:look|peek|eyeful|glimpse)\b", r"gets? to see\b",
    r"show(?:ing)? (?:everyone|every|them|it|your|ur)", r"share (?:it|them|the|your|ur)",
    r"tag(?:ging|ged)? (?:all|every\w*|ur|your|ppl|people|them)\b", r"say goodbye to your",
    r"share (?:what|everything|all|those|these|it all)", r"send (?:what|everything)",
    r"publi(?:c|qu|ca|co)", r"filtr", r"difund", r"mandar?(?:e|é)? ", r"envi(?:o|ar|are)", r"subir", r"ver[aá]n",
    r"ver[oö]ffentlich", r"schick", r"verschick", r"sehen", r"envoi", r"enverr", r"diffus", r"verront",
    # (not the Italian post office: "presso gli uffici postali")
    r"pubblic", r"mand(?:o|ero)", r"vedr", r"divulg", r"vaz[ao]", r"posta(?!li\b|le\b|l\b|lmente\b)", r"verspreid",
    r"stuur", r"zien",
    r"wysl", r"wysyl", r"pokaz", r"opublik", r"udostepn", r"zobacz", r"rozesl",
    r"ipapakalat", r"ikakalat", r"ipopost", r"ipo-post", r"ipapadala", r"ipadala", r"ipapakita", r"makikita",
    r"magpopost", r"buburahin",
    r"отправ", r"опубликую", r"разошл", r"увидят", r"получат", r"покажу",
    # Turkish (read on the folded text: "ifşa", "görsün" → "ifsa", "gorsun")
    r"ifsa", r"gonderirim", r"yollarim", r"paylasirim", r"yayarim", r"yayinlarim", r"gorsun", r"gorecek",
    r"gorurler", r"gorse(?:ler)?\b", r"gorurse", r"gorurlerse",
    # Czech and Slovak: "pošlu" (I'll send), "zveřejním" (I'll publish), "uvidí" (they'll see)
    r"poslu", r"posle(?:m|me)\b", r"zverejn", r"uvidi", r"rozeslu", r"poslem",
)
# The reader's people seeing the pictures, wished as a pity ("… a shame if ur nan saw the video from last night"),
# in the big languages: a threat with a demand or a time limit beside it, a regret without ("… saw the video from
# the barbecue, it came out great!").
VEILED_SEEN = _rx(
    # (what was sent between the two: "… if the other members of the parish council saw the attachments from our chat")
    r"(?:shame|pity)(?: it would be| that would be)? if (?:\w+'?s? ){1,8}(?:saw|sees|got|gets|found|finds) "
    r"(?:the|those|these|your|ur|our|my) (?:\w+ )?(?:video|vid|pics|photos|pictures|recording|screenshots|nudes|"
    r"attachments|chats|dms)\b",
    r"dommage (?:que|si) (?:\w+ ){1,5}(?:tombe|tombait|voie|voyait|recoive|recevait|decouvre) (?:sur )?"
    r"(?:les|tes|ces|la|ta|cette|nos|notre) (?:\w+ )?(?:photos?|videos?|images?|captures?)\b",
    r"(?:pena|lastima)(?: seria)? (?:si|que) (?:\w+ ){1,5}(?:viera|vea|vieran|vean|encontrara|recibiera) "
    r"(?:las|tus|estas|esas|el|ese|este|nuestr\w*) (?:\w+ )?(?:fotos?|videos?|imagenes|capturas)\b",
    r"(?:pena|chato)(?: seria)? se (?:\w+ ){1,5}(?:visse|vissem|achasse|recebesse) (?:as|suas|essas|estas|o|esse|nosso)"
    r" (?:\w+ )?(?:fotos?|videos?|imagens|prints)\b",
    r"peccato se (?:\w+ ){1,5}(?:vedesse|vedessero|trovasse|ricevesse) (?:le|tue|queste|quelle|il|quel|nostr\w*) "
    r"(?:\w+ )?(?:foto|video|immagini)\b",
    r"schade,? wenn (?:\w+ ){1,5}(?:die|deine|diese|unsere|das) (?:\w+ )?(?:bilder|fotos|videos?|aufnahmen?) "
    r"(?:sehen|sähe|saehe|sieht|bekäme|bekaeme|bekommt|findet)\b",
)
# The follow-up once the time ran out, the exposure begun with one of the reader's own: "Deadline passed. Starting
# with your brother.", "Délai dépassé. Je commence par ta sœur.", "Se acabó el tiempo. Empiezo por tu padre."
# The last warning before an exposure: "Último aviso. Mañana lo publico.", "Final warning. Tonight it goes up."
# The act left unsaid: "you know what to do", "u know the drill". A coach or an IT notice says it too ("you know the
# drill, bring your boots"): it counts beside pictures, the reader's people or a last warning, never beside a time.
ACT_UNSAID = _rx(r"(?:you|u|ya) (?:already )?know (?:what to do|the deal|the drill)\b")
LAST_WARNING = _rx(
    r"(?:last|final) (?:warning|chance)\b", r"no more warnings\b", r"ultim[oa] (?:aviso|advertencia|oportunidad)\b",
    r"dernier (?:avertissement|avis)\b", r"derniere chance\b", r"letzte (?:warnung|chance)\b",
    r"ultimo (?:avviso|avvertimento)\b", r"ultima (?:possibilita|occasione|chance)\b",
    r"laatste (?:waarschuwing|kans)\b",
)
TIME_UP = _rx(
    r"(?:deadline (?:has )?(?:passed|expired|is over)|time'?s up|time is up|too late now|you had your chance|"
    r"delai (?:depasse|expire|ecoule)|(?:le )?temps (?:est )?ecoule|se (?:acabo|termino) el (?:tiempo|plazo)|"
    r"plazo (?:vencido|terminado|cumplido)|(?:die )?zeit ist (?:um|abgelaufen)|frist (?:ist )?(?:abgelaufen|vorbei)|"
    r"tempo (?:e )?scaduto|termine scaduto|(?:o )?tempo acabou|prazo (?:acabou|encerrado|esgotado)|tijd is om|"
    r"deadline (?:is )?verstreken)\W+(?:\w+\W+){0,4}?(?:starting|i'?ll start|i start|beginning|i'?ll begin|"
    r"je commence|on commence|empiezo|empezamos|voy a empezar|ich fange|wir fangen|ich beginne|comincio|inizio|"
    r"comecamos|comeco|vou comecar|ik begin|we beginnen) (?:with |by |par |por |pelo |pela |bei |mit |da |dal |"
    r"dalla |dallo |con |met |bij )?(?:your|ur|ta|ton|tes|tu|tus|teu|tua|tuo|il tuo|la tua|dein|deine|deiner|deinem|"
    r"deinen|je|jouw)\b",
)
# Sending between the two people is not making something seen: a request to the writer ("send me a pic",
# "envoie-moi une photo", "mándame", "schick mir") or an offer to the reader ("I'll send you one too", "ich schick dir
# auch eins"). These spans are blanked before exposure is looked for; the exposure of a threat has its own verb
# ("… or I send the others to your mum").
BETWEEN_US = re.compile(
    r"(?<![\w'])(?:send(?:ing)? me|send (?:you|u)|(?:i'?ll|i will|ill|gonna) send (?:you|u)|"
    r"envoie[sz]?[- ]moi|envoyez[- ]moi|envoie[sz]?[- ]m'en|envoyez[- ]m'en|(?:je )?t'?envoie|je t'?enverrai|"
    # nobody else sees it: a promise between the two ("I've saved it, nobody else sees it")
    r"(?:nobody|no one|no-one|noone) (?:else )?(?:sees|will see|gets to see|will ever see) (?:it|them|this|these)|"
    r"m[aá]nd(?:a|e)me|env[ií]a(?:me)?me|env[ií]ame|me (?:manda|mandas|envia|envias)|te (?:mando|envio|envío|paso)|"
    r"manda[- ]me|me manda|(?:eu )?te mando|"
    r"schick(?:e|st)? mir|(?:ich )?schick(?:e)? dir|"
    r"mandami|inviami|(?:io )?ti (?:mando|invio)|stuur (?:me|mij)|(?:ik )?stuur (?:je|jou)|"
    r"wy[sś]lij mi|wy[sś]l[eę] ci)(?![\w'])", re.IGNORECASE)
# The reader or the writer goes somewhere ("before you go out", "when we go to the cinema"): what goes out in a threat
# is the pictures ("the ones i have go to your sister"), so these spans are blanked too.
# A thing sent back to the one it came from, nobody else named ("ik stuur hem terug en jij maakt het geld terug", "I'll
# ship it back"): a return, no sending to people.
_RETURNED = re.compile(
    r"\b(?:send|sending|ship|shipping|post|posting|mail|mailing) (?:it|them|the \w+|everything|that) back\b(?! to)|"
    r"\bstuur (?:\w+ )?(?:hem|het|ze|die|dat|alles) (?:\w+ )?terug\b(?! naar)|"
    r"\b(?:schicke?|sende) (?:ich )?(?:es|ihn|sie|das|alles) (?:\w+ )?zuruck\b(?! an)|"
    r"\b(?:te |se )?(?:lo|la|los|las) (?:devuelvo|mando de vuelta|envio de vuelta|mando de volta|devolvo)\b|"
    r"\b(?:je )?(?:te |vous )?(?:le|la|les) renvoie\b|\b(?:te |ve )?(?:lo|la|li|le) rimando indietro\b")
_PEOPLE_GO = re.compile(r"(?<![\w'])(?:you|u|we|i|ya|y'?all)"
                        r"(?: (?:\w+ )?(?:can|will|could|should|gonna|wanna|have to))? go (?:out|to)\b", re.IGNORECASE)
# A publishing said not to happen, as a school's photo-consent notice puts it ("In mancanza, le foto dei vostri figli
# non saranno pubblicate sul sito", "Sem ela, as fotos … não serão publicadas"): no showing at all.
# The reader may say no, and nothing is shown then: "unless u say no", "unless you'd rather I didn't".
_OPT_OUT = (r"\bunless (?:you|u|ya) (?:say (?:no|not to)|tell me (?:no|not to)|object|mind|(?:'?d|would) rather "
            r"(?:i|we) (?:didn'?t|don'?t))\b")
NOT_SHOWN = re.compile(
    r"\b(?:will not|won'?t|shall not|cannot|can'?t) be (?:published|posted|shared|shown|used)\b|"
    r"\bnon (?:saranno|verranno|sara|verra|potranno essere) (?:pubblicat[eaio]|condivis[eaio]|utilizzat[eaio])\b|"
    r"\b(?:nao|não) (?:serao|serão|sera|será|poderao ser) (?:publicad[oa]s?|divulgad[oa]s?|usad[oa]s?)\b|"
    r"\bno (?:seran|sera|se publicaran|se publicara) (?:publicad[oa]s?|compartid[oa]s?)?\b|"
    r"\bne (?:seront|sera) pas (?:publiee?s?|diffusee?s?|utilisee?s?)\b|"
    r"\b(?:werden|wird) (?:sie |diese )?nicht (?:veroffentlicht|veröffentlicht|gezeigt|verwendet)\b|"
    r"\b(?:worden|wordt) (?:ze |deze )?niet (?:gepubliceerd|gedeeld|gebruikt)\b|"
    r"\bnie (?:zostana|zostanie|beda|bedzie) (?:opublikowane|opublikowany|opublikowana|udostepnione)\b|"
    # a club's opt-out: "If you don't want your child's photo shared, message the secretary and we'll take it down"
    r"\b(?:we'?ll|we will|we can|will) take (?:it|them|the photos?|the pictures?) down\b|"
    # a friend's opt-out: "posting the pics from ur bday on insta tonight unless u say no"
    + _OPT_OUT, re.IGNORECASE)
# ... read so only beside the consent asked for (a ransom note promises "i dati non saranno pubblicati" for a price).
CONSENT = re.compile(r"\b(?:liberatoria|autoriza[cç][aã]o|autorizacao|consent\w*|zgod\w*|einwilligung|toestemming|"
                     r"autorisation|consentimiento|permission|droit a l'?image|uso de imagem|uso de imagen|"
                     r"(?:don'?t|do not) want (?:[\w']+ ){0,3}(?:photos?|pictures?|images?|pics?) "
                     r"(?:shared|used|posted|online|up))\b|" + _OPT_OUT,
                     re.IGNORECASE)
AUDIENCE = _rx(
    r"(?:ton|ta|votre) (?:patron|patronne|chef|directeur|directrice|employeur)\b", r"(?:tu|su) (?:jefe|jefa)\b",
    r"(?:seu|teu|tua|sua) (?:chefe|patrao|patroa)\b", r"(?:il tuo|la tua|tuo|tua) (?:capo|datore)\b",
    r"(?:dein|deine|ihr|ihre) (?:chef|chefin|arbeitgeber)\b", r"(?:je|jouw|uw) (?:baas|werkgever)\b",
    r"every1\b", r"evry1\b", r"evryone", r"everybody", r"erryone", r"(?:whole|entire|all of|every1 in|everyone in) "
    r"(?:year|grade|form|class) \d+\b", r"year \d+ (?:chat|group|gc)\b", r"barangay", r"buong (?:school|klase|section)",
    r"group me\b", r"college group", r"church ladies", r"(?:her|his) friend list",
    r"(?:your|ur) (?:uni|university|college|campus|dorm|halls)\b",
    r"(?:your|ur) (?:\w+ )?(?:manager|boss|employer|supervisor|hr department)\b",
    r"(?:al|del|en el|a tu) grupo\b", r"(?:in die|in der|in eure) gruppe", r"(?:dans le|au|sur le) groupe",
    r"(?:nel|sul|al) gruppo", r"(?:in de|naar de|in je) groep",
    r"(?:de hele |je |jullie )?(?:\w+ )?(?:groeps|klassen)app\b",
    r"(?:klassen|gruppen)chat", r"klassengruppe",
    r"(?:your|ur) (?:nan|nana|nanna|gran|lads|mates)\b", r"the lot of them", r"(?:your|ur) manager",
    r"uncle", r"aunt", r"cousin", r"grand(?:ma|pa|mother|father|parent)", r"classmate", r"neighbo", r"colleague",
    r"coworker", r"co-worker", r"wall\b", r"feed\b",
    r"novi[ao]", r"pap[aá]s", r"todo el mundo", r"rodzic", r"magulang", r"coach", r"teacher", r"every site",
    r"porn site",
    # the reader's nearest in the other big languages ("ton mari recevra les photos", "tuo marito")
    r"(?:ton|ta|votre) (?:mari|femme|copain|copine|mere|pere)\b", r"(?:tu|su) (?:madre|padre|marido|esposa|mujer)\b",
    r"(?:dein|deine|deinem|deiner|ihr|ihre) (?:mutter|vater|mann|frau|ehemann|ehefrau)\b",
    r"(?:tuo|tua|il tuo|la tua) (?:madre|padre|marito|moglie|ragazzo|ragazza)\b",
    r"(?:teu|tua|seu|sua) (?:mae|pai|marido|esposa|mulher)\b",
    r"(?:je|jouw|uw) (?:moeder|vader|man|vrouw|vriend|vriendin|neef|nicht|oom|tante|opa|oma)\b",
    r"(?:tu|tus|su) (?:primo|prima|primos|tio|tia|tios|abuel[oa]s?)\b",
    r"(?:teu|tua|seu|sua) (?:primo|prima|tio|tia|avo)\b",
    r"(?:ton|ta) (?:oncle|tante|grand-?mere|grand-?pere)\b", r"(?:dein|deine|deinem|deiner) (?:onkel|tante|oma|opa)\b",
    r"(?:tuo|tua) (?:cugino|cugina|zio|zia|nonno|nonna)\b",
    r"mom\b", r"mum\b", r"mumm?y\b", r"momm?y\b", r"mother", r"dad\b", r"father", r"parent", r"family", r"famil",
    r"friend", r"follower",
    r"school", r"contact", r"brother", r"sister", r"wife", r"husband", r"boss", r"employer", r"everyone",
    r"everybody", r"whole school", r"bf\b", r"gf\b", r"boyfriend", r"girlfriend", r"reputation", r"stream",
    r"leak site", r"twitter", r"instagram", r"insta\b", r"facebook", r"tiktok", r"snap", r"story\b", r"mods\b",
    r"internet", r"online",
    r"amig", r"seguidor", r"escuela", r"colegio", r"familia", r"freund(?!lich)", r"eltern", r"schule", r"amis\b",
    r"lycee", r"ecole", r"amici", r"scuola", r"vrienden", r"ouders",
    # classmates: "ai miei compagni", "a tus compañeros", "tes camarades", "klasgenoten", "Mitschüler"
    r"compagni di classe", r"(?:ai |i |ai tuoi |ai miei |ai suoi |tutti i )compagni\b", r"companeros de clase",
    r"(?:a tus |a sus |a mis |tus |sus )companeros\b", r"camarades de classe", r"(?:tes|ses|mes) camarades\b",
    r"klasgenoten", r"mitschuler", r"klassenkamerad", r"colegas de (?:turma|classe|sala)\b",
    # (the school as where the pictures go, not a school bill: "mandar para a escola", "a escola toda")
    r"(?:pra|para a|para|toda a|pra toda a) escola\b", r"escola (?:toda|inteira)\b", r"genitori\b",
    r"(?:os|aos|seus|teus|meus|nossos) pais\b",
    # school and work as the young say them: "tout le bahut", "la fac", "el insti", "la facu", "la prepa", "ton taf"
    r"bahut\b", r"(?:la|ta|toute la) fac\b", r"(?:el|tu|todo el) insti\b", r"(?:del|al|en el|su|tu) instituto\b",
    r"grupo (?:del|de la|de|da|do) (?:instituto|clase|colegio|escuela|cole|facu|escola|turma|sala|classe)\b",
    # the team's or the family's group: "senão vai pro grupo do time de vôlei", "al grupo del equipo"
    r"grupo (?:del|de la|de|da|do) (?:time|equipo|equipa|familia|trabajo|trabalho|igreja|iglesia|volei|futebol|"
    r"futbol|curso|facul|empresa)\b",
    r"(?:la|tu|toda la) (?:facu|prepa)\b",
    r"(?:ton|au) taf\b",
    # parents as the young say them: "ta daronne", "tes darons", "ta reum"; "tumhari ammi", "abbu ko"
    r"(?:ta|ton|tes|a ta|a ton|a tes) (?:daronne|daron|darons|daronnes|reum|rep)\b",
    r"(?:tumhari|tumhare|teri|tere|aapki|aapke|apni|apne) (?:ammi|ammy|abbu|abba|maa|ma|papa|mummy|behen|bhai|biwi|"
    r"shohar|ghar ?walon|gharwalon)\b", r"(?:ammi|abbu) ko\b",
    r"rodzin", r"znajom", r"mam(?:a|ie|y)\b", r"obserwuj", r"szkol", r"kontakt",
    r"kaibigan", r"pamilya", r"lahat",
    r"(?:nayi|nai|naya|nae) (?:wali|wala|waali|waala|gf|bf)\b", r"gharwal", r"ghar ?wal(?:e|on)\b",
    r"контакт", r"друз", r"семь", r"родител",
    # groups the reader belongs to
    r"(?:your|ur|the whole|whole|entire|all (?:of )?(?:your|ur)) (?:\w+ )?(?:team|squad|club|church|congregation|"
    r"class|office|company|group ?chat|server)\b", r"congregation", r"linkedin", r"youtube", r"everyone you know",
    r"(?:tu|tus|todo (?:el|tu)) (?:equipo|clase|iglesia)", r"(?:deine|deiner|die ganze) (?:mannschaft|klasse|kirche)",
    r"(?:ton|ta|toute (?:ta|l'?)) ?(?:equipe|classe|eglise)", r"(?:tua|tutta la) (?:squadra|classe|chiesa)",
    r"(?:sua|tua|toda a) (?:turma|igreja)", r"(?:je|jouw|de hele) (?:klas|kerk|team)\b",
    # the groups of the one it happens to, as a parent or a teacher tells it: "naar haar klas", "an seine ganze Klasse",
    # "à sa classe", "to her whole school"
    r"(?:his|her|their) (?:whole |entire )?(?:team|squad|club|church|class|school|year group|year)\b",
    r"(?:su|sus) (?:equipo|clase|iglesia|colegio|instituto)\b",
    r"(?:seine[rn]?|ihre[rn]?) (?:ganze[nr]? )?(?:mannschaft|"
    r"klasse|kirche|schule|stufe|jahrgangsstufe)\b", r"(?:son|sa) (?:equipe|classe|eglise|club|college|lycee)\b",
    r"(?:la sua|tutta la sua|alla sua) (?:squadra|classe|chiesa|scuola)\b",
    r"(?:a )?(?:turma|igreja|escola) (?:dele|dela)\b", r"(?:zijn|haar|hun) (?:hele )?(?:klas|kerk|team|school|jaarlaag|"
    r"club)\b",
    r"annen", r"baban", r"ailen", r"arkadaslarin", r"okuldaki", r"herkese", r"sevgilin", r"patronun",
    r"vsem\b", r"vsetkym", r"rodic", r"rodin", r"pratel", r"kamarad", r"priatel",
)
# The writer's own people, as a telling names them ("manda pra minha mãe", "schickt es meiner Mutter"); English "my mom"
# is in AUDIENCE already. Only a telling reads them: a parcel notice "mein Vater sagt, das ist Betrug" shows nobody.
MY_PEOPLE = _rx(
    r"(?:minha|meu) (?:mae|pai|marido|esposa|mulher|namorad[oa]|chefe)\b", r"mi (?:madre|padre|marido|esposa|jefe)\b",
    r"(?:mein|meine|meinem|meiner|meinen) (?:mutter|vater|mann|frau|ehemann|ehefrau|chef|chefin)\b",
    r"(?:mon|ma) (?:mari|femme|mere|pere|patron|patronne)\b", r"(?:mio|mia) (?:madre|padre|marito|moglie|capo)\b",
    r"mijn (?:moeder|vader|man|vrouw|baas)\b",
)
# Pictures, a video, a recording, a filmed call: the words both families below share.
_PICTURES = (
    r"on (?:camera|cam|skype)\b", r"vor der kamera", r"recording of (?:you|u)\b", r"montaje",
    r"videollamada", r"videochamada", r"videochiamata", r"video ?call", r"facetime",
    r"pics?\b", r"photo", r"picture", r"video", r"vid\b", r"vids\b", r"nude", r"recording", r"footage", r"clip\b",
    r"images?\b", r"foto", r"imagen", r"bild", r"my eyes only",
    r"zdjec", r"nagran", r"litrato", r"larawan", r"видео", r"фото", r"ciplak", r"goruntu", r"resimler", r"fotk",
    r"nahrav", r"nahe\b",
    # compounds that name the body first: "Nacktbilder", "naaktfoto's"
    r"nackt(?:bild|foto|video|aufnahme)", r"naakt(?:foto|beeld|video|filmpje)",
    # ... made with AI or faked: "een nepnaaktfoto", "ein Fake-Nacktbild", "KI-Nacktbilder"
    r"(?:nep|fake|ki|ai)-?(?:naakt|nackt)(?:foto|beeld|video|filmpje|bild|aufnahme)",
)
# "send me more" said on its own, before its "or": more of the pictures ("mándame más o estas las subo")
_MORE_ASKED = (r"(?:mandame|enviame|pasame|send me|schick mir|envoie[- ]moi|mandami|me manda|stuur me) (?:mas|more|"
               r"mehr|plus|altre|altri|mais|meer)(?= ?(?:o|or|ou|oder|sinon|sonst|altrimenti|senao|of|[,.!]|$))")
MORE_ASKED = _rx(_MORE_ASKED)
MATERIAL = _rx(
    *_PICTURES,
    r"\d+ (?:to|for) (?:delete|deleting|wipe|wiping) (?:it|them)\b",  # a price to delete "it": something is held
    r"(?:price|cost|fee) (?:to|for) (?:delete|deleting|remove|removing|wipe|wiping) (?:it|them|everything|it all)\b",
    r"deletion (?:costs|is|fee|price)\b",
    _MORE_ASKED,
    r"preview", r"donnees", r"database", r"baz[ae] danych", r"files\b", r"data\b", r"chamada",
    # (the Brazilian payment, not pictures: "mandar o PIX até sexta", "a chave do pix")
    # compounds of Dutch and German: "haar seksvideo", "seine Nacktfotos"
    r"(?:seks|sex|naakt|nackt|porno)(?:video|filmpje|film|foto|bild|bilder)\w*",
    r"(?<!no )(?<!via )(?<!por )(?<!pelo )(?<!ou )(?<!\bo )(?<!\bdo )(?<!\bum )(?<!chave )pix\b", r"screenshot",
    r"logs\b",
    r"receipt", r"messages\b", r"chats?\b",
    r"the cam (?:part|bit|video|clip)", r"(?:the|our|that) vc\b",
    r"captur", r"film", r"hidden album", r"private album", r"запис",
)
# Of that material, what shows a person: pictures, a video, a recording, a call that was filmed. Data, files,
# chats and receipts are material too, but of another kind of extortion.
VISUAL = _rx(
    *_PICTURES,
    r"montage", r"videobel", r"videoanruf", r"videotelefonat", r"videogesprek", r"videogesprach",
    r"(?:seks|sex|naakt|nackt|porno)(?:video|filmpje|film|foto|bild|bilder)\w*",
    r"album", r"memories\b", r"(?:tu|tus|el|su|sus|ese) packs?\b",
    # a recording claimed ("te grabé todo", "ik heb alles opgenomen", "ich habe unser Telefonat aufgenommen")
    r"grabe (?:todo|la|el|tu|lo)", r"gravei", r"ho registrato", r"j'?ai (?:tout )?enregistr", r"filmed",
    r"(?:habe|hab) (?:\w+ ){0,3}aufgenommen", r"ik heb (?:\w+ ){0,3}opgenomen", r"recorded (?:you|u|it|every|all)",
)
POSSESS = _rx(
    r"saved (?:every|all|each|your|ur|the|those|these) (?:\w+ )?(?:snaps?|pics?|photos?|videos?|vids?|messages|"
    r"screenshots?|nudes)\b", r"(?:screenshotted|screenshoted|screen recorded) (?:every|all|your|ur|the)",
    r"(?:bin|sind) im besitz", r"in (?:possession|posession) of", r"en possession de", r"in possesso di",
    r"en posesion de", r"em posse de", r"in het bezit van", r"kept all of (?:them|it|those)",
    r"got (?:the|a|that|those) (?:recording|video|vid|vids|pics?|photos?|screenshots?|clip)\b",
    r"mere paas (?:hai|hain|tere|teri|tumhar)", r"hawak ko", r"nasa (?:akin|amin) pa",
    # Turkish: "görüntülü arama kaydı bende" (the recording of the video call is with me), "fotoğrafların elimde"
    # (not "fotoğrafların bende": friends hold each other's holiday pictures)
    r"(?:arama kaydi|kaydi|kayitlar|ciplak (?:fotolarin|fotograflarin|videon)) (?:hala |hepsi )?(?:bende|elimde)\b",
    # (a buyer is nothing held: "I've got someone coming to see it", "j'ai une autre personne intéressée")
    r"i (?:still )?(?:got|have|saved|kept|downloaded|recorded)(?! \d| until| till| no idea| a question| someone| "
    r"somebody| another (?:buyer|person|offer)| other (?:buyers|people)|"
    r" (?:two|three|four|five|a few|several) others?\b)",
    r"i'?ve (?:got|saved|kept)(?! someone| somebody| another (?:buyer|person|offer)| other (?:buyers|people)|"
    r" \d+ other (?:people|buyers|offers)| (?:two|three|four|five|a few|several|\d+) others?\b)",
    r"all saved",
    r"i have the", r"it'?s you\b",
    r"(?:je garde|i'?m keeping|i kept|i keep|guardo|me quedo con|eu guardo|tengo guardado|ich behalte|ik hou|"
    r"ik houd) (?:tout|everything|all|todo|tudo|tutto|alles) (?:ce que tu m'?as|what (?:you|u)|lo que me|"
    r"o que (?:voce|vc|tu) me|quello che mi|was du mir|wat je me)\b",
    r"gravei", r"grabe (?:todo|la|el|tu)", r"ho registrato",
    r"j'?ai (?:tout )?enregistr", r"(?:habe|hab) (?:\w+ ){0,3}aufgenommen", r"ik heb (?:\w+ ){0,3}opgenomen",
    r"recorded (?:our|the|ur|your) (?:whole )?(?:call|video ?call|facetime|chat)",
    r"saved (?:our|the|that|this) (?:whole |entire |full )?(?:call|video ?call|facetime|stream)\b",
    r"got (?:all )?(?:ur|your) (?:pics|photos|nudes|vids|videos)", r"thats u", r"that'?s you",
    # (not "I have to": "tengo que", "tenho de falar com o meu advogado")
    # (nor Italian's "la play la tengo io", a parent keeping the console)
    r"tengo(?! que\b)(?! io\b)", r"guardad",
    r"gespeichert", r"ich habe", r"sauvegard", r"j'?ai(?! (?:une autre|un autre|quelqu'?un|d'?autres) )",
    r"ho (?:tutte|le|i|il)",
    r"salvat", r"tenho(?! (?:de|que)\b)", r"ik heb",
    r"mam (?:twoj|twoi|nagran|zdjec|film|dostep|baz)", r"te, ktore juz mam",
    r"nasa akin", r"я (?:записал|сохранил|взломал)", r"у меня (?:есть )?тво",
    # "I still have those photos": "ho ancora", "todavía tengo", "j'ai encore", "ainda tenho", "ik heb nog"
    r"ho ancora", r"(?:todavia|aun) tengo", r"tengo todavia",
    r"(?:hab|habe) (?:ich )?(?:immer )?noch(?! (?:zwei|drei|vier|\d+|andere|weitere|mehr) (?:anfragen|interessenten|"
    r"angebote|kaufer)\b)",
    r"j'?ai (?:toujours|encore)", r"ainda tenho", r"ik heb (?:ze |die |ze nog|nog)",
    r"mam (?:tvoje|tvoj|tvou|tve|vase|nahrav|fotk|video)",
    # the reader's pictures handed to the writer by someone: "dein ex hat mir deine bilder gegeben", "your ex sent me
    # all your pics"
    r"(?:hat|haben) mir (?:alle )?(?:deine|ihre) (?:\w+ )?(?:bilder|fotos|videos|nacktbilder|nudes) "
    r"(?:gegeben|geschickt|weitergeleitet|verkauft)\b",
    r"(?:gave|sent|forwarded|sold) me (?:all )?(?:your|ur) (?:\w+ )?(?:pics|photos|pictures|nudes|videos|vids)\b",
    # what the writer's device still holds of the reader's: "those photos you sent me … are still on my phone"
    r"(?:you|u) sent me\b[^.!?\n]{0,60}\b(?:are|is|r) still (?:on|in) my (?:phone|laptop|computer|pc|drive|cloud|"
    r"camera roll|gallery)\b",
)
# Possession left unsaid: "you know what I have", "tú sabes lo que tengo". With a deadline, a demand or a
# condition it is a threat whatever the pictures are called.
VEILED = _rx(
    # everything from that time held: "tenho tudo daquela época", "still got everything from that night"
    # (a time, not a trip: "ainda tenho tudo daquela viagem, as fotos ficaram lindas" is a holiday)
    r"(?:i (?:still )?have|i'?ve (?:still )?got|still got|i got) (?:it all|everything) from (?:that (?:night|time|"
    r"weekend|call)|back then|when we)\b", r"tengo todo de (?:esa|aquella) (?:noche|epoca|vez|llamada)\b",
    r"tenho tudo (?:daquela|dessa) (?:noite|epoca|vez|chamada)\b", r"(?:ich )?(?:habe|hab) (?:noch )?alles von "
    r"(?:damals|dieser nacht|jener nacht|dem abend)\b", r"j'?ai (?:encore )?tout de (?:cette (?:nuit|soiree|epoque)|"
    r"l'?epoque)\b", r"ho (?:ancora )?tutto di (?:quella (?:notte|sera|volta)|allora)\b",
    r"ik heb (?:nog )?alles van (?:toen|die nacht|die avond)\b",
    # what becomes of the pictures, left unsaid: "si no vienes ya sabes lo que pasa con las fotos", "altrimenti sai che
    # fine fanno le tue foto"
    r"(?:you|u) know what(?:'ll| will)? (?:happens?|become of) (?:to |with )?(?:the|your|ur|those|these|my) (?:\w+ )?"
    r"(?:pics|photos|pictures|videos?|vids?|nudes|recording|screenshots)\b(?![^.!\n]{0,60}\?)",
    r"sabes (?:lo )?(?:que|q) (?:pasa|pasara|va a pasar) con (?:las|tus|esas|los|esos) (?:\w+ )?(?:fotos|videos|"
    r"imagenes|nudes)\b",
    r"sabe (?:o que|oq|o q) (?:acontece|vai acontecer) com (?:as|suas|tuas|essas|os|seus|esses) (?:\w+ )?(?:fotos|"
    r"videos|nudes)\b",
    r"tu sais ce qui (?:arrive|va arriver|se passe) (?:a|avec) (?:tes|les|ces) (?:\w+ )?(?:photos|videos|nudes)\b",
    r"sai (?:che fine fanno|cosa succede (?:a|alle|ai|con)) (?:le tue |le |quelle |i tuoi |i |tue )?(?:\w+ )?"
    r"(?:foto|video)\b",
    r"wei(?:ss|ß)t(?: du)?,? was (?:mit|aus) (?:deinen|den|diesen) (?:\w+ )?(?:bildern|fotos|videos) "
    r"(?:passiert|wird)\b",
    r"(?:je )?weet wat er (?:gebeurt )?met (?:je|jouw|de|die) (?:\w+ )?(?:foto'?s|video'?s)\b",
    # a menace's closing words, the consequence left unsaid: "vc tem até as 18h. depois não reclama", "Poi non
    # lamentarti" (not English "don't say I didn't warn you", which friends say of party photos)
    r"(?:depois|dps) (?:nao|não) (?:reclama|chora|diz que (?:eu )?nao avisei)\b",
    r"(?:despues|luego) no (?:llores|te quejes|digas que no te avise)\b", r"poi non (?:lamentarti|piangere)\b",
    r"(?:apres|ensuite) (?:faut pas|ne viens pas) (?:venir )?(?:pleurer|te plaindre)\b",
    r"(?:dann|danach) (?:beschwer dich nicht|heul nicht)\b", r"(?:daarna|dan) niet (?:klagen|janken|huilen)\b",
    # what happens on the reader's silence or refusal, left unsaid: "u know what happens if u ignore me", "ya sabes lo
    # que pasa si no", "sai cosa succede se non lo fai"
    r"(?:you|u|ya) know what (?:happens|will happen|'ll happen|happens next) (?:if|when) (?:you|u|ya) (?:ignore|"
    r"don'?t|dont|do not|block|say no|leave|stop)\b",
    r"(?:ya )?sabes (?:lo )?(?:que|q) pasa si (?:me ignoras|no|me bloqueas)\b",
    r"sabe (?:o que|oq|o q) acontece se (?:me ignorar|nao|me bloquear)\b",
    r"tu sais ce qui (?:se passe|arrive|va arriver) si tu (?:m'?ignores|ne|me bloques)\b",
    r"wei(?:ss|ß)t,? was passiert,? wenn du (?:mich ignorierst|nicht|mich blockierst)\b",
    r"sai (?:cosa|che) succede se (?:mi ignori|non|mi blocchi)\b",
    r"weet wat er gebeurt als je (?:me negeert|niet|me blokkeert)\b",
    # the reader's people said to follow the writer or the reader: "ur cousin already follows me", "tua namorada segue o
    # mesmo perfil que eu", "Deine Freundin folgt mir jetzt" (on the 77,023 labelled texts the 91 that hold these words
    # are all threats; "my mum follows u" is the writer's own)
    r"(?:your|ur|tu|tua|sua|teu|dein|deine|ta|ton|je|jouw|tuo) (?:[\w']+ ){1,3}(?:already |now |also )?(?:follows|"
    r"segue|sigue|folgt|suit|volgt) (?:me|u|you|ya|eu|o mesmo|voce|vc|te|mir|dir|moi|toi|mij|je|jou|mi|ti)\b",
    # ... with the pronoun before the verb: "tu novio me sigue en insta", "tua irmã me segue", "tua moglie ti segue"
    r"(?:tu|tua|sua|teu|ta|ton|tuo) (?:[\w']+ ){1,3}(?:ya |ja |deja |gia |tambien |tambem |aussi |anche )?(?:me|te|mi|"
    r"ti) (?:sigue|segue|suit)\b",
    # the price left unsaid: "u know the price", "you know what I want" (with the act left unsaid, ACT_UNSAID, on the
    # 77,023 labelled texts the 59 that hold these words are all threats)
    r"(?:you|u|ya) (?:already )?know (?:the price|my price|how much|what i want|the amount)\b",
    # someone close about to see what they should not: "we should talk before she sees anything she shouldn't"
    r"before (?:\w+ ){1,3}(?:sees?|finds?|gets?|hears?) (?:anything|something|things|stuff) (?:\w+ )?"
    r"(?:shouldn'?t|should not|should never)\b",
    # "I'd hate for your team to see the stuff you sent me"
    r"(?:i'?d|i would|would) hate (?:for )?(?:your|ur) (?:\w+ ){0,2}to (?:see|find|get|receive|read) "
    r"(?:the|those|these|what|everything|all|our)\b",
    # the reader's people "would surely be interested in our chat" ("die würden sich sicher für unseren Chat …")
    r"would (?:surely |definitely |really |probably |be very |be really )?(?:be )?interested in (?:our|your|ur|these|"
    r"those|the) (?:chats?|pics|photos|pictures|videos?|messages|conversations?|dms)\b",
    r"(?:wurde|wurden|wuerde|wuerden) sich (?:\w+ ){0,3}(?:auch )?(?:dafur|dafuer) interessieren",
    r"(?:wurden|wuerden) sich (?:\w+ ){0,2}(?:fur|fuer) (?:unseren|unsere|deine|diese|die|das|eure) (?:chats?|fotos|"
    r"bilder|videos?|nachrichten|gesprach\w*|gespraech\w*) interessieren",
    r"(?:les|le) interesaria (?:mucho |bastante )?(?:nuestro chat|nuestra conversacion|nuestros mensajes|tus fotos|"
    r"tus videos|esas fotos|esos videos)",
    r"seraient (?:\w+ ){0,2}interesses? par (?:notre|nos|tes|vos|ces) (?:conversations?|chats?|photos|videos?|"
    r"messages)",
    r"(?:iam|iriam) (?:adorar|gostar de|se interessar (?:por|pela|pelas|pelos)) (?:ver )?(?:nossa|nossas|nossos|suas|"
    r"essas|esses|as|os) (?:conversas?|fotos|videos?|mensagens)",
    r"sarebbero (?:\w+ ){0,2}interessat\w* (?:alla|alle|ai|al) (?:nostra|nostre|nostri|tue|tuoi) (?:chat|foto|video|"
    r"conversazion\w*|messaggi)",
    # the pictures the reader sent, and someone seeing them: "you think he'd still like you if he saw the pics you sent
    # me?", "qué diría si viera las fotos que me mandaste"
    r"if (?:\w+ ){1,3}(?:saw|sees|found|got|gets) (?:the|those|these|your|ur|all the|all your|all those) "
    r"(?:\w+ )?(?:pics|photos|pictures|nudes|videos?|vids?) (?:that )?(?:you|u) (?:sent|send|gave) me\b",
    r"si (?:\w+ ){0,2}(?:viera|viese|encontrara) (?:las|los|tus|esas|esos) (?:\w+ )?(?:fotos|videos|nudes) que me "
    r"(?:mandaste|enviaste|pasaste)\b",
    # the reader's people said to like what the reader sent: "ur followers would really enjoy the pic you sent me"
    r"(?:your|ur) (?:\w+ ){0,2}(?:followers|friends|family|mum|mom|dad|parents|boss|wife|husband|girlfriend|"
    r"boyfriend|classmates|coworkers|colleagues|congregation) (?:\w+ ){0,2}(?:would|will|'d|might) (?:really |surely |"
    r"definitely |totally )?(?:enjoy|love|like|appreciate) (?:to see |seeing )?(?:the|those|these|that|your|ur) "
    r"(?:\w+ )?(?:pics?|photos?|pictures?|nudes|videos?|vids?|recording)\b",
    r"(?:tes|vos) (?:\w+ )?(?:abonnes|amis|parents|collegues|followers|potes) (?:vont|vont bien|vont vraiment) "
    r"(?:adorer|kiffer|apprecier|aimer)\b",
    r"(?:tus|sus) (?:\w+ )?(?:seguidores|amigos|padres|companeros|colegas) van a (?:disfrutar|amar|flipar|gozar)\b",
    r"(?:seus|teus|tuas|suas) (?:\w+ )?(?:seguidores|amigos|pais|colegas) (?:vao|vão) (?:adorar|amar|curtir)\b",
    r"(?:i tuoi|le tue) (?:\w+ )?(?:follower|amici|genitori|colleghi|amiche) (?:adoreranno|apprezzeranno|ameranno)\b",
    r"deine (?:\w+ )?(?:follower|freunde|eltern|kollegen) werden (?:es |das |sie )?(?:lieben|feiern|mogen)\b",
    r"je (?:\w+ )?(?:volgers|vrienden|ouders|collega'?s) (?:gaan|zullen) (?:dit |het )?(?:genieten|geweldig vinden)\b",
    r"(?:shame|pity|awkward|embarrassing|unfortunate) if (?:\w+ ){1,6}(?:got|gets|saw|sees|found|received) (?:a little|"
    r"those|these|them|it all|what|it|a copy|copies|the link|a link|an? (?:e-?mail|message|file|folder))\b",
    # what the reader's people would learn: "a real shame if the people at St. Michael's found out how …", "Pastor Jim
    # would find it very interesting to see …", "it'd be a real surprise for him to open his inbox tomorrow"
    r"(?:shame|pity|awkward|embarrassing|unfortunate) if (?:\S+ ){1,6}(?:found out|finds out|learned|learns|heard|"
    r"hears) (?:about|how|what)\b", r"would find it (?:very |really |quite )?interesting to (?:see|hear|know|learn)",
    r"(?:it'?d|it would) be (?:a )?(?:real |big |nice )?surprise for (?:him|her|them|your)\b",
    # the same pity in the other big languages, what is seen left as a pronoun: "… que la direction tombe dessus",
    # "… se il direttore le vedesse", "… teu marido ver isso", "… que tu novio lo viera"
    r"dommage (?:que|si) (?:\w+ ){1,5}(?:tombe|tombait|tombera) dessus",
    r"peccato se (?:\w+ ){1,5}(?:le|li|lo|la) (?:vedesse|vedessero|trovasse|ricevesse)\b",
    r"(?:pena|chato)(?: seria)? (?:se )?(?:\w+ ){1,4}(?:ver|visse|vissem) (?:isso|isto|essas fotos|as fotos|esse video|"
    r"o video)\b",
    r"(?:pena|lastima)(?: seria)? (?:que|si) (?:\w+ ){1,5}(?:lo|las|los|la) (?:viera|vea|vieran|vean)\b",
    # "a real pity if Claire's sister ended up with a link to our little call"
    r"(?:shame|pity)(?: it would be| that would be)? if (?:\w+'?s? ){1,6}(?:ended up with|ends up with|end up with|"
    r"came across|comes across|"
    r"stumbled (?:on|upon|across)|heard about|got hold of|gets hold of) (?:a link|the link|a copy|our|those|these|the "
    r"(?:video|vid|pics|photos|recording|call))\b",
    # "… Du hast 45 Minuten, dann geht es los": what starts when the time runs out is left unsaid
    r"dann geht(?:'?s| es) los", r"then it (?:starts|begins)\b", r"despues empieza", r"apres ca commence",
    # "elle adorerait voir les photos que tu m'as envoyées"
    r"(?:adorerait|aimerait) (?:bien )?voir", r"(?:le )?encantaria ver", r"(?:wurde|würde) (?:\w+ )?gerne? sehen",
    r"(?:adorerebbe|piacerebbe) vedere", r"(?:adoraria|amaria) ver", r"zou (?:dat |die |het )?graag (?:\w+ )?zien",
    # "shame if your mum opened her facebook and found them tagged": the reader's people seeing something
    r"(?:shame|pity) if (?:your|ur|ya) \w+ (?:\w+ ){0,6}(?:found|saw|sees|got|gets) (?:them|these|those|it all)\b",
    r"wei(?:ss|ß)t (?:genau|ganz genau)?,? was ich (?:habe|hab)",
    # the reader's partner "does not know yet" about the evening on camera
    r"(?:weiss|weiß) (?:ja )?noch nichts von (?:unse|uns\b)", r"(?:doesn'?t|does not) know (?:yet )?about (?:our|us\b)",
    r"no sabe (?:todavia |aun )?nada de (?:lo nuestro|nuestr|nosotros)",
    r"ne sait (?:encore )?rien de (?:nous|notre|nos)\b",
    r"non sa (?:ancora )?niente di (?:noi|nostr)", r"nao sabe (?:ainda )?nada (?:de nos|do nosso|da nossa)",
    r"weet (?:nog )?niets van (?:ons|onze)\b",
    r"sai (?:benissimo|bene|molto bene|perfettamente) (?:cosa|che cosa|quello che) (?:ho|c'?e)",
    r"sai (?:cosa|che cosa|quello che) c'?e (?:sul|nel) (?:mio )?telefono", r"we both know what (?:you|u) did",
    r"sabe (?:muito bem|bem|perfeitamente) o que (?:eu )?tenho",
    r"(?:you|u|ya) (?:know|kno|knw) (?:what|wat|wut|wht) (?:i|ive|i'?ve) (?:have|got|saved|kept|hav)",
    r"(?:you|u) know what i can do with",
    r"(?:you|u|ya) (?:know|kno|knw) which (?:pics|photos|pictures|vid|video|videos|ones|clip)\b",
    # the reader's people's closeness, wished to stay unspoiled: "I'd hate for anything to spoil that"
    r"(?:i'?d|i would) hate for (?:anything|something|that|this) to (?:spoil|ruin|change|happen to|get in the way "
    r"of) (?:that|this|it|them|things)\b",
    # Nigerian Pidgin: "you sabi wetin I get"
    r"(?:you|u) (?:sabi|know) (?:well well )?(?:wetin|watin|wetin wey) (?:i|i dey) (?:get|hold|carry|keep)\b",
    # the reader's partner would like to see, the pictures left unsaid: "seu noivo ia gostar de ver antes do casamento"
    r"(?:seu|sua|teu|tua) (?:noivo|noiva|marido|esposa|namorado|namorada|chefe|patrao) (?:\w+ )?(?:ia|iria|vai|ira) "
    r"(?:adorar|curtir|amar|gostar de) ver(?: (?:antes|isso|isto|tudo|elas|eles)\b|[.!?,])",
    # ... and in the other big languages: "sarebbe un peccato se certe cose del passato finissero nei messaggi
    # sbagliati", "sería una pena que esas fotos acabaran en …", "dommage si ça finissait …"
    r"(?:peccato|un peccato) se (?:\w+ ){0,5}(?:finissero|finisse|uscissero|uscisse|arrivassero|arrivasse)\b",
    r"(?:pena|lastima) (?:que|si) (?:\w+ ){0,5}(?:acabaran|acabara|terminaran|terminara|salieran|saliera|llegaran|"
    r"llegara)\b",
    r"dommage (?:que|si) (?:\w+ ){0,5}(?:finissent|finisse|finissaient|finissait|sortent|sorte|sortaient|sortait|"
    r"atterrissent|atterrisse)\b",
    r"schade,? wenn (?:\w+ ){0,5}(?:landen|landet|landeten|landete|rauskamen|rauskame|auftauchen|auftaucht)\b",
    r"(?:pena|chato) se (?:\w+ ){0,5}(?:acabassem|acabasse|caissem|caisse|parassem|parasse|vazassem|vazasse)\b",
    r"zonde als (?:\w+ ){0,5}(?:terechtkomen|terechtkwamen|terechtkomt|uitlekken|uitlekt|opduiken)\b",
    # the pictures left as "they": "would be sad if they ended up somewhere", "shame if these got out"
    # someone said to like what the reader sent: "pastor dave is gonna LOVE the video you sent me", "bet she'd love
    # the clip from last night", "your new boyfriend would find them very interesting", "Deine Eltern würden sich
    # bestimmt über die Bilder freuen", "ela ia curtir ver o que você me mandou"
    # (what the reader sent, or last night's: "grandma would love the photos from the picnic" is family talk)
    r"(?:would|\w+'d|will|is gonna|is going to|gonna) (?:really |definitely |totally |so |absolutely )?(?:love|enjoy|"
    r"like|appreciate) (?:to see |seeing )?(?:the|that|those|these) (?:\w+ )?(?:video|vid|clip|pics?|photos?|"
    r"pictures|nudes|recording|screenshots) (?:(?:you|u) sent me|(?:you|u) sent|from last night|from our call|from "
    r"the call)\b",
    r"would find (?:them|those|these|it|that) (?:all )?(?:very |really |quite |so )?interesting\b",
    r"(?:wurden|wurde) sich (?:bestimmt |sicher |sehr |total )?(?:uber|ueber) (?:die|deine|diese|das|dein|ein paar) "
    r"(?:\w+ )?(?:bilder|fotos|videos?|clips?|aufnahmen)\b (?:\w+ ){0,4}freuen",
    r"(?:ia|iria|vai|ira) (?:adorar|curtir|amar|gostar de) ver (?:o que|as fotos|o video|os videos|suas fotos|teu|seu)",
    # "Ты знаешь, что у меня есть" (you know what I have)
    r"знаешь,? что у меня",
    r"(?:shame|pity|sad|awful|terrible|unfortunate) if (?:they|these|those|them|it|this|that|(?:ur|your|the) "
    r"(?:pics|photos|pictures|nudes|videos?|vids?)) (?:somehow |accidentally |just )?(?:ended up|end up|ends up|"
    r"got out|get out|gets out|leaked|leak|leaks|went public|got posted|got shared|got around)\b",
    r"sabes (?:lo )?(?:que|q) tengo(?! (?:para|pa) (?:ti|vos|usted))",
    r"usted sabe (?:muy bien |perfectamente )?(?:lo )?que tengo",
    r"sabes lo que (?:voy|puedo) a? ?hacer", r"weisst,? was ich (?:\w+ ){0,2}(?:habe|hab)\b",
    r"sai (?:cosa|che cosa|quello che) ho",
    r"sabe (?:o que|o q|oq) (?:eu )?tenho(?! (?:pra|para|pro) (?:vc|voce|ti|tu|voces))",
    r"weet (?:wel |toch |best )?wat ik heb", r"wiesz,? co mam", r"знаешь,? что у меня",
    # Hindi and Urdu in Latin script: "yaad hai na mere paas kya hai?", "pata hai mere paas kya hai"
    r"(?:yaad|pata|maloom|malum) (?:hai|he)(?: na)?,? (?:ki )?mere (?:paas|pas) (?:kya|jo) (?:hai|he)\b",
    r"(?:you|u) know (?:very well|full well|exactly|damn well) what i (?:have|got)",
    r"sais (?:tres bien |tres bien,? )?ce que j'?ai", r"sabes (?:muy bien|perfectamente) lo que tengo",
    r"weisst (?:genau|ganz genau),? was ich",
    r"(?:elimde )?ne (?:oldugunu|sakladigimi) biliyorsun",
    # what the writer's phone holds, left unsaid: "you know what's on my phone and who it goes to"
    # (asked, "you know what's on my phone? 400 photos of my cat", it is small talk)
    r"(?:you|u) know what'?s (?:sitting |saved |stored )?(?:on|in) my (?:phone|cam|camera|laptop|computer|pc|drive|"
    r"gallery|camera roll)\b"
    r"(?!\s*\?)",
    r"sabes (?:lo )?que (?:hay|tengo) en mi (?:movil|celular|cel|telefono|galeria|compu|ordenador)\b",
    r"sabe o que (?:tem|tenho|ha) no meu (?:celular|telefone|cel|pc|computador)\b",
    r"sais ce qu'?il y a (?:sur|dans) mon (?:telephone|portable|tel|ordi|pc)\b",
    r"wei(?:ss|ß)t(?:,| ja| genau)? was (?:auf|in) meinem (?:handy|telefon|laptop|pc)\b",
    r"weet wat er op mijn (?:telefoon|mobiel|gsm|laptop) staat",
    # an exposure nobody would want, asked as a question: "you wouldn't want me to post that, would you?",
    # "não vai querer que eu poste aquilo", "bock, dass die ganze Klasse die Bilder sieht?"
    r"(?:you|u) (?:wouldn'?t|wouldnt|don'?t|dont|won'?t|wont) want (?:me to|(?:your|ur) \w+ to|"
    r"(?:any|every)(?:one|body) to|them to|people to) (?:post|share|send|show|see|leak|upload|forward)\b",
    r"no (?:querras|vas a querer|querrias) que (?:\w+ ){0,3}(?:vea|vean|publique|suba|mande|envie|ensene|"
    r"comparta)\b",
    r"n[aã]o (?:vai querer|quer|quereria|ia querer) que (?:\w+ ){0,3}(?:poste|mande|mostre|veja|vejam|publique|"
    r"espalhe|compartilhe)\b",
    r"(?:tu ne|tu|vous ne) (?:voudrais|voudriez|veux|voulez) pas que (?:\w+ ){0,3}(?:publie|poste|envoie|montre|"
    r"voie|voient|partage|diffuse)\b",
    r"(?:du willst|sie wollen|willst du) (?:doch |sicher |bestimmt )?nicht,? dass (?:\w+ ){0,4}(?:sieht|sehen|"
    r"bekommt|bekommen|poste|schicke|verschicke|veroffentliche)\b",
    r"(?:bock|lust)(?: drauf)?,? dass (?:\w+ ){0,5}(?:sieht|sehen|bekommt|bekommen)\b",
    r"non (?:vorrai|vuoi|vorresti) che (?:\w+ ){0,3}(?:pubblichi|posti|mandi|mostri|veda|vedano|condivida)\b",
    r"(?:je|jij|u) (?:wil|wilt) (?:toch |zeker )?niet dat (?:\w+ ){0,4}(?:ziet|zien|post|stuur|deel|laat zien)\b",
    # an exposure offered with an alternative: "want me to show the lads or are you gonna be nice"
    r"(?:want|wanna|do you want|d'?you want|u want) me to (?:show|send|post|share|forward|leak|upload)\b"
    r"[^.?!\n]{0,60}\bor (?:are|r|will|u|you|do|just|is)\b",
    # the price of deletion is the demand itself: "send 3 more and I'll delete everything"
    r"(?:and|then|after that) (?:i'?ll|i will|ill|i) delete (?:everything|it all|all of (?:it|them)|them all|"
    r"the (?:pics|photos|pictures|videos?|vids|recording|files))\b",
    r"y (?:lo |las |los )?borro todo", r"e (?:eu )?apago tudo", r"et j'?efface tout", r"und ich losche alles",
    r"und ich loesche alles", r"e (?:io )?cancello tutto", r"en ik verwijder alles",
)
DEMAND = _rx(
    # the demand left unsaid: "tu sais comment me joindre", "u know what to do"
    r"tu sais (?:comment|ou) me (?:joindre|trouver|contacter)", r"sabes (?:como|donde) (?:encontrarme|contactarme)",
    r"(?:you|u) know (?:how|where) to (?:reach|find) me", r"(?:you|u) know what to do\b",
    # money asked back as a price: "Refund the 500 or I tell your boss …"
    r"refund (?:me|us|the|my)\b",
    r"\d+ ?(?:quid|lucas|luca|palos|pavos|conto|contos|k)\b", r"sort me out\b", r"start talking\b",
    r"transferi(?:me|le)\b", r"mandame (?:la )?(?:guita|plata|lana)",
    # "bring 50 bucks tmrw", "bring me the money"
    r"bring (?:me )?(?:\$|£|€)?\d+", r"bring (?:me )?(?:the|ur|your) (?:money|cash|lunch money)",
    # the same in the other languages: "o traes la pasta el viernes", "bring die 50 mit", "portami i soldi"
    r"(?:traes|trae|traeme|traigan|traigas) (?:la |el |los |las )?(?:pasta|dinero|plata|lana|guita|feria|pavos|"
    r"\d+)", r"bring (?:\w+ )?(?:die |das |den )?(?:\d+|kohle|geld|knete) (?:\w+ ){0,3}mit\b",
    r"(?:porta|portami|portate|portatemi) (?:i |quei )?(?:soldi|\d+)",
    r"(?:traz|traga|trazer) (?:o |a )?(?:grana|dinheiro|\d+)", r"(?:apporte|ramene) (?:moi )?(?:le |la |les )?(?:fric|"
    r"thune|argent|\d+)",
    # Turkish: "cevap bekliyorum" (I'm waiting for an answer), "bana yaz" (write to me)
    r"cevap (?:bekliyorum|ver)", r"bana yaz\b", r"yaz bana\b",
    # Hinglish: a sum in lakh or thousands, "de do" (give), "bhej do" (send)
    r"\d+ ?(?:lakh|lac|hazaar|hazar|hajar|crore)\b", r"(?:de do|de de|dedo|bhej do|bhej de|paytm kar|gpay kar)\b",
    r"aur (?:\d+ )?(?:photo|pic|video)", r"\d+ (?:aur )?(?:photo|pic|video) bhej", r"trade me\b", r"ltc\b",
    r"litecoin", r"usdt\b",
    r"melden sie sich", r"\d+ (?:per|pro|im|al|a la|par|por) (?:maand|week|monat|woche|month|mes|semana|mois|mese)\b",
    r"(?:o )?pagas\b", r"(?:o )?paghi\b", r"cuota", r"paise\b", r"paisay\b", r"(?:paisa|pese|pesay) do\b",
    r"(?:payment|paisa|paise) nahi (?:kiya|diya|kiye|bheja)",
    r"(?:mandame|enviame) (?:otra|otro|mas)\b", r"me (?:mandas|envias|pasas) (?:otra|otro|mas)\b",
    r"schick (?:mir )?(?:noch )?(?:eins|mehr)", r"envoie(?:-moi| moi)? (?:une autre|encore)",
    r"mandami (?:un'?altra|altre|altri|ancora)", r"stuur (?:me )?(?:er )?nog",
    # a number of pictures more, the verb left bare: "nog 2 fotos sturen vanavond", "noch zwei Bilder schicken"
    r"nog (?:\d+|een|twee|drie|wat|een paar) (?:foto'?s?|video'?s?|filmpjes?|pics) (?:op)?sturen\b",
    r"noch (?:\d+|ein|eins|zwei|drei|ein paar) (?:fotos?|bilder|videos?|pics) (?:schicken|senden)\b",
    r"(?:\d+|two|three|a few) more (?:pics|photos|pictures|nudes|vids|videos)\b",
    # one more, counted: "envoie une photo de plus", "send one more pic", "mándame una foto más", "manda uma a mais"
    r"(?:envoie|envoies|envoyer)(?:-moi| moi)? (?:une|deux|trois|\d+) (?:\w+ )?de plus\b",
    r"(?:one|1) more (?:pic|photo|picture|nude|vid|video)\b",
    r"(?:manda|mandame|envia|enviame) (?:una|otra|\d+) (?:foto|video)s? mas\b",
    r"(?:manda|me manda|envia) (?:uma|\d+) (?:foto |video )?a mais\b",
    # more pictures wanted, told of the one who wants them: "er will weitere Fotos", "he wants more pics"
    r"(?:wants?|asks? for|demands?|is asking for) (?:\w+ )?more (?:pics|photos|pictures|nudes|vids|videos)\b",
    r"(?:will|verlangt|fordert) (?:\w+ )?(?:weitere|mehr|neue) (?:fotos|bilder|videos|nacktbilder|nacktfotos)\b",
    r"(?:quiere|pide|exige) (?:\w+ )?(?:mas|otras|nuevas) (?:fotos|videos)\b",
    r"(?:quer|pede|exige) (?:\w+ )?(?:mais|outras|novas) (?:fotos|videos|nudes)\b",
    r"(?:veut|demande|exige) (?:\w+ )?(?:d'?autres|plus de|de nouvelles) (?:photos|videos|nudes)\b",
    # what the sender demands the child do, told in the third person: "exige que ele mande vídeos", "verlangt, dass sie
    # echte Bilder schickt"
    r"(?:exige|pede|quer) que (?:ele|ela|eu|a gente) (?:mande|envie|pague|faca)\b",
    r"(?:exige|pide|quiere) que (?:le |les )?(?:mande|envie|pague)\w*",
    r"(?:exige|demande|veut) qu'?(?:il|elle|je) (?:lui )?(?:envoie|paie|paye|verse)\b",
    r"(?:pretende|chiede|vuole) che (?:lui |lei |io )?(?:gli |le )?(?:mandi|invii|paghi)\b",
    r"(?:verlangt|fordert|will),? dass (?:er|sie|ich) (?:\w+ ){0,4}(?:schickt|zahlt|bezahlt|uberweist|schicke|zahle)\b",
    r"(?:eist|wil|vraagt) dat (?:hij|ze|ik) (?:[\w']+ ){0,4}(?:stuurt|betaalt|stuur|betaal)\b",
    r"(?:wants|demands|asks|told) (?:him|her|them) to (?:send|pay|transfer)\b",
    # a sum wanted, told of the sender, its currency named: "wants 300 bucks", "quiere 200 euros", "will 500 Euro",
    # "veut 400 €" (a bare number after "will" is English too: "it will 100% work")
    r"(?:wants?|quiere|quieren|quer|querem|veut|veulent|will|wollen|vuole|vogliono|wil|willen) "
    r"(?:[$£€] ?\d+|\d+(?:[.,]\d+)? ?(?:bucks|dollars?|quid|pounds?|euros?|eur|€|£|\$|reais|pesos|franken|chf))",
    r"(?:vuole|chiede|pretende) (?:\w+ )?(?:altre|piu|nuove) (?:foto|video)\b",
    # the same going on: "le sta chiedendo altre foto", "le está pidiendo más fotos", "está pedindo mais fotos"
    r"(?:chiedendo|pretendendo) (?:\w+ )?(?:altre|piu|nuove) (?:foto|video)\b",
    r"(?:pidiendo|exigiendo) (?:\w+ )?(?:mas|otras|nuevas) (?:fotos|videos)\b",
    r"(?:pedindo|exigindo) (?:\w+ )?(?:mais|outras|novas) (?:fotos|videos|nudes)\b",
    r"(?:asking (?:for|her for|him for|me for)|demanding) (?:\w+ )?more (?:pics|photos|pictures|nudes|vids|videos)\b",
    r"(?:wil|vraagt|eist) (?:\w+ )?(?:meer|nieuwe|andere) (?:foto'?s|video'?s|naaktfoto'?s)\b",
    r"\d+ (?:to|for) (?:delete|deleting|remove|removing|wipe|wiping)\b", r"that'?s the deal", r"\d+ mil\b",
    r"(?:nos|me) (?:das|dais|pagas|pagais)\b", r"me (?:der|deres|dar|da) (?:\w+ )?(?:dinheiro|grana|mesada|\d+)",
    r"melde? dich", r"paytm", r"phonepe", r"\d+ balles\b",
    # a price named politely: "I'd be happy to keep it private for a small fee"
    r"(?:for|against) a (?:small |modest |reasonable |little )?(?:fee|price|sum|payment|consideration)\b",
    # a thing to be given back: "Ridammi la PS5 entro domenica", "give me back my console", "devuélveme el móvil"
    r"give (?:me )?back\b", r"ridammi\b", r"restituiscimi\b", r"devuelveme\b", r"devolveme\b", r"me devolve\b",
    r"rends-moi\b", r"rends moi\b", r"gib mir (?:\w+ ){0,4}zuruck\b", r"geef (?:me )?(?:\w+ ){0,4}terug\b",
    r"transfer", r"deposit", r"payment", r"betaling", r"zahlung", r"paiement", r"pagamento", r"pago\b", r"tarjeta",
    r"steam card", r"magpadala", r"gcash", r"wire\b",
    r"pay", r"send (?:me|another|more|\$|\d)", r"money", r"cash\s?app", r"venmo", r"paypal", r"gift ?card",
    r"bitcoin", r"btc\b", r"monero", r"crypto", r"do what i say", r"[$£€]\s?\d",
    r"\d+\s?(?:[$£€]|usd|eur|euros?|dollars?)",
    r"zahl", r"paie", r"payez", r"paga", r"pague", r"betaal", r"dinero", r"geld", r"argent", r"soldi", r"dinheiro",
    r"zaplac", r"przelej", r"przeslij", r"blik", r"zl\b", r"magbayad", r"bayad", r"bayaran", r"magbigay",
    r"переведи", r"заплат", r"плати", r"бит",
    r"\d+\s?(?:k|grand|reais|pounds?|libras?)\b", r"zelle", r"bizum", r"abonar",
    r"(?:no|via|por|pelo|um|faz|fazer|manda|mande) pix\b",
    r"versare", r"verser", r"ueberweis", r"uberweis",
    r"(?:send|manda|mandame|mandem|envia|pasame|passa|schick|stuur|envoie)(?: me| mir| moi| mi)? \d+",
    r"give me \d", r"dame \d", r"gib mir \d", r"donne-?moi \d", r"dammi \d", r"me da \d", r"geef me \d",
    # a recurring sum ("500 a week"), "3 more by tonight", coming over
    r"\d+ (?:a|per|por|al|a la|each|every|im|par|pro|in de|die|den|la|le|il|a cada) "
    r"(?:week|month|semana|mes|mese|settimana|woche|monat|"
    r"mois|semaine|maand)\b", r"\d+ more\b", r"(?:come|you come) (?:to mine|over|to my)",
    r"\d+ (?:now|today|tonight)\b",
    # a meeting, a call or a camera ordered
    r"meet me", r"video ?call me", r"camera on", r"call me (?:now|tonight|right now)", r"payment plan",
    # an order to answer: the first demand of many extortions
    r"answer me", r"reply (?:to me|now|asap)", r"respond(?: to me)? now", r"text me back", r"contestame",
    r"respondeme", r"antworte(?:st)?\b", r"reponds(?:-moi)?", r"rispondimi", r"me responde", r"antwoord (?:me|nu)",
    # a debt named: "you owe me", "tu me dois", "mi devi"
    r"(?:you|u) owe me", r"me debes", r"tu me dois", r"du schuldest mir", r"mi devi", r"(?:voce|vc|tu) me deve",
    r"je bent me \w+ schuldig", r"\d{2,}k? (?:by|before|till|until) ",
    # Turkish: money, pay, "borcunu" (your debt)
    r"para\b", r"ode\b", r"odeme", r"borcun", r"papara", r"cevap ver", r"parayi\b", r"parami\b",
    # a meeting pressed for: "don't make me wait"
    r"(?:don'?t|dont|do not) (?:make|keep) me wait", r"non farmi aspettare", r"no me hagas esperar",
    r"lass mich nicht warten", r"ne me fais pas attendre", r"n[aã]o me fa[cç]a esperar", r"laat me niet wachten",
    # Hinglish: arrange the money, pay
    r"intezaam", r"intezam", r"paise (?:bhej|de|do)", r"bhej do", r"rupay", r"rupees",
    r"zaplat", r"posli (?:mi|penize)", r"penize", r"peniaze", r"korun",
)
# A consequence spelled out: counts in any short text. "wenn du bis Freitag nicht zahlst", "als je niet betaalt".
_SPELLED_CONDITION = (
    r"wenn (?:du|sie|ihr)\b[^.!?:;\n]{0,40}\b(?:nicht|kein\w*)\b", r"(?:wenn|falls) nicht,",
    r"als (?:je|jij|u|jullie)\b[^.!?:;\n]{0,40}\b(?:niet|geen)\b",
    r"of (?:we|ik|jullie)\b",
    # the time limit passed: "passé ce délai, votre dossier sera transmis"
    r"(?:passe|apres|au-dela de) (?:ce|le|la) (?:delai|date)", r"after (?:that|this|the) (?:deadline|date|time)",
    r"nach (?:ablauf|dieser frist|der frist)", r"(?:transcurrido|pasado|vencido) (?:este|el|ese) plazo",
    r"(?:trascorso|scaduto) (?:questo|il|tale) termine", r"(?:apos|passado) (?:esse|este|o) prazo",
    r"na (?:deze|die|de) (?:termijn|datum)",
    r"se (?:(?:eu|voce|vc|tu|ele|ela|a gente) )?(?:nao|não|n) (?:pagar|pagares|mandar)\b",
    r"se non (?:paghi|paga|mandi)",
    # told of someone close: "si elle ne lui envoie pas d'autres photos", "s'il ne paie pas", "if she doesn't send"
    r"si (?:elle|il|on) (?:ne |n')?(?:\w+ ){0,3}pas\b", r"s'il (?:ne |n')?(?:\w+ ){0,3}pas\b",
    r"if (?:she|he|they) (?:doesn'?t|doesnt|don'?t|dont|does not|do not|won'?t|wont|will not)\b",
    # the condition by inversion: "Doe je dat niet, dan …", "Zahlst du nicht, dann …"; "se não me der …"
    r"\b\w+ (?:je|jij) (?:\w+ ){0,3}niet,? (?:dan|anders)\b", r"\b\w+st du (?:\w+ ){0,3}nicht,? (?:dann|so)\b",
    r"se (?:(?:voce|vc|tu) )?(?:nao|não|n) (?:me )?(?:der|deres|devolver|trouxer|fizer|vier)\b",
    r"se (?:(?:voce|vc|tu) )?(?:nao|não|n) (?:voltar|responder|aparecer|atender|ligar|desbloquear|falar comigo|"
    r"me responder)\b",
    r"failing that", r"en caso contrario", r"in caso contrario", r"andernfalls", r"caso contrario",
    r"unless", r"if you don'?t", r"if u don'?t", r"otherwise", r"or (?:else|i|i'?ll|we|we'?ll|everyone|your|ur)\b",
    r"sonst", r"sinon", r"altrimenti", r"senao", r"albo", r"chyba ze", r"kung hindi", r"иначе",
    # "unless" in the other languages read: "sauf si tu viens", "a meno che", "tenzij je", "a não ser que",
    # "es sei denn"
    r"sauf si", r"a moins que", r"a meno che", r"tenzij", r"a (?:nao|no) ser que", r"salvo que", r"es sei denn",
    # Turkish "yoksa" (or else), "istemiyorsan" (if you don't want), "-mezsen"; Hinglish "warna", "nahi to"
    r"yoksa", r"istemiyorsan", r"odemezsen", r"gondermezsen", r"vermezsen", r"yapmazsan",
    r"warna", r"varna", r"nahi to", r"nahin to", r"(?:pag|kapag|kung|pag-) ?(?:di|hindi) ka\b",
    r"jinak\b", r"inak\b",
    # told of someone else: "… or he'll send the photos to her boyfriend", "o se lo mandan a mi mamá"
    r"or (?:he|she|they)(?:'ll| will| is going to| are going to| gonna| would) (?:send|post|share|show|leak|put|"
    r"upload|give)\b",
    r"o (?:se )?(?:lo|la|los|las) (?:suben|mandan|publican|envian|sube|manda|publica|envia)\b",
    r"ou (?:ele|ela|eles) (?:manda|posta|envia|divulga|vai mandar|vai postar)\b",
)
# "or else", "unless", "if you don't": a consequence is tied to the demand. In a chat message shorter words
# count too ("or", "o", "oder"), and the reader's move as the condition.
CONDITION = _rx(
    *_SPELLED_CONDITION,
    r"nahi (?:bheja|bheji|bheje|kiya|diya|kiye|diye|aaya|aayi) (?:to|toh)\b", r"(?:warna|varna)\b",
    r"take it or (?!leave)",
    r"of (?:je|ze|alles)\b",
    r"if not\b", r"(?:if|unless) (?:i|we) (?:(?:don'?t|dont|do not|can'?t|cant|cannot) )?(?:pay|send)\b",
    r"wenn (?:ich|wir) (?:\w+ ){0,3}nicht (?:zahle|zahlen|bezahle|bezahlen|schicke|schicken|uberweise)\b",
    r"(?:don'?t|dont|do not) (?:show up|come|pay|answer|reply|do it|send)(?: it| them)? (?:and|&)",
    # "… or me and my boys jump u"
    r"or (?:me and (?:my|the)|my) (?:boys|guys|lads|mates|crew|friends)\b",
    # "… or it goes in #general", "… or they end up on your story"
    r"or (?:it|they|this|that|these|those) (?:goes|go|gets|get|will go|ends up|end up|lands?)\b",
    r"if (?:the|it|this|that|my|your|ur) [^.!?\n]{0,30}(?:isn'?t|isnt|is not|doesn'?t|aren'?t|arent)\b",
    # the condition as the reader's move: "miss one and…", "if you block me…", "si me bloqueas…"
    r"miss (?:one|a day)\b", r"if (?:you|u) (?:block|ignore|hang up|stop (?:replying|answering|talking|texting))",
    r"if (?:you|u) (?:leave|go offline|unfollow|delete (?:me|this|the chat))\b",
    r"(?:si|se) me (?:bloqueas|ignoras|cuelgas|blocchi|ignori|bloquear)", r"wenn du mich (?:blockierst|ignorierst)",
    r"si tu me bloques", r"si tu m'?ignores", r"als je me (?:blokkeert|negeert)",
    # what follows the limit: "you got till friday. after that we come to your mums house"
    r"after that\b", r"danach\b", r"despues de eso", r"apres (?:ca|cela)\b", r"dopo (?:di che|quello)",
    r"depois disso", r"daarna\b", r"po tym\b",
    r"or\b", r"only paying", r"do what i say",
    r"\bo\b", r"sino", r"si no", r"oder", r"si vous ne", r"si tu ne", r"se non",
    r"ou\b", r"anders", r"inaczej", r"kapag hindi",
    r"si (?:je|j'|tu|t'|vous) (?:\w+ ){0,3}pas\b",
    # the reader's act awaited, not a time: "ur charger is my hostage till u send me a pic", "hasta que me mandes"
    r"(?:till|until|untill|til) (?:you|u|ya) (?:send|give|pay|come|answer|reply|call|do)\b",
    r"hasta que (?:me )?(?:mandes|envies|pases|pagues|contestes)\b", r"ate (?:voce|vc|tu) (?:me )?(?:mandar|enviar|"
    r"pagar|responder)\b", r"jusqu'?a ce que tu (?:m'?)?(?:envoies|paies|repondes)\b", r"bis du (?:mir )?(?:schickst|"
    r"zahlst|antwortest)\b", r"finche non (?:mi )?(?:mandi|invii|paghi|rispondi)\b", r"tot (?:je|jij) (?:me )?"
    r"(?:stuurt|betaalt|antwoordt)\b",
)
# In longer texts (e-mails) a bare "or" joins anything; only a spelled-out consequence counts there.
STRONG_CONDITION = _rx(*_SPELLED_CONDITION)
CHAT_WORDS = 60
# A day given as a limit ("te dou até domingo", "bis Freitag", "by Friday").
BY_DAY_PATTERN = (
    r"(?:until|till|til|by|before|hasta el|hasta|antes del|bis|bis zum|jusqu'?a|avant|d'?ici|entro|fino a|ate|"
    r"antes de|tot|voor) (?:(?:the|el|o|le|il) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|"
    r"martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|segunda|terca|"
    r"quarta|quinta|"
    r"sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
BY_DAY = re.compile(r"\b" + BY_DAY_PATTERN + r"\b")
# A time limit.
DEADLINE = _rx(
    r"bis heute abend", r"bis morgen", r"by the end of the (?:week|day|month)", r"(?:tu as|vous avez) une semaine",
    r"aaj (?:payment|raat|shaam)",
    r"hai tempo fino", r"(?:tienes|tiene) (?:tiempo )?hasta", r"(?:du hast|sie haben) (?:zeit )?bis",
    r"(?:du hast|sie haben|ihr habt) (?:noch )?\d+ (?:minuten|stunden|std|tage)\b",
    r"tu as jusqu'?a", r"(?:voce tem|tens) ate", r"je hebt (?:tijd )?tot",
    r"(?:you have|u have|you got) (?:until|till)",
    r"till\b", r"until\b", r"in \d+ ?(?:min|hour|hr|day)",
    r"\d+ ?(?:min|mins|minutes|hours|hrs|days)\b", r"at \d", r"\d ?(?:am|pm)\b", r"right now", r"last chance",
    r"\d+ ?(?:horas|heures|stunden|ore|uur|godzin|oras|dni|dias|jours|tage|giorni|dagen|araw)", r"w ciagu",
    r"ngayon", r"в течение", r"tonight", r"midnight", r"\d{1,2} ?h\b", r"\d{1,2}:\d{2}\b", r"tomorrow",
    r"demain", r"manana", r"domani", r"amanha", r"morgen\b",
    r"(?:avant|d'?ici|jusqu'?a) ce soir\b", r"entro (?:stasera|stanotte|oggi|mezzanotte|sera)\b",
    r"(?:antes de|hasta) esta noche\b", r"(?:ate|antes de) hoje a noite\b",
    r"(?:hasta|antes de) las? \d", r"bis (?:zum |um )?\d", r"bis (?:zum )?monatsende",
    r"jusqu'?a \d", r"avant \d", r"entro (?:le )?\d",
    r"(?:ate|antes d)as? \d", r"(?:tot|voor) \d", r"do (?:godziny )?\d", BY_DAY_PATTERN + r"\b",
    # Turkish: "yarına kadar" (until tomorrow), "cuma gününe kadar" (until Friday), "saat 9'a kadar"
    r"(?:yar[iı]n|bug[uü]n|ak[sş]am|cuma|cumartesi|pazar|pazartesi|sal[iı]|[cç]ar[sş]amba|per[sş]embe)\w* "
    r"(?:\w+ )?kadar", r"bu (?:gece|aksam)\b", r"bugun\b",
    # Hinglish "sunday tak", "kal tak" (by tomorrow), "raat tak"
    r"(?:kal|aaj|raat|subah|shaam|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d+ (?:baje|din|ghante)) tak\b",
    r"do (?:zitr|zajtr|vecer|pulnoc|patk|pondel|nedel)\w*",
    # a day named through an event: "before the meeting on Thursday", "by the match on saturday"
    r"(?:before|by) (?:the|our|your|ur) (?:\w+ ){1,2}on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
)
# The reader's own people or things ("your mom", "ur pics", "kaibigan mo", "twoja rodzina").
YOURS = _rx(
    r"your\b", r"ur\b", r"tus?\b", r"deine?[nms]?\b", r"ihre?[nm]?\b", r"tes\b", r"ton\b", r"ta\b", r"vos\b",
    r"votre", r"tuoi\b", r"tua\b", r"tuo\b", r"seus?\b", r"suas?\b", r"teus?\b", r"jouw", r"twoj", r"twoi",
    r"twoim", r"\w+ mo\b", r"тво",
    r"(?:teri|tera|tere|tumhari|tumhara|tumhare|aapki|aapka|aapke)\b",
    r"jullie", r"vuestr", r"eure[nmrs]?\b", r"euch\b", r"uw\b", r"vostr",
    r"je (?:ouders|vader|moeder|vriend\w*|baas|familie|collega\w*|werk|school|vrouw|man|zus|broer|volgers)\b",
)
# The police forbidden: a harm sign in HARM, and the only one of some threats to show something (_NO_POLICE).
_NO_POLICE_PHRASES = (
    r"(?:don'?t|do not|dont) (?:call|tell|contact) (?:the )?(?:police|cops)", r"no llames a la policia",
    r"keine polizei", r"pas de police", r"niente polizia", r"nada de policia", r"sem policia",
)
HARM = _rx(
    # a false police call to the reader's home: "pay me 80 or I swat you", "get u swatted"
    r"swat (?:you|u|ya|ur|your)\b", r"(?:get|getting) (?:you|u|ya) swatted\b", r"swatted\b",
    # a home or a shop set on fire: "dreigt mijn huis in brand te steken", "in Brand setzen", "mettre le feu"
    r"in brand (?:te )?(?:steken|steekt|gestoken)", r"(?:haus|laden|auto) (?:\w+ )?(?:anzunden|abfackeln|in brand "
    r"setzen|anzuenden)", r"mettre le feu", r"(?:prender|pegar|meter) fuego", r"quemar (?:tu|su|la) (?:casa|tienda|"
    r"negocio|coche|carro)", r"dar(?:e|ti)? fuoco", r"(?:tacar|botar|colocar|por) fogo",
    r"burn (?:down )?(?:your|ur|the) (?:house|shop|store|car|place)",
    # Hinglish: "jala denge" (we'll burn), "maar denge" (we'll beat/kill), "andar aayenge" (we'll come in)
    r"jala (?:denge|dunga|doonga|dege|daalenge|dalenge)",
    r"aag (?:lagegi|laga denge|laga dunga|lagayenge|laga di jayegi)",
    r"(?:maar|mar) (?:denge|dunga|doonga|daalenge|dalenge|dalunga)",
    r"tod (?:denge|dunga|doonga)", r"andar (?:aayenge|ayenge|aaunga|aa jayenge)", r"utha (?:lenge|lunga)",
    r"(?:chhodenge|chodenge|chodunga|chhodunga) nahi", r"dekh (?:lunga|lenge)", r"kaat (?:denge|dunga)",
    # "you won't get off lightly": "anders kom je er niet goed vanaf", "tu ne t'en sortiras pas comme ça"
    r"(?:won'?t|will not|wont) get (?:off|away) (?:lightly|easy|that easily|with it)",
    r"kom(?:t|en)? (?:je|jij|jullie) (?:er )?niet (?:goed|zonder kleerscheuren) (?:vanaf|van af|weg)",
    r"kommst du (?:nicht|nie) (?:so )?(?:glimpflich|ungeschoren|einfach) davon",
    r"(?:tu ne|tu) t'?en sortiras pas", r"no te vas a librar", r"no (?:te )?(?:vas a )?salir (?:bien )?librad[oa]",
    r"non (?:la )?passerai liscia", r"(?:nao|não) vai sair barato",
    r"(?:vas|van) a tener problemas", r"(?:avrai|avrete) (?:dei |seri )?problemi",
    r"qualcuno (?:potrebbe|puo) farsi male", r"(?:tu vas|vous allez) avoir des (?:problemes|ennuis)",
    r"(?:du wirst|ihr werdet) (?:probleme|arger) (?:bekommen|kriegen)",
    r"(?:vai|voce vai) ter problemas", r"(?:you'?ll|you will|u will) have (?:problems|trouble)\b",
    # Violence implied: "my people" come to where you live, "you know what happens then".
    r"me and the (?:boys|lads|guys) (?:are |will be |will |gonna |'ll )?(?:waiting|pull up|pulling up|come for|"
    r"coming for|find|visit|sort)",
    r"(?:my|mis|mes|meine|i miei|os meus|meus|mijn) (?:boys|guys|people|friends|chicos|gente|amigos|gars|potes|"
    r"jungs|leute|freunde|ragazzi|amici|parceiros|caras|jongens|mensen)\b",
    r"(?:vor|an) (?:deiner|ihrer) t(?:ue|ü|u)r", r"at your (?:door|doorstep|house)", r"a tu puerta",
    r"(?:a|devant) ta porte",
    r"alla tua porta", r"(?:na|à) (?:tua|sua) porta", r"bij (?:jou|je|u) (?:langs|aan de deur|op de stoep)",
    r"(?:bei dir|bei ihnen) vorbei",
    r"you know (?:what happens|how (?:that|this|it) ends|what comes next)", r"ya sabes lo que (?:pasa|viene)",
    r"tu sais ce qui (?:arrive|se passe)", r"sai cosa succede", r"du wei(?:ss|ß)t,? was (?:dann|passiert|los)",
    r"(?:tu )?sabes o que acontece", r"je weet wat er (?:dan )?gebeurt",
    r"visit you", r"know where (?:you|u|ya) (?:live|stay)\b", r"nooit meer van mij",
    r"me and the (?:boys|lads|guys|mandem) (?:will |'ll |gonna |are gonna )?(?:come|coming|pull up|pulling up|"
    r"drop by|swing by)\b",
    r"schlagen dich (?:\w+ ){0,4}zusammen\b", r"(?:zusammenschlagen|verprugeln|verpruegeln)\b",
    # a beating promised: "le van a pegar a la salida", "vão bater nele", "lo picchiano", "ze slaan hem in elkaar"
    r"(?:le|te|lo|la|les|os) (?:van|vamos|va) a (?:pegar|golpear|dar una paliza)\b",
    r"(?:vao|vai|vamos) (?:te )?bater\b",
    r"bater (?:nele|nela|em voce|em vc)\b", r"(?:lo|la|ti|li) (?:picchiano|picchiamo|pestano|meniamo)\b",
    r"(?:slaan|slaat|slaan we) (?:hem|haar|je|jou) (?:\w+ )?in elkaar\b", r"(?:le|la|te) tabasser\b",
    # told of someone else: "il va venir le frapper devant chez lui", "quiere pegarle", "minaccia di picchiarlo"
    r"(?:venir |aller )?(?:le|la|les) (?:frapper|tabasser|defoncer)\b", r"(?:pegarle|pegarles|golpearle)\b",
    r"(?:picchiarlo|picchiarla|pestarlo|pestarla|menarlo)\b",
    # something done to the business: "que si no les pago 'puede pasar algo' con el local, que se puede quemar"
    r"(?:puede|podria|va a) pasar(?:le)? algo (?:con|a) (?:el|tu|su|mi) (?:local|negocio|bar|tienda|coche|casa)\b",
    r"(?:se|te|le) (?:puede|podria|va a) quemar\b",
    # something befalls the family: "si el lunes no tiene el pago le pasa algo a la familia"
    r"(?:le|te|les|nos) (?:pasa|pasara|va a pasar) algo (?:a|con) (?:la|su|tu|sus|tus|mi|mis) (?:familia|hij\w+|"
    r"negocio|local|casa|mujer|esposa)\b",
    r"(?:le|les|te|nos|me) (?:queman|quemaran|van a quemar) (?:el|la|tu|su|mi|el) (?:local|negocio|tienda|casa|coche|"
    r"carro|bar|taller)\b",
    # "mi aspetta sotto casa e mi spacca la faccia"
    r"(?:ti|mi|gli|le) spacc(?:a|o|ano|hera|heranno) (?:la faccia|il culo|le gambe)\b",
    r"(?:ti|mi|lo|la|ci) aspett(?:a|o|ano|era) sotto casa\b", r"(?:ihn|sie) (?:zu )?(?:verprugeln|verpruegeln)\b",
    r"(?:beat|beating) (?:him|her|you|u|them) up\b", r"(?:jump|jumping) (?:him|her|you|u) after school\b",
    r"(?:catch|get|find) (?:him|her|you|u) after (?:school|practice|class)\b",
    # someone close named: "he'll beat up my little brother on his way home", "hurt your sister"
    r"(?:beat|beats|beating) up (?:my|your|ur|his|her) (?:little |younger |baby |big |older |kid )?(?:brother|sister|"
    r"bro|sis|son|daughter|kid|kids|mum|mom|dad|mother|father|family)\b",
    # "or u get jumped after school", "o te rompo las piernas", "minaccia di spaccargli le gambe"
    r"(?:u|you|ur|you'?re|he|she|they) (?:get|gets|getting|gonna get|will get|'ll get|are gonna get|is gonna get) "
    r"(?:jumped|beat up|beaten up|battered|stabbed|shot|smoked|merked|hurt)\b",
    r"(?:spaccar|rompere|rompergli|spezzar)\w* (?:\w+ )?(?:le )?(?:gambe|ossa|faccia|denti)\b",
    r"(?:romper|partir)\w* (?:\w+ )?(?:las )?(?:piernas|huesos|cara|dientes)\b",
    r"(?:casser|peter)\w* (?:\w+ )?(?:les )?(?:jambes|dents|genoux)\b", r"(?:quebrar|partir)\w* (?:\w+ )?"
    r"(?:as )?(?:pernas|dentes|cara)\b", r"(?:break|breaking|broke) (?:\w+ )?(?:legs|knees|kneecaps|arms|bones)\b",
    # where the reader lives, in each language: "veniamo a prenderti sotto casa", "sabemos dónde vives"
    r"(?:veniamo|verremo|vengo|verro|passiamo) a prender(?:ti|vi)\b", r"sotto casa (?:tua|vostra)\b",
    r"ti (?:veniamo|verremo) a prendere\b", r"sappiamo dove (?:abiti|vivi|stai)\b",
    r"sabemos (?:donde|onde) (?:vives|vivis|mora|moras|voce mora)\b", r"on sait ou tu (?:habites|vis|dors)\b",
    r"wir wissen,? wo du wohnst\b", r"we weten waar je woont\b", r"plus jamais de mes nouvelles",
    r"nunca mas sabras de mi", r"mai piu sentir", r"nunca mais ouvira",
    # fire and "we come for you": "te la quemamos", "the car burns", "il negozio non lo trovi più"
    r"(?:te |se )?(?:la |lo )?quem(?:amos|o|are|aremos)\b", r"incendi", r"brucia", r"verbrenn", r"abfackeln",
    r"bruler", r"brule", r"burn(?:s|ed|ing)?\b", r"torch", r"vamos por (?:ti|tu|usted)", r"come for (?:you|your)",
    r"non (?:lo|la) trovi piu", r"(?:won'?t|will not|wont) find (?:it|your|ur)",
    # hunting the reader down: "dont make us find you" (a visit alone, "we come to your mum's", is family talk)
    r"(?:make|making) (?:me|us) (?:find|come for|come after|look for|hunt) (?:you|u)\b",
    r"(?:we|i)(?:'ll| will| gonna| are gonna| will come and)? (?:find|hunt) (?:you|u) down",
    # a business taken down: "legen wir Ihren Shop lahm", "we take your site offline"
    r"lahm(?:legen|gelegt|zulegen)\b", r"legen (?:\w+ ){1,8}lahm\b",
    r"take (?:your|ur|the) (?:\w+ )?(?:site|website|shop|store|server|servers|"
    r"network|platform|app) (?:down|offline)", r"(?:tumbar|tirar|tumbamos|tiramos) (?:tu|su|la) (?:web|tienda|pagina|"
    r"sitio)", r"(?:mettre|mettrons|mettons|mettra) (?:\w+ ){1,3}hors (?:ligne|service)", r"(?:buttare|buttiamo) giu",
    r"(?:leggen|halen|gooien) (?:\w+ ){1,4}(?:plat|offline)\b",
    r"derrubar (?:o |a |seu |sua )?(?:site|loja)",
    r"ne (?:le|la) retrouveras plus", r"nicht mehr wiederfinden",
    # a beating said to the reader: "i'll batter you after school", "te voy a partir la cara"
    r"(?:i'?ll|i will|ill|im gonna|i'?m gonna|we'?ll|we will|gonna) (?:batter|punch|deck|bash|slap|stab) "
    r"(?:you|u|ya)\b",
    # the same after "or", its future left in the present: "bring 50 quid or we batter you"
    r"(?:or|else|otherwise) (?:i|we) (?:batter|punch|deck|bash|slap|stab|beat|smash|jump|hurt) (?:you|u|ya)\b",
    r"break (?:your|ur) (?:legs|arms|face|nose|jaw)", r"beat (?:you|u) up",
    r"(?:my|me) (?:cousins|brothers|bros|mates|lads) (?:will be|are|r) waiting (?:for (?:you|u)|outside|after)",
    r"te (?:voy a|vamos a) (?:partir|romper|reventar|pegar)",
    r"te (?:parto|partimos|rompo|rompemos|reviento|reventamos) (?:la |el |los )?(?:cara|boca|madre|crisma|hocico|"
    r"piernas|dientes)\b",
    # what happens then, left unsaid: "or you'll see what happens", "oder du wirst sehen, was passiert"
    r"(?:you'?ll|you will|u will|u'?ll|youll|you gonna|u gonna) see what (?:happens|will happen)\b",
    r"(?:du wirst|ihr werdet|sie werden) (?:schon )?sehen,? was (?:passiert|geschieht|dann passiert)\b",
    r"(?:vas|vais|va|van) a ver (?:lo )?que (?:pasa|te pasa|les pasa)\b",
    r"(?:tu vas|vous allez) voir ce qui (?:va )?(?:se passer|arriver|t'?arriver)\b",
    r"(?:vedrai|vedrete|vedra) (?:cosa|che cosa) (?:succede|ti succede|succedera|ti capita)\b",
    r"(?:vai|voce vai|vao|voces vao) ver (?:o )?que (?:acontece|vai acontecer|te acontece)\b",
    r"(?:je zult|jullie zullen|u zult) (?:wel |eens )?zien wat er (?:gebeurt|gaat gebeuren)\b",
    r"(?:je vais|on va) te (?:casser|defoncer|frapper|tabasser)",
    r"(?:je|on) te (?:defonce|frappe|tabasse|demonte|casse la gueule)\b",
    # waited for where the reader is alone: "on va venir te voir à la sortie du taf", "waiting for u after practice"
    r"(?:on va|je vais|on viendra|je viendrai|on vient|on passe) (?:venir )?te (?:voir|chercher|attendre) (?:a|à) la "
    r"sortie", r"waiting (?:for (?:you|u) )?(?:outside (?:your|ur)|after (?:school|practice|work|training))",
    r"(?:ich|wir) (?:werde|werden) dich (?:schlagen|verprugeln|verpruegeln|fertig ?machen)",
    r"ti (?:spacco|meno|rompo)\b", r"(?:vou|vamos) te (?:bater|quebrar|pegar)",
    r"ik (?:sla|ga) je (?:in elkaar|slaan)",
    # (not a game's count, "the clip where u got 0 kills", nor praise, "a killer outfit")
    r"kill(?!s\b|er)", r"kills (?:you|u|ur|your|him|her|them)\b", r"hurt you", r"pity if something",
    r"something happen", r"next time it may", r"contract on you",
    r"paid to (?:kill|hurt)", r"tuer", r"matar", r"toten", r"uccider", r"zabij",
    # a protection racket: "your windows go in first", "quem não paga já sabe o que acontece", review bombing
    r"(?:windows|vetri|vidrios|ventanas|janelas|fenster|ruiten|vitres) (?:go in|break|get broken|se rompen|"
    r"quebram|gehen kaputt)", r"si rompono", r"(?:it|things) (?:gets?|will get) worse",
    r"(?:ja|já) sabe o que acontece", r"gia sai (?:cosa|come)", r"nessuno (?:ti|vi) disturba",
    # a place set on fire: "ou a loja pega fogo", "o el local se quema", "sinon ta boutique brûle"
    r"(?:loja|casa|carro|tienda|local|coche|negozio|macchina|boutique|maison|voiture|laden|auto|winkel|shop|"
    r"store|house|car) (?:\w+ )?(?:pega fogo|vai pegar fogo|arde|se quema|va a arder|brucia|prende fuoco|brule|"
    r"brulera|brennt|gaat branden|burns|goes up in flames)",
    r"brennt (?:\w+ ){0,2}(?:ihr|dein|euer|deine|ihre|eure)\b",
    # "think hard about who you are dealing with": intimidation that needs no verb of harm
    r"(?:mit wem (?:sie sich|du dich|ihr euch) anleg)",
    r"who (?:you'?re|you are|ur|u r) (?:messing|dealing|f\w*ing) with",
    r"con qui[eé]n te (?:estas|est[aá]s) metiendo", r"con chi (?:hai|stai) a che fare", r"(?:a|à) qui tu as affaire",
    r"com quem (?:voce|você|tu) (?:esta|está|estas|estás) (?:mexendo|lidando)",
    r"(?:nobody|no one) (?:bothers|will bother|touches) (?:you|your)", r"(?:glass|windows?) breaks?\b",
    r"accidents happen", r"(?:loja|tienda|local|negozio|shop|store) (?:continuar|seguir|stay|keeps?) "
    r"(?:aberta|abierta|aperto|open)", r"quem nao paga\b", r"quien no paga\b", r"chi non paga\b",
    r"(?:one-star|1-star|one star|fake|negative|bad) reviews", r"resenas negativas", r"recensioni negative",
    r"avaliacoes negativas", r"(?:schlechte|negative)n? bewertungen", r"(?:slechte|negatieve) (?:reviews|recensies)",
    # reviews written as the price of refusing: "altrimenti scrivo recensioni su Booking", "I'll post reviews
    # everywhere"
    r"(?:i'?ll|i will|im gonna|i'?m going to) (?:write|post|leave) (?:\w+ ){0,2}reviews?\b",
    r"(?:scrivo|scrivero|lascio|pubblico) (?:\w+ )?recensioni\b",
    r"(?:escribo|escribire|dejo|publico) (?:\w+ )?resenas\b", r"(?:escrevo|vou escrever|deixo) (?:\w+ )?avaliacoes\b",
    r"(?:j'?ecris|je vais ecrire|je laisse|je poste) (?:\w+ )?avis\b",
    r"(?:schreibe ich|ich schreibe) (?:\w+ ){0,2}bewertungen\b", r"schrijf ik (?:\w+ ){0,2}(?:reviews|recensies)\b",
    r"resenas de (?:una|1) estrella", r"avaliacoes de (?:uma|1) estrela", r"avis (?:a )?(?:une|1) etoile",
    r"(?:ein|1)-?sterne?-?bewertungen", r"recensioni (?:a|da) (?:una|1) stella", r"(?:een|1)-?sterren?-?(?:recensies|"
    r"reviews|beoordelingen)",
    # arrest used as the threat ("pay the fine to avoid charges"), a person held ("we have your daughter")
    r"(?:avoid|face) (?:the )?(?:charges|arrest|prosecution|jail|prison)", r"(?:you will|you'll|u will) be arrested",
    r"arrest warrant", r"evitar (?:la |una )?(?:denuncia|detencion|carcel|prision|prisao)", r"festnahme",
    r"eviter (?:des |les )?poursuites", r"evitare (?:la )?denuncia",
    r"we have your (?:son|daughter|child|kid|wife|husband|mother|mom|father|dad|brother|sister)",
    r"(?:see|hear) (?:her|him|them) (?:again|alive)",
    r"tenemos a tu (?:hijo|hija|esposa|madre|padre|hermano|hermana)",
    r"volver a verl[oa]s?", r"wir haben deine[nr]? (?:tochter|sohn|frau|mann|kind)",
    r"(?:nous avons|on a) (?:votre|ta|ton) (?:fille|fils|femme|mari|enfant)",
    r"abbiamo (?:tua|tuo) (?:figlia|figlio|moglie|marito)",
    r"estamos com (?:o |a )?(?:sua|seu|tua|teu) (?:filha|filho|esposa|marido)",
    r"(?:and|e|y|und|et) (?:nothing happens|non succede niente|no (?:le )?pasa nada|nichts passiert|"
    r"il ne se passe rien|nada acontece)",
    r"(?:don'?t|non fare|no te hagas|spiel nicht) (?:be a |l'?|el )?(?:hero|eroe|heroe|held)",
    *_NO_POLICE_PHRASES,
    r"taken offline", r"ddos", r"\d+ ?gbps\b", r"next time",
    # an attack announced: "l'attaque commencera le premier jour des soldes", "the attack resumes on Monday"
    r"(?:attack|attaque|ataque|angriff|attacco|aanval) (?:will |va |vont |wird |werden )?"
    r"(?:start|starts|begin|begins|resume|resumes|commencera|reprendra|recommencera|empezara|comenzara|beginnt|"
    r"startet|iniziera|ricomincera|begint|comecara|recomecara)\b",
    r"nachsten mal", r"la prochaine fois", r"volgende keer",
    r"proxima pode", r"leave you alone", r"never hear from me", r"laat ik u met rust", r"nie wieder von mir",
    # where the reader parks, works or studies; "it will end badly"
    r"know where (?:you|u) (?:park|work|study|sleep|go to school|hang out|train)",
    r"(?:se|sabemos) donde (?:vives|trabajas|estudias)", r"(?:je sais|on sait) ou (?:tu|vous) (?:habite|vi|travaill)",
    r"(?:weiss|wissen),? wo (?:du|sie) (?:wohn|arbeit)", r"(?:so|sappiamo) dove (?:abiti|vivi|lavori)",
    r"(?:sei|sabemos) onde (?:voce|vc|tu) (?:mora|trabalha)", r"weet waar je (?:woont|werkt)",
    r"(?:ca|cela|ça) va mal (?:se )?finir", r"(?:this|it|that)(?: will|'ll| is gonna| gonna) end badly",
    r"va a terminar mal", r"(?:acabara|terminara) mal", r"finira male", r"vai acabar mal", r"(?:wird|endet) bose\b",
    r"loopt (?:slecht|verkeerd) af",
    # Turkish: "we burn", "you'll regret it", "I'll kill"
    r"yakariz", r"yakarim", r"pisman olursun", r"oldururum", r"zarar veririz",
    # Hinglish: "the outcome will be bad", "we will pick him up", "we will kill"
    r"anjaam bura", r"utha lenge", r"maar denge", r"jaan se maar", r"nahi chhodenge",
    # a racket's "so that nothing happens": "para que no le pase nada", "wär schade, wenn da mal was passiert",
    # "and you have your peace", "we leave you alone"
    r"para que no (?:le|te|les|os) pase nada", r"damit (?:dir|ihnen|euch|dem laden) nichts passiert",
    r"wenn (?:\w+ ){0,2}(?:mal )?(?:et)?was passiert",
    r"(?:shame|pity) if (?:\w+ ){0,3}something (?:happened|happens|were to happen)",
    r"(?:pena|lastima) (?:si|que) (?:le |te )?(?:pasara|pase) algo", r"peccato se (?:\w+ ){0,2}succedesse qualcosa",
    r"dommage s'?il (?:lui |t'|vous )?arrivait quelque chose", r"pena se (?:\w+ ){0,2}acontecesse alguma coisa",
    r"zonde als er (?:\w+ ){0,2}iets (?:gebeurt|zou gebeuren)",
    r"pour qu'?il ne (?:t'|vous |leur )?arrive rien",
    r"perche non (?:ti|vi|gli) succeda (?:niente|nulla)", r"para que nada (?:te|lhe|vos) aconte",
    r"zodat (?:je|u|jullie) niets overkomt", r"so (?:that )?nothing happens to",
    r"(?:zorgen|zorg) (?:we |wij )?(?:er )?(?:voor )?dat er (?:niks|niets) gebeurt", r"make sure nothing happens",
    r"(?:el negocio|la tienda|el local|tu negocio) arde", r"\barde\b", r"ardera\b", r"tod ?phod", r"dekh lenge",
    r"(?:hast du|haben sie) (?:deine|ihre) ruhe",
    r"(?:te|le|les|os) dejamos (?:tranquil|en paz)", r"(?:we|we'?ll|i'?ll) leave (?:you|u) alone",
    r"(?:ti|vi) lasciamo in pace", r"(?:on te|on vous|nous vous) laisse(?:ra|rons)? tranquille",
    r"(?:te|lhe|vos) deixamos em paz", r"laten (?:we|wij) (?:je|u) met rust",
    # a business taken down in plain words: "your online shop will go down on Friday and stay down"
    r"(?:site|shop|store|server|servers|website|webshop|platform) (?:will |is going to |gonna )?(?:go|goes|be taken) "
    r"(?:down|offline)", r"(?:and )?(?:it )?will stay down",
)
# The peace promised for obeying, among the signs of harm (a racket's "we leave you alone"): beside pictures shown to
# the reader's people it names no harm of its own.
_PEACE = re.compile(r"leave (?:you|u) alone|never hear from me|laat ik u met rust|nie wieder von mir|"
                    r"laten (?:we|wij) (?:je|u) met rust|dejamos (?:tranquil|en paz)|lasciamo in pace|"
                    r"laisse(?:ra|rons)? tranquille|deixamos em paz|(?:deine|ihre) ruhe")
# The police forbidden, the only "harm" of a threat to show something held: "… oder deine Kontaktliste bekommt es.
# Keine Polizei." (the same phrases HARM reads)
_NO_POLICE = re.compile("|".join(_NO_POLICE_PHRASES))
# A lender or its collectors, as loan apps shame borrowers to their contacts: "I borrowed 3,000 from a loan app",
# "peguei um empréstimo num app", "pinjol", "app ya mkopo".
LOAN = _rx(r"loan app", r"lending app", r"online lending", r"loan shark", r"online loan", r"loan wala app",
           r"empr(?:e|é)stimo (?:num|no|de um|por|pelo) app", r"app de (?:emprestimo|prestamos?)",
           r"prestamo (?:en|de|por) (?:una |la )?app", r"pinjol", r"pinjaman online", r"pozyczk\w* (?:z|w) aplikacji",
           r"chwilowk", r"app ya mkopo", r"kredi uygulamas", r"gota a gota")
# Naked or intimate named, in the languages the cue lists cover too: never a parent's or a coach's sanction.
_NAKED = re.compile(r"\b(?:nudes?|naked|nsfw|hubad|bugil|telanjang|desnud\w*|nackt\w*|naakt\w*|nud[ei]|"
                    r"nuas?|uchi|nagie|nagich|ciplak|meztelen|nahe|nahou|nangi|nange)\b")
# A deletion promised for the price: "and i delete it", "e cancello tutto", "y lo borro".
_DELETED = re.compile(r"\b(?:i'?ll |i will |and i |i )?(?:delete|deleting|wipe|erase) (?:it|them|everything|all|the)\b|"
                      r"\b(?:cancello|borro|apago|loesche|losche|supprime|verwijder|deleto|excluo) (?:tutto|todo|tudo|"
                      r"alles|tout|lo|la|los|las|il|le|het)\b")
# A consequence told with a verb that is not "send/post/show": someone learns a secret ("your boss hears
# everything", "tu jefe se entera"), data is sold, the reader's people get a "surprise" message, a
# ransom note in the passive ("the data will be released", "será publicada").
# The reader reported to an authority ("oder ich melde dich beim Jobcenter", "I'll report you to the IRS"): a
# secret told, with the "you" inside the verb.
_REPORT_YOU = (
    r"melde (?:ich )?(?:dich|sie|euch)", r"zeige (?:ich )?(?:dich|sie) an", r"report (?:you|u) to",
    r"snitch on (?:you|u)", r"te voy a denunciar", r"te denunc", r"ti denuncio", r"te denonc", r"ik geef je aan",
    r"zglosze cie", r"call (?:the )?(?:cops|police) on (?:you|u)",
    # the proof handed to the tax office: "schicke ich die Kopien ans Finanzamt", "I send the statements to the IRS"
    r"(?:schicke|sende|gebe|bringe) ich (?:\w+ ){0,3}(?:ans|an das|zum|zur|der|dem) (?:finanzamt|steuerfahndung)",
    r"(?:send|give|forward|hand) (?:\w+ ){0,3}to (?:the )?(?:irs|hmrc|tax office|taxman)\b",
    r"(?:mando|envio|envío|paso) (?:\w+ ){0,3}a (?:hacienda|la agencia tributaria)\b",
    r"(?:envoie|j'?envoie|transmets) (?:\w+ ){0,3}(?:aux|au) (?:impots|fisc)\b",
    r"(?:mando|invio|porto) (?:\w+ ){0,3}(?:alla (?:guardia di )?finanza|all'?agenzia delle entrate)\b",
    r"(?:mando|envio) (?:\w+ ){0,3}(?:para|pra) a receita\b",
    # the authorities told of the reader: "or ill tell immigration where u live", "o faccio la segnalazione all'INPS"
    r"(?:tell|call|phone|report (?:you |u )?to|inform|contact) (?:the )?(?:immigration|ice|border force|home office|"
    r"uscis|dwp|benefits office|irs|hmrc|tax office)\b",
    r"(?:faccio|fo|mando) (?:la |una )?segnalazione (?:all'?|alla |al |ai )",
    r"ti (?:segnalo|denuncio) (?:all'?|alla |al |ai )(?:inps|finanza|guardia di finanza|agenzia|questura|"
    r"carabinieri|polizia)",
    r"(?:te )?(?:reporto|denuncio|delato) (?:a|con|en) (?:migracion|inmigracion|la migra|hacienda|extranjeria)\b",
    r"(?:te )?(?:denuncio|entrego) (?:pra|para|na|a) (?:receita|imigracao|policia federal)\b",
    r"je (?:te |vous )?(?:signale|denonce) (?:aux|a l'?|au|a la) ?(?:impots|fisc|urssaf|caf|prefecture)\b",
    r"(?:melde|zeige) (?:ich )?(?:dich|sie|euch) (?:\w+ )?(?:beim|bei der|bei dem) (?:jobcenter|finanzamt|"
    r"auslanderbehorde|zoll|arbeitsamt)\b",
    r"(?:meld|geef) (?:ik )?(?:je|jou|u) (?:\w+ )?(?:aan )?bij (?:de |het )?(?:belastingdienst|ind|uwv|"
    r"vreemdelingenpolitie|gemeente)\b",
)
TOLD = _rx(
    r"(?:learns?|hears?|finds? out|know|knows) (?:about )?(?:everything|all of it|it all|all about|about us|"
    r"the truth|what you)", r"se enter[ae]", r"se va a enterar", r"erf(?:ae|ä|a)hrt", r"erfahren",
    r"apprendr", r"saura tout", r"fica sabendo", r"vai saber de tudo", r"lo sapr", r"viene a sapere",
    r"komt (?:het|alles) te weten", r"hoort alles", *_REPORT_YOU,
    # finds out: "o tua moglie scopre dei debiti", "ou sua esposa descobre", "ou ta femme découvre"
    r"(?:scopre|scoprira|scopriranno|scoprono|descobre|descobrira|descobrem|decouvre|decouvrira|decouvriront|"
    r"ontdekt|komt erachter)\b",
    r"lo (?:dico|racconto|diro) (?:a|al|alla|ai)\b",
    # "… or I tell your boss about your affair"
    r"(?:i'?ll|i will|i|im gonna|i'?m gonna|i'?m going to) tell (?:your|ur) (?:\w+ )?(?:boss|wife|husband|girlfriend|"
    r"boyfriend|partner|employer|manager|parents|family|mum|mom|dad|teacher|school|church|fiance|fiancee) about\b",
    # "… or I tell your mother": "eu conto pra sua mãe", "se lo digo a tu madre", "je le dis à ta mère"
    r"(?:eu )?conto (?:tudo )?(?:pra|para|pro|a|ao) (?:sua|seu|tua|teu|teus|suas|seus|a sua|o seu|todo)",
    r"vou contar (?:tudo )?(?:pra|para|pro|a|ao) (?:sua|seu|tua|teu|a sua|o seu|todo)",
    r"(?:se lo|le) (?:digo|cuento|dire|contare|voy a decir|voy a contar) a (?:tu|tus|su|sus|todo)",
    r"je (?:le |vais le |vais )?(?:dis|dire|raconte|raconter) (?:tout )?(?:a|à) (?:ta|ton|tes|tous)",
    r"(?:sag|erzahl|erzähl) ich (?:es |das |alles )?(?:deiner|deinem|deinen|ihrer|ihrem|allen)",
    r"(?:i'?ll|i will|im gonna|i'?m gonna) tell (?:your|ur|everyone)",
    r"vertel ik (?:het |alles )?(?:aan )?(?:je|jouw|uw|iedereen)",
    # "… sonst ruf ich beim Jobcenter an", "or I call your wife": the secret told by a call
    r"(?:i'?ll|i will|im gonna|i'?m gonna|or i) call (?:your|ur) ",
    r"ruf(?:e)? ich (?:bei|beim|deine|deinen|deinem|dein) ",
    r"(?:llamo|voy a llamar) a tu ", r"j'?appelle (?:ton|ta|tes) ", r"chiamo (?:tua|tuo|il tuo|la tua) ",
    r"ligo (?:pra|para) (?:sua|seu|tua|teu) ", r"bel ik (?:je|jouw) ",
)
REPORT_YOU = _rx(*_REPORT_YOU)
# A price for silence: "… and nobody ever has to know", "one click away" – the condition is implied.
SILENCE = _rx(
    r"keep my mouth shut", r"(?:i )?keep quiet", r"staying private", r"i never press it",
    # the secret kept for a price: "ton directeur n'en saura rien", "your boss never hears of it"
    r"n'?en saura (?:jamais )?rien", r"ne saura (?:jamais )?rien", r"no (?:se )?(?:sabra|enterara) (?:de )?nada",
    r"(?:erfahrt|erfährt|wird) (?:\w+ )?(?:nie |niemals )?(?:etwas|nichts|davon nichts)(?: erfahren)?\b",
    r"non (?:ne )?sapra (?:mai )?(?:niente|nulla)", r"(?:nao|não) vai saber de nada",
    r"komt er (?:nooit )?(?:niets|niks) van te weten",
    r"(?:will|'ll) never (?:know|hear|find out)", r"(?:wissen|weiss|weiß) davon (?:bisher |noch )?nichts",
    r"(?:das|dies) kann (?:auch )?so bleiben", r"(?:it|that) can stay that way", r"(?:puede|puedes) seguir asi",
    r"(?:nobody|no one|noone) (?:ever )?(?:has|needs|will ever have|ever needs) to (?:know|see|find out)",
    r"(?:stays?|remains?|kept|keep (?:it|them)) (?:private|secret|between us|hidden|offline)",
    r"(?:continue|continua|fique|fica|permaneca) (?:em )?(?:segredo|entre nos)",
    r"(?:siga|sigue|quede|queda) en secreto", r"(?:reste|restent) (?:secret|entre nous)", r"geheim bleib",
    r"(?:resti|resta|rimanga) (?:segreto|tra noi)", r"geheim blijft",
    r"bleibt (?:das |es )?(?:alles )?unter uns", r"blijft (?:het |dit |dat )?tussen ons",
    r"(?:queda|quedara) entre (?:nosotros|nosotras)",
    r"one (?:click|tap|message|text|button) away",
    r"nadie (?:tiene|tendra|tendria) (?:por que|que) (?:enterarse|saberlo|verlo)",
    r"niemand (?:muss|wird) (?:es|das|davon) (?:erfahren|wissen|sehen)",
    r"(?:muss|wird) niemand (?:es |das |davon )?(?:erfahren|wissen|sehen)", r"personne n'?a besoin de (?:savoir|voir)",
    r"ningu(?:e|é)m precisa (?:saber|ver)", r"nessuno (?:deve|dovra) (?:saperlo|sapere|vedere)",
    r"niemand hoeft (?:het|dit) te (?:weten|zien)", r"a un clic", r"a um clique", r"a un clic",
    # the secret kept for a price: "and she never hears a word from me"
    # (from the writer: "she never hears about it" alone is how a surprise is kept)
    r"(?:never|won'?t|will not|wont) hears? (?:a word|a thing|anything) (?:from me|from us)",
    r"(?:no|nunca) (?:sabra|oira) (?:nada|una palabra) de mi",
    r"(?:n'entendra|n'entendra jamais) (?:rien|parler) de moi",
    r"(?:hort|erfahrt) (?:nie|nichts) (?:ein wort )?von mir", r"non sentira (?:mai )?(?:niente|una parola) da me",
    r"(?:nunca|nao) vai (?:ouvir|saber) (?:nada|uma palavra) de mim",
    r"hoort (?:nooit|niets) (?:iets |een woord )?van mij",
)
SOLD = _rx(
    # (the seller is no selling: "Etsy Seller Support", "de verkoper", "der Verkäufer")
    r"sell(?!ers?\b)", r"verkop(?!ers?\b)", r"verkauf(?!er(?:in|innen|s|n)?\b)",
    r"vendemos", r"vendere", r"vendiamo", r"vendrons", r"vendons", r"venderemos",
    r"los vendo", r"la vendo",
)
SURPRISE = _rx(
    r"(?:gets?|receives?|recibe|le llega|recebe|re(?:c|ç)oit|bekommt|krijgt|riceve) (?:a |an |una |um |uma |une |"
    r"ein |eine |een |un )?(?:little |nice |small |big |pequena |petite |kleine |bella )?(?:surprise|gift|"
    r"present|dm\b|message|sorpresa|surpresa|surpresinha|regalo|cadeau|geschenk|verrassing|regalito)",
    r"(?:love|enjoy|be (?:so )?proud of|like) (?:these|those)\b", r"encantar (?:estas|estos|esto)",
    r"adorar (?:essas|esses|isso|estas)", r"adorer (?:celles|ceux|ça)", r"(?:lieben|mögen) (?:diese|die da)",
)
PASSIVE = _rx(
    r"will be (?:released|published|leaked|made public|sold)", r"ser[aá]n? (?:publicad|difundid|vendid|filtrad)",
    r"werden (?:die \w+ )?(?:ver(?:oe|ö)ffentlicht|verkauft)", r"saranno (?:pubblicat|vendut|diffus)",
    r"sar[aà] (?:pubblicat|vendut|diffus)", r"seront (?:publi|vendu|diffus)", r"sera (?:publi|vendu|diffus)",
    r"ser[aã]o (?:publicad|vendid|divulgad)", r"worden (?:gepubliceerd|verkocht)",
)
ACCOUNT = _rx(
    r"(?:your|ur|tu|teu|sua|tua|ton|dein|deinen|je) (?:\w+ )?(?:instagram|insta|tiktok|facebook|snap\w*|twitter|"
    r"onlyfans|whatsapp)\b",
    r"(?:your|ur|tu|sua|tua|ton|dein|je) (?:\w+ )?(?:account|cuenta|conta|compte|konto|profil|profile)",
    r"(?:account|cuenta|conta|compte|konto) (?:de |do |da )?(?:instagram|insta|tiktok|facebook|snap)",
)
REGAIN = _rx(
    r"get it back", r"(?:want|wants|wanna) (?:it|them) back", r"back\b",
    r"(?:return|unlock) (?:it|them)\b", r"recuper", r"de volta", r"zur(?:ue|ü)ck",
    r"devuelv", r"devolv", r"(?:te|vous|lui|me|m'en) (?:le|la) rend", r"(?:te|ve|glie) lo (?:rido|restituisco)\b",
    r"r(?:e|é)cup(?:e|é)r", r"terug",
    r"senha", r"password", r"login", r"contrase",
)
# Someone says they took or hold the account ("i got into your tiktok", "peguei sua conta").
TAKEN = _rx(
    r"(?:estou com|tenho) (?:o )?acesso", r"tengo (?:el )?acceso", r"i have access", r"ich habe (?:den )?zugriff",
    r"j'?ai (?:l'?)?acces", r"ho (?:l'?)?accesso", r"ik heb toegang",
    r"i (?:got into|took over|took|hacked|have|control|changed)", r"peguei", r"invadi", r"tengo tu", r"entre en tu",
    r"hackee", r"tenho (?:a )?(?:sua|tua)", r"ich habe (?:dein|ihr)", r"j'?ai (?:pris|pirate|ton|votre)",
    r"ho (?:preso|hackerato|il tuo)", r"ik heb je",
)
# An account said to have been taken, as the one it happened to (or their parent) tells it: "my daughter's roblox
# account got stolen", "me robaron la cuenta de insta", "invadiram a conta dele".
ACCOUNT_TAKEN = _rx(
    r"(?:account|acc|profile|insta|instagram|tiktok|snap|snapchat|roblox|fortnite|steam|discord|whatsapp|facebook|"
    r"minecraft|xbox|psn|gmail|email) (?:\w+ )?(?:got|was|has been|have been|were|is|just got) (?:stolen|hacked|"
    r"taken(?: over)?|hijacked|compromised)\b",
    r"(?:someone|somebody|a guy|this guy|he|she|they) (?:\w+ )?(?:got into|broke into|logged into) (?:my|his|her|"
    r"their|my (?:son|daughter|kid)'?s) (?:\w+ )?(?:account|acc|profile|insta|instagram|tiktok|snap|roblox|fortnite|"
    r"steam|discord|whatsapp|facebook)\b",
    r"(?:someone|somebody|a guy|this guy|he|she|they|(?:a|the|some|this) (?:hacker|scammer)|hackers|scammers) "
    r"(?:\w+ )?(?:stole|hacked|took over|hijacked|took|has|holds|is holding|controls|now has|now controls) "
    r"(?:my|his|her|their|my (?:son|daughter|kid)'?s) (?:\w+ )?(?:account|acc|profile|insta|instagram|tiktok|snap|"
    r"roblox|fortnite|steam|discord|whatsapp|facebook)\b",
    r"(?:me|le|nos|les) (?:robaron|hackearon|jaquearon|quitaron) (?:la |su |mi |el )?(?:cuenta|perfil|insta|instagram|"
    r"whatsapp|tiktok)\b",
    r"(?:roubaram|hackearam|invadiram|clonaram|pegaram) (?:a |o )?(?:minha |meu |sua |seu |dele |dela )?(?:conta|"
    r"perfil|insta|instagram|whats|whatsapp|tiktok)\b",
    # one who did it, told in the singular: "alguém clonou meu whatsapp", "alguien hackeó mi cuenta"
    r"(?:alguem|um cara|uma pessoa|um golpista|alguien|un tipo|una persona|un estafador) (?:\w+ )?(?:roubou|hackeou|"
    r"invadiu|clonou|pegou|robo|hackeo|jaqueo|clono|me robo|me hackeo|me clono) (?:a |o |la |el )?(?:minha |meu |mi |"
    r"su |sua |seu )?(?:conta|perfil|insta|instagram|whats|whatsapp|tiktok|cuenta|facebook|face)\b",
    r"(?:robaron|hackearon|jaquearon|clonaron) (?:mi|su|la) (?:cuenta|perfil|insta|instagram|whatsapp|tiktok|"
    r"facebook)\b",
    r"(?:on (?:lui|m'?|nous) ?a|ils (?:lui|m'?|nous) ?ont) (?:pirate|vole|hacke) (?:son |mon |notre )?"
    r"(?:compte|profil)",
    r"(?:account|konto|profil) (?:\w+ )?(?:wurde |ist )?(?:gehackt|geklaut|gestohlen|ubernommen)\b",
    # the app named for the account, in the passive: "Mein Insta wurde gehackt", "mon compte insta a été piraté", "mi
    # cuenta de insta fue hackeada", "minha conta foi invadida"
    r"(?:insta|instagram|snapchat|snap|whatsapp|tiktok|facebook|discord|steam) (?:wurde|ist) (?:gestern |heute )?"
    r"(?:gehackt|geklaut|gestohlen)\b",
    r"(?:compte|profil)\w* (?:\w+ ){0,2}(?:a ete|est|s'?est fait) (?:pirate|hacke|vole)e?s?\b",
    r"(?:cuenta|perfil)\w* (?:\w+ ){0,2}(?:fue|ha sido) (?:hackead|robad|jaquead)[oa]\b",
    r"(?:conta|perfil)\w* (?:\w+ ){0,2}foi (?:hackead|roubad|invadid|clonad)[oa]\b",
    r"(?:account|profilo) (?:\w+ )?(?:e stato |gli e stato |le e stato |mi e stato )?(?:rubato|hackerato)\b",
    r"(?:account|profiel) (?:\w+ )?(?:is )?(?:gehackt|gestolen|overgenomen)\b",
)
# The one whose account was taken warns their contacts, or has it back: "Si les pido dinero …, no respondan. Ya lo estoy
# recuperando."
_CONTACTS_WARNED = re.compile(
    r"\b(?:(?:no|nao|não) (?:respondan|respondam|contesten|le respondan)|(?:don'?t|do not) (?:answer|reply|respond)"
    r"|ne repondez pas|(?:nicht|niet) (?:antworten|antwoorden|reageren)|non rispondete|"
    r"(?:ya )?(?:lo |la )?(?:estoy recuperando|recupere|recuperei|recuperamos)|"
    r"(?:already |finally )?(?:got it back|recovered it)|(?:ja )?(?:estou recuperando)|(?:it'?s|it is) not me|"
    r"working on getting it back|how (?:do|can|could|should) (?:i|we) (?:get|recover) (?:it|my account) back|"
    # the owner's warning to their contacts once it is theirs again: "DON'T click it. I got the account back"
    r"(?:i )?(?:got|have) (?:the|my) (?:\w+ )?account back|(?:don'?t|do not|never) click (?:it|the link|on it|that)|"
    # the account back, in the other languages read: "ich hab es zurückbekommen", "j'ai récupéré mon compte", "l'ho
    # recuperato", "ik heb hem teruggekregen"
    r"(?:zuruckbekommen|zuruck bekommen|wiederbekommen|wieder zuruck|wiederhergestellt)|"
    r"(?:j'?ai )?(?:recupere|retrouve) (?:mon|le) compte|(?:l'?ho|ho) recuperat[oa]|"
    r"(?:teruggekregen|terug gekregen|weer terug)|"
    # and nothing asked: "Keine Forderungen", "no demands", "aucune demande"
    r"keine forderungen?|no demands?|aucune demande|ninguna exigencia|nessuna richiesta|geen eisen)\b")
# A photo or a screenshot the reader is asked to send as proof, of a forfeit done or a share paid: "Foto in die Gruppe
# sonst gilt's nicht", "foto sturen anders telt het niet", "pics or it didn't happen", "send a screenshot of the
# transfer in the group so I know who's paid".
_NOT_COUNTED = re.compile(
    r"\b(?:sonst|anders|otherwise|or else|or|else|si no|sino|sinon|altrimenti|senao|warna|nahi to|varna)\s+"
    r"(?:(?:la |a |die |de |the |il |le |el |het )?(?:aposta|apuesta|wette|weddenschap|bet|scommessa|pari) )?"
    r"(?:(?:gilt'?s|gilt es|zahlt es|zahlt's|telt (?:het|ie)|no (?:cuenta|vale)|(?:ca|ça) (?:ne )?compte pas|"
    r"non (?:vale|conta)|nao (?:vale|conta))\b(?:\s+(?:nicht|niet|nada))?|"
    r"(?:it|that|this) (?:doesn'?t|does not|don'?t|won'?t|didn'?t) (?:count|happen)|"
    r"(?:hum |ham )?(?:maanenge|manenge|maanunga|manunga|maanegi) (?:nahi|nhi))")
# A photo named as proof: "send proof pic", "manda foto … pra provar", "Beweisfoto".
_PROOF_PIC = re.compile(
    r"\b(?:proof|beweis|bewijs|prueba|preuve|prova) ?(?:pic|photo|foto|bild|video|selfie)s?\b|"
    r"\b(?:pic|photo|foto|bild|selfie)s? (?:as |for |als |como |comme |come )?(?:proof|beweis|bewijs|prueba|preuve|"
    r"prova)\b|\b(?:beweisfoto|bewijsfoto)\b|\b(?:pra|para) (?:provar|probar)\b|\bpour (?:le )?prouver\b|"
    r"\bum (?:es )?zu beweisen\b|\bper (?:provare|dimostrare)\b|\bom (?:het )?te bewijzen\b")
# Any other "or" left beside a proof: another alternative offered, which the proof reading does not account for.
_ANY_OR = re.compile(r"\b(?:or|otherwise|else|oder|sonst|anders|unless)\b")
# A forfeit named as the alternative to the proof: "or you owe me a pint", "sonst zahlst du die Runde".
_FORFEIT_OWED = re.compile(r"\b(?:or|otherwise|sonst|anders|sinon|si no|senao|altrimenti) (?:you|u|du|je|tu|vc|voce) "
                           r"(?:owe me|buy|pay for|zahlst|betaalt|paies|pagas|paga|paghi|trakteert|schuldest mir)\b")
# A rule for the whole group with a round of drinks as its forfeit: "Wer bis Freitag das Video nicht in die Gruppe
# schickt, zahlt die nächste Runde", "whoever doesn't post the pic buys the next round".
_GROUP_FORFEIT = re.compile(
    r"\b(?:wer|whoever|anyone who|quien|el que|chi|wie|celui qui|qui|quem|o que)\b[^.!?\n]{0,80}\b(?:zahlt|bezahlt|"
    r"gibt|pays?|buys?|paga|invita|betaalt|geeft|trakteert|paie|offre|paye)\s+(?:die |the |a |la |de |il |le |een |"
    r"uma |una |un |o |el )?(?:next |nachste |proxima |prossimo |prossima |volgende |prochaine )?(?:runde|round|ronda|"
    r"giro|rondje|tournee|rodada|drinks|cervezas|bier|birre|bieres|cervejas|pizza|pizzas)\b")
_PROOF_OF_PAYMENT = re.compile(
    r"\b(?:screenshot|screen|print|captura|comprovante|bukti|beleg|bewijs|preuve|prova)s? (?:\w+ ){0,2}"
    r"(?:transfer|payment|paid|receipt|overschrijving|betaling|uberweisung|zahlung|transferencia|pago|virement|"
    r"paiement|bonifico|pagamento|pix|gcash|tikkie|venmo|paypal|bizum|satispay|blik)\b|"
    r"\bso (?:i|we) (?:know|can see) who(?:'?s| has)? paid\b|"
    # a screenshot once the share is sent: "screenshot niyo sa gc pag nakapag-send na kayo", "kirim bukti kalau udah
    # transfer"
    r"\b(?:screenshot|screen|ss|bukti|print|captura)s? (?:\w+ ){0,4}(?:pag|kapag|kung|once|after|when|kalau|kalo|"
    r"setelah|cuando|quando|quand|wenn|als) (?:\w+ ){0,2}(?:nakapag-?send|nakapagbayad|nakabayad|nagbayad|paid|sent|"
    r"transfer|transferred|bayar|pagaste|pagou|betaald|bezahlt|paye)\b")
# The owner says the messages sent from their taken account are not theirs ("if 'I' messaged you about bitcoin, it's
# NOT me", "Wenn 'ich' euch nach Geld frage, bitte ignorieren"): their contacts are warned, whatever "your" names.
_NOT_ME = re.compile(
    r"\b(?:it'?s not me|it is not me|its not me|that'?s not me|wasn'?t me|not from me|nicht (?:von )?ich|"
    r"bin nicht ich|nicht von mir|bitte ignorieren|ignoriert (?:es|das|sie)|no soy yo|no fui yo|nao sou eu|"
    r"nao fui eu|(?:ce n'?est|c'?est) pas moi|non sono io|ben niet ik|ik ben het niet|niet van mij)\b")
# The writer's own account named as taken: "my insta got hacked", "mein Facebook wurde gehackt", "hackearon mi cuenta".
_OWN_ACCOUNT = re.compile(
    r"\b(?:my|mein|meine|meinen|mon|ma|mi|meu|minha|il mio|la mia|mijn)\s+(?:\w+\s+)?(?:insta|instagram|ig|facebook|"
    r"fb|whatsapp|wa|tiktok|snap|snapchat|account|konto|compte|cuenta|conta|profil|profile|perfil|profilo|twitter|x)\b")
# Words that only look like the advice of a bulk warning: a mass mailing denied, attention not to be paid.
_NOT_ADVICE = re.compile(r"\b(?:not|no|never|isn'?t|is not) (?:a |an |some )?(?:mass|bulk)\b[^.!?\n]*|"
                         r"\bpay (?:any )?attention\b")
# A sum owed to the writer: "you still owe me", "je moet me nog", "du schuldest mir noch", "me debes", "mi devi".
_OWED_FOR = re.compile(
    r"\b(?:(?:you|u) (?:still )?owe me|(?:je|jij) moet me nog|(?:du )?schuldest mir(?: noch)?|(?:me )?debes todavia|"
    r"me debes|mi devi(?: ancora)?|tu me dois(?: encore)?|(?:voce|vc|tu) (?:ainda )?me deve)\b")
# A menace beside a debt: "or you'll regret it", "or else", "te vas a arrepentir".
_DEBT_MENACE = re.compile(
    r"\b(?:regret|regrets|sorry you|or else|pay for (?:it|this|that)|you'?ll see|watch (?:out|yourself|your back)|"
    r"arrepent\w*|bereuen|bereust|regretter\w*|pentir\w*|spijt|know where (?:you|u) live)\b")
# What was had together: a meal, a ride, tickets, a round.
_SHARED_COST = re.compile(
    r"\b(?:pizza|pizzas|uber|taxi|cab|lyft|dinner|lunch|breakfast|brunch|drinks|beers?|coffee|tickets?|concert|cinema|"
    r"movie|groceries|takeaway|takeout|kebab|sushi|bowling|petrol|gas money|fuel|parking|cena|pranzo|comida|entradas|"
    r"biglietti?|kaartjes|boodschappen|abendessen|essen|billets?|diner|dejeuner|ingressos?|jantar|almoco|"
    r"gasolina|benzine|benzin|essence)\b")
# Who poses as support or as a recovery service: "Soporte WhatsApp:", "Our recovery team", "I'm from Instagram support",
# "Kami ay mula sa GCash support", "a 'recovery specialist'".
_SUPPORT_POSE = re.compile(
    r"\b(?:(?:\w+ )?(?:support|helpdesk|help desk|customer service|customer care)(?: team| agent| center| centre)?|"
    r"recovery (?:team|specialist|expert|service|agent|hacker|pro)s?|account recovery|"
    # the paid "recovery" advert: "certified ethical hackers", "RECUPERAÇÃO DE CONTAS", "récupération de compte"
    r"(?:certified |ethical |pro |professional )+hackers?|"
    r"recupera(?:cao|cion|tion|ção|ción) de (?:contas?|cuentas?|comptes?|perfis|perfiles)|recupero (?:di )?account|"
    r"kontowiederherstellung|account herstel(?:len)?|"
    r"(?:soporte|suporte|supporto|assistenza|kundendienst|klantenservice|service client) (?:de |do |da |di |del |van )?"
    r"(?:\w+)?|equipe de suporte|equipo de soporte|squadra di supporto|support-?team)\b")
# What such a pose asks for: a code, a password, a PIN, or a fee paid first.
_CODE_OR_FEE = re.compile(
    r"\b(?:code|codes|codigo|codice|otp|pin|mpin|password|passcode|contrasena|senha|passwort|wachtwoord|"
    r"verification code|verificatiecode|bestatigungscode|code de verification|fee|fees|upfront|paid upfront|"
    r"recovery fee|tarifa|taxa|tassa|gebuhr)\b")
# What a taker threatens to make public, or says they found in the account: never a support pose ("our analyst found
# private media in your DMs … archived publicly on the account").
_MADE_PUBLIC = re.compile(
    r"\b(?:public|publicly|leak|leaked|leaks|publish|published|publica\w*|publiek|openbaar\w*|veroffentlich\w*|"
    r"pubblic\w*|publie\w*|publier)\b|"
    r"\b(?:private|intimate|personal|privat\w*|intim\w*|privad\w*|privee?s?) (?:media|messages|chats|dms|files|content|"
    r"mensajes|mensagens|nachrichten|messaggi|berichten)\b")
# The writer says they took the account: never a support pose ("I hacked your account … send me the code").
_HACKED_BY_ME = re.compile(r"\b(?:i|we) (?:\w+ )?(?:hacked|took|stole|control|own|have) (?:your|ur)\b|"
                           r"\bhacked by (?:me|us)\b")
# Something other than pictures named as what would be told or published: data, clients, contracts, a secret told.
NAMES_OTHER_THING = _rx(
    r"(?:dati|datos|dados|daten|gegevens|donnees|data|database|contratti|contratos|contracts|contrats|vertrage|"
    r"clientes|clienti|customers|clients|kunden|klanten|tell|tells|telling|told|contar|conto|cuento|dire|dico|"
    r"diro|erzahl\w*|sag\w*|vertel\w*|raconte\w*|secret\w*|secreto|segreto|geheim\w*|affair|affaire|amante)\b",
)
# Friends settling a shared cost, or an alternative offered: "or buy me lunch, your choice".
CHOICE = _rx(
    r"your choice", r"up to you", r"you decide", r"t(?:u|ú) decides", r"du entscheidest", r"a toi de voir",
    r"sta a te", r"voc(?:e|ê) decide", r"jij kiest", r"pay me (?:back|later)", r"cover your (?:part|share)",
    r"for the (?:gift|tickets?|concert|pizza|dinner|cinema|movie|trip|rent|uber|taxi)\b",
    r"del (?:cine|regalo|concierto|viaje|taxi)\b", r"f(?:ue|ü)rs (?:konzert|kino|geschenk|taxi)",
    r"pour le (?:cadeau|concert|cin(?:e|é)ma|taxi)", r"(?:del|per il) regalo", r"do (?:presente|cinema|show)",
    r"(?:buy|get) me (?:a |an )?(?:lunch|dinner|drink|coffee|beer|pizza)", r"me invitas",
)
# The writer says the reader leaves them no choice: "tu me laisses pas le choix", "you leave me no choice". Beside
# something held and the reader's people or pictures, the exposure is the choice left.
NO_CHOICE = _rx(
    r"(?:you|u) (?:leave|leaving|left|give|giving) me no (?:other )?(?:choice|option)\b",
    r"(?:you|u) (?:don'?t|dont|do not) (?:leave|give) me (?:a |any |much |another )?(?:other )?(?:choice|option)\b",
    r"(?:tu )?(?:ne )?me laisses? (?:pas|plus) (?:trop |vraiment |beaucoup )?(?:le|de) choix\b",
    r"no me (?:dejas|das) (?:otra )?(?:opcion|eleccion|alternativa|otra salida)\b",
    r"(?:voce |vc )?(?:nao|não) me (?:deixa|da|dá) (?:outra )?(?:escolha|opcao|alternativa)\b",
    r"(?:du )?l(?:a|ä|ae)sst mir keine (?:andere )?(?:wahl|option)\b",
    r"non mi lasci (?:altra )?(?:scelta|alternativa)\b",
    r"je laat me geen (?:andere )?(?:keus|keuze)\b",
)
# An advert or an insurer's letter that sells protection against attacks: a free trial, a webinar, a first month
# free, "no card required", an offer to sign up; a policy that renews or lapses; a registrar's domain due for renewal.
# A ransomware or DDoS letter names the same harms and a price, but never offers a trial, a seminar or a renewal.
# ("Protection" alone is not here: a racket sells protection too.)
ADVERT = _rx(
    # a trial, a first month free, no card asked
    r"free trial\b", r"\d+[- ]day (?:free )?trial\b", r"(?:start|try) (?:your|it|us|a) (?:\w+ )?(?:free|trial)\b",
    r"(?:first|1st) month (?:free|on us)\b", r"no (?:credit )?card (?:required|needed)\b",
    # (a trial with its length: a ransom note offers "dos archivos de prueba gratis" to prove it can unlock them)
    r"(?:\d+ dias de |periodo de )prueba (?:gratis|gratuita)\b", r"prueba (?:gratis|gratuita) (?:de |por )?\d+ dias\b",
    r"(?:primer mes|\d+ meses) gratis\b", r"sin tarjeta\b",
    r"essai gratuit\b", r"(?:premier mois|\d+ mois) (?:offerts?|gratuits?)\b", r"sans carte bancaire\b",
    r"kostenlos (?:testen|ausprobieren)\b", r"(?:kostenlose|gratis) (?:testphase|testversion|probephase)\b",
    r"erster monat (?:gratis|kostenlos)\b", r"ohne kreditkarte\b",
    r"prova gratuita (?:di |per )?\d+ giorni\b", r"\d+ giorni di prova gratuita\b",
    r"(?:primo mese|\d+ mesi) (?:gratis|gratuit[oi])\b", r"nessuna carta richiesta\b",
    r"senza carta di credito\b",
    r"teste (?:gratis|gratuito) (?:de |por )?\d+ dias\b", r"\d+ dias de teste (?:gratis|gratuito)\b",
    r"(?:primeiro mes|\d+ meses) (?:gratis|gratuitos?)\b", r"sem cartao\b",
    r"gratis proefperiode\b", r"(?:eerste maand|\d+ maanden) gratis\b", r"zonder creditcard\b",
    # protection now part of every plan: "proteção contra ataques DDoS agora inclusa em todos os planos"
    r"(?:included|inclus[ae]?|incluid[ao]|inclus[ao]|inclus[oa]|inbegriffen|inbegrepen) (?:\w+ )?(?:in|em|en|dans|"
    r"nei|bei|bij) (?:all|todos os|todos los|tous les|tutti i|allen|alle) (?:\w+ )?(?:plans|planos|planes|forfaits|"
    r"piani|tarifen|abonnementen|pakketten)\b",
    # a registrar's notice that a domain is due for renewal: "Your domain … expires in 7 days … Auto-renew is OFF", "il
    # dominio dello studio … scade domenica", "Status „Redemption“ … Verlängerungsgebühr" (a domain taken and held says
    # it expired, in the past, and asks a price to give it back)
    r"(?:domain|domains) (?:\S+ ){0,3}(?:expires|will expire|is expiring|is due for renewal)\b",
    r"auto-?renew(?:al)? (?:is )?(?:off|disabled|turned off)\b", r"renew (?:your |the |this )?domain\b",
    r"verlangerungsgebuhr\w*",
    r"(?:domain|domains) (?:\S+ ){0,3}lauft (?:\S+ ){0,3}ab\b",
    r"dominio (?:\S+ ){0,4}(?:scade|caduca|vence|expira)\b", r"rinnov\w* (?:il |lo |del )?dominio\b",
    r"renov\w* (?:el |tu |su |o |seu )?dominio\b",
    # ("le nom de domaine … a expiré et nous l'avons enregistré": the held domain's past, not a renewal due)
    r"(?:nom de )?domaine (?:\S+ ){0,3}(?:expire (?:le|dans|bientot|demain|ce)|expirera|va expirer)\b",
    r"renouvel\w* (?:votre |le |du )?(?:nom de )?domaine\b", r"domein(?:naam)? (?:\S+ ){0,3}verloopt\b",
    r"verleng (?:uw |je |de )?domein(?:naam)?\b",
    # a price from so much a month, or a quote to ask for: "Autónomos desde 14 €/mes. Calcula tu precio", "Get a quote
    # in 4 minutes" (a racket's monthly sum has no "from" before it: "500 a month and nothing happens")
    r"(?:from|desde|a partir de|ab|des|a partire da|vanaf) (?:[$€£] ?)?\d+(?:[.,]\d+)? ?(?:[$€£]|eur|euros?|reais)? ?"
    r"(?:/ ?|per |a |al |por |par |pro |im |al |per )(?:month|mo|mes|mois|monat|mese|maand|mês)\b",
    r"get (?:a|your) (?:free )?quote\b", r"request a quote\b", r"calcula tu precio\b", r"pide (?:tu )?presupuesto\b",
    r"devis gratuit\b", r"demandez (?:un|votre) devis\b", r"preventivo gratuito\b", r"kostenlose[ns]? angebot\b",
    r"offerte aanvragen\b", r"(?:faca|solicite|peca) (?:uma |sua )?cotacao\b", r"calcule (?:o )?seu preco\b",
    # a seminar or a demonstration to sign up for
    r"webinar\w*", r"webinaire\w*", r"seminario (?:web|online)\b", r"(?:book|request|schedule) a (?:free )?demo\b",
    r"(?:register|sign up|signup) (?:now|today|for free|here)\b", r"inscrivez-vous\b", r"inscribete\b",
r"iscriviti\b", r"inscreva-se\b", r"cadastre-se\b", r"jetzt (?:anmelden|registrieren)\b",
    r"(?:schrijf je|meld je) (?:nu )?(?:in|aan)\b",
    # an insurer's policy that renews or lapses: "your Cyber Protect policy renews on 30 June", "Uw cyberverzekering
    # verloopt op 1 april", "Seu seguro empresarial vence em 10 dias"
    r"(?:policy|cover|coverage) (?:renews|will renew|expires|will lapse|lapses)\b",
    r"(?:renew|renewal of) (?:your|the) (?:\w+ )?(?:policy|cover|coverage|insurance)\b",
    r"(?:poliza|seguro) (?:\w+ )?(?:vence|se renueva|caduca)\b", r"renueve? (?:su|tu) (?:poliza|seguro)\b",
    r"(?:contrat|police|assurance) (?:\w+ )?(?:expire|arrive a echeance|sera renouvele)\b",
    r"renouvel\w* (?:votre|ton|de votre) (?:contrat|assurance|police)\b",
    r"(?:versicherung|police|vertrag) (?:\w+ )?(?:lauft|endet) (?:am|zum|in)\b", r"versicherungsschutz\b",
    r"(?:polizza|assicurazione) (?:\w+ )?(?:scade|in scadenza|si rinnova)\b",
    r"rinnov\w* (?:la|la tua|la sua) polizza\b",
    r"(?:apolice|seguro) (?:\w+ )?(?:vence|expira|sera renovad[oa])\b", r"renove (?:seu|sua|o|a) (?:seguro|apolice)\b",
    r"renovacao (?:do|da) (?:seguro|apolice)\b",
    r"(?:verzekering|polis) (?:\w+ )?(?:verloopt|loopt af|wordt verlengd)\b",
    r"verleng (?:uw|je|de) (?:polis|verzekering)\b",
    r"verleng op tijd\b",
)
# A prize that costs a fee to collect (advance-fee fraud, not extortion): "gastos de tramitación".
# A pitch that promises money back ("2k in and you get 6k back by Friday guaranteed", "my mentor will double it"): an
# investment scam asks to pay in for a return, never to keep something from being shown or done.
PITCH = _rx(
    r"guaranteed (?:returns?|profits?|income|payout)", r"trading[- ](?:bot|robot|app|algorithm|algo)\b",
    # earnings promised by the week: "Verdienen Sie bis zu 2000€ pro Woche", "earn up to $500 a day from home"
    r"(?:earn|make|verdienen sie|verdiene|verdien|gana|ganas|ganhe|ganha|guadagna|gagnez|gagne) (?:up to |bis zu |"
    r"hasta |ate |fino a |jusqu'?a |tot )?\S+ (?:a|per|pro|por|al|par|em) (?:day|week|month|tag|woche|monat|dia|semana|"
    r"mes|giorno|settimana|mese|jour|semaine|mois|dag|maand)\b",r"(?:returns?|profits?) guaranteed",
    r"\d+ ?% (?:profit|returns?|roi|gains?)\b", r"double (?:it|your (?:money|investment|deposit))\b",
    r"(?:you )?get \S+ back (?:by|in|within)\b",
    r"\d+k? in (?:and|&) (?:you )?get \S+ (?:back|out)\b", r"trading (?:platform|bot|signals|account)\b",
    r"(?:my|our|your) (?:trading )?(?:mentor|account manager)\b", r"passive income\b",
    r"invest(?:ment)? (?:opportunity|plan|platform)\b", r"(?:forex|crypto|bitcoin) (?:trading|signals|investment)\b",
    r"(?:rendimiento|ganancias?|beneficio) garantizad[oa]s?\b", r"(?:lucro|retorno|rendimento) garantid[oa]\b",
    r"(?:rendement|profit|gain)s? garantis?\b", r"garantierte (?:rendite|gewinne?)\b",
    r"(?:guadagno|rendimento) garantit[oi]\b",
    r"gegarandeerd (?:rendement|winst)\b",
    # the money doubled, in the big languages: "DUPLICA TU DINERO", "receba o DOBRO", "te devolvo o dobro"
    r"double (?:your|ur|ya) (?:btc|bitcoin|crypto|usdt|cash|savings|funds)\b",
    r"duplica(?:r|mos)? (?:tu|su|tus|sus) (?:dinero|plata|inversion|capital|bitcoin|btc|usdt)\b",
    r"(?:dobr[ae]|duplique|duplica) (?:o )?(?:seu|teu|sua) (?:dinheiro|investimento|capital|grana)\b",
    r"(?:receba|recebe|recebes|devolvo|te devolvo|ganhe) o dobro\b",
    r"(?:recibe|recibes|recibiras|te devuelvo) el doble\b",
    r"raddoppia(?:re)? (?:i tuoi|il tuo|i vostri) (?:soldi|risparmi|investiment\w*|capitale)\b",
    r"(?:verdopple|verdoppeln) (?:dein|ihr|euer) (?:geld|kapital|investment|einsatz)\b",
    r"(?:doublez|double|doubler) (?:votre|ton|ta|vos|tes) (?:argent|capital|investissement|mise)\b",
    r"verdubbel (?:je|uw) (?:geld|inleg|investering)\b", r"forex\b",
    r"(?:te|se|nos) (?:duplica|duplican|triplica) (?:lo que|lo q|el dinero|la plata|tu|su)\b",
    r"(?:invest|invierte|invista|investi|investissez|investiere|investeer|inwestuj)\w* (?:\S+ ){0,6}"
    r"(?:and|y|e|et|und|en|i) (?:receive|get|recibe|recibes|receba|recebe|ricevi|recevez|erhalte|erhaltet|ontvang|"
    r"otrzymaj)\b",
    r"(?:invest|invierte|invista|investi|investissez|investiere|investeer)\w* (?:\S+ ){0,6}(?:and|y|e|et|und|en) "
    r"(?:\w+ ){0,4}(?:you(?:'ll| will)? have|tienes|tendras|tens|teras|avrai|tu as|tu auras|hast du|heb je)\b",
)
PRIZE = _rx(
    r"premiad", r"ganad", r"gagn", r"vinto", r"vincita", r"won\b", r"gewonnen", r"prize", r"premio", r"lotter",
    r"sorteo", r"tirage", r"jackpot", r"sortead[oa]", r"ganhou", r"ganaste", r"you(?:'ve| have) won",
    # a giveaway the writer says the reader (or they themselves, asking about it) won
    r"giveaway", r"(?:selected|chosen) to win", r"winner", r"ganhei", r"gane un", r"sorteio", r"ganador",
    r"gewinner", r"gagnant", r"vincitor", r"winnaar", r"(?:jij|je|u) (?:hebt|heeft) gewonnen",
    # an inheritance or a fund waiting for a fee
    r"beneficiar", r"inheritance", r"next of kin", r"herencia", r"erbschaft", r"heritage", r"eredita", r"heranca",
    r"erfenis", r"unclaimed", r"sin reclamar", r"non reclam", r"nicht (?:abgeholt|beansprucht)",
    r"(?:late|deceased) (?:client|customer|mr|mrs|husband|father|engineer|relative|uncle|investor)\b",
    r"(?:cliente|client|klient|mandant)e? (?:fallecido|decede|verstorben)", r"verstorbene[nr]? (?:klient|mandant)",
    r"funds? (?:can|will|to) be (?:released|transferred)", r"release (?:of )?(?:the |your )?funds",
    r"liberar (?:los|sus) fondos", r"liberer (?:les|vos) fonds", r"freigabe (?:der|ihrer) (?:mittel|gelder)",
)
FEE = _rx(
    r"gastos", r"frais", r"spese", r"fee\b", r"geb(?:ue|ü)hr", r"taxa", r"tasa", r"kosten",
    # what a parcel costs to deliver: "frete", "verzendkosten", "dopłata"
    r"frete", r"porto\b", r"verzendkosten", r"versandkosten", r"shipping", r"postage", r"customs (?:fee|duty|charge)",
    r"zoll", r"dazi", r"aduana",
    r"douane", r"doplat", r"dopłat", r"oplat", r"doplac", r"oplac",
    # (the cost of sending, never the sending itself: "gastos de envío", not "envío todo", "faço a entrega do vídeo")
    r"(?:gastos|costos?|costes?|custos?|taxa|tasa|tarifa|spese|frais|prix) (?:\w+ ){0,2}(?:de |di |da |do |del )?"
    r"(?:envio|spedizione|livraison|entrega)\b",
    r"(?:dolares|euros|reais|pesos|soles|libras|centavos) (?:de |do |da |para o |para el )?(?:envio|entrega)\b",
)
# A parcel sent back if the fee is not paid: a delivery notice's consequence (often phishing), not a threat.
# A cloud storage plan full, the reader's own photos to be deleted unless they pay (real notices and phishing).
STORAGE_FULL = _rx(
    r"(?:storage|stockage|almacenamiento|armazenamento|speicher(?:platz)?|opslag(?:ruimte)?|archiviazione|"
    r"spazio di archiviazione|spazio|espace de stockage|espacio de almacenamiento) "
    # (anywhere in the same sentence: "o armazenamento da sua conta de fotos na nuvem está cheio")
    r"(?:[^.!?\n]{0,60}? )?"
    r"(?:is |est |esta |ist |e |is bijna )?(?:full|plein|sature|saturee|lleno|cheio|voll|vol|pieno|esgotado|agotado|"
    r"almost full|presque plein)\b",
    r"(?:full|plein|sature|lleno|cheio|voller|volle|pieno) (?:\w+ ){0,2}(?:storage|stockage|almacenamiento|"
    r"armazenamento|speicher|opslag|archiviazione)\b",
    # (the compounds: "mijn fotoopslag vol", "iCloud-Speicher voll")
    r"(?:fotoopslag|foto-opslag|cloudopslag|icloud-opslag|icloud-speicher|cloud-speicher|fotospeicher) (?:\w+ ){0,3}"
    r"(?:is |ist )?(?:vol|voll|bijna vol|fast voll)\b",
    # more storage to buy: "deleted unless i upgrade my storage today", "amplía tu almacenamiento"
    r"(?:upgrade|expand|increase|buy more|ampliar|amplia|aumentar|aumente|mettre a niveau|augmenter|upgraden|erweitern|"
    r"aggiornare|aumentare|vergroten|uitbreiden) (?:\w+ )?(?:storage|almacenamiento|armazenamento|stockage|speicher|"
    r"speicherplatz|opslag|spazio|archiviazione)\b",
    # storage paid for: "se eu nao pagar o armazenamento", "unless I pay for storage"
    r"(?:pagar|pague|pay for|payer|bezahlen|betalen|pagare) (?:o |el |the |le |den |de |lo )?(?:\w+ )?(?:storage|"
    r"almacenamiento|armazenamento|stockage|speicher|opslag|archiviazione)\b",
    # a photo service at its limit: "Seu Google Fotos atingiu o limite", "your iCloud has reached its limit"
    r"(?:google (?:fotos|photos|drive)|icloud|onedrive|dropbox|cloud|nuvem|nube) (?:\w+ ){0,3}(?:has |have )?"
    r"(?:reached|hit|atingiu|alcanzo|llego a|a atteint|hat|ha raggiunto|heeft|bereikte) (?:its |your |the |o |a |el |"
    r"la |sa |votre |il |das |de |ihr |seu )?(?:\w+ )?(?:limit|limite|limiet|speicherlimit)\b",
)
# The provider, not a person, keeps the reader's files: "We have kept your files safe for you, but …"
_KEPT_FOR_YOU = re.compile(r"\bwe(?:'ve| have)? (?:kept|stored|saved|backed up) (?:all )?(?:your|ur) (?:files|photos|"
                           r"data|memories|pictures|videos)")


def advice_outside_quotes(text: str) -> bool:
    """Advice not to pay beside the police or a report, in ``text`` (normalised, its quotations cut out by the
    caller): what a news item or a warning says around the threat it quotes."""
    return DONT_PAY.search(text) is not None and REPORT_TO.search(text) is not None


def _folded(*phrases: str) -> WordStartPhrases:
    # Plain phrases in any script, folded as the text they are searched in is (look-alike letters, accents).
    return _rx(*(re.escape(normalize(p).text) for p in phrases))


# Advice not to pay, in the languages the sentence reader does not read too: a warning or a help page says it, an
# extortionist never does. "Do not pay" beside the police or a report is the advice of a warning.
DONT_PAY = _folded(
    "do not pay", "don't pay", "dont pay", "never pay", "not to pay", "no pagues", "no paguen", "nunca pagues",
    "ne payez pas", "ne payez jamais", "ne paie pas", "ne paye pas", "ne paie rien", "ne payez rien", "ne paie jamais",
    "zahlen sie nicht", "zahle nicht", "zahl nicht",
    "nicht zahlen", "nicht bezahlen", "non pagare", "non pagate", "mai pagare", "não pague", "não paguem",
    # (not the bare infinitive in Spanish and Portuguese: "se não pagar até sábado" is a threat's condition)
    "nunca pague", "ne pas payer", "niet te betalen", "nicht zu zahlen", "nicht zu bezahlen",
    "betaal niet", "betaal nooit", "niet betalen", "nie płać", "nie płaćcie", "nie należy płacić", "nie wpłacaj",
    "не платите", "не платить", "не плати", "не переводите деньги", "huwag magbayad", "wag magbayad",
    "jangan transfer", "jangan bayar", "jangan mentransfer", "jangan membayar", "paise na dein", "paise mat do",
    "paisa mat do", "paise mat bhejo", "nu plătiți", "nu plătiţi", "nu plătești", "nu trimiteți bani",
    "ödeme yapmayın", "para göndermeyin", "para ödemeyin", "usilipe", "msilipe", "usitume pesa", "đừng chuyển tiền",
    "không chuyển tiền", "đừng trả tiền", "μην πληρώσετε", "μην πληρώνετε", "อย่าโอนเงิน", "อย่าจ่าย", "akwụla ụgwọ",
    "akwula ugwo", "ghara ịkwụ ụgwọ", "ghara ikwu ugwo", "má ṣe san owó", "ma se san owo", "千万别付钱", "不要付钱",
    "لا تدفع", "لا تدفعوا", "لا تحول",
)
REPORT_TO = _folded(
    "police", "policía", "policia", "polícia", "polizei", "polizia", "politie", "gendarmerie", "carabinieri", "policja",
    "policji", "polisi", "polri", "pulis", "pulisi", "poliția", "poliţia", "poliției", "polis", "полиция", "полицию",
    "мвд", "cyber cell", "cyber crime", "cybercrime", "1930", "116 111", "116111", "helpline", "hotline", "report it",
    "report the", "lapor", "zgłoś", "zgłosić", "i-report", "sesizați", "bildirin", "ripoti", "báo công an", "công an",
    "αστυνομία", "κατήγγειλα", "ตำรวจ", "ndị uwe ojii", "ndi uwe ojii", "ọlọ́pàá", "olopaa", "报了警", "报警",
    "الشرطة", "ncmec", "take it down", "pharos", "3018", "helpwanted", "denuncia", "denuncie", "anzeige",
    "aangifte", "signalez", "anzeige zu erstatten", "anzeige erstatten",
    # the police by another name: Turkish "emniyet", Indonesian "kepolisian", the Philippine "PNP", a Brazilian
    # police station or the SaferNet hotline
    "emniyet", "kepolisian", "pnp", "delegacia", "safernet", "komisariat", "karakol", "guidance counselor",
    "guidance office", "pedagog szkolny", "pedagogiem szkolnym", "meld het", "meld dit", "melden bij", "şikayet edin",
    "şikayet et", "i-report", "ireport",
    # someone to tell, as help pages name them: "parles-en à un adulte de confiance ou à une ligne d'écoute"
    "adulte de confiance", "ligne d'écoute", "trusted adult", "adulto de confianza", "adulto di fiducia",
    "adulto de confiança", "vertrauensperson", "volwassene die je vertrouwt",
)
# The taker's price is to give the account back: "wants 150 dollars to give it back", "pour me le rendre".
_GIVEN_BACK = re.compile(
    r"\b(?:give|hand|send|return|unlock|release)s? (?:it|them|the account|my account|it all) back\b|"
    r"\bto (?:return|unlock|release|restore) (?:it|the account|my account)\b|\b(?:zuruckgeben|zuruckzugeben|"
    r"freigeben|devolver|devolverla|devolverlo|devolve-la|devolver a conta|rendre|me le rendre|restituire|"
    r"restituirmelo|teruggeven|terug te geven)\b")
# The advice told as given to the writer ("the police said don't pay", "Huwag daw magbayad sabi ng PNP", "Kata polisi
# jangan bayar"), or the threat said to go on ("but he keeps writing", "ale on dalej pisze", "pero tuloy pa rin siya"):
# a telling of the writer's own case, not a warning.
_ADVICE_TOLD = _folded(
    "police said", "the police told", "police told us", "police told me", "said the police", "cops said",
    "zei de politie", "de politie zei", "politie zegt", "die polizei sagt", "die polizei sagte", "sagte die polizei",
    "la policía dijo", "la policia nos dijo", "dijo la policía", "la police a dit", "la police nous a dit",
    "a polícia disse", "a policia falou", "la polizia ha detto", "policja powiedziała", "policja kazała",
    "na policji powiedzieli", "sabi ng pnp", "sabi ng pulis", "sabi ng police", "kata polisi", "polisi bilang",
    "polisi walisema", "polisi wametuambia", "polis dedi", "emniyet dedi", "poliția a spus", "police ne bola",
    "police ne kaha", "в полиции сказали", "полиция сказала", "công an bảo", "công an nói",
)
_STILL_GOING = _folded(
    "but he keeps", "but she keeps", "but they keep", "he keeps writing", "he keeps messaging", "still messaging",
    "still writing", "still texting", "aber er schreibt weiter", "er schreibt immer noch", "mais il continue",
    "il continue de", "pero sigue", "sigue escribiendo", "mas ele continua", "ele continua mandando",
    "ma continua", "continua a scrivere", "maar hij blijft", "hij blijft sturen", "hij blijft berichten",
    "ale on dalej", "dalej pisze", "nadal pisze", "wciąż pisze", "tuloy pa rin", "patuloy pa rin", "hanggang ngayon",
    "tapi dia terus", "dia masih terus", "masih ngirim", "bado anatuma", "bado anaendelea", "devam ediyor",
    "hâlâ yazıyor", "hala yaziyor", "dar tot scrie", "încă îmi scrie", "ab bhi message", "phir bhi message",
    "но он продолжает", "он всё пишет", "он продолжает писать", "vẫn tiếp tục", "vẫn nhắn",
)
# A trifle told to the reader's mother or to everyone, in the languages read: "sinon je dis à ta mère que t'as séché",
# "senão conto pra sua mãe", "sonst erzähl ich allen", "anders zeg ik tegen je moeder", "or I tell your mom you smoke".
_TELL_TRIFLE = re.compile(
    r"\b(?:(?:i'?ll|i will|im gonna|i'?m gonna|i) )?(?:tell|telling|tellin) (?:your |ur |yo )?(?:mum|mom|mam|mother|"
    r"parents|dad|everyone|everybody|the group|the team|the whole class)\b|"
    r"\b(?:je )?(?:dis|dirai|raconte|balance) (?:a|au|aux|tout a) (?:ta|ton|tes|tout le) (?:mere|pere|parents|monde)\b|"
    r"\b(?:le |se lo |lo )?(?:digo|cuento|dire|contare) (?:a|al) (?:tu|tus) (?:madre|mama|padre|padres)\b|"
    r"\b(?:se lo |lo )?(?:digo|cuento|dire|contare) a todos\b|"
    r"\b(?:conto|falo|digo) (?:pra|pro|para|a|ao) (?:sua|tua|seu|teu) (?:mae|pai|pais)\b|"
    r"\b(?:conto|falo) (?:pra|para) todo mundo\b|"
    r"\b(?:erzahl|sag|sage|verrat|verrate) (?:ich )?(?:es |das )?(?:allen|deiner (?:mutter|mama)|deinen eltern)\b|"
    r"\b(?:zeg|vertel) ik (?:het )?(?:tegen |aan )?(?:je|jouw) (?:moeder|ma|vader|ouders)\b|"
    r"\b(?:zeg|vertel) ik (?:het )?(?:tegen |aan )?iedereen\b|"
    r"\b(?:lo )?(?:dico|racconto) (?:a|alla|al|ai) (?:tua|tuo|tuoi) (?:madre|mamma|padre|genitori)\b|"
    r"\b(?:lo )?(?:dico|racconto) a tutti\b")
# Parents told to talk with their children, as awareness posts and school letters say and no extortionist does:
# "Talk to your kids TONIGHT", "Vorbiți cu copiii voștri", "Kausapin ang mga anak ninyo", "zungumzeni na watoto wenu".
_TALK_TO_KIDS = _folded(
    "talk to your kids", "talk to your children", "talk with your kids", "talk with your children",
    "talk to your teens", "talk to your son", "talk to your daughter", "have the talk with your kids",
    "habla con tus hijos", "hablen con sus hijos", "hable con sus hijos", "hablad con vuestros hijos",
    "converse com seus filhos", "conversem com seus filhos", "converse com os filhos", "fale com seus filhos",
    "falem com seus filhos", "conversem com os filhos", "sprechen sie mit ihren kindern", "sprecht mit euren kindern",
    "redet mit euren kindern", "sprich mit deinen kindern", "parlez-en a vos enfants", "parlez avec vos enfants",
    "parlez a vos enfants", "parlate con i vostri figli", "parlate ai vostri figli", "parlatene con i vostri figli",
    "praat met je kinderen", "praat met uw kinderen", "praat met uw kind", "praat erover met je kind",
    "porozmawiaj z dzieckiem", "porozmawiajcie z dziecmi", "rozmawiajcie z dziecmi", "rozmawiaj z dzieckiem",
    "vorbiti cu copiii", "vorbiti cu copilul", "cocuklarinizla konusun", "cocugunuzla konusun",
    "kausapin ang mga anak", "kausapin ang anak", "zungumzeni na watoto", "ongeeni na watoto", "ongea na watoto",
    "ajak anak bicara", "bicaralah dengan anak", "ajak ngobrol anak", "dampingi anak", "bachchon se baat karein",
    "bachon se baat karo", "baccho se baat kare", "поговорите с детьми", "поговорите с ребенком",
    "поговорите с ребёнком", "تحدثوا مع أطفالكم", "تحدثوا مع أولادكم", "تكلموا مع أولادكم",
    "hay noi chuyen voi con", "hãy nói chuyện với con",
)
# Jealousy about pictures and likes: "who is Marcus and why is he liking every single one of your pics?? answer
# me", "wer ist der Typ auf deinen Bildern??", "kenapa kamu masih simpen foto mantan". A partner's reproach, not a
# threat; the learned model reads "photos" and "a partner" as extortion (8 of 18 such messages of our own).
# A warning against blocking or ignoring the writer: "think about that before you block me", "don't even think about
# blocking me", "bevor du mich blockierst". Beside pictures or a recording held, the threat needs no more words.
BLOCK_WARNING = _rx(
    r"before (?:you|u) (?:block|ignore|unfollow|delete) me", r"(?:dont|don'?t|do not) (?:even )?(?:think about |try )?"
    r"(?:blocking|block|ignoring|ignore) me", r"antes de (?:bloquearme|ignorarme|me bloquear|me ignorar)",
    r"no se te ocurra bloquearme", r"nem pense em me bloquear", r"bevor du mich (?:blockierst|ignorierst)",
    r"avant de me bloquer", r"non (?:provare a|pensare di) bloccarmi", r"voordat je me blokkeert",
)
# A picture or a video named with a harmless scene right after it: "that photo of you asleep on the train with your
# mouth open", "a foto sua dormindo", "die foto van jou met je beugel", "das Foto von dir im Einhornkostüm". What such a
# picture shows is embarrassing at most; none of 16,928 labelled texts (fixtures, data/triage, sets 2-91) that name
# one is a threat over intimate pictures. Intimacy named anywhere in the message undoes it (``INTIMATE_SCENE``).
_SCENE_PICTURE = (r"(?:photo|pic|picture|foto|video|vid|clip|selfie|bild|filmpje|filmje|filmik|snap|picha|fotka|poza|"
                  r"poze|"
                  r"zdjecie|zdjecia|fotograf|audio|видео|фото|фотк[аиу])s?\b")
_SCENE_GAP = r",? (?:[\w']+,? ){0,9}?"
# (the scenes are one group after one picture and gap: fifty alternatives each with its own gap took three times as long
# on a hostile text)
_SCENES = (
    # en
    r"(?:asleep|sleeping|snoring|drooling)\b", r"(?:with )?(?:your |ur |yer |his |her )?mouth (?:wide )?open\b",
    r"(?:with|w|in) (?:your |ur |yer |the |those )?(?:braces|retainer|headgear|bowl cut|mullet)\b",
    # Nigerian Pidgin: "that picture where I dey yawn", "where you dey dance like agama lizard"
    r"(?:i|you|u) dey (?:yawn|dance|sleep|snore|cry|chop|fall|sing)\w*\b",
    r"(?:\w+ )?costume\b", r"onesie\b", r"dressed (?:up )?as\b", r"as a (?:baby|toddler|kid)\b",
    r"when (?:you|u) (?:were|was) (?:a baby|little|small|a kid|\d+)\b",
    r"(?:singing|karaoke|dancing|crying|tripping|eating|throwing up|puking|sneezing)\b",
    r"(?:tiktok|silly|cringe|weird|chicken|robot|floss|macarena) dance\b",
    r"(?:fell|falling|fall) (?:off|over|down|asleep|in)\b", r"unicorn\b",
    # a party prop, in any of the big languages: "la photo de toi avec la perruque", "die foto van u met die pruik"
    r"(?:wig|peluca|peruca|perruque|perucke|parrucca|pruik|sombrero|party hat|clown nose|"
    r"fake (?:moustache|mustache))\b",
    # es, pt
    r"(?:dormid[oa]|durmiendo|dormindo|roncando|babeando|babando)\b", r"(?:con|de) (?:la )?boca abierta\b",
    r"de boca aberta\b", r"(?:con|de) (?:los |tus )?brackets\b", r"(?:com|de) (?:o )?aparelho\b",
    r"(?:disfrazad[oa]|fantasiad[oa])\b", r"(?:con el|de|com a|de la) (?:disfraz|fantasia)\b",
    r"(?:de|como|quando|cuando) (?:eras |era )?(?:bebe|pequen[oa]|chiquit[oa]|nin[oa]|crianca)\b",
    r"(?:cantando|bailando|dancando|llorando|chorando|cayendote|caindo|comiendo|comendo|vomitando)\b",
    r"(?:cayendo|te caes|te caiste|se cae|levando um tombo|(?:voce|vc|tu) cai)\b",
    r"unicornio\b", r"(?:cuando|quando) (?:cantaste|bailaste|te caiste|lloraste|cantou|dancou|caiu|chorou)\b",
    r"vestid[oa] de\b",
    # European Portuguese says it with "a": "a foto de ti a dormir"
    r"a (?:dormir|ressonar|cantar|dancar|chorar|comer|vomitar|cair|babar)\b",
    # fr
    r"(?:endormie?|en train de (?:dormir|chanter|danser|pleurer|manger|vomir|ronfler))\b",
    r"qui (?:dort|ronfle|chante|danse|pleure|mange|tombe|dors|ronfles|chantes|danses|pleures|manges|tombes)\b",
    r"(?:la )?bouche ouverte\b",
    r"(?:en train de tomber|ou tu tombes|quand tu tombes|tu te vautres|ta gamelle)\b",
    r"(?:avec )?(?:ton |tes |ta )?(?:appareil dentaire|bagues)\b", r"deguise\w*\b", r"en costume de\b",
    r"quand tu etais (?:petite?|bebe)\b", r"licorne\b",
    # de
    r"(?:schlafend|beim schlafen|beim (?:singen|tanzen|weinen|essen|schnarchen))\b", r"schnarch\w*\b",
    r"mit offenem mund\b", r"(?:hinfall\w*|hingefallen|umfall\w*|umgefallen|ausrutsch\w*|ausgerutscht|"
    r"stolper\w*|gestolpert)\b", r"(?:mit )?(?:deiner |der )?zahnspange\b", r"(?:im |in deinem )?\w*kostum\b",
    r"verkleid\w*\b", r"als (?:baby|kleinkind)\b", r"als du (?:klein|ein baby) warst\b", r"einhorn\w*\b",
    # "Fotos, wie du auf der Party schläfst" (never "wo du schläfst": where the reader sleeps is a threat's word)
    r"wie du (?:\w+ ){0,4}?(?:schlafst|pennst|schnarchst|singst|tanzt|heulst|weinst|kotzt|hinfallst)\b",
    # it
    r"(?:mentre dormi|che dormi|dormendo|addormentat[oa]|che russi)\b", r"a bocca aperta\b",
    r"(?:con l'?)?apparecchio\b", r"travestit[oa]\b", r"vestit[oa] da\b", r"a carnevale\b",
    r"in costume da\b", r"da (?:piccol[oa]|bambin[oa])\b",
    r"(?:cantando|ballando|piangendo|cadendo|che cade|mentre cadi|quando cadi|mentre cadevi)\b",
    r"che (?:cadi|balli|canti|dormi|piangi|russi)\b", r"unicorno\b",
    # nl
    r"(?:slapend|te slapen|terwijl je slaapt|snurkend)\b",
    # asleep told in the past, in the languages read: "die foto van jou in de les terwijl je sliep", "mientras
    # dormías", "pendant que tu dormais", "mentre dormivi", "enquanto você dormia", "wie du im Bus geschlafen hast"
    r"(?:terwijl|toen) je (?:sliep|lag te slapen|zat te slapen|snurkte)\b",
    r"(?:mientras|cuando) (?:dormias|roncabas)\b",
    r"(?:pendant que|quand) tu (?:dormais|ronflais)\b", r"(?:mentre|quando) (?:dormivi|russavi)\b",
    r"(?:enquanto|quando) (?:voce |vc |tu )?(?:dormia|dormias|roncava)\b",
    r"(?:als|wie|wahrend) du (?:\w+ ){0,3}?(?:geschlafen|gepennt|geschnarcht) hast\b",
    r"met (?:je mond open|open mond)\b",
    r"(?:met )?(?:je |jouw |die )?beugel\b", r"verkleed\b", r"als baby\b", r"toen je klein was\b",
    r"(?:aan het )?(?:zingen|dansen|huilen|vallen)\b", r"(?:\w+ )?(?:af )?(?:valt|viel)\b",
    r"(?:struikel\w*|gestruikeld|uitglijd\w*|uitgegleden|onderuit\w*)\b", r"(?:zingend|dansend|huilend)\b",
    r"eenhoorn\w*\b",
    # id, sw, pl: "foto kamu pas ketiduran", "picha yako ukiwa umelala", "zdjęcie jak śpisz"
    r"(?:pas |lagi |waktu |saat |sedang )?(?:ketiduran|tidur|ngorok|mangap|nyanyi|joget|nangis|kepleset)\b",
    r"(?:ukiwa |akiwa )?(?:umelala|amelala|unalala|ukilala|ukikoroma|ukiimba|ukicheza|ukilia|ukianguka)\b",
    r"(?:jak|kiedy|gdy) (?:spisz|spales|spalas|chrapiesz|spiewasz|tanczysz|placzesz|sie przewracasz)\b",
    r"(?:spiac\w*|z otwarta buzia|z otwartymi ustami)\b",
    # glasses, sleep and childhood, as friends keep them: "die foto van jou met die bril", "pic mo na tulog sa jeep",
    # "poza cu tine adormit la curs" (never a school photo: the face a deepfake is made from)
    r"met (?:die|je|jouw|de|een) (?:bril|brilletje|beugel)\b", r"(?:na )?(?:tulog|natutulog|nakatulog)\b",
    r"(?:noong|nung) bata (?:ka|pa)\b", r"(?:cu tine )?(?:adormit|adormita|dormind)\b", r"(?:cand|când) erai mic\w*\b",
    # ru: "то видео, где ты поёшь в караоке"
    r"(?:где|как|когда) ты (?:поешь|поёшь|пел|пела|спишь|спал|спала|храпишь|танцуешь|танцевал|танцевала|падаешь|"
    r"упал|упала|плачешь)\b", r"караоке\b",
    # a game lost: "the clip where u got 0 kills", "Marco's 0-14 game"
    r"(?:\d+|zero|no) kills\b", r"\d+ ?- ?\d+ (?:game|match|round|clip)\b",
    # a game fumbled or a rage: "the clip of u whiffing that 1v1", "u rage quitting", "jak płakałeś po przegranej"
    r"whiff\w*\b", r"rage ?quit\w*\b", r"bottom ?fragg?\w*\b", r"(?:crying|cried|tilted|raging) (?:after|over) "
    r"(?:losing|the loss|that loss|the game|ranked)\b", r"(?:jak|kiedy) (?:plakales|plakalas|sie wsciekles) po "
    r"(?:przegranej|porazce|meczu)\b",
    # a photo said to be ugly or a sunburn: "une photo de toi trop moche", "das foto von dir mit dem sonnenbrand"
    r"(?:trop |tres |super |hyper )?moche\b", r"(?:mit (?:dem |deinem )?)?sonnenbrand\b", r"sunburn\w*\b",
    r"(?:super |muy |tan )?fe[oa] (?:que sales|de verdad)\b", r"(?:bruttissim[oa]|bruttin[oa])\b",
    # a penalty missed or an own goal: "la vidéo de Karim qui rate le penalty", "the vid of u missing an open goal"
    r"(?:miss|misses|missed|missing|missin|skying|skied|blazing) (?:the |that |a |an |his |her |your |ur )?"
    r"(?:penalty|pen|open goal|free throw|layup|sitter)\b", r"own goal\b", r"air ?ball\w*\b",
    r"(?:rate|rates|rater|ratant|loupe|loupes|louper|manque|manques) (?:le |son |ton |un |une )?(?:penalty|penalti|"
    r"tir au but|but vide|lancer franc)\b", r"contre son camp\b",
    r"(?:falla|fallas|fallaste|fallando|errando|erra|errou|erraste) (?:el |o |un |um |ese |esse )?(?:penalti|penal|"
    r"penalty|gol)\b", r"(?:autogol|gol en contra|gol contra)\b",
    r"(?:sbaglia|sbagli|sbagliando|sbagliato|sbagliavi) (?:il |un |quel )?rigore\b", r"autorete\b",
    r"(?:verschiesst|verschossen|verballert) (?:den |einen )?elfmeter\b", r"eigentor\b",
    r"(?:mist|mis|misser|mistte) (?:de |een |die )?(?:penalty|strafschop)\b", r"eigen doelpunt\b",
)
SCENE = _rx(_SCENE_PICTURE + _SCENE_GAP + "(?:" + "|".join(_SCENES) + ")",
            # the scene before the picture: "that your dancing video", "your 0-14 clip", "the karaoke vid"
            r"(?:dancing|singing|karaoke|sleeping|snoring|crying|drooling|falling|tripping|\d+ ?- ?\d+) "
            r"(?:video|vid|clip|pic|photo|picture|selfie)s?\b")
# A game's fail or a cringe voice chat named as the thing shown ("dein Fortnite-Fail-Video", "jouw cringe voicechat"): a
# harmless scene too, kept apart from SCENE because every first letter it shares with SCENE's long opening would
# compile that opening again (a tenth of a second more at the first message).
SCENE_NAMED = _rx(r"fail[- ]?(?:video|vid|clip|compilation)s?\b", r"cringe (?:voice ?chat|vc|clip|audio)\b",
                  r"voice (?:crack|cracking)(?: clip| vid| video| audio| moment)?\b",
                  # an old app's clips, a gamer's montage, selfies said to be ugly: "ur 2016 musically vids", "ur cringe
                  # montage from 2019", "ur ugly selfies"
                  r"(?:musically|musical\.ly|vine) (?:vids?|videos?)\b", r"musical\.?lys\b",
                  r"(?:cringe|old|fortnite|minecraft|cod|gaming) (?:montages?|edits)\b",
                  r"(?:ugly|cursed|derpy|double chin|bad hair day) selfies?\b",
                  r"(?:snapchat|snap|facebook|fb|insta|instagram) memories (?:from|of) (?:\d{4}|year \d+|primary|"
                  r"middle school|year one)\b", r"(?:the )?(?:haircut|bowl cut|mullet|braces|emo) ones\b",
                  # the reader as a baby or a child: "die peinlichen baby pics", "tes photos de bébé"
                  r"baby ?(?:pics?|photos?|fotos?|bilder|videos?)\b", r"(?:kinderfotos|kinderbilder|babyfotos)\b",
                  # childhood pictures in Hinglish: "teri bachpan wali photo"
                  r"bachpan (?:wali|vali|ki) (?:photo|pic|foto|tasveer)\b",
                  r"(?:photos?|fotos?) (?:de|da|van) (?:bebe|quando eras pequen[oa]|cuando eras pequen[oa]|"
                  r"toen je klein was)\b")
# What turns a harmless scene into an intimate one ("the video of you dancing in your underwear").
INTIMATE_SCENE = _rx(
    # (not the Portuguese Friday, "sexta", nor "sexto")
    r"nudes?\b", r"naked", r"nsfw", r"sex(?!t(?:a|as|o|os)\b)", r"intimate", r"explicit", r"porn", r"cam\b",
    r"on camera\b",
    # ("singing in the shower" is a song, said of a harmless picture: the scene reading still wants laughter to clear)
    r"underwear", r"lingerie", r"bra\b", r"panties", r"boxers", r"topless", r"shirtless",
    r"(?<!singing in the )(?<!sings in the )(?<!sing in the )shower", r"bath\b",
    r"bathtub", r"in bed\b", r"in (?:the|your|ur) bed\b", r"(?:danc\w*|strip\w*|pos\w*|touch\w*) for me\b",
    r"desnud", r"intim", r"nackt", r"nue?s?\b",
    r"nud[ei]\b", r"nua?s?\b", r"pelad[ao]", r"naakt", r"seks", r"sin ropa", r"sem roupa", r"ropa interior",
    r"calzon", r"calcinha", r"cueca", r"sujetador", r"sutia", r"sous-vetement", r"culotte", r"soutien-gorge",
    r"unterwasche", r"bh\b", r"dusche", r"mutande", r"reggiseno", r"doccia", r"ondergoed", r"douche", r"bikini",
    # swimwear ("in costume" alone is a swimsuit in Italian)
    r"swimsuit", r"swimwear", r"speedo", r"costume da bagno", r"in costume\b", r"maillot", r"badeanzug", r"badehose",
    r"banador", r"traje de bano", r"maio\b", r"biquini", r"sunga", r"zwempak", r"zwembroek",
    # the languages whose scenes are listed too (id, sw, pl): "bugil", "telanjang", "uchi", "nago", "bielizna"
    r"bugil", r"telanjang", r"tanpa busana", r"mesum", r"vcs\b", r"pakaian dalam", r"uchi\b", r"bila nguo",
    r"nag[aiy]e?\b", r"nago\b", r"bez ubrania", r"bielizn", r"majtk", r"stanik",
    r"гол(?:ая|ый|ой|ые|ую|ым)", r"обнажен", r"интим", r"нюд", r"без одежды", r"в белье", r"в душе", r"секс", r"эрот",
)

JEALOUS = _rx(
    r"who (?:is|was|'s|tf is|the hell is) (?:that|this|the|he|she|[a-z]+)\b[^?\n]{0,60}\?",
    r"why (?:is|was|does|did|are|do|tf is|tf does) (?:he|she|you|u|they|this guy|that guy|that girl)"
    r" (?:\w+ ){0,4}(?:lik|comment|follow|text|messag|send|sent|post|tag|in your|in ur|on your|on ur)",
    r"why (?:do|did|would) (?:you|u) (?:still )?(?:have|keep|like|post|send|follow)\b", r"jealous",
    r"(?:you|u) never send me (?:pics|photos|pictures|anything|nothing)",
    r"wer ist (?:der|die|das|dieser|diese) (?:typ|kerl|frau|mann|tussi|junge|girl)\b",
    r"warum (?:likest|liked|kommentierst|schickst|postest|folgst|hast) du\b", r"eifersu(?:e)?chtig",
    r"quien es (?:ese|esa|el|la) (?:tipo|tio|chico|chica|wey|pibe|mina)\b",
    r"por ?que (?:le )?(?:das like|likeas|comentas|le mandas|subes|sigues|tienes|diste like|le diste like)\b",
    r"celos[oa]s?\b", r"o (?:kiz|kız|cocuk|çocuk|adam) kim\b", r"neden (?:her )?(?:fotografini|fotograflarini|"
    r"fotolarini) (?:begeniyorsun|beğeniyorsun)\b",
    r"quem e (?:esse|essa|aquele|aquela) (?:cara|mina|menina|menino|garota|garoto|moleque)\b",
    r"por ?que (?:vc|voce|tu) (?:ainda )?(?:curte|comenta|manda|posta|segue|guarda)\b", r"ciumes?\b",
    # who liked the partner's photo: "quem é essa que curtiu tua foto??"
    r"quem (?:e|eh) (?:essa|esse|ela|ele)(?: ai)? que (?:curtiu|comentou)\b",
    r"c'?est qui (?:ce|cette) (?:mec|type|gars|fille|meuf)\b", r"qui est (?:ce|cette) (?:mec|type|gars|fille|meuf)\b",
    r"pourquoi (?:tu|il|elle) (?:like|likes|commente|envoies?|postes?|suis|as encore|garde)\b", r"jalou(?:x|se)\b",
    r"chi e (?:quel|quella|quello) (?:tipo|ragazzo|ragazza)\b",
    r"perche (?:metti like|commenti|mandi|posti|segui|hai ancora|tieni ancora)\b", r"gelos[oa]\b", r"gelosia",
    r"wie is (?:die|dat|deze) (?:gast|jongen|meid|vent|man|vrouw|kerel|gozer)\b",
    r"waarom (?:like|stuur|post|volg|bewaar) (?:je|jij)\b", r"waarom heb (?:je|jij) (?:nog|nog steeds)\b", r"jaloers",
    r"cemburu", r"siapa (?:cowok|cewek|dia|orang) (?:itu|ini)\b", r"kenapa (?:kamu )?(?:masih )?(?:simpen|simpan|like)",
    r"zazdros", r"revnuj", r"selos",
)
# Pictures the reader sent the writer, or what someone would see or learn: no jealous reproach says these, a veiled
# threat does ("you think he'd still like you if he saw the pics you sent me?").
SENT_ME_OR_SEEN = _rx(
    r"if (?:he|she|they|your \w+|ur \w+|\w+) (?:ever )?(?:saw|sees|knew|knows|found|finds|got|gets|heard)\b",
    r"(?:pics|photos|pictures|nudes|videos?|vids?|snaps) (?:that )?(?:you|u) (?:sent|send|gave) me\b",
    r"si (?:el|ella|tu \w+) (?:viera|supiera|viese|se enterara)\b",
    r"(?:fotos|videos?) que me (?:mandaste|enviaste|pasaste)",
    r"wenn (?:er|sie|dein \w+|deine \w+) (?:\w+ ){0,3}(?:sehen wurde|sahe|sieht|wusste|wuesste|erfahrt)\b",
    r"(?:bilder|fotos|videos?|nacktbilder) die du mir (?:\w+ )?geschickt",
    r"si (?:il|elle|ton \w+|ta \w+) (?:voyait|savait)\b",
    r"(?:photos|videos?|nudes) que tu m'?as envoye", r"se (?:lui|lei|tuo \w+|tua \w+) (?:vedesse|sapesse)\b",
    r"(?:foto|video) che mi hai (?:mandato|inviato)",
    r"se (?:ele|ela|teu \w+|tua \w+|seu \w+|sua \w+) (?:visse|soubesse)\b",
    r"(?:fotos|videos?|nudes) que (?:vc|voce|tu) me (?:mandou|mandaste|enviou)",
    r"als (?:hij|zij|je \w+) (?:\w+ )?(?:zag|zou zien|wist|zou weten)\b",
    r"(?:foto'?s|filmpjes|video'?s) die (?:je|jij) (?:mij|me) (?:hebt )?(?:gestuurd|stuurde)",
)
# A photographer's gallery or proofs of a session (boudoir, wedding, portrait): chosen, paid or downloaded before
# it expires. Writers of look-alikes use it often, and its words (photos, a deadline, a balance) are a threat's.
GALLERY = _rx(
    r"(?:private|online|password[- ]protected|client|your|ur|la tua|votre|ta|tu|ihre|eure|deine|jullie|je|sua) "
    r"(?:\w+ )?(?:gallery|galeria|galerie|galleria|galerij)\b",
    r"(?:gallery|galeria|galerie|galleria|galerij) (?:privad[ao]|privee|private|privata|prive|online)\b",
    r"(?:session|shoot|shooting) proofs", r"proofs (?:are|is) (?:ready|online|up)", r"your proofs",
    # "your pics from the shoot", "the photos from Saturday's session"
    r"(?:pics|photos|pictures|images|shots) from (?:the|your|our|yesterday'?s|\w+day'?s) (?:shoot|session|"
    r"photoshoot|photo shoot)\b",
    r"(?:boudoir|portrait|maternity|wedding|newborn|engagement|pregnancy|senior|family|headshot|graduation) "
    r"(?:session|shoot|photoshoot|proofs)\b",
    r"(?:boudoir|portrait|wedding|family|newborn)[- ]?(?:shooting|fotoshooting|shoot)\b",
    r"(?:sesion|sessao|seance|seduta|sessie|sitzung) (?:de |di |du |des )?(?:fotos?|photos?|boudoir|embarazo|gestante|"
    r"retrato|mariage|famille|grossesse|newborn|nascimento|familia|portrait)\b",
    r"(?:ensaio|servizio) (?:fotografico|de fotos|boudoir|gestante|newborn|di nozze|di famiglia)\b",
    r"fotos do ensaio", r"foto(?:'s)? van (?:jullie|je|de) (?:shoot|trouwreportage|fotoshoot|sessie)",
    r"trouwreportage", r"fotos (?:von|vom) (?:eurem|ihrem|deinem|unserem) (?:\w+[- ])?shooting",
    r"photos de (?:votre|ta) seance", r"fotos de (?:la|tu) sesion",
    # Russian and Polish: "превью фотосессии", "zdjęcia z sesji ślubnej"
    r"превью фотосесси", r"фото ?с фотосесси", r"фотосесси\w* (?:готов|готовы)", r"кадр\w* для ретуши",
    r"zdjecia z sesji\b", r"link do galerii\b",
    # "eure Online-Galerie", "La galleria con le foto del servizio", "Ihre Bewerbungsfotos sind fertig"
    r"online-(?:gallery|galeria|galerie|galleria|galerij)\b",
    r"(?:la|le|die|the|de|a) (?:galleria|galerie|gallery|galerij|galeria) (?:con le|mit den|with the|met de|com as|"
    r"con las|avec les|des|der|delle) (?:\w+ )?(?:foto|photos|bildern|bilder|fotos|pics|images|immagini)\b",
    r"(?:foto|scatti|fotos|photos|bilder) (?:del|dello|de la|da|vom|van de|from the|of the) (?:servizio|shooting|"
    r"sesion|sessao|seance|shoot|session|fotoshooting)\b",
    r"(?:bewerbungs|pass|portrat|hochzeits|familien|baby|business)(?:fotos|bilder) (?:sind|ist) (?:jetzt )?(?:fertig|"
    r"bereit|online)\b",
)
# What such a notice asks: choose or download before it expires, or pay the balance for the prints.
GALLERY_DUE = _rx(
    r"expire", r"expira", r"caduca", r"verloopt", r"verlopen", r"scade\b", r"scadra", r"lauft ab", r"ablauft",
    r"archived", r"archiviert", r"archivee", r"archivad", r"archiviat", r"gearchiveerd",
    r"pick (?:your )?(?:\d+ )?(?:favou?rites|favs)", r"choose (?:your )?(?:\d+ )?(?:favou?rites|images|photos)",
    r"(?:pick|choose|select) (?:your |the )?(?:favou?rite|top|best) \d+\b",
    r"(?:escolher|escolhe|escoger|elige|elija|escolha|choisir|choisissez|choisis|scegli|scegliere|kies|kiezen|sucht|"
    r"aussuchen|auswahlen|wahlt|wahlen|waehlt) (?:\w+\.? ){0,4}(?:favorit|preferit|favori|favoriet|lieblings)",
    # the shots to print chosen by a date: "hai 20 giorni per scegliere gli scatti da stampare"
    r"(?:scegliere|choose|elegir|escolher|choisir|auswahlen|kiezen) (?:gli |the |los |as |les |die |de )?(?:scatti|"
    r"shots|fotos|photos|bilder|foto's|images) (?:da stampare|to print|para imprimir|a imprimer|zum drucken|om te "
    r"printen)\b",
    r"download (?:them|it|the (?:photos|images|files))", r"herunterladen", r"(?:laden|ladet) sie .{0,20}herunter",
    r"telecharger", r"scaricar", r"descargar", r"baixar", r"downloaden",
    r"выберите", r"до пятницы", r"ссылка действует", r"druga rata|drugiej raty|po zaksiegowaniu",
    r"remaining balance", r"the balance", r"restzahlung", r"restbetrag", r"le solde", r"el saldo", r"il saldo",
    r"saldo restante", r"restbedrag", r"final payment", r"final balance", r"raw footage", r"wedding (?:film|video)",
    r"the prints", r"the album", r"full[- ]res",
    # the rest of the fee, and the photos in high resolution after it: "o restante (R$400) … pra liberar em alta
    # resolução"
    r"o restante\b", r"(?:el|lo) restante\b", r"alta (?:resolucao|resolucion|risoluzione)\b", r"haute resolution\b",
    r"(?:hoher|hohe|voller|volle) auflosung\b", r"hoge resolutie\b", r"high[- ]res(?:olution)?\b",
)
PARCEL_BACK = _rx(
    r"(?:retour|terug) (?:gestuurd|naar de afzender)", r"return(?:ed)? to (?:the )?sender",
    r"sent back to (?:the )?sender",
    r"(?:wroci|wróci|zwrocona|zwrócona|zostanie zwrocona) do nadawcy", r"devuelt[oa] al remitente",
    r"renvoye a l'?expediteur", r"retourne a l'?expediteur", r"restituit[oa] al mittente",
    r"(?:zuruckgesendet|zurückgesendet|zuruckgeschickt|zurückgeschickt) an den absender",
    r"devolvid[oa] ao remetente", r"(?:wird|werden) (?:es |sie |das paket )?(?:an den absender )?zuruck",
    # the parcel sent back, with no sender named: "anders wordt het teruggestuurd", "si no pago … lo devuelven",
    # "sinon il sera renvoyé", "o verrà rispedito", "senão será devolvido", "or it will be returned"
    r"(?:wordt|worden) (?:het |ze )?teruggestuurd", r"(?:lo|la|los|las) devuelven", r"sera devuelt[oa]",
    r"sera (?:renvoye|retourne)e?", r"(?:verra|sara) (?:rispedit|restituit)[oa]", r"sera devolvid[oa]",
    r"(?:will be|gets|is) (?:sent back|returned)\b",
)
# A parcel or a delivery named with its fee ("Ihr Paket … zahlen Sie 1,99 € Zollgebühr"): a delivery notice even when
# it does not say the parcel goes back.
PARCEL = _rx(
    r"parcel", r"package", r"delivery", r"shipment", r"paket", r"sendung", r"zustellung", r"colis", r"livraison",
    r"paquete", r"pedido", r"pacco", r"spedizione", r"pacote", r"encomenda", r"pakket",
    r"bezorging", r"zending", r"paczk", r"przesylk", r"przesyłk", r"kolet", r"kargo", r"pengiriman",
)
# A sale between strangers (a marketplace, a second-hand app): the thing is still there, held for a buyer, a deposit,
# or the buyer looks elsewhere. A buyer asks for more pictures of it and pays by a date, the seller says "come see it
# or don't bother": a threat's shape, nothing held or shown to others. On the labelled texts of sets 1-119 and the
# training sets (chat-length), with nothing held, no audience, no harm, no crypto and no veiled claim beside it: 11
# hard negatives flagged and no threat. ("depositar" is how a threat asks for money in Mexico: not here.)
SALE = _rx(
    r"(?:still|is it) available", r"(?:todavia|aun|sigue) (?:esta )?disponible",
    # a listing and its offers: "The domain … is listed at $3,200. The seller may accept offers above $2,800"
    r"(?:is |are )?listed (?:at|for) (?:[$£€] ?)?\d", r"(?:accept|consider|considers|accepts) offers\b",
    r"(?:make|submit|send) (?:me |us )?an offer\b", r"(?:or )?best offer\b",
    r"offers (?:above|over|from) (?:[$£€] ?)?\d",
    # a buyer's condition: "… or no deal", "anders haak ik af", "sinon pas de deal"
    r"(?:or|otherwise|else) no deal\b", r"(?:anders|dan) haak ik af\b", r"o no hay trato\b",
    r"sinon (?:pas de|aucun) deal\b", r"(?:sonst|ansonsten) kein (?:deal|kauf)\b", r"sen[aã]o n[aã]o tem negocio\b",
    r"altrimenti niente (?:affare|da fare)\b",
    # a seller's price let down: "te lo dejo en 40", "deixo por 50", "i can let it go for 30"
    r"(?:te|se) (?:lo|la|los|las) dejo (?:en|a|por) \d+", r"(?:te )?deixo (?:por|a) (?:r\$ ?)?\d+",
    r"(?:te|ve) (?:lo|la|li|le) lascio a \d+", r"je (?:te|vous) (?:le|la|les) laisse a \d+",
    r"(?:i'?ll|i can|can) (?:let (?:it|them) go|do (?:it|them)) for (?:[$£€] ?)?\d+",
    r"(?:ich )?(?:geb|gebe|lass|lasse) (?:es|ihn|sie) (?:dir )?(?:fur|für) \d+", r"(?:je )?mag (?:hem|het) voor \d+",
    r"(?:ainda )?(?:ta|esta) disponivel",
    r"(?:ainda )?(?:ta|esta) a venda", r"(?:ist|sind) (?:\w+ ){0,3}noch (?:da|verfugbar|zu haben|frei)\b",
    r"noch (?:verfugbar|zu haben)\b", r"(?:encore|toujours) disponible", r"ancora disponibile",
    r"(?:nog|nog steeds) (?:beschikbaar|te koop)", r"jeszcze (?:dostepn|aktualn)", r"(?:hala|hâlâ) (?:satilik|mevcut)",
    # held for a buyer, a deposit, the buyer looking elsewhere, another buyer
    r"hold (?:it|them|the \w+) (?:for me|till|until)",
    r"(?:reserve|reserves|reservas|reservar|reservo|reservier|riservi|riservare|tieni|"
    r"reserveren|reserveer|reservez|reserver|zarezerw)\w*",
    r"(?:me lo|me la) (?:guardas|guardes|tieni|tenga)", r"(?:segura|segurar|guarda) (?:pra mim|ate)",
    r"legst du (?:es|ihn|sie) (?:mir )?zuruck", r"(?:senal|sinal|acconto|anzahlung|acompte|aanbetaling|zaliczk)\w*",
    r"(?:look|looking) elsewhere", r"(?:miro|busco) (?:otro|otra|otros)", r"vou (?:ver|procurar) outr",
    r"(?:schaue|schau) ich (?:mich )?(?:woanders|weiter)", r"(?:je )?(?:regarde|cherche) ailleurs",
    r"(?:cerco|guardo) (?:altro|altrove)", r"kijk ik (?:verder|ergens anders)",
    # sold to someone else, kept for the buyer: "I'll sell it to the other guy", "te lo guardo hasta el sábado"
    r"(?:sell|selling|sold|give|giving) (?:it |them |the \w+ )?to (?:someone|somebody|another|the other|the next|"
    r"the (?:guy|girl|person|bloke|buyer) (?:who|that))",
    r"kisi aur ko (?:de|bech) (?:dunga|doonga|dungi|denge|deta|dena)\b",
    r"(?:it |they )?(?:goes|go) to the next (?:guy|person|buyer|one|in line)\b",
    r"(?:se l[oa]s? (?:doy|vendo|paso)|van|pasan?) al siguiente\b",
    r"(?:passo|vendo|vai|vao) (?:pro|pra o|para o) proximo\b",
    r"(?:geht'?s|geht es|gehen sie|gehen die \w+) an (?:den|die) nachsten\b",
    r"(?:je )?(?:les |la |le )?(?:donne|vends|passe) (?:a la personne |au )suivant",
    r"(?:le |li |lo |la )?(?:do|vendo|passo) al prossimo\b", r"(?:gaan ze|gaat het) naar de volgende\b",
    r"baskasina (?:satiyorum|satarim|satacagim|veririm)\b",
    r"(?:sell|selling|give|giving) (?:ur|your) (?:seat|ticket|tix|spot|place) to\b",
    r"(?:still|are you still) interested in (?:the|my) \w+",
    # the seller puts it up again or has other offers: "i'm relisting it, i've had 3 other offers"
    r"re-?list(?:ing|ed)? (?:it|them|the \w+)", r"(?:had|got|have) (?:\d+|a few|two|three|some) (?:other )?offers",
    r"(?:tengo|hay) (?:otras|mas) ofertas", r"(?:vuelvo a|lo vuelvo a|la vuelvo a) (?:publicar|anunciar)",
    r"(?:j'?ai|il y a) d'?autres offres", r"(?:je )?(?:le|la) remets? en vente", r"(?:ho )?altre offerte",
    r"(?:lo|la) rimetto in vendita", r"(?:tenho|tem) outras ofertas", r"(?:vou )?anunciar de novo",
    r"(?:habe|gibt) (?:noch )?andere (?:angebote|interessenten)", r"stelle (?:es|ihn|sie) (?:wieder|neu) ein",
    r"(?:heb|zijn) (?:nog )?andere (?:biedingen|gegadigden)", r"zet (?:het|hem) (?:er )?(?:weer|opnieuw) op",
    r"(?:se )?(?:lo|la|los|las) vendo a (?:otr[oa]|alguien)", r"(?:te )?(?:lo|la) guardo hasta",
    r"vendo (?:pra|para|a) (?:outr[oa]|outra pessoa|alguem)", r"(?:te )?(?:seguro|guardo) (?:ate|pra (?:voce|vc))",
    r"(?:le|la|les) (?:vends|vendrai) a (?:quelqu'?un|un autre|une autre)", r"je (?:te|vous) (?:le|la) garde",
    r"verkaufe (?:ich )?(?:es|ihn|sie|das \w+|den \w+|die \w+) an (?:jemand|den nachsten|einen anderen|eine andere)",
    r"(?:halte|reserviere) (?:ich )?(?:es|ihn|sie|das \w+) (?:dir|fur dich)",
    r"(?:la|lo|li|le) vendo a (?:un altro|un'?altra|qualcun)", r"ti (?:tengo|lascio) (?:la|il|lo) \w+ fino a",
    r"verkoop ik (?:het|hem|'?m|de \w+) aan (?:iemand|een ander)", r"(?:ik )?hou (?:het|hem|'?m|de \w+) voor je",
    r"(?:otro|outro|un autre|altro|andere[nr]?) (?:comprador|acheteur|acquirente|koper|kaufer|interessent)",
    # the buyer will buy elsewhere: "başkasından alacağım", "em đặt shop khác", "dusri le lunga", "buy it elsewhere"
    r"(?:buy|get|order) (?:it |one |them )?(?:from )?(?:someone else|somewhere else|elsewhere|another (?:seller|shop))",
    r"baskasindan (?:alacagim|alirim|aliyorum)", r"baska (?:yerden|birinden|saticidan) (?:alacagim|alirim)",
    r"(?:dat|mua|lay) (?:o )?(?:shop|cho|ben|noi) khac",
    r"(?:dusri|dusra|doosri|doosra|dusre) (?:le|se le) (?:lunga|lungi|lenge)",
    r"kahin aur se (?:le|mangwa)", r"beli (?:di|ke) (?:tempat|toko|seller|penjual) lain",
    r"(?:cari|ambil) (?:yang )?lain",
    r"kupi(?:e|ę) (?:gdzie indziej|od kogos innego|u kogos innego)",
    r"koop (?:ik )?(?:hem |het )?(?:ergens anders|bij een ander)",
    r"kuplyu u drugogo", r"куплю (?:у другого|в другом месте|у кого-то другого)", r"возьму у другого",
    r"(?:se lo |te lo )?compro (?:en otro (?:lado|sitio)|a otr[oa]|a alguien mas)",
    r"compro (?:noutro|em outro|de outr[oa]) ?(?:lado|lugar|sitio|pessoa|vendedor)?", r"j'?ach(?:e|è)te ailleurs",
    r"compro (?:altrove|da un altro|da qualcun)", r"kaufe (?:ich )?(?:es |ihn |sie )?(?:woanders|bei jemand anderem)",
)
# The crime named by its name: news, warnings and help pages do, a threatener almost never does (on the labelled
# texts: 945 hard negatives and 3 threats, all three pasted by the person who received them).
NAMES_CRIME = _rx(r"sextor", r"sexpress", r"sextors", r"ricatt\w* sessual", r"extorsi(?:o|ó)n sexual",
                  r"extors(?:a|ã)o sexual", r"chantage (?:sexuel|a la webcam|à la webcam)", r"sexuelle erpressung",
                  r"seksuele afpersing", r"sekstor", r"pemerasan seksual", r"sekstorsj", r"сексторш", r"сексуальн\w* "
                  r"вымогательств")
# Game money: a joke's token between players (TOKEN) and the price of an account held, also as the languages the
# rules read name it ("500 diamantes", "1000 pavos").
_GAME_CURRENCY = r"v-?bucks|robux|gold|gems|coins|diamonds|skins"
GAME_MONEY = _rx(rf"\d+ (?:{_GAME_CURRENCY}|diamantes|diamants|diamanti|gemas|gemme|moedas|monedas|pavos|munzen|"
                 r"muenzen)\b")
# Treats a group shares, and when the one who lost the dare pays for them.
_TREATS = (r"pizzas?|kebabs?|doners?|crepes|friet|frites|patat|gelatos?|gelati|helados?|ice creams?|eis|glaces?|"
           r"burgers?|hamburguesas?|tacos|churros|croissants|kaffee|coffees?|cafes?|biere?s?|bier|beers?|birr[ae]|"
           r"cervezas?|cervejas?|spritz|pommes|desserts?|postres?|sushi|nachos|snacks|sweets|candy|bonbons|donuts|"
           r"doughnuts|brownies|cupcakes|milkshakes?|bubble tea|boba|drinks|getranke|drinken|fritten|currywurst|"
           r"frikandellen|acai|sorvetes?|pipocas|palomitas|popcorn|chips|crisps|ramen|bubble teas|grec|"
           r"brigadeiros?|coxinhas?|empanadas|arancini|kapsalon|croquetas|chicken shop|maccies|nandos|kfc|"
           r"pastel de nata|pasteis de nata|gyros|falafel|shawarma|waffles|gaufres|pancakes|crepe")
_WHEN = (r"morgen|heute|demain|ce soir|domani|stasera|manana|hoy|amanha|hoje|tomorrow|tonight|later|"
         r"vanavond|straks|nachher")
# A token asked for with laughter: "pay me one (1) coffee or … 😂" – a joke between friends.
TOKEN = _rx(
    # a sweet by its brand: "un kinder bueno et je la supprime", "kostet dich ne tüte haribo"
    r"(?:kinder bueno|kinder schoko\w*|haribo|snickers|kit ?kat|twix|oreos?|nutella|chupa chups|skittles|toblerone|"
    r"milka|maltesers|ferrero rocher|pringles)\b",
    r"(?:one \(1\)|one|1|a|un|una|une|uma|ein|eine|een) (?:coffee|pizza|beer|lunch|drink|snacks?|donut|cookies?|"
    r"ice cream|cerveza|cana|canita|caf(?:e|é)|bi(?:e|è)re|birra|bier|biertje|cerveja|kaffee|koffie|koffietje)\b",
    r"(?:un|una|une|uma|ein|eine|een|a) (?:kebab|doner|hamburguesa|hamburger|burger|croissant|pastel|pastelito|"
    r"gelato|cornetto|frikandel|patatje|brigadeiro|acai|churro|taco|milkshake|boba|bubble tea|donut|doughnut)\b",
    # several of them, or none given, or the Portuguese "um": "o me invitas a unas cañas", "wenn du mir kein Bier
    # ausgibst", "me paga um açaí"
    r"(?:unas|unos|umas|uns|um|des|deux|dos|duas|due|two|zwei|twee|kein|keinen|geen) (?:canas?|cervezas?|cervejas?|"
    r"bieres?|birre|birra|bier|biere|biertjes?|beers?|coffees?|cafes?|cafezinhos?|pizzas?|tacos?|kebabs?|churros?|"
    r"drinks?|copas?|chopes?|chopps?|rondas?|rounds?|tournees?|runden?|rondjes?|acai|sorvetes?|pasteis|pastel|"
    r"hamburgueres|hamburguer|lanches?|gelatos?|gelati|frites|friet|patat)\b",
    # a treat as the price: "pay me in tacos", "buy us a round"
    r"(?:pay|buy|owe|get|bring|shout) (?:me|us) (?:in |a |an |one |some )?(?:tacos|kebabs|burgers|fries|donuts|"
    r"doughnuts|pizzas?|beers|coffees|chocolates?|cake|croissants|churros|nachos|snacks|sweets|candy|drinks|"
    r"chips|crisps|"
    r"a round|round)\b",
    # the next round of drinks: "entweder du zahlst die nächste Runde", "you're buying the next round"
    r"(?:die nachste|the next|next|la prochaine|la proxima|la siguiente|il prossimo|la prossima|a proxima|o proximo|"
    r"de volgende|het volgende) (?:runde|round|ronda|tournee|giro|rodada|rondje|ronde)\b",
    r"trakteer (?:me |ons |je )?op \w+",
    # the late one pays for dessert: "como llegues tarde otra vez pagas tú el postre"
    r"(?:pagas|pagues|invitas|invites) (?:tu )?(?:el postre|los postres|la cena|la ronda|las canas|los cafes|"
    r"las birras|las cervezas|las chelas|los tacos|las pizzas|las pipas|los helados|las palomitas)\b",
    # a treat for the whole group: "u buy everyone maccies"
    r"(?:buy|buys|get|gets|shout|shouts) (?:everyone|every1|us all|the (?:squad|team|group|lads|girls)) "
    r"(?:maccies|maccas|mcdonalds|kfc|nandos|pizza|pizzas|chips|ice cream|drinks|snacks|sweets|coffee|bubble tea)\b",
    # Polish: "albo stawiasz wszystkim kebaba", "stawiasz piwo"
    r"stawiasz (?:wszystkim |nam |mi )?(?:kebaba|kebab|piwo|piwa|pizze|pizza|kawe|lody|obiad|kolejke)\b",
    # the forfeit of "whoever doesn't send …": "paga le birre sabato", "paga da bere a tutti"
    r"paga (?:le birre|da bere|i caffe|la pizza|le pizze|gli spritz|lo spritz|il giro|la cena)\b",
    r"offrimi (?:lo |un |una |la |il |l'?)?(?:spritz|caffe|birra|pizza|gelato|"
    r"aperitivo|cena|pranzo|cornetto)\b", r"invita(?:s|me)? a (?:las |unas |una )?(?:canas|cervezas|copas|cena)\b",
    # a chore as the price, between siblings and flatmates: "pay up (do my dishes for a week)", "me haces la cama una
    # semana", "tu ranges ma chambre", "mi fai i compiti", "lava a louça", "du machst den Abwasch", "jij doet de afwas"
    r"(?:do|does|doing) (?:my|the|all the|all my) (?:dishes|washing up|chores|laundry|homework|hoovering|ironing)\b",
    r"(?:make|makes|making) my bed\b", r"(?:clean|tidy|cleans|tidies) my room\b",
    r"(?:wash|washes|washing) up (?:for|every|all|tonight|this)\b",
    r"take (?:out )?(?:the|my) (?:bins|trash|rubbish|garbage)(?: out)?\b",
    r"(?:me )?(?:haces|hagas|lavas|laves|friegas|friegues|limpias|limpies|ordenas|ordenes|recoges|recojas) (?:la cama|"
    r"los platos|los deberes|la tarea|mi cuarto|mi habitacion|la cocina|el bano)\b",
    r"(?:tu )?(?:fais|fasses|ranges|laves|sors) (?:la vaisselle|ma chambre|mes devoirs|le menage|mon lit|"
    r"les poubelles)\b",
    r"(?:mi )?(?:fai|faccia|lavi|rifai|pulisci|porti giu) (?:i compiti|i piatti|il letto|la mia camera|"
    r"la spazzatura)\b",
    r"(?:lava|lave|lavar|arruma|arrume|faz|faca|fazer) (?:a louca|o meu quarto|meu quarto|a minha cama|minha cama|"
    r"o meu dever|meu dever|a tarefa|o lixo)\b",
    r"(?:machst|mach|ubernimmst|raumst) (?:den|meinen|mein|meine|die) (?:abwasch|zimmer|hausaufgaben|spulmaschine|"
    r"wasche|mull)\b",
    r"(?:doet|doe|ruimt) (?:de|mijn|je) (?:afwas|kamer|huiswerk|was|vaatwasser)\b",
    # game money owed between players
    rf"\d+ (?:{_GAME_CURRENCY})\b",
    # Hinglish: "party de warna …", "treat de", "samosa khila"
    r"(?:party|treat|pizza|samosas?|samose|chai) (?:de|dede|do|dena|khila|khilade|pila|pilade)\b",
    # a dare's forfeit, "you pay the <treat>" for the group: "oder du zahlst morgen die Pizza", "ou tu paies les crêpes
    # demain", "of je betaalt morgen de friet", "o paghi tu il gelato domani", "or you pay for the pizza"
    rf"(?:pay|pays|zahlst|zahlt|bezahlst|bezahlt|spendierst|spendiert|paies|payes|paie|betaalt|trakteert|paghi|offri|"
    rf"pagas|pagues|invitas|"
    rf"pagar|paga) (?:du |tu |jij |you |u )?(?:(?:{_WHEN}) )?(?:for )?(?:the |die |den |das |les |la |le |l'?|de |het |"
    rf"il |lo |i |gli |el |los |las |o |a |os |as |everyone'?s |everybody'?s |all the )?(?:{_TREATS})\b",
    # a treat owed or brought as the price: "you owe me a kebab", "tu me dois un grec", "schuldest du mir nen Döner",
    # "si tu me ramènes pas de croissants", "se tu não trouxer brigadeiro", "ur buying the chicken shop"
    rf"(?:owe|owes) (?:me|us) (?:a |an |one |some |the )?(?:{_TREATS})\b",
    rf"me dois (?:un |une |des |le |la |les |encore un |encore une )?(?:{_TREATS})\b",
    rf"schuldest (?:du )?mir (?:noch )?(?:nen |einen |eine |ne |n |ein |'nen )?(?:{_TREATS})\b",
    rf"(?:ramenes|ramene|rapportes|apportes) (?:pas )?(?:de |des |un |une |les |mes )?(?:{_TREATS})\b",
    rf"(?:trouxer|trazer|trouxe) (?:um |uma |o |a |os |as |meu |minha )?(?:{_TREATS})\b",
    rf"(?:buying|buys|buy|getting) (?:the |us |me |everyone )?(?:{_TREATS})\b",
    rf"(?:me debes|nos debes) (?:un |una |unos |unas )?(?:{_TREATS})\b",
    rf"(?:mi devi|ci devi) (?:un |una |uno |la |il )?(?:{_TREATS})\b",
    rf"(?:je bent me|je moet me) (?:nog )?(?:een |de )?(?:{_TREATS})\b",
)
# A game named as such: a dare or a bet, whose forfeit is the "or" ("dare: … or u buy everyone maccies", "aposta: se o
# flamengo perder tu me paga um açaí", "bet 10 quid you won't ask her out").
GAME = _rx(
    r"(?:dare|reto|aposta|apuesta|bet|wette|defi|sfida|scommessa|challenge|desafio|uitdaging|weddenschap|mutprobe|"
    r"gage|obbligo|prenda|opdracht|durf|forfeit|pari|pari tenu|scommessa fatta|apuesta hecha) ?: ",
    r"i bet (?:you|u|ya)\b", r"bet (?:you|u|ya)\b", r"bet (?:\d+|a tenner|a fiver|ten|five|twenty) (?:quid|bucks|"
    r"dollars|euros|pounds|pound|euro|dollar)? ?(?:you|u|ya|that)\b",
    r"(?:te|le) apuesto (?:\w+ )?(?:a )?que\b", r"aposto (?:contigo |com voce |\w+ )?que\b",
    r"je (?:te )?parie (?:\w+ )?que\b", r"ich wette,? (?:\w+ ,? )?(?:dass|du)\b", r"scommetto (?:\w+ )?che\b",
    r"wedden dat\b", r"(?:lost|lose|won|win) the bet\b", r"(?:the )?forfeit (?:is|was)\b",
    # a forfeit set for the whole group: "chi non manda la foto … paga da bere a tutti", "whoever doesn't post …"
    r"chi non (?:manda|posta|porta|viene|mette)\b", r"(?:whoever|anyone who|who ever) (?:doesn'?t|doesnt|does not) "
    r"(?:send|post|bring|come|show up)\b", r"(?:el|la) que no (?:mande|suba|traiga|venga)\b",
    r"quem nao (?:mandar|postar|trouxer|vier)\b", r"wer (?:\w+ ){0,4}nicht (?:schickt|postet|mitbringt|kommt)\b",
    # ... or forgets: "wer am Samstag die Trikots vergisst, zahlt die Pizza", "whoever forgets their boots buys …"
    r"(?:whoever|anyone who) (?:forgets|is late|turns up late|shows up late)\b",
    r"wer (?:\w+ ){0,5}(?:vergisst|zu spat kommt)\b",
    r"(?:el|la) que (?:se olvide|olvide|llegue tarde)\b", r"quem (?:esquecer|chegar atrasad[oa])\b",
    r"(?:celui|celle) qui (?:oublie|arrive en retard)\b", r"chi (?:dimentica|si dimentica|arriva in ritardo)\b",
    r"wie (?:\w+ ){0,5}(?:vergeet|te laat komt)\b",
)
# (young people laugh with 💀 and 😭 too, and stretch their "lmaooo"; on the labelled texts every harmless picture with
# one of them is a hard negative)
LAUGH = re.compile(r"😂|🤣|😆|😭|💀|\b(?:lol+|lmf?ao+|haha\w*|jaja\w*|kkk+|mdr|ptdr|jk|hehe\w*|rsrs\w*|wkwk\w*|ahah\w*|"
                   r"jeje\w*|xa-?xa\w*|xd+)\b|хаха\w*|ㅋㅋ+|"
                   # a joke said ("just kidding", "(not serious)"), never "no es broma", "non sto scherzando"
                   r"\b(?:just kidding|je rigole|c'?est pour rire|(?<!no )es broma|(?<!nao )(?:to|tou) brincando|"
                   r"(?<!non )sto scherzando|(?<!geen )grapje|nur spa(?:ss|ß))\b|\(not serious\)|(?<!не )шучу",
                   re.IGNORECASE)
# The sender of a picture guards it: "delete it after tho", "don't you dare show anyone", "no se la enseñes a nadie",
# "zeig das niemandem", "ne la montre à personne", "non farla vedere a nessuno", "laat het aan niemand zien".
PROTECT_ASK = _rx(
    r"(?:don'?t|do not|dont) (?:you )?(?:dare )?(?:show|share|screenshot|send|post|forward|save)\b(?: (?:\w+ ){0,3}"
    r"(?:anyone|anybody|nobody|no one))?", r"delete (?:it|this|that|them) (?:after|later|right after|once)\b",
    r"no (?:se |me )?(?:la |lo |las |los )?(?:ensenes|muestres|pases|mandes|reenvies) a nadie\b",
    r"borra(?:la|lo|las|los)? (?:despues|luego)\b", r"nao (?:mostra|mostre|manda|mande|passa|passe) (?:pra|para|a) "
    r"ninguem\b", r"apaga (?:depois|logo)\b", r"zeig (?:das|es|sie|ihn|die) (?:\w+ )?(?:niemandem|keinem)\b",
    r"losch (?:das|es|sie) (?:danach|spater)\b", r"ne (?:la |le |les )?montre (?:a|à) personne\b",
    r"efface(?:-la|-le| la| le)? (?:apres|après)\b", r"non (?:farla|farlo|farle) vedere a nessuno\b",
    r"cancellala (?:dopo|subito dopo)\b", r"laat (?:het|hem|die|ze) aan niemand zien\b",
    r"verwijder (?:het|hem|die) (?:daarna|straks|meteen)\b",
)
# A harm said as a lover's or a friend's hyperbole: "or i'll kill u", "te mato", "ich bring dich um", "je te tue".
HYPERBOLE = _rx(
    r"(?:i'?ll|i will|ima|imma|im gonna|i'?m gonna) (?:literally )?(?:kill|murder|end) (?:u|you|ya)\b",
    r"(?:te|la|lo) mato\b", r"te (?:voy a )?matar\b", r"(?:eu )?te mato\b", r"ich (?:bring|bringe) dich um\b",
    r"je te (?:tue|tuerai|bute)\b", r"ti (?:ammazzo|uccido)\b", r"ik (?:vermoord|maak) je\b",
)


# A secret that shames nobody, as friends threaten to tell it: crying at a film, a fear of spiders, a teddy still slept
# with ("pay me back the 20 or im telling everyone u cried at the end of up").
SILLY_SECRET = _rx(
    r"(?:cried|cry|crying|sobbed|teared up) (?:at|during|watching|over|in) (?:the end of )?(?:a |the )?\w+",
    r"(?:scared|afraid|terrified) of (?:spiders|clowns|the dark|birds|pigeons|moths|dogs|balloons|frogs|geese)\b",
    r"still (?:sleep|sleeps|sleeping) with (?:a |ur |your )?(?:teddy|stuffed|plushie|night ?light|nightlight|blankie)",
    r"(?:sing|singing|sang) in the shower\b",
    # snoring, or being bad at a game: "je dis à ta mère que tu ronfles 😘", "im telling the clan ur trash at this game"
    r"(?:that )?(?:you|u) snore\b", r"(?:que )?(?:tu ronfles|roncas|voce ronca|vc ronca)\b", r"che russi\b",
    r"dass du schnarchst\b", r"dat je snurkt\b",
    r"(?:ur|you'?re|youre|u r) (?:so )?(?:trash|bad|terrible|garbage|dogwater) at (?:this game|the game|fortnite|"
    r"valorant|minecraft|fifa|cod|roblox|\w+ ?kart)\b",
    # the debt itself as the "secret": "or im telling everyone ur a tight git", "que eres un rata", "que t'es radin"
    r"(?:ur|you'?re|youre|you are|u r|ure) (?:a |such a |the )?(?:tight git|tightwad|cheapskate|stingy|scrooge|"
    r"tight ass|tightarse|broke|skint)\b",
    r"(?:que )?(?:eres|es) (?:un |una )?(?:rata|taca[nñ]o|taca[nñ]a|agarrad[oa])\b",
    r"(?:que )?(?:t'?es|tu es) (?:un |une )?(?:radin|radine|rat)\b", r"dass du (?:ein |so ein )?geizhals bist\b",
    r"(?:que )?(?:voce e|vc e|tu es) (?:um |uma )?(?:mao de vaca|pao-duro|pao duro)\b",
    r"(?:lloraste|lloras|lloro) (?:con|viendo|en|al final de) ",
    r"(?:chorou|chorando|chora) (?:vendo|com|no|assistindo) ",
    r"(?:as|a|t'?as) pleure (?:devant|pendant|a la fin de|en regardant) ", r"(?:hast|hat) bei (?:\w+ ){1,4}geweint\b",
    r"(?:hai|ha) pianto (?:guardando|alla fine di|per|durante) ", r"(?:huilde|moest huilen) (?:bij|om|tijdens) ",
    r"(?:poplakal|plakal|plakalas|płakałeś|plakales|plakalas) (?:na|przy|podczas) ",
    # a gamer's or a listener's trivia "leaked" to the group: "im leaking ur spotify wrapped to the whole server 💀",
    # "1v1 me or i'm leaking ur k/d", "ur bronze rank"
    r"(?:ur|you'?re|youre|you are|u r) the reason (?:we|i) (?:were|was|got|are) (?:late|lost|kicked out|told off)\b",
    r"spotify wrapped\b", r"apple music replay\b", r"(?:secret |guilty pleasure |taylor swift |emo |cringe )?"
    r"playlists?\b", r"(?:\d+(?:[./]\d+)? ?|(?:ur|your|his|her|their) )k/?d(?: ratio)?\b", r"k/d\b",
    r"(?:bronze|silver|iron|wood|wooden|plastic|hardstuck|hard stuck) (?:\d )?rank\b",
    r"(?:ur|your) (?:real |actual |ranked )?(?:rank|elo|ranked stats|win rate|winrate)\b",
    r"(?:ur|your) (?:base )?(?:coords|coordinates)\b",
    # an old account's era: "ur musically era"
    r"(?:musically|musical\.ly|vine) (?:account|era)\b",
    # a household mishap told to a parent: "or I tell mom you ate the last slice of cheesecake", "wer die Delle ins Auto
    # gemacht hat", "quién rompió el jarrón", "qui a cassé la lampe"
    r"(?:who|that (?:you|u)|(?:mom|mum|dad|mama|papa|grandma|nan) (?:you|u)) (?:\w+ )?(?:broke|dented|scratched|"
    r"smashed|ate|spilled|finished|drank) (?:the |my |our |mum'?s |mom'?s |dad'?s |grandma'?s )?(?:last )?(?:\w+ )?"
    r"(?:\w+ of )?(?:\w+ )?(?:vase|car|cake|cheesecake|slice|cookies?|biscuits?|pizza|ice ?cream|chocolate|remote|lamp|"
    r"window|glass|plate|mug|tv|telly|fridge|door|fence|mirror|leftovers|snacks|sweets|candy|crisps|cereal|milk|"
    r"brownies?|muffins?|donuts?|doughnuts?|cupcakes?|pie|sandwich|fries|nuggets|pudding|yogh?urt)\b",
    r"wer (?:die |den |das |dem )?(?:\w+ )?(?:vase|delle|kuchen|torte|fernbedienung|lampe|scheibe|fenster|tasse|"
    r"schokolade|pizza|eis|kratzer)\w* (?:\w+ ){0,3}(?:kaputt gemacht|zerbrochen|gemacht|gegessen|aufgegessen)\b",
    r"(?:quien|que tu|que) (?:rompio|rompiste|comio|comiste|abollo|abollaste|rayo|rayaste) (?:el |la |los |las )?"
    r"(?:ultim[oa] )?(?:\w+ )?(?:jarron|coche|carro|tarta|pastel|pizza|helado|chocolate|mando|lampara|ventana|vaso|"
    r"plato|galletas?)\b",
    r"(?:quem|que voce|que vc|que tu) (?:quebrou|comeu|amassou|riscou) (?:o |a |os |as )?(?:ultim[oa] )?(?:\w+ )?"
    r"(?:vaso|carro|bolo|pizza|sorvete|chocolate|controle|lampada|janela|copo|prato|biscoitos?)\b",
    r"(?:qui a|que tu as|que t'?as) (?:casse|mange|raye|cabosse|fini) (?:le |la |les |l'?)?(?:dernier |derniere )?"
    r"(?:\w+ )?(?:vase|voiture|gateau|pizza|glace|chocolat|telecommande|lampe|fenetre|verre|assiette|biscuits?|part)\b",
    r"(?:chi ha|che hai) (?:rotto|mangiato|ammaccato|graffiato|finito) (?:il |la |lo |l'?|i |le |gli )?(?:ultim[oa] )?"
    r"(?:\w+ )?(?:vaso|macchina|torta|pizza|gelato|cioccolat\w+|telecomando|lampada|finestra|bicchiere|piatto|biscotti|"
    r"fetta)\b",
    r"(?:wie|dat (?:jij|je)) (?:de |het |die )?(?:laatste )?(?:\w+ )?(?:vaas|auto|taart|pizza|ijs|chocolade|"
    r"afstandsbediening|lamp|raam|glas|bord|koekjes?|deuk)\w* (?:\w+ )?(?:heeft )?(?:gebroken|opgegeten|kapot gemaakt|"
    r"gemaakt)\b",
)
# Search history leaked in a gamers' chat: a joke only with laughter and no money ("carry me or im leaking ur search
# history 💀"); the bulk e-mail's "browsing history" is not it.
SILLY_HISTORY = _rx(r"search history\b", r"historial de busqueda\b", r"historico de pesquisa\b",
                    r"suchverlauf\b", r"historique de recherche\b")
# A thing of everyday life (clothes, a charger, a controller, a plush toy, sweets) held "hostage": the joke of friends
# and siblings ("ur hoodie has been taken hostage, ransom is one large chips", "tengo secuestrado tu cargador",
# "il tuo peluche è in ostaggio"). A person, a pet, files, an account or a phone is never one of these things.
_HELD_THINGS = (
    r"hoodies?|jumpers?|sweaters?|sweatshirts?|jackets?|coats?|beanies?|scarf|socks|shoes|trainers|sneakers|"
    r"chargers?|charging cable|headphones|earbuds|airpods|controllers?|switch|ps5|remote|plushies?|plush|teddy|"
    r"teddy bear|stuffed \w+|water bottle|mug|pencil case|lego|haribo|chocolates?|snacks|sweets|crisps|pillow|"
    r"blanket|umbrella|lunchbox|skateboard|football|"
    r"sudadera|cargador|mando|peluche|auriculares|cascos|chaqueta|gorra|mochila|balon|manta|almohada|"
    r"sweat|pull|chargeur|manette|doudou|casque|ecouteurs|veste|bonnet|gourde|trousse|ballon|plaid|coussin|"
    r"felpa|caricabatterie|caricatore|joystick|cuffie|cuffiette|giacca|maglia|maglione|borraccia|pallone|coperta|"
    r"cuscino|moletom|casaco|carregador|controle|pelucia|fones?|bone|garrafa|cobertor|travesseiro|"
    r"pulli|pullover|ladekabel|ladegerat|kuscheltier|kopfhorer|jacke|mutze|trinkflasche|decke|kissen|"
    r"trui|oplader|knuffel|koptelefoon|muts|bidon|deken|"
    # cups and mugs: "your favourite mug", "tu taza", "ta tasse", "la tua tazza", "sua caneca", "je mok"
    r"cups?|mugs|taza|tazon|tasse|tazza|caneca|xicara|mok|beker|kopje|becher|"
    # German compounds end in the thing: "Deine Kaffeetasse ist in Geiselhaft", "dein Lieblingskissen"
    r"\w+(?:tasse|becher|kissen|decke|jacke|pulli|flasche)")
_HOSTAGE_WORDS = (r"hostage|secuestrad[oa]s?|rehen|otage|ostaggio|geisel\w*|gijzel\w*|gegijzeld|refem|sequestrad[oa]s?|"
                  r"ransom|rescate|rancon|riscatto|losegeld|losgeld|resgate")
MOCK_HOSTAGE = _rx(rf"(?:{_HELD_THINGS})\b[^.!?\n]{{0,50}}?\b(?:{_HOSTAGE_WORDS})\b",
                   rf"(?:{_HOSTAGE_WORDS})\b[^.!?\n]{{0,50}}?\b(?:{_HELD_THINGS})\b")
# A brother's or a sister's "or I tell mum": the parent named bare, as children who share them do ("im telling mum",
# "sag ich Mama", "je dis tout à maman", "eu conto pra mãe"); a stranger says "your mum".
TELL_PARENT = _rx(
    r"(?<!your )(?<!ur )(?<!yo )(?:tell|telling|tellin|tells|show|showing) (?:mum|mom|mam|mommy|mummy|mama|dad|"
    r"daddy|nan|nana|grandma|gran)\b",
    r"(?:sag|sage|erzahl|erzahle|petze|verrat|verrate) (?:ich )?(?:es |das )?(?:mama|papa|mutti|oma)\b",
    r"(?:digo|cuento|dire|contare) a (?:mama|papa|la abuela)\b",
    r"(?:dis|raconte|dirai|raconterai|dire) (?:tout |ca )?a (?:maman|papa|mamie)\b",
    r"(?:dico|racconto|diro|raccontero) (?:tutto )?a (?:mamma|papa|nonna)\b",
    r"(?:conto|falo|contar|falar) (?:tudo )?(?:pra|para a|pro|para o) (?:mae|mamae|pai|vo|vovo)\b",
    r"(?:zeg|vertel) (?:ik )?(?:het )?(?:alles )?(?:tegen |aan )?(?:mama|papa|oma)\b",
)
_NOT_BEFORE = re.compile(r"\b(?:not|dont|don'?t|never|nao|no|ne|non|nicht|niet|nunca|jamais|mai)\W+"
                         r"(?:\w+\W+)?$")
# What the reader sent someone, hinted: "im telling mom what you sent jake".
_SENT_HINT = re.compile(r"\bwhat (?:you|u|ya|du|tu) (?:sent|send|showed|did with|geschickt|mandaste|envoy\w*|mandou)\b")
# A payment channel named: a sum asked through it is no sibling's debt.
_PAY_CHANNEL = re.compile(r"\b(?:cash ?app|venmo|paypal|zelle|bizum|gift ?cards?|pix|revolut|lydia|satispay|tikkie|"
                          r"blik|mb ?way|steam|paysafe\w*|apple card)\b")
# A line pasted from another chat, marked as e-mail and forums quote it ("> sending to ur mum first").
_PASTED_LINE = re.compile(r"^\s*>", re.M)
# A secret that is no teasing matter, whoever tells it: who someone loves, a pregnancy, self-harm.
_GRAVE_SECRET = re.compile(r"\b(?:gay|lesbian|lesbisch|bi|bisexual|trans|queer|schwul|homo\w*|pregnant|schwanger|"
                           r"embarazada|gravida|enceinte|incinta|zwanger|abortion|abort\w*|self[- ]?harm|cutting|"
                           r"suicid\w*)\b")
# The reader's parent, named as a stranger names them ("ur mum", "tu madre", "deiner Mutter").
_READERS_PARENT = re.compile(r"\b(?:your|ur|yo|tu|ta|ton|tua|sua|teu|dein|deine|deiner|deinen|je|jouw)\s+"
                             r"(?:mum|mom|mam|mama|mommy|mother|dad|daddy|father|parents|madre|padre|mere|pere|mae|pai|"
                             r"mutter|vater|eltern|moeder|vader|ouders|mamma|papa|maman)\b")
_GROUP_CHAT = re.compile(r"(?:group|class|family|team|squad) chat\b")
# How far before a "chat" read as material its group's word may start ("family " is the longest).
_GROUP_REACH = len("family ")
# A friend's debt is a small sum: past this, a harmless secret is no joke's price.
_SMALL_SUM = 100
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _beyond_small_sum(text: str) -> bool:
    """Whether a number in ``text`` is more than a friend's debt (``_SMALL_SUM``)."""
    return any(float(n.replace(",", ".")) > _SMALL_SUM for n in _NUMBER.findall(text))
# What a token joke never holds: a sum of money, a payment channel, a claim to hold pictures.
REAL_MONEY = _rx(
    r"[$£€]\s?\d", r"\d+\s?(?:[$£€]|(?:usd|eur|euros?|dollars?|k|grand|reais|pounds?|libras?|bucks)\b)", r"bitcoin",
    r"\d+\s?(?:franken|chf|francs?|zl|zloty|zlotych|lei|rupees?|pesos?|naira|rand)\b", r"chf\s?\d",
    r"btc\b", r"cash\s?app", r"venmo", r"paypal", r"zelle", r"bizum", r"gift ?card", r"nudes?\b",
)

# A claim to have broken into a device or filmed through its camera (the bulk e-mail), and crypto.
INTRUSION = _rx(
    r"hack", r"recorded (?:you|y0u)", r"webcam", r"camera", r"malware", r"trojan", r"spyware", r"zainfekow",
    r"kamera nagral", r"nakapasok", r"взлом", r"веб-камер", r"gehackt", r"piratea", r"hackee",
)
# (and the coins asked by name: "800€ en USDT"; not "criptomoedas" or "Kryptowährung", which news items and help pages
# name when they retell a demand: on the read sets they flagged a help page and a news item, and found no threat more)
CRYPTO = _rx(r"bitcoin", r"btc\b", r"monero", r"crypto", r"биткоин", r"b1tcoin", r"usdt\b", r"tether\b", r"ethereum",
             r"litecoin", r"xmr\b")


# A creditor's lawful step when a bill or the rent goes unpaid, or a customer's when a refund does not come:
# eviction, a collection agency or a bailiff, late fees or interest, a service cut off, a chargeback ("Pay by Friday or
# I'm starting the eviction process", "anders worden incassokosten in rekening gebracht"). A landlord's, a company's
# or a customer's reminder, not a threat, when nothing held, harmful or shown to others stands beside it.
CREDITOR = _rx(
    r"evict(?:ion|ing|ed)?\b", r"(?:court|eviction) (?:notice|process|proceedings|papers)\b", r"small claims\b",
    r"(?:collection|collections|debt collection) agency\b", r"debt collectors?\b", r"(?:sent|go|goes|passed) to "
    r"collections\b", r"late (?:fee|fees|charge|charges|payment fee|payment charge)\b", r"interest charges?\b",
    r"(?:service|electricity|power|water|gas|internet|broadband|phone line|supply) (?:will be |gets |is |may be )?"
    r"(?:disconnected|cut off|shut off|suspended)\b",
    r"desahucio", r"desalojo", r"(?:agencia|empresa) de (?:cobro|cobranza|recobro)s?\b",
    r"recargos? por (?:mora|demora|retraso)\b", r"intereses de demora\b",
    r"(?:acao|ordem|processo) de despejo\b", r"despejo\b", r"multa por atraso\b", r"juros de mora\b",
    r"(?:cobrar|aplicar|cobro|aplico) (?:a )?multa (?:do|de|prevista no) (?:contrato|atraso)\b",
    r"(?:cobrar|aplicar) (?:la )?(?:multa|penalizacion) (?:del|por) (?:contrato|retraso)\b",
    r"(?:empresa|agencia) de cobranca\b", r"nome (?:no|em|para o) (?:serasa|spc)\b",
    r"(?:procedure|proces) d'?expulsion\b", r"frais de (?:retard|recouvrement)\b",
    r"(?:societe|agence|cabinet) de recouvrement\b", r"penalites de retard\b",
    r"raumungsklage", r"zwangsraumung", r"mahngebuhr\w*", r"mahnkosten\b", r"inkasso\w*", r"verzugszinsen\b",
    r"saumniszuschlag\w*", r"gerichtsvollzieher\b",
    r"sfratto\b", r"(?:interessi|penale|penali) di mora\b", r"recupero crediti\b", r"ufficiale giudiziario\b",
    r"ontruiming\b", r"uitzetting\b", r"incasso\w*", r"aanmaningskosten\b", r"wettelijke rente\b", r"deurwaarder\w*",
    r"eksmisj\w*", r"windykac\w*", r"odsetki za zwloke\b", r"komornik\w*",
    # the supply cut off, in the other big languages: "la fornitura potrà essere sospesa", "corte del suministro"
    r"(?:fornitura|erogazione|utenza) (?:potra essere |sara |verra |puo essere )?(?:sospesa|interrotta)\b",
    r"sospensione (?:della|del|dell'?) ?(?:fornitura|servizio|utenza|erogazione)\b",
    r"(?:suministro|servicio) (?:sera |podra ser |puede ser )?(?:suspendido|cortado|interrumpido)\b",
    r"(?:corte|suspension) (?:del|de) (?:suministro|servicio)\b",
    r"(?:fornecimento|servico) (?:sera |podera ser |pode ser )?(?:suspenso|cortado|interrompido)\b",
    r"(?:corte|suspensao) (?:do|de) (?:fornecimento|servico|energia|agua)\b",
    r"(?:fourniture|service|ligne|abonnement) (?:sera |pourra etre |peut etre )?(?:suspendue?|coupee?|interrompue?)\b",
    r"coupure (?:de|du) (?:service|courant|la ligne|l'?electricite|l'?eau|gaz)\b",
    r"(?:lieferung|versorgung|anschluss|dienst|strom|leitung) (?:wird |kann )?(?:gesperrt|eingestellt|unterbrochen)\b",
    r"(?:sperrung|einstellung) (?:des|der|ihres|ihrer) (?:anschlusses|lieferung|versorgung)\b",
    r"(?:levering|aansluiting|dienst|dienstverlening) (?:wordt |kan worden )?(?:afgesloten|opgeschort|stopgezet)\b",
    # a customer's lawful step when a refund does not come: a chargeback, a payment dispute, a formal complaint ("lege
    # ich einen Käuferschutzfall an und buche die Lastschrift zurück", "presentaré una hoja de reclamaciones")
    r"charge ?backs?\b", r"(?:open|opening|file|filing|raise|raising|start|starting) (?:a |an )?(?:paypal |payment |"
    r"card |bank )?dispute\b", r"kauferschutz\w*", r"lastschrift (?:\w+ )?zuruck", r"zuruckbuchen\b",
    r"ruckbuchung\b", r"contracargos?\b", r"hojas? de reclamaciones\b", r"(?:ouvrir|ouvre|ouvrirai) un litige\b",
    r"terugboeken\b", r"tegenboeking\b", r"contestazione (?:dell'?|del )?addebito\b",
    # a platform, a consumer body or a notary asked to settle it ("I'll ask the platform to mediate", "via Gelijk
    # Oversteken een claim indienen", "je vois avec le notaire", "complaint kar dunga consumer helpline pe")
    r"(?:ask|asking|get|have) (?:the )?(?:platform|marketplace|site|app|upwork|fiverr|etsy|ebay|vinted|airbnb|amazon) "
    r"(?:to )?(?:mediate|step in|intervene|resolve it|arbitrate)\b", r"(?:open|opening|request|requesting) (?:a )?"
    r"mediation\b", r"claim indienen\b",
    r"(?:dien|dienen) (?:ik|we|wij) (?:\w+ ){0,4}(?:een )?(?:claim|klacht) in\b",
    r"(?:consumer|consumers) (?:helpline|court|forum|ombudsman|council|rights)\b",
    r"(?:verbraucherzentrale|schlichtungsstelle|ombudsman|ombudsdienst|geschillencommissie|consumentenbond|"
    r"defensor del consumidor|omic|procon|reclame aqui|60 millions|dgccrf|altroconsumo)\b",
    r"(?:avec|chez) (?:le|mon|notre) notaire\b", r"(?:al|con el|con il|dal) notai?o\b", r"(?:zum|beim|mit dem) notar\b",
    r"(?:naar|bij|met) de notaris\b",
)


# Pictures of a place, a job or an event handed to the reader ("Also sending the photos from the inspection", "here are
# the pics from the match", "te mando las fotos de la revisión"): a delivery, not a sending to others.
# Pictures of an event (a match, a trip, a party) asked to be shared with the group that was there: "chicos mandad las
# fotos del partido al grupo", "Wer die Fotos vom Turnier hat, bitte in die Gruppe schicken!", "galera manda os vídeos
# do jogo no grupo". The pictures are the event's, and the group is where they go (EVENT_SHARE with GROUP_PLACE).
EVENT_PICTURES = _rx(
    r"(?:pics|photos|pictures|videos|vids|clips) (?:from|of) (?:the |today'?s |yesterday'?s |saturday'?s |sunday'?s |"
    r"last night'?s |our )?(?:match|game|party|trip|tournament|wedding|birthday|prom|concert|training|camp|event|"
    r"formal|graduation|beach day|school trip)\b",
    r"(?:fotos|videos) (?:del|de la|de los) (?:partido|torneo|viaje|excursion|fiesta|cumple|boda|concierto|"
    r"graduacion|entreno|evento|finde|campamento)\b",
    r"(?:fotos|videos) (?:do|da|dos|das) (?:jogo|torneio|passeio|viagem|festa|churrasco|casamento|aniversario|"
    r"formatura|show|treino|evento|acampamento)\b",
    r"(?:fotos|videos|bilder) (?:vom|von der|von dem|von unserem|von unserer) (?:turnier|spiel|ausflug|fest|party|"
    r"feier|hochzeit|geburtstag|konzert|training|klassenfahrt|abschlussfeier|zeltlager)\b",
    r"(?:photos|videos) (?:du|de la|de l'?) ?(?:match|tournoi|soiree|sortie|voyage|mariage|anniversaire|fete|"
    r"concert|entrainement|camp)\b",
    r"(?:foto|video) (?:della|del|dello|dell'?) ?(?:partita|torneo|gita|festa|viaggio|matrimonio|compleanno|concerto|"
    r"allenamento|campo)\b",
    r"(?:foto'?s|fotos|filmpjes|video'?s|videos) (?:van de|van het) (?:wedstrijd|toernooi|uitje|feest|reis|bruiloft|"
    r"verjaardag|concert|training|kamp)\b",
)
_GROUP_WORDS = r"grupo|gruppe|group|gc|groupe|gruppo|groep|groepsapp|chat"
GROUP_PLACE = _rx(
    r"(?:al|en el|no|na|in die|in der|in the|to the|into the|dans le|sur le|nel|sul|in de|op de|in|to|em|pro|pra) "
    rf"(?:{_GROUP_WORDS}|group ?chat|team ?chat|squad ?chat)\b",
)
_GROUP_WORD = re.compile(rf"\b(?:{_GROUP_WORDS})\b")
# ... asked of all who were there, or with a please (a threat names one reader: "si tu viens pas les photos de la soirée
# elles finissent sur le groupe de ton club")
_ASKED_OF_ALL = re.compile(r"\b(?:guys|everyone|anyone|whoever|y'?all|chicos|chicas|gente|alguien|quien tenga|galera|"
                           r"pessoal|quem tiver|wer|alle|leute|bitte|les gars|tout le monde|qui a|raga|ragazzi|chi ha|"
                           r"jongens|iedereen|wie heeft|please|pls|plz|por favor|por fa|svp|per favore|alsjeblieft)\b")

DELIVERY = _rx(
    r"(?:sending|send|attaching|attached|here are|uploaded|uploading) (?:you )?(?:the |some |a few )?(?:photos|pics|"
    r"pictures|images) (?:from|of) (?:the |today'?s |yesterday'?s |saturday'?s |sunday'?s |last week'?s |our )?"
    r"(?:inspection|viewing|check-?in|check-?out|inventory|damage|damp|mould|mold|repairs?|leak|meter|property|flat|"
    r"apartment|house|garden|car|tournament|match|game|event|ceremony|team|trip|site visit|survey|renovation|works)\b",
    r"(?:te mando|te envio|te paso|aqui van|adjunto) (?:las )?fotos (?:de la|del) (?:inspeccion|revision|visita|"
    r"inventario|piso|casa|obra|reforma|partido|torneo|excursion)\b",
    r"(?:te mando|te envio|segue[m]?|anexo) (?:as )?fotos (?:da|do) (?:vistoria|inspecao|visita|apartamento|casa|obra|"
    r"reforma|jogo|torneio|passeio)\b",
    r"(?:je t'?envoie|je vous envoie|ci-joint|voici) (?:les )?photos (?:de l'?|du |de la )(?:etat des lieux|inspection|"
    r"visite|appartement|logement|degats|travaux|match|tournoi|sortie)\b",
    r"(?:anbei|hier sind|ich schicke (?:dir|ihnen)) (?:die )?fotos (?:von der|vom) (?:besichtigung|ubergabe|"
    r"wohnungsabnahme|wohnung|schaden|baustelle|spiel|turnier|ausflug)\b",
    r"(?:ti mando|ti invio|in allegato|ecco) (?:le )?foto (?:del(?:la|l'?)?) ?(?:sopralluogo|ispezione|appartamento|"
    r"danno|danni|lavori|partita|torneo|gita)\b",
    r"(?:ik stuur (?:je|u)|bijgevoegd|hier zijn) (?:de )?foto'?s (?:van de|van het) (?:inspectie|oplevering|"
    r"bezichtiging|woning|schade|lekkage|verbouwing|wedstrijd|toernooi|uitje)\b",
)
# Pictures said to be ready, as a photographer or a lab says: "ya tengo listas las fotos de la sesión", "I've got your
# photos ready", "as fotos estão prontas".
READY = _rx(
    r"(?:tengo|tenho|ho|j'?ai|heb ik|ik heb|hab ich|ich habe|i have|i'?ve got|ive got|i got) (?:\w+ ){0,5}"
    r"(?:listas|listos|prontas|prontos|pronte|pronti|ready|fertig|pretes|prets|klaar)\b",
    r"(?:fotos|photos|foto'?s|pics|bilder) (?:\w+ ){0,2}(?:estan listas|estao prontas|sao prontas|are ready|"
    r"sind fertig|sont pretes|sono pronte|zijn klaar)\b",
)

# Someone describing or asking about such messages, not making one.
TALK_ABOUT = _rx(
    r"is (?:this|that|it) (?:\w+ )?(?:a )?(?:scam|real|legit|fake)\b",
    r"(?:hat|haben|wurde) (?:\w+ ){0,4}erpresst", r"anzeige erstattet", r"wenn dich (?:jemand|wer)\b", r"zahle nicht",
    r"scammers\b", r"estafadores", r"betruger", r"escrocs", r"truffator", r"golpist", r"oszus",
    r"is (?:this|it) (?:a )?(?:scam|real)", r"what (?:should|do|can) i do", r"how do i\b", r"please help",
    # ("how to report it", not "think about how to keep that from happening")
    r"how to (?:report|stop|block|deal|handle|get (?:rid|help|out)|know|tell|delete|remove|protect|spot|recogni)",
    r"is (?:this|it) (?:legit|fake)",
    # (not "you blocked and reported me": the sender speaks of the reader's report)
    r"reported\b(?! me\b)", r"report (?:it|them|the)", r"policia (?:nacional|prende|detuvo)", r"polizia postale",
    r"prosecutor", r"sentenced", r"arrest", r"detenid", r"verhaftet", r"interpell", r"preso\b",
    # (the Portuguese arrest, not the Italian "veniamo a prenderti")
    r"prendeu\b", r"prendem\b",
    r"aresztow", r"inaresto", r"threatened", r"threatening", r"amenaz", r"minacci", r"ameac", r"bedroh",
    r"menac", r"bedreig", r"grozil", r"nananakot", r"blackmailer", r"extorsion", r"sextortion", r"sextorsi",
    r"(?:if|when) you(?:'re| are)? (?:being )?(?:blackmailed|extorted)", r"wenn sie erpresst", r"wenn du erpresst",
    r"reporters", r"criminals", r"attempt\b", r"threatens", r"scammers? (?:threatens|may|will|says|can)", r"example",
    r"ejemplo", r"beispiel", r"exemple", r"esempio", r"exemplo", r"voorbeeld", r"meld het",
    r"betaal niets", r"iemand heeft",
    r"(?:he|she|they) (?:said|says|say|wants?|would|will|recorded)", r"says (?:she|he|they)", r"me dijo", r"ele disse",
    r"ela disse", r"sagt,? sie", r"zegt dat", r"daw\b", r"according to", r"volgens", r"laut\b", r"selon",
    r"segun\b", r"segundo (?:a|o|os|as)\b", r"secondo (?:la|il|lo|le|i|gli|me|lui|lei|quanto|fonti)\b",
    r"don'?t panic", r"never pay", r"do not pay", r"haven'?t paid", r"i didn'?t pay",
    r"no pague", r"nao paguei", r"niet betaald", r"nicht bezahlt", r"spam\b", r"fraud", r"helpline", r"victims?\b",
    r"just kidding", r"i received", r"i got an? (?:e-?mail|message|mail)", r"j'?ai recu", r"recibi", r"recebi",
    r"ich habe eine? (?:mail|nachricht)", r"ik kreeg", r"dostalem", r"was soll ich", r"que hago", r"o que (?:eu )?faco",
    r"wat moet ik", r"que faire", r"cosa devo", r"ano ang gagawin", r"co mam zrobic", r"c'?est une arnaque",
    r"a cambio de", r"in exchange for", r"mi ha ", r"me (?:mando|envio)\b",
    r"(?:polizei|police|policia|polizia|politie|gendarmerie|guardia civil) (?:\w+ )?(?:warn|alert|advier|avvert|"
    r"waarschuw|met en garde|mettent en garde|rat\b|raten)", r"warnt vor", r"warnen vor", r"die absender",
    r"behaupten", r"the senders", r"los remitentes", r"les expediteurs", r"os remetentes", r"de afzenders",
    r"the sender", r"el remitente", r"der absender", r"l'?expediteur", r"il mittente", r"o remetente", r"de afzender",
    # letters and warnings to parents, with the perpetrators in the third person plural
    r"dear parents", r"liebe eltern", r"chers parents", r"queridos padres", r"estimad[oa]s (?:padres|familias)",
    r"cari genitori", r"beste ouders", r"drodzy rodzice", r"caros pais", r"fake[- ]?(?:profil|account|konto|perfil)",
    r"drohen\b", r"verlangen\b", r"menacent", r"amenazan", r"minacciano", r"ameacam", r"dreigen\b", r"grozi\w* ",
    r"мошенник", r"шантаж", r"вымогат", r"предупрежда",
    r"(?:pics?|clip|video|vid|proof|screenshot)s? or it didn'?t happen",
)
# A parent's or a coach's sanction ("or no Xbox tonight", "sonst kein Handy"): a consequence that is not harm.
# The reader asked to send the writer a photo or a video of something ("send me a photo of your homework",
# "mándame foto de la tarea", "envoie-moi une photo", "schick mir ein Foto", "se non mi mandi la foto").
PHOTO_REQUEST = _rx(
    # the photo asked for as proof: "will ich ein Foto vom Geschirrspüler sehen", "à m'envoyer en photo"
    r"(?:will|mochte|möchte) ich (?:ein |das |dein |deine )?(?:\w+ )?(?:foto|bild|video) (?:\w+ ){0,4}sehen",
    r"(?:a|à) m'?envoyer en (?:photo|video)", r"(?:i want|i wanna|i need) to see (?:a |the )?(?:photo|pic|picture) of",
    r"(?:send|text|snap) me (?:a |the |an |ur |your )?(?:\w+ )?(?:photo|pic|picture|video|vid|screenshot)",
    r"(?:i|we|i'?ll) (?:also |just |really |will )?need (?:a |some |the )?(?:photos?|pics?|pictures?) of "
    r"(?:the |your )?\w+(?: \w+){0,6}[,.]? (?:can|could) (?:you|u) send (?:them|it|those|me)\b",
    r"(?:mandame|mandeme|enviame|me mandas|me envias|me pasas|pasame) (?:una |la |el |un )?(?:\w+ )?"
    r"(?:foto|video|captura)",
    r"(?:si no|sino) me (?:mandas|envias|pasas) (?:una |la |el |un )?(?:\w+ )?(?:foto|video|captura)",
    r"(?:envoie|envoye|envoies|envoyez)[- ]moi (?:une |la |ta |un |le )?(?:\w+ )?(?:photo|video|capture)",
    r"tu (?:ne )?m'?envoies (?:pas )?(?:une |la |ta |un |le )?(?:photo|video|capture)",
    r"(?:schick|schicke|schickst du|sende) (?:mir )?(?:ein |das |dein |deine |mal )?(?:\w+ )?(?:foto|bild|video)",
    r"(?:schicken|senden) sie (?:mir|uns) (?:\w+ ){0,2}(?:ein |das |den |die )?(?:foto|bild|video)",
    r"(?:mandami|inviami|mi mandi|mi invii) (?:una |la |il |un )?(?:\w+ )?(?:foto|video)",
    r"(?:me manda|me envia|manda|mande|mandar) (?:uma |a |o |um )?(?:\w+ )?(?:foto|video|print)",
    r"(?:stuur|stuurt) (?:me |mij )?(?:even |eens )?(?:een |de |je )?(?:\w+ )?(?:foto|video)",
    r"trimite-mi o poz", r"kirim foto",
    # the object first: "Bitte Foto vom Spielerpass schicken", "foto van je huiswerk sturen"
    r"(?:foto|bild|video|screenshot) (?:\w+ ){0,3}(?:schicken|senden|zuschicken|sturen|doorsturen|schickst|sendest)\b",
    r"(?:wyslij|przeslij|podeslij) (?:mi )?(?:\w+ )?(?:zdjecie|fotke|filmik|foto)",
    # Czech and Slovak: "pošli mi fotku domácej úlohy"; a parent who wants one by a time: "if I don't get a photo of"
    r"(?:posli|poslite|posielaj) (?:mi )?(?:\w+ )?(?:fotku|fotky|foto|video)",
    r"if i (?:don'?t|dont|do not) (?:get|see|have) (?:a |the )?(?:photo|pic|picture|video|vid|screenshot) of\b",
)
GROUNDING = _rx(
    # a coach's or a captain's sanction: "send the highlight vid or ur benched saturday", "or you're out of the squad"
    r"(?:ur|you'?re|you are|u r|youre|you'?ll be|ur gonna be|you get|u get) (?:getting )?(?:benched|dropped from the "
    r"(?:team|squad|lineup)|out of the (?:squad|team|lineup|starting (?:five|eleven|xi|lineup))|kicked (?:from|out of) "
    r"the (?:squad|team|clan|lineup))\b",
    r"(?:gaat|is) de wifi (?:\w+ ){0,3}uit", r"(?:the )?wifi (?:password )?(?:goes|is going|gets turned) off",
    r"(?:the )?wifi password (?:changes|is changing|gets changed)",
    # the wifi or the phone switched off by a parent: "vou desligar o wifi", "te quito el móvil", "je coupe le wifi"
    r"(?:turn|switch|shut)(?:ing)? (?:off )?(?:the |your |ur )?(?:wifi|wi-fi|internet|router)(?: off)?\b",
    r"(?:desligar|desligo|cortar|corto|tirar|tiro|apagar|apago|quitar|quito|desconectar|desconecto) "
    r"(?:o |a |el |la |teu |tua |seu |sua |tu )?(?:wifi|wi-fi|internet|celular|movil|telemovel)\b",
    r"(?:coupe|couper|debranche|debrancher|eteins|eteindre) (?:le |la |ton |ta )?(?:wifi|wi-fi|internet|box)\b",
    r"(?:wlan|wifi|internet) (?:\w+ ){0,2}(?:ab|aus)(?:geschaltet|gemacht)?\b",
    r"(?:stacco|staccare|spengo|spegnere|tolgo|togliere|taglio|tagliare) (?:il |la |tuo |tua )?"
    r"(?:wifi|wi-fi|internet|modem)\b",
    # an outing or a game called off: "sonst fällt das Kino aus", "sinon pas de match dimanche"
    r"(?:sonst|dann) f(?:a|ae|ä)llt (?:das|der|die|dein|deine) \w+ (?:\w+ ){0,3}aus\b",
    r"pas de (?:match|sortie|foot|entrainement|cinema|cine|soiree)\b",
    r"no (?:match|game|training|cinema|movie night|movies|outing|trip) "
    r"(?:on|this|for|tomorrow|tonight|saturday|sunday)\b",
    r"no (?:hay|habra) (?:consola|salida|partido|cine|fiesta|tele|play)\b",
    r"niente (?:partita|uscita|cinema|festa|allenamento)\b", r"sem (?:jogo|festa|cinema|passeio)\b",
    r"geen (?:wedstrijd|bioscoop|feestje|uitje|training)\b",
    # (the normaliser reads digits as letters: "PS5" is "pss" in the normalised text)
    # the device taken away: "the Xbox goes in my wardrobe", "ist das Handy weg", "nie ma konsoli", "PUBG band"
    r"(?:the|your|ur|dein|deine|das|die) (?:\w+ )?(?:xbox|playstation|ps[45sa]|switch|phone|ipad|tablet|console|"
    r"controller|laptop|handy|konsole) (?:goes|is going|gets taken|will be taken|stays|lives|sleeps|ist|bleibt|"
    r"kommt)\b",
    # Polish: "bez tego dzisiaj nie grasz", "oddam ci pada"
    r"(?:dzisiaj |dzis |jutro |wieczorem )?nie grasz\b",
    r"(?:oddam|oddamy) ci (?:pada|telefon|konsole|laptopa|tablet)\b",
    r"(?:handy|konsole|tablet|ipad|switch|playstation|xbox) (?:ist |bleibt )?(?:bis \w+ )?weg\b",
    r"nie ma (?:konsoli|telefonu|internetu|tabletu|gier|kieszonkowego)",
    # "inaczej konsola idzie do szafy", "dziś bez konsoli", "gibt's morgen kein Fortnite", "não joga sábado"
    r"(?:konsola|telefon|komorka|laptop|tablet|pad) (?:idzie|laduje) do szafy\b",
    r"bez (?:konsoli|telefonu|komorki|tabletu|internetu|kompa|komputera)\b",
    r"gibt'?s (?:\w+ ){0,2}kein(?:e|en)? (?:fortnite|handy|zocken|playstation|pss|xbox|switch|tablet|ipad|fernsehen|"
    r"tv|minecraft|roblox|internet|wlan|taschengeld)\b",
    r"(?:nao|não) (?:joga|vai jogar) (?:no |o |a )?(?:sabado|domingo|amanha|jogo|partida)\b",
    r"no (?:juegas|jugaras|vas a jugar) (?:el )?(?:sabado|domingo|manana|partido)\b",
    r"(?:pubg|free fire|phone|mobile|game|tv) band\b",
    r"(?:you'?re|youre|you are|ur|u r|u'?re) not (?:on the (?:bus|team sheet|coach)|playing|starting|travell?ing|"
    r"coming on the trip) (?:on |this )?(?:saturday|sunday|tomorrow|friday|monday|tonight|next week)\b",
    r"no (?:snapchat|snap|instagram|insta|tiktok|youtube|discord|fortnite|roblox|minecraft|netflix) "
    r"(?:for|this|tonight|today|tomorrow|until|till|til)\b",
    r"no (?:xbox|playstation|ps[45sa]|switch|nintendo|ipad|tablet|phone|tv|games|gaming|screen ?time|wifi|internet|"
    r"dessert|pocket money|allowance|sleepover|party)\b", r"(?:you'?re|ur|you are) grounded",
    r"sin (?:celular|movil|xbox|play|tele|consola|videojuegos|postre|paga)\b", r"castigad[oa]",
    r"(?:ohne|kein(?:e|en)?) (?:handy|xbox|playstation|fernsehen|konsole|taschengeld|zocken)\b", r"hausarrest",
    r"(?:sem|nada de|nao tem) (?:celular|videogame|video game|xbox|play|tv|mesada)\b", r"(?:fica|ficas) de castigo",
    # the device kept by the parent or the game over: "ou o videogame fica comigo", "se acabó la Play", "la console
    # reste chez moi"
    r"(?:o |a |teu |tua |seu |sua )?(?:videogame|video game|celular|xbox|play|playstation|ps[45sa]|switch|tv|"
    r"computador|notebook|tablet|ipad|controle) (?:fica|vai ficar) comigo\b",
    r"se (?:acabo|acaba|acabaron|acabara) (?:la |el |los )?(?:play|playstation|ps[45sa]|consola|xbox|switch|tele|"
    r"movil|celular|videojuegos?|wifi|internet|tablet|ipad|fiesta|salida|finde)\b",
    r"(?:la |el )?(?:play|playstation|consola|xbox|switch|movil|celular|tablet|ipad) (?:me lo quedo|me la quedo|se "
    r"queda conmigo)\b",
    r"(?:la console|la switch|la play|le telephone|le portable|la tablette|l'?ipad) (?:reste|restera) (?:chez moi|avec "
    r"moi)\b", r"je (?:garde|confisque) (?:ta|ton|la|le) (?:console|switch|play|telephone|portable|tablette|ipad)\b",
    r"(?:die |deine |das |dein )?(?:konsole|handy|switch|playstation|tablet|ipad) (?:bleibt|kommt) "
    r"(?:bei mir|zu mir)\b",
    r"(?:la play|la console|il telefono|il cellulare|la switch|il tablet) (?:la tengo io|lo tengo io|resta a me)\b",
    r"(?:de |je )?(?:playstation|telefoon|xbox|switch|tablet|ipad|console) (?:blijft|gaat) (?:bij mij|in de kast)\b",
    r"pas de (?:telephone|portable|console|tele|xbox|switch)\b", r"(?:t'?es|tu es) puni",
    r"niente (?:telefono|cellulare|play|xbox|tv|paghetta)\b", r"sei in punizione",
    r"geen (?:telefoon|xbox|playstation|tv|zakgeld|gamen)\b", r"huisarrest", r"szlaban",
    # Czech, Slovak, Polish, Hungarian: "jinak dneska žádnej xbox", "bez telefonu", "nincs xbox"
    r"(?:zadny|zadnej|zadna|zadne|ziadny|ziadna|ziaden|zadnego|zadnej|bez) (?:xbox|xboxa|xboxu|mobil|mobilu|"
    r"telefon|telefonu|playstation|playstationu|play|pocitac|pocitace|komputera|konsoli|konzole|tablet|tabletu|"
    r"televize|kapesne|kieszonkowego)\b",
    r"zabieram (?:ci |wam )?(?:telefon|konsole|xboxa|tablet|komputer)\b", r"nincs (?:xbox|telefon|tablet|jatek)\b",
    # out of the group chat, in Russian: "или ты больше не в беседе 😂", "кикну из беседы"
    r"(?:ты )?больше не в (?:беседе|группе|чате)", r"(?:кикну|выкину|удалю) (?:тебя )?из (?:беседы|группы|чата)",
    # the device kept or locked: "it's mine for a week", "before you touch the PS5", "the xbox is getting locked", "dan
    # verander ik het wifi-wachtwoord"
    r"(?:it'?s|its|it is) mine for (?:a|the|one|two|\w+) (?:day|days|week|weeks|weekend|month)\b",
    # a teacher's mark: "send me the photos of your project by Friday or I'll have to mark it as incomplete"
    r"mark (?:it|you|this|the (?:project|assignment|work)) (?:as )?(?:incomplete|absent|late|missing|a zero)\b",
    r"(?:you'?ll|you will|u will|ull) (?:get|receive) (?:a )?(?:zero|0|detention)\b",
    r"(?:the|your|ur) (?:phone|xbox|switch|ps[45]|ipad|tablet|console|laptop|controller) (?:is|'?s) mine for (?:a|the|"
    r"one|two|\w+) (?:day|days|week|weeks|weekend|month|night)\b",
    r"before (?:you|u) (?:touch|turn on|play|get on) (?:the |your |ur )?(?:ps[45sa]|xbox|switch|playstation|console|"
    r"ipad|tablet|phone|games?|fortnite|roblox|minecraft)\b",
    r"(?:xbox|playstation|ps[45sa]|switch|phone|ipad|tablet|console|laptop|tv|wifi) (?:is getting|gets|will be|is) "
    r"(?:locked|confiscated|taken away|switched off|turned off)\b",
    r"(?:verander|wijzig) ik (?:het |de )?wifi[- ]?(?:wachtwoord|code)", r"wifi[- ]?(?:wachtwoord|code) (?:gaat|wordt) "
    r"(?:\w+ )?(?:veranderd|gewijzigd|anders)", r"(?:andere|aendere|ändere) ich (?:das )?(?:wlan|wifi)[- ]?passwort",
    r"(?:change|changing) the wifi password\b",
    # out of the game for a fee unpaid: "chi non paga il campo entro giovedì non gioca sabato … o siete fuori"
    r"non (?:gioca|giochi|giocate|giocano) (?:sabato|domenica|la partita|piu)\b", r"(?:siete|sei) fuori dalla "
    r"(?:squadra|partita|rosa|lista)\b", r"o siete fuori\b",
    # Hinglish: the phone kept from a child, "warna aaj raat phone nahi milega"
    r"(?:phone|mobile|fone|tv|wifi|laptop|game) nahi (?:milega|dunga|dungi|chalega|milegi)\b",
    # banned from the squad, not selected: "or ur banned from the squad for a week", "won't be selected for the meet"
    r"(?:ur|you'?re|you are|u r|youre) (?:banned|suspended|kicked|benched) (?:from|out of) (?:the )?(?:squad|team|clan|"
    r"group|server|lobby|party)\b", r"(?:won'?t|will not|wont) be (?:selected|picked|chosen|considered) for\b",
    # a school trip missed for a fee unpaid: "anders kan uw kind helaas niet mee op schoolkamp"
    r"(?:kan|mag) (?:uw|je|jouw) (?:kind|zoon|dochter) (?:\w+ )?niet mee\b", r"(?:can'?t|cannot|won'?t be able to) "
    r"(?:go|come) on the (?:school )?(?:trip|camp|excursion)\b", r"no podra (?:ir|asistir) a la (?:excursion|salida)\b",
    r"ne pourra pas (?:participer|partir) (?:a la sortie|au voyage|en classe)\b",
    r"kann (?:\w+ )?nicht (?:mit auf|an der) (?:klassenfahrt|fahrt|ausflug)\b",
    r"(?:je change|changer) (?:le )?(?:code|mot de passe) (?:du )?wifi",
    r"(?:no|sin|ohne|kein|keine|pas de|niente|sem|nada de|geen) (?:nintendo )?switch\b",
    r"(?:no|sin|ohne|kein|keine|pas de|niente|sem|nada de|geen|nie ma) (?:la |le |die |de )?(?:playstation|ps[45sa]|"
    r"play ?station|videogiochi|videojuegos|jeux video|spelcomputer)\b",
    # a coach's or a team's sanction: "or you're off the team for Saturday", "ou tá fora do time"
    r"(?:out of|off) the (?:team|squad|lineup|line-up|match|game) (?:for|this|on|until|til)\b",
    r"(?:fora|fuera) (?:do|da|de|del) (?:time|equipo|equipa|partido|jogo)\b", r"nicht (?:im|mehr im) (?:kader|team)\b",
    # left out of the show or the match: "quem não mandar o vídeo da coreografia até sexta não entra na apresentação"
    r"(?:nao|no) (?:entra|entras|sale|sales|participa|participas|danca|baila|joga|juega) (?:na|no|en la|en el|de la|"
    r"do|da) (?:apresentacao|espetaculo|coreografia|presentacion|exhibicion|actuacion|festival|recital|jogo|partido)\b",
    r"(?:ne (?:danse|joue|participe)|pas) (?:au|a la|dans le) (?:spectacle|gala|match|tournoi)\b",
    r"(?:non (?:balli|entri|giochi|partecipi)) (?:al|alla|nel|nella) (?:saggio|spettacolo|partita|esibizione)\b",
    r"(?:tanzt|spielst) (?:nicht|du nicht) (?:bei|in) der (?:auffuhrung|vorstellung)\b",
    r"(?:hors de|pas dans) l'?(?:equipe|effectif)\b", r"fuori (?:dalla squadra|squadra|dalla formazione)\b",
    r"(?:uit|niet in) het team\b", r"(?:speel je|je speelt|speelt hij|speelt ze) (?:\w+ ){0,2}niet mee\b",
    # Tagalog: "o walang cellphone mamaya"
    r"walang (?:cellphone|cp|phone|gadget|laro|internet|wifi|load|baon)\b",
    # left out of the team, the squad or the friends' group: "send it or ur off the 5-a-side team lol",
    # "wylatujesz z drużyny", "je mag niet meer meedoen" (not "or it goes in the group chat": that is a share)
    r"(?:you'?re|ur|u r|you are|youre) (?:off|out of|kicked (?:off|out of|from)) (?:the |our |my |this )?"
    r"(?:[\w-]+ )?(?:team|squad|group|group ?chat|gc|lineup|line-up|club|crew|clan|party)\b",
    r"(?:you'?re|ur|u r|you are|youre) (?:benched|on the bench|dropped from)\b",
    # kicked out of the group chat or the lobby: "or ur getting kicked out the gc", "ill ban u from the lobby", "albo
    # cię wywalę z grupy"
    r"(?:ur|you'?re|you are|u r|youre) (?:getting |gonna get |gonna be |being )?(?:kicked|booted|banned|removed) "
    r"(?:out )?(?:of |from )?(?:the |our |my )?(?:gc|group ?chat|group|squad|lobby|server|team|clan)\b",
    r"(?:i'?ll|ill|im gonna|i'?m gonna|we'?ll|we will|i will) (?:kick|ban|boot|remove) (?:u|you) (?:out )?(?:of |from )"
    r"(?:the |our |my )?(?:gc|group ?chat|group|squad|lobby|server|team|clan)\b",
    r"(?:cie|ciebie) (?:wywale|wyrzuce|wywalimy|wyrzucimy|usune|usuniemy) z (?:grupy|czatu|druzyny|klanu|serwera)\b",
    # a coach's extra training: "or I'm adding an extra 5k to your run", "or it's 20 extra burpees"
    r"(?:an )?extra (?:\d+ ?(?:k|km|laps?|miles?|reps|burpees|push-?ups|sprints|minutes)|laps?|sprints?|burpees|"
    r"push-?ups)\b",
    r"(?:you'?re|ur|u r|you are|youre) not in the (?:squad|team|lineup|line-up|starting (?:xi|five|lineup))\b",
    # a coach holding back a step: "or you're not moving up in weight this week", "or ur not starting saturday"
    r"(?:you'?re|ur|u r|you are|youre) not (?:moving up|starting|racing|competing|playing (?:on|this|saturday|sunday|"
    r"tomorrow|tonight))\b",
    r"(?:t'?es|tu es|tu seras|on te|je te) (?:vire|viree|jete|jetee|kicke) (?:du|de la|de l'?) ?(?:groupe|equipe|"
    r"team|clan|serveur|conv)\b",
    r"te (?:sacamos|saco|echamos|echo|borramos|borro|expulsamos|expulso) del (?:grupo|equipo|chat|clan|server|"
    r"servidor|squad)\b",
    r"(?:quedas|estas|ta|tas|esta|fica|ficas) (?:fora|fuera) (?:do|da|del|de la) (?:grupo|equipo|racha|time|jogo|"
    r"churrasco|futebol|pelada|partido)\b",
    r"(?:wylatujesz|wypadasz|wywalam cie|wywalamy cie) z (?:grupy|druzyny|teamu|zespolu|klanu|czatu)\b",
    r"(?:je|jij) (?:mag|mogen) (?:zaterdag |zondag |morgen )?niet (?:meer )?(?:meedoen|mee|spelen)\b",
    r"(?:je|jij) staat (?:zaterdag |zondag |morgen )?(?:reserve|op de bank)\b",
    r"(?:zit|sta) (?:je|jij) (?:zaterdag |zondag |morgen )?(?:reserve|op de bank)\b",
    r"(?:mag|mogen) (?:je|jij|jullie) (?:zaterdag |zondag |morgen )?niet (?:meer )?(?:meedoen|mee|spelen)\b",
    r"(?:je|jij) zit (?:\w+ )?niet meer in (?:de|onze|het|ons) (?:squad|team|groep|groepsapp|clan)\b",
    r"zit (?:je|jij) (?:\w+ )?niet meer in (?:de|onze|het|ons) (?:squad|team|groep|groepsapp|clan)\b",
    r"(?:du )?(?:fliegst|bist) (?:raus )?aus (?:der gruppe|dem team|der mannschaft|dem kader|dem chat)\b",
    r"(?:t'?es|tu es) (?:vire|exclu|eject)e? (?:du groupe|de l'?equipe|du club|de la (?:team|guilde|squad))\b",
    r"(?:on|je) te (?:kick|kicke|vire|degage) (?:du groupe|de l'?equipe|du club|de la (?:team|guilde|squad))\b",
    r"(?:i'?ll|we'?ll|i will|we will|gonna) kick (?:you|u) (?:from|out of|off) (?:the )?(?:team|squad|guild|clan|"
    r"group|server)\b",
    r"(?:sei|stai) fuori (?:dal gruppo|dal team|dalla chat)\b",
    r"(?:i'?m|im|we'?re|were) kicking (?:you|u) (?:from|out of|off) (?:the |our )?(?:team|squad|guild|clan|group|"
    r"server|lobby|party)\b",
    # a coach's running: "or you're running suicides", "or it's laps for everyone"
    r"(?:you'?re|ur|you are|u r|youre|everyone'?s|we'?re) running (?:suicides|laps|sprints|lines|extra)\b",
    # no pictures of the trip for the one who does not pay: "anders krijg je geen foto's van het weekend 😜"
    r"(?:krijg je|krijgt u|je krijgt) geen foto'?s\b", r"(?:you )?(?:don'?t|won'?t) get (?:any |the )?(?:photos|pics|"
    r"pictures)\b", r"no (?:photos|pics|pictures) for (?:you|u)\b",
    r"(?:bekommst du|kriegst du) keine (?:fotos|bilder)\b",
    r"(?:tu n'?auras|t'?auras) pas (?:les |de )?photos\b", r"(?:no (?:te )?(?:mando|paso) las|te quedas sin) fotos\b",
    r"(?:nao|não) (?:vai )?(?:receber|ganhar) (?:as )?fotos\b", r"niente foto (?:per te|del)\b",
    # out of the match, the clan or the trip: "è fuori dalla partita di giovedì", "of je ligt eruit bij de clan", "or
    # you can't travel with the team"
    r"(?:e|sei|resta|resti|rimane|rimani) fuori (?:dalla partita|dalla squadra|dalla formazione|dal torneo|"
    r"dalla gita)\b",
    r"(?:ligt|lig|vlieg|vliegt) (?:je |jij )?(?:er )?(?:eruit|uit) (?:bij|uit) (?:de|het|onze|ons) (?:clan|team|groep|"
    r"squad|ploeg|club)\b",
    r"(?:you )?(?:can'?t|cannot|won'?t be able to|don'?t get to) (?:travel|play|come|go|compete) "
    r"(?:with the team|in the (?:game|match|tournament|final))\b",
)


# The writer's own pictures ("my pics", "fotos mías", "Bilder von mir"): the writer is the one exposed.
MINE = _rx(
    # (not the pictures everyone shows: "my baby photos", "my wedding pics")
    r"(?:my|mine) (?!(?:baby|wedding|school|holiday|trip|graduation|passport|profile|class|team|vacation|prom)\b)"
    r"(?:\w+ )?(?:pics?|photos?|pictures?|nudes?|videos?|vids?|images?|screenshots?)\b",
    r"(?:pics?|photos?|pictures?|nudes?|videos?|vids?|images?|recording|screenshots?) of me\b",
    r"(?:mis|mi) (?:\w+ )?(?:fotos?|videos?|nudes|imagenes|packs?)\b", r"(?:fotos?|videos?) (?:mias?|mios?|de mi)\b",
    r"(?:minhas?|meus?) (?:\w+ )?(?:fotos?|videos?|nudes|imagens)\b", r"(?:fotos?|videos?|nudes) (?:minhas?|meus?)\b",
    r"meine[nm]? (?:\w+ )?(?:bilder|fotos?|nacktbilder|nacktfotos|videos?|aufnahmen)\b",
    r"(?:bilder|fotos|video|videos) von mir\b", r"(?:mes|ma|mon) (?:\w+ )?(?:photos?|videos?|nudes|images)\b",
    r"(?:photos?|videos?) de moi\b", r"(?:le mie|i miei|il mio) (?:\w+ )?(?:foto|video|immagini|nudes)\b",
    r"(?:foto|video) (?:mie|miei|di me)\b",
    r"(?:mijn|m'?n) (?:\w+ )?(?:foto'?s|fotos|video'?s|videos|naaktfoto'?s|beelden)\b",
    r"(?:foto'?s|video) van mij\b", r"(?:recorded|filmed|screenshotted|screen ?recorded) (?:me|us|our)\b",
    # the pictures the writer sent that person: "foto intime che gli avevo mandato", "photos I sent him"
    r"(?:pics?|photos?|pictures?|nudes|videos?) (?:that )?i (?:sent|had sent|gave) (?:him|her|them)\b",
    r"(?:foto|video) (?:\w+ )?che (?:gli|le) (?:avevo|ho) (?:mandat|inviat)\w*",
    r"(?:fotos?|videos?) (?:\w+ )?que le (?:mande|envie|habia mandado|habia enviado)\b",
    r"(?:photos?|videos?) (?:\w+ )?que je (?:lui )?(?:ai|avais) envoy\w*",
    r"(?:bilder|fotos|videos?) (?:\w+ )?,? ?die ich (?:ihm|ihr) (?:geschickt|gesendet)\b",
    r"(?:fotos?|videos?) (?:\w+ )?que (?:eu )?(?:mandei|enviei|tinha mandado) (?:pra|para) (?:ele|ela)\b",
    r"(?:foto'?s|video'?s|filmpjes) (?:\w+ )?die ik (?:hem|haar) (?:stuurde|had gestuurd|heb gestuurd)\b",
    r"our (?:video ?call|facetime|call|chat|sexting)\b",
    # the pictures made together, or from the time together: "the photos from when we were together", "le foto che ho
    # fatto con lui", "las fotos que hicimos juntos", "die Videos, die wir zusammen gemacht haben"
    r"(?:pics?|photos?|pictures?|nudes|videos?|vids?) (?:\w+ )?from when we (?:were|was) "
    r"(?:together|dating|a couple)\b",
    r"(?:pics?|photos?|pictures?|videos?|vids?) (?:that )?we (?:took|made|filmed|shot) together\b",
    r"(?:foto|video) (?:\w+ )?che (?:ho|abbiamo|avevamo) fatto (?:con lui|con lei|insieme)\b",
    r"(?:fotos?|videos?) (?:\w+ )?que (?:nos )?(?:hicimos|sacamos|grabamos) (?:juntos|juntas)\b",
    r"(?:photos?|videos?) (?:\w+ )?qu'?on a (?:faites?|prises?|tournees?) ensemble\b",
    r"(?:bilder|fotos|videos?) (?:\w+ )?,? ?die wir (?:zusammen|gemeinsam) (?:gemacht|aufgenommen|gedreht)\b",
    r"(?:fotos?|videos?) (?:\w+ )?que (?:a gente|nos) (?:tirou|tiramos|fez|fizemos|gravou|gravamos) juntos\b",
    r"(?:foto'?s|video'?s|filmpjes) (?:\w+ )?die we samen (?:maakten|hebben gemaakt|namen)\b",
    # the couple's own pictures: "nos photos intimes", "our videos from when we were together"
    r"our (?:\w+ )?(?:pics?|photos?|pictures?|nudes|videos?|vids?)\b",
    r"(?:nuestras|nuestros) (?:\w+ )?(?:fotos|videos)\b",
    r"nos (?:\w+ )?(?:photos|videos)\b", r"unsere[nm]? (?:\w+ )?(?:bilder|fotos|videos)\b",
    r"(?:le nostre|i nostri) (?:\w+ )?(?:foto|video)\b", r"(?:nossas|nossos) (?:\w+ )?(?:fotos|videos)\b",
    r"onze (?:\w+ )?(?:foto'?s|fotos|video'?s|videos)\b", r"(?:me|nos) (?:grabo|filmo)\b", r"(?:hat|habe) mich gefilmt",
    # pictures of the writer, or the writer filmed, a word between: "een naaktfoto van mij", "des photos intimes de
    # moi", "mi aveva fatto dei video", "ele me filmou", "il m'a filmée", "er hat mich heimlich gefilmt"
    r"(?:naakt|sex|intieme? )?(?:foto'?s?|video'?s?|filmpjes?|beelden) (?:\w+ )?van (?:mij|me)\b",
    r"(?:photos?|videos?|images) (?:\w+ )?de moi\b", r"(?:foto|video|immagini) (?:\w+ )?di me\b",
    r"(?:fotos?|videos?|nudes|imagens) (?:\w+ )?de mim\b", r"(?:bilder|fotos?|videos?|aufnahmen) (?:\w+ )?von mir\b",
    r"(?:fotos?|videos?|imagenes) (?:\w+ )?de mi\b",
    r"mi (?:ha|aveva|hanno|avevano) (?:\w+ )?(?:filmat[oa]|registrat[oa]|ripres[oa]|fotografat[oa]|"
    r"fatto (?:dei |delle |un |una |degli )?(?:video|foto))\b",
    r"m'?(?:a|avait|ont) (?:\w+ )?(?:filmee?|enregistree?|photographiee?)\b",
    r"(?:me|nos) (?:filmou|gravou|fotografou|filmaram|gravaram)\b", r"(?:me|nos) (?:grabaron|filmaron|fotografio)\b",
    r"(?:hat|hatte|haben) mich (?:\w+ )?(?:gefilmt|aufgenommen|fotografiert)\b",
    r"(?:heeft|had|hebben) (?:mij|me) (?:\w+ )?(?:gefilmd|opgenomen|gefotografeerd)\b",
    # the writer's face in them: "um vídeo da chamada com meu rosto", "waarop mijn gezicht te zien is", "où on voit mon
    # visage", "wo man mein Gesicht sieht", "dove si vede la mia faccia", "where you can see my face"
    r"(?:with|showing|where (?:you can see|you see)) my face\b", r"com (?:o )?meu rosto\b",
    r"(?:dove|in cui) si vede (?:la mia faccia|il mio viso)\b", r"(?:ou|où) (?:l'on |on )?voit mon visage\b",
    r"(?:wo|auf denen|auf dem) man mein gesicht sieht\b", r"(?:con|donde se ve) mi cara\b",
    r"waarop mijn gezicht (?:te zien is|staat)\b",
    # Dutch and German compounds: "onze privéfilmpjes", "unsere Privatvideos", "mijn naaktfilmpjes"
    r"(?:onze|mijn|m'?n|unsere[nm]?|meine[nm]?) (?:\w+ )?(?:prive|priv[eé]|privat|naakt|nackt|sex|intieme?|"
    r"intim)(?:foto'?s|fotos|filmpjes?|video'?s|videos|beelden|bilder|aufnahmen)\b",
    r"m'?a (?:filme|enregistre)", r"mi ha (?:filmato|registrato)", r"me (?:gravou|filmou)", r"heeft mij gefilmd",
)
# Someone else telling the writer's people (a secret told is the threat): "he'll tell my parents", "le contará a mi
# jefe", "menace de dire à mon patron", "vai contar pro meu chefe", "racconta a tutti".
TELL_MINE = _rx(
    r"(?:tell|out) (?:my|our|his|her) (?:\w+ )?(?:parents|mum|mom|dad|family|boss|manager|employer|"
    r"wife|husband|girlfriend|boyfriend|teacher|school|work|team|church|partner|fiance|fiancee|hr)\b",
    r"(?:contar|contara|contarle|decirle|dira|decir|contarselo|cuenta|contaria|diria|dice) (?:a |al )?(?:mi|mis|su|sus|"
    r"nuestro|todo el) "
    r"(?:\w+ )?(?:jefe|padres|madre|padre|familia|novia|novio|mujer|marido|esposa|pueblo|trabajo)\b",
    r"(?:dire|raconter|reveler|tout dire|dit|dira|raconte|racontera|revele|revelera) (?:a|au) (?:mon|ma|mes|son|sa|"
    r"ses|notre|patron|chef)\b",
    r"(?:contar|conta|dizer|contar tudo) (?:pro|pra|para o|para a|ao|a|para) (?:meu|minha|meus|seu|sua|chefe|pais|"
    r"familia|esposa|mulher|marido)\b",
    r"(?:erzahlen|erzahlt|sagen|sagt|verraten|verrat|erzaehlen|erzaehlt) (?:\w+ )?(?:meinem|meiner|meinen|seinem|"
    r"seiner)\b",
    r"(?:dire|dirlo|racconta|raccontare|rivelare) (?:a|al|alla|ai|a tutti)\b",
    r"(?:vertellen|vertelt|zeggen|verklappen) (?:aan )?(?:mijn|m'?n|zijn|haar)\b",
    # (the verb last: "het aan mijn ouders gaat vertellen", "es meinem Chef zu erzählen")
    r"aan (?:mijn|m'?n|zijn|haar) (?:\w+ ){1,2}(?:gaat |zal |wil )?(?:vertellen|verklappen)\b",
    # ("dreigt mijn baas te vertellen dat …": the person told named before the verb, with no "aan")
    r"dreigt (?:het )?(?:mijn|m'?n|zijn|haar) (?:\w+ ){1,2}te (?:vertellen|verklappen)\b",
    r"(?:meinem|meiner|meinen|seinem|seiner) (?:\w+ ){1,2}(?:zu )?(?:erzahlen|erzaehlen|sagen|verraten)\b",
)
# ... and not the writer wondering how to tell them ("how do I tell my mum").
_FIRST_TELL = re.compile(r"\bj'?ai (?:tout |deja )?(?:dit|raconte)\b|"
                         r"\b(?:i|how (?:do|can|should) i|should i|can i|i'?ll|i will|i need to|i have to|i want to|"
                         r"i'?m going to|i am going to|ich|je|yo|eu|io|ik) (?:\w+ )?(?:tell|sagen|dire|decir|contar|"
                         r"dizer|vertellen)\b")
# The writer in the first person, in the seven languages the rules read.
_WRITER = re.compile(r"\b(?:i|i'?m|im|me|my|mi|mis|yo|je|j'|moi|mon|ma|mes|ich|mich|mir|mein|meine[nmr]?|eu|meu|"
                     r"minha|ik|mij|mijn|m'?n|io|mio|mia|miei)\b")


def writer_speaks(text: str) -> bool:
    """The writer speaks of themselves in the first person (the seven languages read)."""
    return _WRITER.search(text) is not None


# Someone threatens or presses the writer now, told in the third person ("he says he has", "they're
# threatening to", "wants me to pay", "dice que tiene", "droht", "menace de").
THREAT_NOW = _rx(
    r"(?:mon|mi|mein|meine|il mio|la mia|meu|minha|mijn) ex (?:\w+ )?(?:ameacando|amenazando|minacciando|menace|"
    r"amenaza|droht|minaccia|ameaca|dreigt|"
    r"dice|dit|sagt|diz|zegt|quiere|veut|will|vuole|quer|wil)\b",
    r"(?:he|she|they|someone|somebody|this (?:guy|girl|person|account)|a (?:guy|girl|person)|my ex)"
    r"(?:'s|'re| is| are)? (?:says?|saying|claims?|claiming|has|have|got|wants?|threaten(?:s|ing)?|will|"
    r"is going to|gonna|keeps?|asking|asks?|demand(?:s|ing)?)\b", r"(?:he|she|they)'ll\b",
    r"(?:says|claims|saying|claiming)\b", r"(?:dice|diz|sagt|dit|zegt)\b",
    r"threatening (?:to|me)\b", r"unless i (?:pay|send)",
    r"(?:lui|lei|loro|ora|adesso|er|sie|il|elle|el|ella|ele) (?:\w+ )?(?:pretende|pretendono|esige|exige|exigen|"
    r"verlangt|fordert|fordern)\b", r"(?:tater|taterin|erpresser|erpresserin) (?:droht|fordert|verlangt)\b",
    r"(?:tinatakot|binablackmail|bina-blackmail|pinagbabantaan|ginigipit)\b", r"if i (?:don'?t|do not) (?:pay|send)",
    r"(?:dice|asegura|afirma) que (?:tiene|va a|me)", r"amenaza con", r"me (?:esta )?amenaza", r"quiere que (?:le|yo)",
    r"si no (?:le )?(?:pago|mando|envio|paso|transfiero|hago)\b", r"diz que (?:tem|vai)", r"(?:esta )?me ameacando",
    r"ameaca (?:postar|mandar|enviar|divulgar)", r"quer que eu", r"se (?:eu )?(?:nao|n) (?:pagar|mandar)\b",
    r"(?:ele|ela|eles) (?:disse|falou|diz|fala|escreveu) (?:que|q) (?:vai|manda|posta|mostra|envia|tem)\b",
    r"sagt,? (?:er|sie) (?:hat|habe|hatte)", r"droht", r"will,? dass ich", r"wenn ich nicht (?:zahle|bezahle|schicke)",
    r"dit qu'?(?:il|elle) a", r"(?:il|elle) (?:me )?menace", r"veut que je",
    r"si je ne (?:paie|paye|lui envoie|envoie|lui donne|donne|lui verse|verse)",
    r"dice (?:che|di) (?:ha|avere)", r"minaccia di", r"mi minaccia", r"vuole che (?:io|gli|le)",
    # the threat going on as it is told: "un tizio le sta chiedendo altre foto minacciando di mandare …"
    r"minacciando(?:la|lo|li|le|mi|ci)? di\b", r"(?:sta|stanno) (?:la |lo |li |le |mi |ci )?minacciando\b",
    # told in the present of someone close: "una ragazza lo minaccia: se non …", "dicen que si no les pago …"
    r"(?:lo|la|li|le|ci) (?:minaccia|minacciano|ricatta|ricattano)\b", r"(?:dicen|dice) que si no (?:les |le )?"
    r"(?:pago|mando|doy|paga|manda|da)\b",
    r"amenazando(?:la|le|lo|me|nos)? con\b", r"amea[cç]ando (?:postar|mandar|enviar|divulgar|espalhar)\b",
    r"mena[cç]ant de\b",
    r"se non (?:gli|le) (?:pago|mando)", r"zegt dat (?:hij|ze)", r"dreigt", r"wil dat ik",
    r"als ik niet (?:betaal|stuur)",
    # what the sender wrote, told by the writer: "mi ha scritto che se non torno con lui …"
    r"(?:wrote|texted|messaged|told) me (?:that )?if i (?:don'?t|do not|dont)\b",
    r"(?:me (?:escribio|dijo|mando)|me ha (?:escrito|dicho)|me escribe|me dice) que si no\b",
    r"(?:mi ha (?:scritto|detto)|mi scrive|mi dice) che se non\b",
    r"(?:m'?a (?:ecrit|dit)|m'?ecrit|me dit) que si (?:je )?(?:ne|n')",
    r"(?:hat mir geschrieben|schreibt mir|sagt mir),? (?:dass )?(?:wenn|falls) ich (?:nicht|kein)",
    r"(?:me (?:escreveu|disse)|me escreve|me diz) que se (?:eu )?nao\b",
    r"(?:schreef|zei|appte|appt|schrijft) (?:me|mij) dat als ik (?:niet|geen)\b",
    # what the sender says, the condition the writer's, the subject after the verb or before it: "Nu zegt hij dat als
    # ik vanavond geen videocall doe …", "er sagt, wenn ich bis Freitag nicht …", "ele diz que se eu não …"
    r"zegt (?:hij |ze |zij )?dat als ik (?:\w+ ){0,4}(?:niet|geen)\b",
    r"sagt (?:er |sie )?,? ?(?:dass )?wenn ich (?:\w+ ){0,4}(?:nicht|kein)", r"(?:er|sie) sagt,? (?:dass )?wenn ich\b",
    r"dice che se (?:io )?non\b", r"diz que se (?:eu )?(?:nao|n)\b", r"dice que si (?:yo )?no\b",
    r"dit que si je (?:ne|n')",
    # someone wants money of the writer: "Jemand will Geld von mir", "someone wants money from me", "alguien me pide
    # dinero"
    r"(?:jemand|someone|somebody|alguien|alguem|quelqu'?un|qualcuno|iemand) (?:\w+ )?(?:will|wants|quiere|pide|quer|"
    r"pede|veut|demande|vuole|chiede|wil|vraagt) (?:\w+ )?(?:geld|money|cash|dinero|plata|dinheiro|argent|soldi|\$|£|€|"
    r"\d)",
)
# Someone close to the writer, whose threat the writer tells for them: a parent for a child, a sibling, a friend
# ("my son (Year 9) showed me messages", "mi hija está recibiendo", "Mein Sohn (16) wird gerade erpresst").
KIN = _rx(
    r"my (?:\d+[- ]?(?:year[- ]old|yo|y/o) )?(?:son|daughter|child|kid|boy|girl|teen|teenager|stepson|stepdaughter|"
    r"brother|sister|little brother|little sister|cousin|nephew|niece|best friend|friend|student|pupil)\b",
    r"(?:mi|mis) (?:hij[oa]s?|niñ[oa]|nin[oa]|herman[oa]|prim[oa]|sobrin[oa]|mejor amig[oa]|amig[oa]|alumn[oa])\b",
    r"(?:mon|ma) (?:fils|fille|enfant|frere|soeur|petit frere|petite soeur|cousin|cousine|neveu|niece|"
    r"meilleur ami|meilleure amie|ami|amie|eleve)\b",
    r"(?:mein|meine|meinem|meiner|meinen) (?:sohn|tochter|kind|bruder|schwester|cousin|cousine|neffe|nichte|"
    r"bester freund|beste freundin|freund|freundin|schuler|schulerin)\b",
    r"(?:mio|mia) (?:figli[oa]|bambin[oa]|fratell[oa]|sorella|cugin[oa]|nipote|migliore amic[oa]|amic[oa]|"
    r"alunn[oa])\b",
    r"(?:meu|minha) (?:filh[oa]|crianca|irma[o]?|prim[oa]|sobrinh[oa]|melhor amig[oa]|amig[oa]|alun[oa])\b",
    r"mijn (?:zoon|dochter|kind|broer|zus|zusje|broertje|neef|nicht|beste vriend|beste vriendin|vriend|vriendin|"
    r"leerling)\b",
    # a teacher or a counsellor, for a pupil: "Sou professora do 8º ano. Um aluno me contou …"
    r"(?:i'?m|i am|sou|soy|je suis|ich bin|sono|ik ben) (?:a |an |the |la |el |o |une? |eine? |de |een |un'|una |uma |"
    r"um )?(?:\w+ )?"
    r"(?:teacher|professora?|profe|maestr[oa]|enseignante?|lehrer(?:in)?|insegnante|docente|leraar|lerares|"
    r"counsell?or|orientador[a]?|schulsozialarbeiter(?:in)?|mentor)\b",
    # a carer, for the child in their care: "I'm a foster carer. The young person in my care …", "mein Pflegesohn"
    r"(?:i'?m|i am) (?:a |an |the )?(?:foster carer|foster parent|foster mum|foster mom|foster dad|kinship carer|"
    r"social worker|youth worker|legal guardian|guardian|care worker|support worker|key worker|case ?worker|carer)\b",
    # the person a worker supports: "a woman I support", "my client", "a resident we care for"
    r"(?:man|woman|person|lad|girl|boy|client|resident|patient|service user|young (?:man|woman|person)) (?:\w+ )?"
    r"(?:i|we) (?:support|look after|care for|work with)\b", r"my (?:client|patient|service user)\b",
    r"(?:young person|child|kid|teen|teenager|boy|girl) (?:in my care|i (?:look after|foster|care for))\b",
    r"my (?:foster (?:son|daughter|child|kid)|ward)\b", r"(?:mein|meine|meinem|meiner) pflege(?:sohn|tochter|kind)\b",
    r"mijn pleeg(?:zoon|dochter|kind)\b",
    # the caller of a helpline's case note: "Call note: caller F, 19 …", "Anruferin (Mutter), Sohn 16 …"
    r"(?:the )?caller\b", r"anrufer(?:in)?\b", r"ratsuchende[rn]?\b", r"l'?appelante?\b", r"(?:il |la )?chiamante\b",
    r"(?:el |la )?llamante\b", r"beller\b",
    # a note's heading names it a report of someone's case: "Segnalazione: ragazza 15 anni, …", "Case note: …"
    r"(?:segnalazione|signalement|case note|call note|fallnotiz|meldung|melding|nota del caso|nota de caso): ",
    # a school's note about its pupil: "leerling (4 havo) meldt dat …", "pupil reports that …"
    r"(?:leerling|student|pupil|schuler|schulerin|eleve|alumn[oa]|alun[oa]) (?:\([^)]{1,20}\) )?(?:meldt|reports|"
    r"reported|meldet|signale|informa|relata|conta|segnala)\b",
    # a grandchild: "my grandson got a message", "mi nieta", "mon petit-fils", "mein Enkel"
    r"my (?:grandson|granddaughter|grandchild|grandkid)\b", r"(?:mi|mis) niet[oa]s?\b", r"(?:meu|minha) net[oa]\b",
    r"(?:mon|ma) petite?-(?:fils|fille)\b", r"(?:mein|meine|meinem|meiner) enkel(?:in|sohn|tochter)?\b",
    r"(?:mio|mia) nipot(?:e|ino|ina)\b", r"mijn klein(?:zoon|dochter|kind)\b",
    # Tagalog: "ang anak kong 13", "kapatid ko", "kaibigan ko"
    r"(?:anak|kapatid|pamangkin|apo|kaibigan|estudyante) (?:ko|kong)\b",
    # both parents write: "our daughter Noor (2B) is being …", "notre fils de 15 ans", "unsere Tochter"
    r"our (?:\d+[- ]?(?:year[- ]old|yo|y/o) )?(?:son|daughter|child|kid|boy|girl|teenager)\b",
    r"(?:nuestr[oa]) (?:hij[oa]|nin[oa])\b", r"notre (?:fils|fille|enfant)\b",
    r"unser(?:e[nmr]?)? (?:sohn|tochter|kind)\b", r"(?:nostr[oa]) (?:figli[oa]|bambin[oa])\b",
    r"(?:noss[oa]) (?:filh[oa])\b", r"onze (?:zoon|dochter|kind)\b",
    # the writer names themselves the parent: "sou mãe de um menino de 13 anos", "I'm the dad of a 14-year-old"
    r"(?:i'?m|i am) (?:a |the )?(?:mother|mom|mum|father|dad|parent) of\b",
    r"(?:soy|sou) (?:la |el |a |o )?(?:madre|padre|mae|pai) (?:de|do|da)\b",
    r"je suis (?:la |le )?(?:mere|pere|maman|papa) (?:de|d'|du)",
    r"ich bin (?:die |der )?(?:mutter|vater) (?:von|eines|einer)\b",
    r"sono (?:la |il )?(?:madre|padre|mamma|papa) di\b", r"ik ben (?:de )?(?:moeder|vader) van\b",
    # school staff for a pupil: "Je suis CPE dans un collège. Une élève de 4e …", "one of my students"
    r"(?:je suis|ich bin|soy|sou|sono|ik ben|i'?m|i am) (?:la |le |el |o |a |une? |the )?(?:cpe|conseill[eè]re? "
    r"principale? d'education|infirmi[eè]re scolaire|school nurse|head of year|headteacher|principal|"
    r"vertrauenslehrer(?:in)?|schulleiter(?:in)?|coordinador[a]? de convivencia|coordenador[a]? pedagogic[oa]|"
    r"vicepreside|mentor|schoolmaatschappelijk werker)\b",
    r"(?:one of (?:my|our) (?:students|pupils)|an? (?:student|pupil) (?:has )?(?:disclosed|told me|came to me)|"
    r"une? (?:de (?:mes|nos) )?eleves?|una? alumn[oa]|eine? schuler(?:in)?|"
    r"un'?alunn[oa]|uma? alun[oa]|een leerling)\b",
    # someone the writer lives, works or plays with: "Posting for my flatmate", "Una collega mi ha confidato",
    # "meine Kollegin", "ma coloc", "mijn huisgenoot"
    r"(?:my|a) (?:flatmate|roommate|room mate|housemate|colleague|coworker|co-worker|workmate|teammate)\b",
    r"(?:una|un|mia|mio) (?:collega|coinquilin[oa]|compagna di squadra|compagno di squadra)\b",
    r"(?:mi|una|un) (?:companer[oa]|compañer[oa]) de (?:piso|trabajo|equipo|clase|cuarto)\b", r"(?:mi|una) colega\b",
    r"(?:minha|meu|uma|um) colega(?: de (?:quarto|trabalho|apartamento|time|equipe|casa))?\b",
    r"(?:ma|mon|une|un) (?:collegue|coloc|colocataire|coequipiere?)\b",
    r"(?:meine|mein|eine|ein) (?:kollegin|kollege|mitbewohnerin|mitbewohner|mitspielerin|mitspieler|teamkollegin|"
    r"teamkollege)\b",
    r"(?:mijn|een) (?:collega|huisgenoot|huisgenote|teamgenoot|teamgenote)\b",
    # a coach for a player, a grandparent, an aunt or an uncle for the child: "Ik ben voetbaltrainer van de JO17",
    # "I'm the grandma of a 13-year-old", "Ik ben de oma van een jongen van 13"
    r"(?:i'?m|i am|ik ben|ich bin|soy|sou|sono|je suis) (?:a |the |de |een |der |die |el |la |o |a |il |l'|un |une |"
    r"um |uma )?(?:\w+ )?\w*(?:coach|trainer|trainerin|entrenador|entrenadora|treinador|treinadora|allenatore|"
    r"allenatrice|entraineur|entraineuse)\b",
    r"(?:i'?m|i am) (?:the |a )?(?:grandmother|grandma|granny|grandfather|grandpa|aunt|auntie|uncle|godmother|"
    r"godfather) of\b", r"ik ben (?:de )?(?:oma|opa|tante|oom|peettante|peetoom) van\b",
    r"ich bin (?:die |der )?(?:oma|opa|tante|onkel|gro(?:ss|ß)mutter|gro(?:ss|ß)vater|patentante|patenonkel) "
    r"(?:von|eines|einer)\b",
    r"je suis (?:la |le )?(?:grand-mere|grand-pere|grand-mère|grand-père|tante|oncle|marraine|parrain) (?:de|d'|du)",
    r"soy (?:la |el )?(?:abuela|abuelo|tia|tio|tía|tío|madrina|padrino) de\b",
    r"sou (?:a |o )?(?:avo|avó|avô|tia|tio|madrinha|padrinho) (?:de|do|da)\b",
    r"sono (?:la |il )?(?:nonna|nonno|zia|zio|madrina|padrino) di\b",
    # a school's safeguarding lead writes for a pupil, naming themselves ("Safeguarding lead here", "I am writing as
    # Designated Safeguarding Lead"; a school's letter names the role as whom to contact)
    r"(?:i'?m|i am|as) (?:the |a |our )?(?:school'?s )?(?:designated )?safeguarding lead\b",
    r"(?:designated )?safeguarding lead here\b",
)
# Being threatened or pressed now, told of someone else: "is being blackmailed", "wird gerade erpresst".
KIN_NOW = _rx(
    r"(?:is|are) (?:being |getting )?(?:blackmailed|extorted|sextorted|threatened)\b",
    r"(?:has|have) been (?:being )?(?:blackmailed|extorted|sextorted|threatened|demanding)\b",
    r"(?:esta|estan) (?:siendo )?(?:extorsionad|chantajead|amenazad)\w*",
    r"(?:esta|estan) recibiendo (?:\w+ ){0,4}(?:mensajes|amenazas)",
    r"(?:est|sont) (?:victime|victimes) d[e']", r"(?:le|la|les) menace\b", r"se fait (?:menacer|faire chanter)",
    r"(?:wird|werden) (?:[\w-]+ ){0,6}(?:erpresst|bedroht)\b",
    r"(?:viene|vengono|e|è) (?:ricattat|minacciat)\w*", r"riceve (?:messaggi|minacce)",
    r"(?:esta|estao|ta|tao) (?:sendo )?(?:ameacad|extorquid|chantagead)\w*",
    r"(?:esta|estao) recebendo (?:\w+ ){0,4}(?:mensagens|ameacas)",
    r"(?:wordt|worden) (?:\w+ ){0,4}(?:afgeperst|bedreigd|gechanteerd)\b",
    # someone threatening them now: "está pedindo mais vídeos, ameaçando mandar para os colegas"
    r"(?:is |are |keeps? )?threatening to (?:send|post|share|show|leak)\b", r"(?:esta |estan )?amenazando con\b",
    # sending them what he holds now: "a man keeps sending my son screenshots of his photos"
    r"(?:keeps?|is|are) (?:sending|texting|messaging) (?:him|her|them|my (?:son|daughter|kid|child|brother|sister|"
    r"nephew|niece|grandson|granddaughter)) (?:\w+ ){0,3}(?:screenshots|pics|photos|pictures|videos|threats)\b",
    r"(?:esta |estao )?ameacando (?:mandar|enviar|postar|divulgar|espalhar)\b",
    # demanding now, and saying what will be sent: "está exigindo dinheiro por Pix, dizendo que vai mandar as fotos"
    r"(?:esta|estao|ta) (?:exigindo|cobrando|chantageando)\b", r"dizendo que vai (?:mandar|postar|enviar|divulgar)\b",
    r"(?:esta|estan) (?:exigiendo|chantajeando)\b", r"diciendo que (?:va a|las va a|los va a|lo va a) "
    r"(?:mandar|subir|enviar|publicar)\b", r"(?:is|are) (?:demanding|blackmailing)\b",
    r"menace (?:maintenant |depuis \w+ )?d(?:e |')(?:les |la |le )?(?:envoyer|publier|diffuser)",
    r"(?:recoit|recoivent) (?:depuis (?:\w+ ){1,2})?des (?:messages|menaces)\b",
    r"droht,? (?:die|das|sie|es) (?:\w+ ){0,5}zu (?:schicken|verschicken|posten|teilen|verbreiten|veroffentlichen|"
    r"zeigen)",
    r"minaccia di (?:mandar|inviar|pubblicar|diffonder)\w*",
    r"dreigt (?:[\w']+ ){0,5}te (?:sturen|versturen|posten|delen)",
    # what the sender writes to the child now: "ahora le escribe que las va a mandar al grupo", "lui écrit qu'il va les
    # envoyer", "texts her that he'll post them"
    r"(?:le|les) (?:escribe|dice|pone) que (?:las |los |la |lo )?va a (?:mandar|subir|enviar|publicar|pasar)\b",
    # the condition he sets the child: "le dice que si no le manda más, las sube", "texts her that if she doesn't …"
    r"(?:le|les) (?:escribe|dice|dicen|pone|escribio|dijo|dijeron|puso) que si (?:\w+ ){0,3}no\b",
    r"(?:lhe |te )?(?:diz|escreve|fala|disse|escreveu|falou) (?:pra (?:ela|ele) )?que se (?:ela |ele )?(?:nao|não)\b",
    r"(?:lui|leur) (?:ecrit|dit|a ecrit|a dit) que si (?:elle|il|ils) (?:ne|n')",
    r"(?:gli|le) (?:scrive|dice|ha scritto|ha detto) che se non\b",
    r"(?:zegt|schrijft|appt|zei|schreef|appte) (?:hem |haar |tegen (?:hem|haar) )?dat als (?:hij|ze|zij) (?:\w+ ){0,3}"
    r"niet\b",
    # what the sender says to the child, told by a parent: "dizendo que tem as fotos dele … e que vai mandar pro grupo
    # da escola se ele não mandar mais fotos"
    r"(?:dizendo|diz|falando|fala) que tem (?:as |umas )?(?:\w+ )?(?:fotos|videos|nudes)\b",
    r"vai (?:mandar|postar|enviar|divulgar|espalhar) (?:\w+ ){0,5}se (?:ele|ela) (?:nao|não)\b",
    # what the sender tells the person supported they must do, or else: "is telling her she has to meet him this
    # weekend or he'll give them to her support staff", "sinon il les envoie à", "sonst schickt er sie"
    r"(?:is |keeps )?telling (?:her|him|them) (?:that )?(?:she|he|they) (?:has|have|must|needs?) to\b",
    r"or (?:he|she|they)(?:'ll| will| would) (?:give|send|show|post|share|forward|leak) (?:them|it|those|the \w+)\b",
    r"sinon (?:il|elle|ils) (?:les|la|le) (?:donne|envoie|montre|publie|diffuse)\b",
    r"sonst (?:gibt|schickt|zeigt|postet|verschickt) (?:er|sie) (?:sie|es|die)\b",
    r"altrimenti (?:le|li|lo|la) (?:da|manda|mostra|pubblica|invia)\b",
    r"(?:senao|se nao) (?:ele|ela) (?:as |os )?(?:manda|entrega|mostra|posta|envia)\b",
    r"anders (?:geeft|stuurt|laat|zet) (?:hij|ze|zij)\b",
    r"(?:tells|told|texts|texted|messages|messaged) (?:him|her|them) (?:that )?if (?:he|she|they) (?:don'?t|doesn'?t|"
    r"do not|does not|dont|doesnt)\b",
    r"(?:schreibt|schrieb|sagt|sagte|hat) (?:ihm|ihr),? (?:geschrieben,? |gesagt,? )?(?:dass )?wenn (?:er|sie) "
    r"(?:\w+ ){0,3}nicht\b",
    r"(?:lhe |te )?(?:escreve|manda mensagem) (?:dizendo )?que vai (?:mandar|postar|enviar|divulgar|espalhar)\b",
    r"(?:lui|leur) (?:ecrit|dit) qu'?(?:il|elle|ils) (?:va|vont) (?:les |la |le )?(?:envoyer|publier|diffuser)\b",
    r"(?:gli|le) (?:scrive|dice) che (?:le |li |la |lo )?(?:manda|mandera|pubblica|pubblichera|invia|inviera|mette|"
    r"mettera|carica|caricera|posta|postera|diffonde|diffondera)\b",
    # the sender named between the verb and what he will do: "Jetzt schreibt derselbe Typ, dass er die Bilder auf
    # einen Discord-Server … stellt"
    r"(?:schreibt|sagt|droht) (?:\w+ ){0,3},? ?dass (?:er|sie) (?:[\w-]+ ){0,12}(?:stellt|schickt|verschickt|postet|"
    r"verbreitet|hochladt|veroffentlicht)\b",
    r"schreibt (?:ihm|ihr|ihnen),? (?:dass )?(?:er|sie) (?:\w+ ){0,5}(?:schickt|verschickt|postet|verbreitet)\b",
    r"(?:texts|messages|tells|told|keeps telling) (?:him|her|them) (?:that )?(?:he|she|they)(?:'ll| will| is going to| "
    r"are going to| gonna) (?:send|post|share|show|leak)\b",
    # what the sender says he will do: "now says he'll send them to her whole school"
    r"says? (?:he|she|they)(?:'ll| will| is going to| are going to| gonna| would) (?:send|post|share|show|leak)\b",
    r"(?:is|are) (?:now )?(?:threatening|blackmailing) (?:him|her|them|my (?:son|daughter|child|kid|brother|sister))\b",
    # what the sender says of the pictures and the condition: "says the pictures go out to all of them unless he sends"
    r"says? (?:that )?(?:[\w']+ ){0,12}unless (?:he|she|they)\b",
    # the sender's own act as the condition's price, told of him: "sonst stellt er die Bilder in die Gruppe", "sinon
    # il les envoie à sa classe", "or he'll post them"
    r"(?:or|otherwise|or else) (?:he|she)(?:'ll| will| is going to| gonna)? (?:send|post|share|show|leak)s?\b",
    r"sonst (?:stellt|schickt|postet|verschickt|veroffentlicht|teilt|zeigt|verbreitet) (?:er|sie)\b",
    r"sinon (?:il|elle) (?:les |la |le |l')?(?:envoie|enverra|publie|publiera|poste|postera|diffuse|diffusera|"
    r"montre|montrera)\b",
    r"altrimenti (?:le |li |la |lo )?(?:manda|mandera|pubblica|pubblichera|invia|inviera|mostra|mostrera)\b",
    r"senao (?:ele |ela )?(?:manda|vai mandar|posta|vai postar|divulga|vai divulgar|espalha)\b",
    r"anders (?:stuurt|post|deelt|zet|verspreidt) (?:hij|zij|ze)\b",
    r"(?:lui|leur) (?:ecrit|dit) que s'?(?:il|ils) ne\b",
    r"dit qu'?(?:il|elle|ils) (?:va|vont) (?:les |la |le )?(?:envoyer|publier|diffuser)",
    r"(?:il|elle|ils|elles|on) (?:lui |leur )?(?:exige|exigent|reclame|reclament)\b",
    r"(?:er|sie) (?:fordert|verlangt)\b", r"(?:le|les|me) (?:exige|exigen)\b", r"(?:gli|le) (?:pretende|pretendono)\b",
    r"dreigt (?:[\w']+ ){0,6}te (?:zetten|plaatsen|verspreiden|laten zien)\b",
    r"diz que (?:vai )?(?:manda|mandar|posta|postar|envia|enviar|divulga|divulgar|espalha|espalhar)\b",
    r"sagt,? (?:er|sie) (?:schickt|postet|verschickt|werde|wird) ", r"dice che (?:le |li |la |lo )?(?:manda|pubblica|"
    r"mandera|pubblichera)", r"zegt dat (?:hij|ze) (?:ze |het )?(?:stuurt|post|deelt)",
    # what the sender asks of the child and promises to do, told by a teacher: "Le compte lui demande 50 euros …, faute
    # de quoi il promet de publier", "Il profilo le chiede foto vere e minaccia, altrimenti, di pubblicare"
    r"(?:lui|leur) (?:demande|reclame|exige) (?:\d|de l'?argent|des photos|de vraies|des videos)",
    r"(?:promet|menace) (?:\w+ )?de (?:les |la |le )?(?:publier|diffuser|envoyer|partager|poster)\b",
    r"minaccia,? (?:[\w']+,? ){0,2}di (?:pubblicar|mandar|inviar|diffonder|condivider|postar)\w*",
    r"(?:le|gli) chiede (?:\w+ )?(?:foto|video|soldi|\d)",
    # the condition set the child, in the third person: "wenn er nicht 400 Euro … schickt", "if she doesn't pay",
    # "als hij geen 300 euro … betaalt", "se ela não mandar", "si elle ne paie pas"
    r"(?:if|unless) (?:he|she|they) (?:doesn'?t|does not|don'?t|do not|doesnt|dont) (?:pay|send|move|come|get|give|"
    r"reply|answer|go|meet|do what)\b", r"unless (?:he|she|they) (?:pays|sends|provides|gives|comes|moves|replies)\b",
    r"wenn (?:er|sie) (?:[\w-]+ ){0,6}(?:nicht|kein\w*) (?:[\w-]+ ){0,6}(?:schickt|zahlt|bezahlt|uberweist|trifft|"
    r"antwortet|zuruckkommt|meldet)\b",
    r"als (?:hij|ze|zij) (?:[\w']+ ){0,6}(?:niet|geen) (?:[\w'-]+ ){0,6}(?:betaalt|stuurt|overmaakt|afspreekt|"
    r"terugkomt|"
    r"reageert|antwoordt)\b",
    r"se (?:ele|ela) (?:nao|não) (?:pagar|mandar|enviar|voltar|fizer|encontrar|responder)\b",
    r"si (?:il|elle) (?:ne|n') ?(?:lui )?(?:paie|paye|envoie|verse|revient|revoit|repond|rappelle)\b",
    r"si (?:el|ella) no (?:le |les )?(?:paga|manda|envia|vuelve|responde|contesta)\b",
    r"se (?:lui|lei) non (?:gli |le )?(?:paga|manda|invia|torna|risponde|richiama)\b",
    # what they ask of the one it happens to and threaten, in the plural: "le piden dinero … y amenazan con mandarlo"
    # (money only: a stranger who asks a child for photos is a worry the plan answers, not yet a threat told)
    r"(?:le|les) (?:piden|pide|exigen) (?:\w+ )?(?:dinero|plata|\d)", r"amenazan con\b",
    r"(?:lhe |a )?(?:pedem|exigem) (?:\w+ )?(?:dinheiro|\d)", r"ameacam (?:mandar|enviar|postar|"
    r"divulgar|espalhar)\b",
    # otherwise the pictures go out: "anders gaan de foto's naar haar klas", "sonst gehen die Bilder an", "sinon les
    # photos partent chez"
    r"(?:anders|sonst|sinon|otherwise|or else|altrimenti|senao|si no) (?:gaan|gehen|vont|partent|go|vanno|vao|van|"
    r"irán|iran) (?:de |die |les |the |le |i |as |os |las |los )?(?:[\w']+ )?(?:foto'?s|bilder|nacktbilder|photos|pics|"
    r"pictures|videos?|video'?s|fotos|foto|immagini|imagens|filmpjes)\b",
)

# The coach as the sender: "Reminder from Coach Hanley:", "Coach Dee here", "- Coach".
_COACH_SENDS = re.compile(r"\b(?:from|by) coach\b|^coach\b|\bcoach \w+ ?(?::|here\b)|[-–] ?coach\b", re.M)

# What presses the writer in their own telling: a threat named, "my" pictures posted, a condition on the
# writer, a payment wanted of them ("threatening to", "post them", "unless I pay", "wants me to pay"). A time
# alone does not ("she'll send me my photos from the party tonight").
PRESSES_ME = _rx(
    r"threat", r"amenaz", r"droht", r"menace", r"minacci", r"ameac", r"dreig",
    # blackmail named: "wird gerade erpresst", "le están chantajeando"
    r"blackmail", r"extort", r"sextort", r"erpress", r"chantaj", r"chantag", r"ricatt", r"extorqu", r"afgeperst",
    r"(?:post|share|leak|upload|expose|spread)(?:s|ing)? (?:my|them|it|those|these)\b",
    r"(?:subir|publicar|difundir|pasar)(?:las|los|la|lo)\b", r"(?:posten|veroffentlichen|hochladen|verbreiten)\b",
    r"(?:publier|poster|diffuser)\b", r"(?:pubblicare|postare|diffondere)\b", r"(?:postar|divulgar|espalhar)\b",
    r"(?:verspreiden|online zetten)\b", r"unless i\b", r"if i (?:don'?t|do not|dont)\b",
    r"si no (?:le |les )?\w+o\b", r"wenn ich (?:ihm |ihr |nicht)", r"si je ne\b", r"se non (?:gli |le )?\w+o\b",
    r"se eu nao\b", r"als ik (?:hem |haar )?niet", r"als ik (?:\w+ ){0,4}(?:niet|geen)\b",
    r"wenn ich (?:\w+ ){0,4}(?:nicht|kein)",
    r"wenn (?:mein|meine) (?:\w+ ){1,2}(?:ihm |ihr )?(?:\w+ ){0,4}nicht\b",
    # the condition put on someone close, told for them: "se ela não mandar", "s'il n'en envoie pas d'autres"
    r"if (?:he|she) (?:doesn'?t|does not|won'?t|will not)\b", r"si (?:el|ella) no\b", r"se (?:ele|ela) nao\b",
    r"s'?(?:il|elle) (?:ne|n')", r"wenn (?:er|sie) (?:ihm |ihr )?nicht\b", r"se (?:lui|lei) non\b",
    # the person supported told what they must do, or else: "is telling her she has to meet him … or he'll give them to
    # her support staff"
    r"telling (?:her|him|them) (?:that )?(?:she|he|they) (?:has|have|must|needs?) to\b",
    r"or (?:he|she|they)(?:'ll| will| would) (?:give|send|show|post|share|forward|leak) (?:them|it|those)\b",
    # a deletion or a silence bought by the writer's act, or a refusal answered: "he'll delete them, but only if i come
    # round", "when i said no he said …"
    r"only if i\b", r"solo si (?:yo )?(?:\w+ )?(?:vuelvo|voy|vengo|le|lo|la)\b", r"seulement si je\b",
    r"nur wenn ich\b", r"solo se (?:io )?(?:torno|vado|vengo|gli|le)\b", r"s[oó] se eu\b", r"alleen als ik\b",
    r"(?:when|after) i (?:said no|refused)\b", r"cuando (?:le )?dije que no\b", r"quand j'?ai refuse\b",
    r"als ich nein sagte\b", r"quando (?:gli |le )?ho detto (?:di )?no\b", r"quando (?:eu )?disse (?:que )?nao\b",
    r"toen ik nee zei\b",
    r"als (?:hij|zij|ze) (?:\w+ )?niet\b", r"wants? me to (?:pay|send)", r"quer que eu (?:pague|mande|envie)",
    r"quiere que (?:le )?(?:pague|mande|envie)", r"will,? dass ich (?:ihm |ihr )?(?:zahle|bezahle|schicke)",
    r"veut que je (?:lui )?(?:paie|paye|envoie)", r"vuole che (?:io )?(?:gli |le )?(?:paghi|mandi)",
    r"wil dat ik (?:hem |haar )?(?:betaal|stuur)",
    # what goes out if the writer does not obey, the pictures its subject: "or it goes to my class", "or they get sent
    # to my mum"
    r"or (?:it|they|them|the (?:pics?|photos?|pictures|video|vid|clip|nudes)) (?:goes|go|gets? sent|will go|"
    r"will be sent|goes out|go out) to\b",
)
# "… OR I POST": the exposure as the consequence of an order, in a chat message.
OR_EXPOSE = _rx(r"or (?:i|ill|i'?ll|i will|we|we'?ll) (?:post|leak|upload|expose)\b",
                # the reader's pictures named as what goes out: "o subo tus fotos", "ou je poste tes photos"
                r"(?:o|ou|oder|of|sinon|sino|senao) (?:(?:je|ich|ik|eu|yo|io) )?(?:subo|publico|mando|difundo|posto|"
                r"envio|pubblico|mostro|poste|publie|balance|envoie|schicke|zeige|verschicke|post|deel|stuur) "
                r"(?:(?:todas|todos|toutes|alle|tutte) )?(?:tus|tes|tuas|suas|deine|le tue|je|jouw) (?:\w+ )?"
                r"(?:fotos|photos|foto|videos|video|nudes|bilder|nacktbilder|foto's)\b",
                # German, the reader's people as the ones who get them: "sonst kriegt deine mutter die auf whatsapp"
                r"(?:sonst|oder|ansonsten) (?:kriegt|bekommt|kriegen|bekommen|sieht|sehen) (?:deine|dein|deinen|"
                r"ihre|ihr|eure|euer|alle|jeder) (?:\w+ ){0,3}(?:die|sie|das|es|alles|alle)\b",
                # the reader's people get it: "or your family gets it", "or ur whole school sees them"
                r"or (?:your|ur) (?:\w+ ){0,2}(?:gets|get|will get|receives|sees|will see) (?:it|them|everything|the "
                r"(?:pics|photos|pictures|video|vid|clip|recording))\b",
                # French: "sinon je balance les autres", "ou je poste tout"
                r"(?:sinon|ou) (?:je |j'?)(?:balance|poste|publie|envoie|diffuse|partage|leak) "
                r"(?:les autres|tout|celles|ceux|les photos|les videos|les vids|les nudes)\b",
                # the reader's people as the subject who sees them: "oder dein Fussballverein sieht die Fotos", "o tu
                # club ve las fotos", "of je club ziet de foto's", "ou sua familia vê as fotos"
                r"(?:oder|sonst) (?:dein|deine|deinen|deiner|euer|eure|alle|jeder) (?:\w+ ){0,2}(?:sieht|sehen|kriegt|"
                r"kriegen|bekommt|bekommen) (?:\w+ )?(?:die|deine|alle|das|es|sie)\b",
                r"o (?:tu|tus|todo|toda) (?:\w+ ){0,2}(?:ve|ven|vera|veran|recibe|reciben) (?:las|los|tus|todo)\b",
                r"ou (?:teu|tua|seu|sua|teus|tuas|seus|suas|todo|toda) (?:\w+ ){0,2}(?:ve|veem|vera|verao|recebe|"
                r"recebem) (?:as|os|suas|tuas|tudo)\b",
                r"of (?:je|jouw|de hele|iedereen|al je) (?:\w+ ){0,2}(?:ziet|zien|krijgt|krijgen) (?:de|je|alles|ze)\b",
                # the people who would see them, as the other side of the choice: "either you come … or HR and your
                # husband get to see them"
                r"or (?:\w+ ){1,5}(?:get|gets|will get|are gonna get|is gonna get|are going to get) to see (?:them|it|"
                r"those|these|everything|the (?:pics|photos|pictures|videos?|clip|recording))\b",
                # a modal before the sending: "or i can post these anywhere i want", "or we might just leak it"
                r"or (?:i|we) (?:can|could|might|may|will just|just|can just) (?:post|leak|upload|expose|send|share|"
                r"drop) (?:it|them|these|those|this|everything|all|the)\b",
                # the thing itself goes out: "Paid by 6 or it goes out", "or they get posted"
                r"or (?:it|they|everything|it all) (?:goes|go|gets|get|is|are|will be|'?s) (?:out|public|online|"
                r"posted|sent|leaked|shared|everywhere|viral)\b",
                r"or (?:i|ill|i'?ll|i will|we|we'?ll) send (?:it|them|everything|the)\b",
                # where it will be, said as a fact: "facetime me tonite or its on twitter", "or ur vid is on ur
                # college page", "o está en instagram", "ou tá no insta"
                r"or (?:it|its|it'?s|they|they'?re|theyre|everything|it all|the (?:vid|video|pics?|photos?|clip|"
                r"screenshots?|recording)|ur (?:pics|vid|video|nudes))(?: is| are| will be| gonna be| goes| go)? "
                r"(?:on|all over|up on|across) (?:ur |your |the |my |every(?:one|body)'?s |all )?(?:\w+ )?"
                r"(?:twitter|insta|instagram|ig|snap|snapchat|tiktok|facebook|fb|feed|story|stories|page|group ?chat|"
                r"gc|timeline|reddit|discord|whatsapp|onlyfans|youtube|internet|socials|telegram)\b",
                r"o (?:esta|va a estar|sale|lo subo) en (?:tu |el |la |todo )?(?:\w+ )?(?:instagram|insta|tiktok|face|"
                r"facebook|twitter|grupo|whats|whatsapp|historia)\b",
                r"of (?:het|ze|die \w+|je \w+) (?:staat|staan|komt|komen|gaat|gaan) (?:in|op) (?:de |je |het )?"
                r"(?:\w+ )?(?:groepsapp|groep|klassenapp|insta|instagram|tiktok|snap|facebook|story)\b",
                r"oder (?:es|das|die \w+|dein \w+) (?:ist|sind|landet|landen|kommt|kommen) (?:in|auf) "
                r"(?:der |die |dem |deiner |deinem )?(?:\w+ )?(?:gruppe|klassenchat|insta|instagram|tiktok|story|"
                r"whatsapp)\b",
                r"(?:ou|sinon) (?:c'?est|ca part|ca finit|elles? (?:part|finit|partent|finissent)) (?:sur|dans) "
                r"(?:ton |le |la |ta )?(?:\w+ )?(?:insta|instagram|groupe|tiktok|snap|story)\b",
                r"(?:o|altrimenti) (?:finisce|finiscono|va|vanno) (?:nel|sul|su|in) (?:\w+ )?(?:gruppo|insta|instagram|"
                r"tiktok|story)\b",
                r"ou (?:ta|esta|vai|cai|vai parar) (?:no|na|pro|pra) (?:seu |teu |tua |sua )?(?:\w+ )?(?:instagram|"
                r"insta|tiktok|face|facebook|twitter|grupo|zap|whats|whatsapp|story|stories)\b",
                r"or (?:i|ill|i'?ll|i will|we|we'?ll) share (?:it|them|everything|all of it|those|these)\b",
                # "if you don't show I post them"
                r"if (?:you|u) (?:don'?t|dont|do not) \w+(?: up)?,? (?:i|ill|i'?ll|i will|we) (?:post|leak|upload|send|"
                r"share|expose) (?:them|it|everything|all)\b")
# An account held for a price: "seu WhatsApp agora é meu", "got ur insta handle now", "i have ur steam login".
HELD_ACCOUNT = _rx(
    r"(?:ur|your|seu|sua|tu|dein|ton|je) (?:\w+ )?(?:insta|instagram|whatsapp|snap|snapchat|steam|tiktok|facebook|"
    r"account|handle|conta|cuenta|konto|compte|profile|profil) (?:\w+ ){0,4}(?:is mine|"
    r"(?:agora )?(?:e|é) (?:meu|minha)|es (?:mio|mia)|ist (?:jetzt )?meins|est a moi|is van mij)",
    # taken, said in chat: "peguei seu insta kkk", "il tuo profilo TikTok adesso ce l'ho io", "hackee tu insta"
    r"(?:il tuo|la tua) (?:\w+ )?(?:profilo|account|pagina|insta|instagram) (?:\w+ ){0,3}(?:ce l'?ho io|e mio|"
    r"e nelle mie mani)\b",
    r"(?:peguei|hackeei|invadi|roubei|clonei) (?:o |a )?(?:seu|sua|teu|tua) (?:insta|instagram|conta|perfil|face|"
    r"facebook|whats|whatsapp|tiktok)\b",
    r"(?:hackee|robe|le robe|tome) (?:tu|su) (?:insta|instagram|cuenta|perfil|face|facebook|whats|whatsapp|tiktok)\b",
    # "ti ho fregato l'account di brawl stars 😂 20 euro di ricarica o lo cancello"
    r"(?:ti )?ho (?:fregato|rubato|preso|hackerato|craccato) (?:il tuo |l'?)(?:account|profilo|insta|instagram)\b",
    r"(?:j'?ai (?:pirate|hacke|vole|pris)) (?:ton|ta|votre) (?:insta|instagram|compte|profil|snap|tiktok)\b",
    r"(?:got|have|own) (?:ur|your) (?:insta|instagram|snap|snapchat|steam|whatsapp|tiktok|fb|facebook)"
    r"(?: handle| login| account| password)?\b",
    # inside it now: "I'm inside your account now", "we're in your insta"
    r"(?:i'?m|i am|im|we'?re|we are) (?:now |already )?(?:inside|in|logged into|logged in to) (?:ur|your) (?:\w+ )?"
    # (not a cloud or a mail box: "I'm in your iCloud. I have the folder called 'private'" holds what is in it)
    r"(?:account|acc|insta|instagram|snap|snapchat|whatsapp|tiktok|facebook|fb)\b",
    # a game or mail account ("got ur fortnite account"), named as an account
    r"(?:got|have|own|hacked|took) (?:ur|your) (?:fortnite|roblox|minecraft|epic|valorant|discord|psn|xbox|"
    r"playstation|riot|league|genshin|pubg|free ?fire|gmail|email|e-mail|icloud|google|twitter|x|youtube|twitch) "
    r"(?:games? )?(?:account|acc|login)\b",
    # the same in the languages the rules read: "tengo tu cuenta de free fire", "ho il tuo account di fortnite"
    r"(?:tengo|tenho|ho|j'?ai|habe ich|ich habe|heb ik|ik heb) (?:tu|tua|sua|a tua|a sua|il tuo|ton|deinen|dein|je) "
    r"(?:cuenta|conta|account|compte|konto|profil|perfil|profilo) (?:de |di |do |da |bei |op |von )?(?:insta|instagram|"
    r"whatsapp|snap|snapchat|steam|tiktok|facebook|fortnite|roblox|minecraft|discord|valorant|free ?fire|pubg|"
    r"genshin|psn|xbox|playstation|twitch|youtube|gmail|icloud)\b",
    # the holder names themselves: "soy el que tiene ahora la cuenta de Facebook Business de tu tienda", "I'm the one
    # who has your account now"
    r"(?:soy|sou) (?:el|o|quien|quem|la|a) (?:que )?(?:tiene|tem|controla|maneja) (?:ahora |agora )?(?:la|a|tu|tua|"
    r"sua) (?:\w+ )?(?:cuenta|conta|pagina|perfil)\b",
    r"(?:i'?m|i am|im) the one (?:who|that) (?:has|holds|controls|runs) (?:your|ur|the) (?:[\w']+ ){0,2}(?:account|"
    r"page|profile)\b",
    # only the one who holds an account can delete it: "if you report me i delete the account and all 8k followers"
    r"(?:i|ill|i'?ll|i will|we|we'?ll|we will) (?:just )?delete (?:the|your|ur) (?:account|insta|instagram|page|"
    r"channel|profile)\b", r"(?:borro|borrare|elimino) (?:la|tu) (?:cuenta|pagina|canal)\b",
    r"(?:apago|excluo|deleto) (?:a|sua|tua) (?:conta|pagina|canal)\b",
    r"(?:losche|loesche) ich (?:den|deinen|dein) (?:account|kanal|profil)\b",
    r"je (?:supprime|vais supprimer) (?:le|ton) (?:compte|profil)\b",
    r"(?:cancello|elimino) (?:l'?|il tuo )(?:account|profilo|canale)\b",
    r"(?:verwijder|wis) ik (?:je|jouw|het) (?:account|profiel|kanaal)\b",
)
# A ransom note's own claim: the files locked, a decryptor sold.
# Silence sold: "$3,000 and I forget what I saw", "paga e non dico niente", "zahl und ich vergesse es".
HUSH = _rx(
    r"(?:and|or) i(?:'ll| will)? (?:forget (?:what i saw|everything|it|about it|i saw)|keep (?:quiet|my mouth shut|"
    r"it to myself)|stay quiet|say nothing|never saw)",
    r"e (?:io )?(?:dimentico|non dico niente|sto zitto|sto zitta)",
    r"y (?:yo )?(?:me olvido|olvido lo que vi|me callo)",
    r"e (?:eu )?(?:esqueco|fico calad[oa])", r"et (?:j'oublie|je me tais|je ne dis rien)",
    r"und ich (?:vergesse|schweige|sage nichts)", r"en ik (?:vergeet|zwijg|zeg niks|zeg niets)",
)
RANSOM = _rx(
    r"(?:files|data|documents|databases?|servers?|network|systems?) (?:are|is|have been|has been|were|was) "
    r"(?:all )?(?:encrypted|locked|penetrated|compromised)", r"decryptor", r"decryption (?:key|tool)",
    # the same in the other big languages: "Vos serveurs ont été chiffrés", "sus archivos han sido cifrados"
    r"(?:fichiers|donnees|serveurs|systemes|archivos|datos|servidores|sistemas|dateien|daten|server|systeme|file|"
    r"dati|arquivos|dados|bestanden|gegevens|servers) (?:\w+ )?(?:ont ete|sont|han sido|fueron|estan|wurden|sind|sono "
    r"stati|foram|estao|zijn) (?:\w+ )?(?:chiffres|cryptes|cifrados|encriptados|verschlusselt|crittografati|criptati|"
    r"criptografados|versleuteld)\b", r"(?:cle|clave|schlussel|chiave|chave|sleutel) de (?:dechiffrement|descifrado)\b",
    r"(?:dechiffrement|descifrado|entschlusselung|decrittazione|descriptografia|ontsleuteling)\b",
)
# A plain "send" presses only towards the writer's people ("send them to my parents").
SEND_ME = _rx(
    r"send(?:s|ing)? (?:my|them|it|those|these|the) (?:\w+ )?(?:\w+ )?to\b",
    r"(?:enviar|mandar)(?:las|los)? a (?:mis|mi|todos)",
    r"(?:enviar|mandar)(?:las|los)? (?:para|pra) (?:meus|minha|meu|todos)",
    r"an (?:meine|alle) (?:\w+ )?(?:zu )?(?:schicken|senden)", r"(?:envoyer|envoie) (?:\w+ )?a (?:mes|ma|mon|tous)",
    r"(?:inviare|mandare)(?:le|li)? a (?:\w+ )?(?:miei|mia|mio|tutti)",
    r"naar (?:mijn|iedereen|al) (?:\w+ )?(?:te )?(?:sturen|stuurt)",
)
# The sender shows the writer what he holds, sent back to them: "now he keeps sending me screenshots of it", "me
# mandou prints do vídeo", "schickt mir die Aufnahme", "stuurt me de screenshots": proof that he holds it.
SENT_BACK = _rx(
    # (not "send me the pics": that asks for them)
    r"(?:sends|sent|sending|texted|messaged|dmed|dm'?d) me (?:back )?(?:a |the |some |more |a few )?(?:\w+ )?"
    r"(?:screenshots?|screenies|screen ?recordings?|recordings?|compilation|montage)\b",
    r"(?:sends|sent|sending) me (?:back )?(?:my|our) (?:own )?(?:\w+ )?(?:pics|photos|pictures|nudes|videos?|clips?)\b",
    r"me (?:mando|manda|envio|envia|paso|pasa|mandó|envió|pasó) (?:\w+ )?(?:capturas|la grabacion|la grabación|"
    r"mis fotos|mis videos)\b",
    r"me (?:mandou|manda|enviou|envia|mandando|enviando) (?:\w+ )?(?:prints?|a gravacao|a gravação|minhas fotos|"
    r"meus videos)\b",
    r"m'?(?:a )?(?:envoie|envoye|envoyait|renvoie|renvoye) (?:\w+ )?(?:des captures|l'?enregistrement|mes photos|"
    r"mes videos)\b",
    r"(?:schickt|schickte|sendet|hat) mir (?:\w+ ){0,2}(?:screenshots?|die aufnahme|meine bilder|meine fotos|"
    r"meine videos)\b",
    r"mi (?:manda|ha mandato|invia|ha inviato|rimanda) (?:\w+ )?(?:screenshot|la registrazione|le mie foto|"
    r"i miei video)\b",
    r"(?:stuurt|stuurde) (?:me|mij) (?:\w+ )?(?:screenshots?|de opname|mijn foto'?s|mijn video'?s)\b",
)
# The story is over: told after the fact ("two years ago", "he was arrested", "nothing was ever posted").
RESOLVED = _rx(
    r"(?:years?|months?|weeks?) ago", r"last (?:year|month|summer|winter|spring)", r"(?:was|got|were) arrested",
    r"(?:it'?s|it is|that'?s) over\b", r"nothing (?:ever )?(?:happened|was (?:ever )?(?:shared|posted|sent))",
    r"hace (?:un|dos|tres|\d+) (?:anos?|mes(?:es)?)", r"el ano pasado", r"vor (?:einem|zwei|drei|\d+) (?:jahr|monat)",
    r"letztes jahr", r"il y a (?:un|deux|trois|\d+) (?:ans?|mois)", r"l'?annee derniere",
    r"(?:un|due|tre|\d+) (?:anni|mesi) fa", r"l'?anno scorso", r"(?:ha|faz) (?:um|dois|tres|\d+) (?:anos?|mes(?:es)?)",
    r"ano passado", r"(?:een|twee|drie|\d+) (?:jaar|maanden) geleden", r"vorig jaar",
    # the one who threatened was caught: "police traced him and he got charged", "lo detuvieron", "foi preso"
    r"(?:was|got|were|been|has been|have been) (?:charged|convicted|sentenced|caught|locked up|jailed)\b",
    r"police (?:traced|caught|found|arrested|identified) (?:him|her|them|the guy|the man)\b",
    r"(?:fue|fueron) (?:detenid|arrestad|condenad)[oa]s?\b", r"(?:lo|la|los) (?:detuvieron|arrestaron|condenaron)\b",
    r"(?:foi|foram) (?:pres[oa]s?|condenad[oa]s?)\b", r"prenderam (?:ele|ela|o cara)\b",
    r"(?:a|ont) ete (?:arrete|interpelle|condamne)", r"(?:wurde|wurden) (?:festgenommen|verhaftet|verurteilt)\b",
    r"(?:e|sono) stat[oi] (?:arrestat|condannat)[oi]\b", r"l'?hanno (?:arrestat|pres)[oa]\b",
    r"(?:is|zijn) (?:opgepakt|gearresteerd|veroordeeld)\b",
    # a season gone by: "last winter", "letzten Winter", "el verano pasado", "l'hiver dernier"
    r"last (?:fall|autumn)", r"letzten (?:winter|sommer|herbst|fruhling|monat)",
    r"(?:el|la) (?:verano|invierno|otono|primavera) pasad[oa]", r"l'?(?:hiver|ete|automne) dernier",
    r"(?:l'?|la )?(?:estate|inverno|autunno|primavera) scors[ao]", r"(?:no )?(?:verao|inverno|outono) passado",
    r"(?:vorige|afgelopen) (?:winter|zomer|herfst|lente|maand)",
    # a report of spam or an answer given: advice, not a person asking for it
    r"reporting (?:this|the|a|it)\b", r"spam\b", r"a: ",
)

# Set phrases whose "or" joins two choices and makes no condition: a game's name ("truth or dare", "action ou
# vérité") and a rough count ("one or two", "more or less"). A condition said beside them still counts.
FIXED_OR = re.compile(
    # (accented as typed too: triage also reads the raw text of a message with letters outside ASCII)
    r"\b(?:truth or dare|dare or truth|verdad o reto|reto o verdad|verdad o desaf[ií]o|action ou v[eé]rit[eé]|"
    r"v[eé]rit[eé] ou action|wahrheit oder pflicht|pflicht oder wahrheit|obbligo o verit[aà]|verit[aà] o obbligo|"
    r"verdade ou desafio|verdade ou consequ[eê]ncia|waarheid of durven|doen,? durven of (?:de )?waarheid|more or less|"
    r"one or two|two or three|yes or no)\b")

# The threat said to go on, as a helpline's case note or a relative puts it ("Bedrohung dauert an", "la minaccia è
# ancora attiva", "tehdit devam ediyor", "tuloy pa rin ang banta"): read in STORY_NOW, and by triage beside a quoted
# threat that nobody asks about.
THREAT_GOES_ON_FORMS = (
    r"(?:the )?threats? (?:is|are) (?:still )?(?:ongoing|continuing|active)\b",
    r"threats? (?:continues?|keeps? coming)\b",
    r"ongoing threats?\b", r"threats? (?:still )?ongoing\b", r"still (?:being )?(?:threatened|blackmailed)\b",
    r"(?:kontakt|erpressung|bedrohung|nachrichten|drohungen) (?:lauft|laufen|geht|gehen) noch\b",
    r"(?:mesajele|amenintarile) continua\b", r"(?:الرسائل|التهديدات) مستمرة",
    r"(?:contact|dreiging|chantage) loopt nog\b",
    r"(?:pesan|ancaman|chat)(?:nya)? masih (?:berlanjut|berdatangan|masuk)\b",
    r"(?:bedrohung|drohung|drohungen|erpressung) (?:dauert|dauern|halt|halten) (?:noch |weiter )?an\b",
    r"(?:bedrohung|drohung|drohungen|erpressung) (?:lauft|laufen|geht|gehen) (?:noch )?weiter\b",
    r"(?:la )?minacc(?:ia|e) (?:e|sono) ancora (?:attiva|attive|in corso)\b",
    r"(?:la )?minacc(?:ia|e) continua(?:no)?\b",
    r"continua a minacciar",
    r"(?:la )?amenazas? (?:sigue|siguen|continua|continuan)\b", r"sigue amenazando(?:la|lo|nos|me)?\b",
    r"(?:a )?ameacas? (?:continua|continuam|segue|seguem)\b", r"continua (?:a )?ameacando?\b",
    r"(?:la )?menaces? (?:continue|continuent|est toujours|sont toujours)\b",
    r"continue de (?:la |le |les |nous |me )?menacer\b",
    r"(?:de )?(?:dreiging|bedreiging|bedreigingen) (?:gaat|gaan|duurt|duren) (?:nog )?(?:door|voort)\b",
    r"blijft (?:haar|hem|ons|me|mij) bedreigen\b",
    r"tehdit(?:ler)? (?:hala )?devam ediyor\b", r"hala tehdit ediyor\b",
    r"tuloy pa rin ang (?:banta|pananakot)\b", r"patuloy (?:pa rin )?ang (?:banta|pananakot)\b",
    r"grozby (?:wciaz |nadal )?trwaja\b", r"(?:nadal|wciaz) (?:jej |mu |nam |mi )?(?:grozi|szantazuje)\b",
    r"угрозы продолжаются", r"продолжает (?:ей |ему |нам |мне )?угрожать", r"погрози тривають",
    r"продовжує (?:їй |йому |нам |мені )?погрожувати",
    r"amenintarile continua\b", r"continua sa (?:o |il |ne |ma )?ameninte\b",
    r"ancaman(?:nya)? (?:masih )?(?:berlanjut|berlangsung)\b", r"masih (?:terus )?mengancam\b",
    r"التهديد مستمر", r"(?:لا يزال|ما زال|مازال) يهدد",
)
THREAT_GOES_ON = _rx(*THREAT_GOES_ON_FORMS)

# A threat told after it was over, read at any length (a victim's story to a friend, a forum post, an account written
# for a counsellor): some time ago (STORY_AGO), the writer acted or nothing came of it (STORY_OVER), and nothing says it
# goes on or asks what to do now (STORY_NOW). Seven languages. The story quotes the threat ("pay me or I send it to your
# family"), so the sentence reader reads one. On the 20,272 labelled texts of sets 1-119 and the training sets, no
# threat has all three; 17 victims' stories the rules flagged have them (12 targeted, 5 unclear).
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A month's name in the seven languages read (folded): "my post from March", "post de março", "mijn post van maart".
_MONTH_ANY = (r"(?:"
               r"january|february|march|april|may|june|july|august|september|october|november|december|janeiro|"
               r"fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|"
               r"mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|"
               r"aout|septembre|octobre|novembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
               r"ottobre|dicembre|januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar|marz|juni|juli|"
               r"oktober|dezember"
               r")")
STORY_AGO = _rx(
    r"(?:days?|weeks?|months?|years?) ago\b", r"while (?:ago|back)\b",
    # Turkish, Tagalog, Vietnamese (marks dropped), Indonesian: "geçen sene", "noong isang taon", "năm ngoái",
    # "tahun lalu"
    r"gecen (?:sene|yil|ay|hafta)\b", r"(?:\d+|iki|uc|birkac) (?:yil|ay|hafta) once\b",
    r"noong (?:isang )?(?:taon|buwan|linggo)\b",
    r"nangyari (?:din |rin )?(?:sakin|sa akin) (?:to|ito) dati\b", r"anul trecut\b", r"luna trecuta\b",
    r"acum (?:\d+|doi|doua|trei|cativa|cateva) (?:ani|luni|saptamani)\b", r"w zeszlym roku\b",
    r"(?:rok|miesiac) temu\b",
    r"(?:\d+|dwa|trzy) lata temu\b",
    r"nam ngoai\b", r"thang truoc\b", r"(?:\d+|hai|ba|may) (?:nam|thang) truoc\b",
    r"(?:tahun|bulan) lalu\b", r"(?:\d+|dua|tiga|beberapa) (?:tahun|bulan|minggu) (?:yang )?lalu\b",
    # "dulu ada yg hack ig aku" (not "dulu" alone: "makan dulu" is "eat first")
    r"dulu (?:ada|pernah|aku pernah|saya pernah|gue pernah|gw pernah)\b", r"(?:udah|sudah|dah) selesai\b",
    # Hinglish: "2 mahine ho gaye", "teen hafte pehle", "sab khatam ho gaya"
    r"(?:\d+|do|teen|char|kuch|ek) (?:mahine|mahina|saal|hafte|hafta) (?:ho gaye|ho gaya|pehle)\b",
    r"sab khatam ho gaya\b",
    # Russian: "в прошлом году", "два месяца назад"
    r"в прошлом (?:году|месяце)", r"(?:год|месяц|неделю) назад", r"(?:\d+|два|три|пару|несколько) (?:месяца|месяцев|"
    r"недели|недель|года|лет) назад", r"прошло (?:уже )?(?:\w+ )?(?:недел|месяц|год|лет)",
    r"last (?:week|month|year|summer|winter|spring|fall|autumn|weekend)\b", r"last " + _MONTH + r"\b",
    r"last (?:christmas|easter|ramadan|eid|diwali|thanksgiving|new year'?s?|holidays?|half[- ]term|semester)\b",
    r"back in (?:" + _MONTH + r"|20\d\d)\b",
    # the month shortened, and time passed since: "back in Nov", "three months on, and I finally feel okay"
    r"back in (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    r"(?:two|three|four|five|six|a few|several|\d+) (?:weeks|months|years) on\b",
    # a month named as when it happened ("quand je t'ai dit en mars", "quando a gennaio"): with what was done and
    # nothing going on, as every reading of a story over needs ("in May" alone is read only beside those)
    r"in (?:" + _MONTH + r")\b", r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b",
    r"(?:a|in|di) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    r"dicembre)\b", r"im (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)\b",
    r"em (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b",
    r"in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b",
    # ("desde hace dos días" is since, not ago: it still goes on)
    r"(?<!desde )hace (?:\w+ ){0,2}(?:dias?|semanas?|mes(?:es)?|anos?|tiempo)\b",
    r"(?:la|el) (?:semana|mes|ano|verano|invierno|otono) pasad[oa]",
    r"(?:ha|faz|ja faz) (?:\w+ ){0,2}(?:dias?|semanas?|mes(?:es)?|anos?)\b",
    r"(?:dias?|semanas?|mes(?:es)?|anos?) atras\b",
    r"(?:na )?semana passada", r"(?:no )?mes passado", r"(?:no )?ano passado",
    r"(?:no )?(?:verao|inverno|outono) passado",
    r"il y a (?:\w+ ){0,2}(?:jours?|semaines?|mois|ans?)\b", r"la semaine derniere", r"le mois dernier",
    r"l'?annee derniere",
    r"l'?an (?:dernier|passe)", r"l'?(?:hiver|ete|automne) dernier",
    r"vor (?:\w+ ){0,2}(?:tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b", r"letzte woche", r"letzten monat",
    r"letztes jahr",
    r"(?:im )?letzten (?:herbst|winter|sommer|fruhling|fruhjahr)",
    # a season named as when it happened ("die Sache im Herbst, als mich jemand … erpresst hat"): with what was done
    # and nothing going on, as every reading of a story over needs
    r"im (?:herbst|winter|sommer|fruhling|fruhjahr)\b", r"in the (?:spring|summer|autumn|fall|winter)\b",
    r"en (?:primavera|verano|otono|invierno)\b", r"(?:en|au) (?:automne|hiver|ete|printemps)\b",
    r"(?:in|d') ?(?:primavera|estate|autunno|inverno)\b", r"no (?:verao|outono|inverno)\b|na primavera\b",
    r"in de (?:lente|zomer|herfst|winter)\b",
    r"(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa\b", r"la settimana scorsa", r"il mese scorso",
    # "now that it's over": time has passed since
    r"now that (?:it'?s|it is|its) (?:all )?over\b", r"(?:adesso|ora) che (?:e|è) (?:tutto )?finit[ao]\b",
    r"ahora que (?:ya )?(?:todo )?(?:termino|acabo|paso)\b", r"maintenant que c'?est (?:fini|termine)\b",
    r"jetzt,? wo (?:es|alles) vorbei ist\b", r"agora que (?:tudo )?(?:acabou|passou)\b",
    r"nu het (?:voorbij|over) is\b",
    r"l'?anno scorso",
    # a season of a sport or a school year past: "Letzte Saison", "last season", "vorig seizoen", "last school year"
    r"(?:last|previous) (?:season|school year|term)\b",
    r"(?:letzte|vorige|vergangene) (?:saison|spielzeit|schuljahr)\b",
    r"(?:la )?(?:temporada|saison|stagione) (?:pasada|passada|derniere|scorsa)\b", r"vorig (?:seizoen|schooljaar)\b",
    r"(?:la )?(?:saison|temporada) (?:precedente|anterior)\b",
    r"(?:l'?|lo )?(?:estate|inverno|autunno) scors[ao]",
    r"(?:dag(?:en)?|weken|week|maand(?:en)?|jaar) geleden\b", r"vorige (?:week|maand)", r"vorig jaar",
    r"(?:vorige|afgelopen) (?:winter|zomer|herfst)",
    # Hinglish: "pichhle saal mere saath hui thi"
    r"(?:pichhle|pichle|pichhli|pichli) (?:saal|mahine|hafte|year|month|week)\b", r"(?:saal|mahine) pehle\b",
    # "remember when …", a story the writer recalls: "te acordás cuando", "weißt du noch, als", "lembra quando"
    r"remember when\b", r"(?:te )?(?:acordas|acuerdas|recuerdas) (?:de )?cuando\b", r"weisst du noch,? als\b",
    r"tu te souviens (?:de )?quand\b", r"(?:ti )?ricordi quando\b", r"(?:se )?lembra (?:de )?quando\b",
    r"weet je nog (?:toen|dat)\b",
    # the one who wrote then, recalled: "ti ricordi quel tipo che mi scriveva …", "remember that guy who kept messaging"
    r"remember (?:that|the) (?:guy|girl|creep|scammer|account|person|man|woman)\b",
    r"(?:te )?(?:acordas|acuerdas|recuerdas) (?:de )?(?:aquel|ese|el) (?:tipo|tio|chico|pibe|perfil|señor|senor)\b",
    r"tu te souviens (?:de )?(?:ce|du) (?:mec|type|gars|compte)\b", r"(?:ti )?ricordi (?:quel|di quel) (?:tipo|tizio|"
    r"ragazzo|profilo)\b", r"(?:se )?lembra (?:daquele|do) (?:cara|carinha|perfil|sujeito)\b",
    r"weisst du noch,? (?:der|dieser|den|diesen) (?:typ|kerl|account)\b",
    r"weet je nog (?:die|dat) (?:gast|vent|jongen|account)\b",
    # an earlier post named by its month: "Update on my post from March", "post de março", "mijn post van maart"
    r"post (?:from|de|du|del|van|vom|von|di) " + _MONTH_ANY + r"\b",
    # months or weeks of silence since: "Já são mais de quatro meses sem nenhum contato", "ruim vier maanden stil"
    r"(?:\w+ ){1,2}(?:months|weeks) (?:of silence|without (?:any )?(?:contact|messages|a word))\b",
    r"(?:\w+ ){1,2}(?:meses|semanas) (?:sem|sin) (?:nenhum |ningun |qualquer )?(?:contato|contacto|mensage\w*|mensajes|"
    r"noticias)\b",
    r"(?:\w+ ){1,2}(?:mois|semaines) sans (?:aucun )?(?:contact|nouvelles|message)\b",
    r"(?:\w+ ){1,2}(?:mesi|settimane) senza (?:nessun )?(?:contatto|messaggi|notizie)\b",
    r"(?:\w+ ){1,2}(?:maanden|weken) (?:stil|geen (?:enkel )?contact)\b",
    r"seit (?:\w+ ){1,2}(?:monaten|wochen) (?:ist )?(?:ruhe|stille|kein kontakt|nichts mehr)\b",
)
# A word between the parts of a step the writer took, which is no negation: "wir waren noch nicht bei der Polizei",
# "we never went to the police" tell of a step not taken.
_STEP_GAP = (r"(?:(?!(?:nicht|nie|niemals|noch|nog|niet|nooit|geen|not|never|non|mai|ancora|pas|jamais|nao|nunca|"
             r"ainda|kein|keine|keinen)\b)\w+ )")
STORY_OVER = _rx(
    # Turkish, Tagalog, Vietnamese, Indonesian: "hiçbir şey olmadı", "wala namang lumabas", "không có gì xảy ra",
    # "nggak terjadi apa-apa"
    r"hicbir sey olmadi\b", r"(?:engelledim|sikayet ettim|polise gittim)\b",
    r"wala(?: naman| namang| ng)? (?:lumabas|nangyari)\b",
    # Romanian and Polish: "nu s-a întâmplat nimic", "nic się nie stało"
    r"nu s-?a (?:mai )?intamplat nimic\b", r"am (?:blocat|raportat)\b", r"nic sie nie stalo\b",
    r"nu a (?:mai )?(?:publicat|trimis|postat) nimic\b",
    r"(?:zablokowal(?:em|am)|zglosil(?:em|am))\b", r"(?:nireport|ni-report|blinock|binlock) ko\b",
    r"khong co gi xay ra\b", r"(?:chan het|da chan)\b",
    r"(?:nggak|gak|tidak|ga) (?:terjadi|ada) apa[- ]?apa\b",
    r"(?:udah|sudah) (?:aku |saya )?(?:blokir|laporin|lapor)\b",
    r"(?:aku|saya|gue|gw) (?:langsung )?(?:lapor|laporin|laporkan|blokir)\b",
    r"(?:dia|mereka) (?:udah |sudah )?hilang\b",
    r"(?:nggak|gak|ga|tidak) ada yang (?:pernah )?(?:disebar|dikirim|diviralkan)\b",
    r"(?:block|report) (?:kiya|kar diya|kar di|kardiya)\b", r"kuch (?:bhi )?(?:leak|share|viral|post) nahi hua\b",
    r"kuch nahi hua\b",
    # Russian: "заблокировала его", "ничего так и не было", "ничего никуда не ушло"
    r"(?:я |она |он |мы )?(?:заблокировал|заблокировала|заблокировали)", r"ничего (?:так и )?не (?:было|случилось)",
    r"ничего никуда не (?:ушло|отправили|отправил)",
    r"(?:денег|ничего) не (?:отправила|отправил|платила|платил|заплатила|заплатил)",
    r"(?:sekarang|skrg|skg) (?:udah|sudah|sdh) aman\b",
    r"akun(?:nya)? (?:udah |sudah )?(?:dipulihkan|dipulihin|balik)\b",
    # nothing came of it
    r"nothing (?:has |had |was |got |ever |actually )*(?:been )?(?:sent|posted|shared|leaked|published|happened|"
    r"came of it)",
    r"never (?:actually )?(?:sent|posted|shared|leaked|published|heard from)", r"(?:they|he|she) never did\b",
    r"(?:he|she|they) (?:never|didn'?t|did not) (?:post|send|share|leak|publish)\w*",
    r"no (?:ha |han )?(?:pasado|publicado|enviado|mandado) nada", r"nada (?:ha )?(?:pasado|paso)\b", r"no paso nada",
    # passives: "el vídeo nunca se envió a nadie", "nunca foi enviado", "n'a jamais été publiée", "wurde nie verschickt"
    r"nunca se (?:envio|publico|mando|difundio|compartio)\b",
    r"nunca (?:foi|foram) (?:enviad|postad|publicad|divulgad)",
    r"n'?(?:a|ont) jamais ete (?:envoye|publie|partage|diffuse)", r"(?:wurde|wurden) (?:nie|niemals) (?:verschickt|"
    r"veroffentlicht|gepostet|geteilt)", r"(?:non )?(?:e|sono) mai stat[oie] (?:inviat|pubblicat|condivis|diffus)",
    r"(?:is|zijn) nooit (?:verstuurd|gedeeld|gepubliceerd|verspreid)\b",
    # what the writer did not do: "Eu não paguei nada", "no pagué", "je n'ai pas payé", "I never paid"
    r"(?:eu )?nao paguei\b", r"nunca paguei\b", r"no (?:le )?pague (?:nada|nunca|ni)\b", r"nunca pague\b",
    r"je n'?ai (?:jamais|pas|rien) paye", r"(?:ich habe|hab) (?:nie|nicht|nichts) (?:bezahlt|gezahlt)",
    r"non ho (?:mai )?pagato", r"ik heb (?:nooit|niet|niks) betaald", r"i (?:never|didn'?t) pa(?:y|id)\b",
    # ... nor the family, the firm or the one it happened to: "we hebben niks betaald", "no pagamos nada", "ele não
    # pagou", "er hat nicht bezahlt", "we never paid" (never the reader's "you didn't pay")
    r"(?:we|he|she|they) (?:never|didn'?t|did not) pa(?:y|id)\b",
    r"(?:we|wij|ze|zij|hij) (?:hebben|heeft) (?:nooit|niet|niks|niets) betaald\b",
    r"(?:wir|er|sie) (?:haben|hat) (?:nie|nicht|nichts) (?:bezahlt|gezahlt)\b",
    r"no (?:le )?(?:pagamos|pagaron) (?:nada|nunca|ni)\b", r"nunca (?:pagamos|pagaron)\b",
    r"(?:ele|ela|eles|a gente|nos) (?:nao|nunca) (?:pagou|pagamos|pagaram)\b",
    r"(?:nous n'?avons|il n'?a|elle n'?a|ils n'?ont) (?:jamais|pas|rien) paye\b",
    r"non (?:abbiamo|ha|hanno) (?:mai )?pagato\b",
    r"(?:no|nunca) (?:publico|envio|mando) nada", r"nunca (?:publico|envio|mando|postou|mandou|enviou)\b",
    r"(?:nao|nunca) aconteceu nada", r"nada aconteceu", r"nao (?:mandou|postou|enviou|publicou) nada",
    r"il ne s'?est rien passe", r"rien ne s'?est passe", r"rien n'?a ete (?:publie|envoye|partage)",
    r"(?:n'?a|n'?ont) (?:jamais|rien) (?:rien )?(?:publie|envoye|partage)", r"(?:il|elle) n'?a jamais rien",
    r"(?:ist |wurde )?(?:bisher |seitdem |seither |zum gluck )?nichts (?:passiert|veroffentlicht|verschickt|gekommen|"
    r"geschehen)",
    r"(?:hat|haben) (?:er |sie )?(?:nie|nichts|niemals) (?:etwas )?(?:veroffentlicht|verschickt|gepostet)",
    r"non e (?:successo|arrivato) (?:niente|nulla)", r"non e stato (?:pubblicato|inviato) (?:niente|nulla)",
    r"non ha mai (?:pubblicato|mandato|inviato)", r"non ha (?:mandato|pubblicato|inviato) (?:niente|nulla)\b",
    r"(?:niks|niets) (?:gebeurd|verstuurd|gepost)", r"is (?:er )?(?:tot nu toe )?(?:niks|niets) gebeurd",
    r"(?:heeft|hebben) (?:nooit|niks|niets) (?:\w+ )?(?:gepost|verstuurd|gedeeld)",
    # the writer acted: blocked, reported, went to the police (said as done, not "if you go to the police")
    r"(?:i|we) (?:blocked|reported)\b", r"(?:i|we) " + _STEP_GAP + r"?(?:went|had gone|have been) to the police",
    # told of someone close: "he blocked and reported, told our mum"; a password changed after it
    r"(?:he|she|they) (?:blocked|reported) (?:and (?:blocked|reported)|him|her|them|it|the (?:account|profile))\b",
    r"(?:i|we) (?:then |just |immediately )?(?:changed|reset) (?:my|our|all my|all our|every) (?:\w+ )?passwords?\b",
    r"(?:i|we) " + _STEP_GAP + r"?(?:filed|made) a (?:police )?report", r"(?:i'?m|i am) (?:ok|okay|fine|better) now",
    # what helped, told as done: "What finally helped was telling my brother and reporting to the police"
    r"what (?:finally |really )?helped (?:me )?was\b",
    # Hinglish: "account block kar diya … phir sab ruk gaya", "video kisi ko nahi gaya"
    r"block kar (?:diya|di|diye)\b", r"(?:sab|sabkuch|messages?) ruk (?:gaya|gaye|gayi)\b",
    r"kisi ko nahi (?:gaya|gayi|bheja|bheji)\b", r"complaint (?:ki|kar di|kari)\b",
    r"(?:i|we) (?:finally )?(?:told|reported (?:it|him|them) to) "
    r"(?:the police|my (?:parents|mum|mom|dad|brother|sister))\b",
    r"(?:lo|la|los|las) bloquee\b", r"bloquee\b", r"bloqueamos\b", r"(?:lo|la) denuncie\b", r"denunciamos\b",
    r"(?:puse|pusimos|presente) (?:una |la )?denuncia", r"fuimos a la policia", r"(?:estoy|ya estoy) mejor",
    r"bloqueei\b", r"denunciei\b", r"(?:fiz|fizemos|registrei) (?:um |o )?(?:boletim|b\.?o\.?|bo\b|denuncia)",
    r"fomos (?:a|na) (?:policia|delegacia)", r"(?:ja )?(?:estou|to) melhor",
    r"j'?ai (?:bloque|signale|porte plainte)", r"(?:on a|nous avons) (?:tout )?(?:bloque|signale)\b",
    r"depuis,? (?:plus )?rien\b", r"(?:porte|depose) plainte", r"(?:ca|sa) va mieux",
    r"(?:habe|hab) (?:ich )?(?:ihn |sie |es |den account |das profil )?(?:blockiert|gemeldet)", r"anzeige erstattet",
    r"(?:bin|waren|sind) " + _STEP_GAP + r"{0,3}(?:zur|bei der) polizei",
    r"(?:jetzt|dann|seitdem|seither) (?:ist|war) ruhe",
    r"anzeige " + _STEP_GAP + r"{0,3}(?:erstattet|erstatten|gemacht)",
    r"niemand (?:hat )?" + _STEP_GAP + r"{0,3}bekommen",
    r"(?:nobody|no one|noone) (?:has |ever |actually )*(?:received|got|seen) (?:it|them|anything)",
    r"ho (?:bloccato|segnalato|denunciato)", r"l'?ho (?:bloccat|segnalat|denunciat)\w*", r"(?:fatto|sporto) denuncia",
    r"(?:siamo|sono) (?:andat[oaie]) " + _STEP_GAP + r"?(?:alla|dalla) polizia", r"sto meglio",
    r"(?:heb|hebben) (?:ik |we )?(?:hem |haar |het account |het profiel )?(?:geblokkeerd|gemeld)", r"aangifte gedaan",
    r"(?:zijn|ben|waren) " + _STEP_GAP + r"{0,3}naar de politie",
    r"(?:voel|voelde) (?:me|mij) " + _STEP_GAP + r"?beter",
    # the account taken was won back: "ho fatto la verifica … e l'ho recuperato", "via Meta het account teruggekregen"
    r"(?:i|we|he|she|they) (?:finally |eventually |then )?(?:got|recovered) (?:it|the account|the profile|"
    r"(?:my|our|his|her|their) (?:account|profile|page)) back\b",
    r"(?:i|we|he|she|they) (?:finally |eventually |then )?recovered (?:it|the account|the profile|(?:my|our|his|her|"
    r"their) (?:account|profile|page))\b",
    r"(?:lo|la) (?:recupere|recuperamos)\b", r"recuperamos (?:la cuenta|el perfil)\b",
    r"(?:recuperei|recuperamos) (?:a conta|o perfil)\b", r"(?:je l'?ai|on l'?a|nous l'?avons) recupere\b",
    r"l'?(?:ho|abbiamo) recuperat[oa]\b",
    r"(?:habe|haben|hab) (?:ich |wir )?(?:es|ihn|den account|das konto|das profil) (?:\w+ ){0,3}zuruckbekommen\b",
    r"(?:het account|het profiel|hem|het) (?:\w+ ){0,3}teruggekregen\b",
    # the account is gone
    r"(?:account|profile) (?:got |was |has been |is )?(?:taken down|deleted|removed|banned|gone|disappeared)",
    r"(?:perfil|cuenta) (?:desaparecio|ya no existe|fue (?:eliminad|borrad)[oa])", r"(?:perfil|conta) sumiu",
    r"(?:compte|profil) a disparu", r"(?:profil|account) ist (?:weg|geloscht|verschwunden)",
    r"(?:profilo|account) (?:e )?sparito", r"(?:account|profiel) is (?:weg|verdwenen)",
    # the messages stopped, it is long over: "The messages stopped within a week", "Binnen een paar dagen stopten de
    # berichten", "Het is al lang voorbij", "It's over for me", "the video never went anywhere"
    r"(?:the )?(?:messages|threats|texts) stopped\b", r"stopten de berichten\b", r"(?:de )?berichten stopten\b",
    r"(?:die )?nachrichten horten (?:\w+ )?auf\b", r"(?:los )?mensajes (?:pararon|dejaron de llegar)\b",
    r"(?:as )?mensagens (?:pararam|deixaram de chegar)\b", r"(?:les )?messages (?:ont cesse|se sont arretes)\b",
    r"(?:i )?messaggi (?:sono cessati|hanno smesso)\b",
    r"(?:it'?s|it is|it was) (?:all )?over (?:for me|now)\b", r"het is (?:al )?(?:lang )?voorbij\b",
    r"es ist (?:schon )?(?:lange )?vorbei\b", r"c'?est (?:bien |deja )?fini\b", r"(?:e|è) (?:tutto )?finito\b",
    r"(?:ya )?(?:se )?acabo todo\b", r"(?:ja )?acabou tudo\b", r"never went anywhere\b",
    r"reported (?:it|him|them|the account|the profile) to\b",
    r"niemand (?:heeft )?(?:ooit )?(?:\w+ ){0,3}(?:gekregen|gezien)\b",
)
# A condition put to the reader, up to the end of its clause: "if you don't pay", "si no pagas", "wenn du nicht zahlst".
_CONDITIONS = re.compile(r"\b(?:if|unless|si|wenn|falls|se|als|jesli|jezeli) (?:you|u|ya|tu|no|vous|du|sie|ihr|voi|lei|"
                         r"je|jij|vc|voce|nie)\b[^.!?,;\n]*")
# Pictures said not to be at stake: "Keine Fotos oder so", "geen foto's", "no pics involved".
NO_PICTURES = _rx(
    r"(?:no|keine|kein|geen|sin|sem|pas de|aucune|niente|nessuna|nessun) (?:\w+ )?(?:fotos?|photos?|pics?|pictures|"
    r"bilder|foto'?s|immagini|imagenes|imagens|nudes|videos?)\b",
    r"(?:nothing|not) (?:to do )?(?:about|with) (?:photos|pictures|pics|nudes)",
    # "Não tem nada a ver com foto", "nada que ver con fotos", "rien à voir avec des photos"
    r"nada a ver com (?:as |os )?(?:fotos?|videos?|nudes)\b", r"nada que ver con (?:las |los )?(?:fotos?|videos?)\b",
    r"(?:rien a voir|aucun rapport|pas de rapport) avec (?:des |les )?(?:photos?|videos?)\b",
    r"(?:nothing|no link|not linked|unrelated) (?:to|with) (?:photos|pictures|pics|nudes)\b",
    r"(?:no|nao) (?:tiene|tem) (?:nada que ver|relacion|relacao) con (?:las |los )?(?:fotos?|videos?)\b",
    r"non (?:c'?entra|ha a che fare) (?:niente |nulla )?con (?:le )?(?:foto|video)\b",
    r"nichts mit (?:fotos|bildern|videos) zu tun\b",
    r"niente a che (?:fare|vedere) con (?:le )?(?:foto|video)\b", r"niks te maken met (?:foto'?s|video'?s)\b",
)
# Where a sentence ends (kept with the sentence, so a question can be told from a statement).
_SENTENCE_END = re.compile(r"(?<=[.!?\n])")


# A negation just before what the writer says was done: it was not done.
# (and "pas encore", "nog geen", "noch keine", "nessuna", "ningún": "je n'ai pas encore déposé plainte", "we hebben nog
# geen aangifte gedaan")
_DENIED_BEFORE = re.compile(r"(?<!\w)(?:nao|não|no|non|not|never|didn'?t|haven'?t|hasn'?t|havent|didnt|nunca|jamais|"
                            r"nie|niet|nicht|nooit|niemals|ainda nao|todavia no|ancora|pas|geen|kein|keine|keinen|"
                            r"nessuna|nessun|ningun|ninguna|nenhum|nenhuma|aucune?)\s+(?:\w+\s+)?$")


# What the writer hoped or thought would end it, just before a step read as done: it did not end it.
_THOUGHT_BEFORE = re.compile(r"(?<!\w)(?:thought|hoped|dachte|hoffte|pensaba|pensavo|pensei|pensais|dacht|hoopte),?\s+"
                             r"(?:\w+\s+){0,2}$")


def _statements(text: str) -> str:
    """The text without its questions (split once at the sentence ends: linear in the text). A sentence that only
    ends in a short question ("… y me piden 50 dólares para devolverla, qué hago?") keeps what it told before it."""
    return " ".join(_told_before_question(part) if part.rstrip().endswith("?") else part
                    for part in _SENTENCE_END.split(text))


def _told_before_question(sentence: str) -> str:
    head, comma, tail = sentence.rpartition(", ")
    # ("my tiktok got stolen, the hacker wants 50 dollars to give it back, how do i get it back?"; never a head that
    # asks itself: "is it true that he has them, or is it fake?")
    return head if comma and len(tail.split()) <= _SHORT_QUESTION_WORDS and not _ASKS.match(head.strip()) else ""


_SHORT_QUESTION_WORDS = 6
_ASKS = re.compile(r"(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|how|what|why|who|where|when|"
                   r"es|esta|como|que|por que|ist|sind|kann|hat|wie|was|warum|est-ce|comment|pourquoi|e|come|cosa|"
                   r"perche|o que|porque|is het|hoe|wat|waarom|kan)\b", re.IGNORECASE)

# It goes on, or the writer asks what to do: then it is a threat described now, whatever came before.
# The message the writer asks about came today: "j'ai reçu un mail ce matin qui me met mal à l'aise", "Ich hab heute
# Morgen eine Mail bekommen". A story of one long ago says when ("a few months ago I got one of those"); this one is not
# over, though nothing else in it says it goes on (an ordinary phishing text asked about comes today too, so it is no
# sign of a threat going on: only of a story not yet over).
RECEIVED_TODAY = _rx(
    r"(?:got|received) (?:an? |this |the )?(?:e-?mail|mail|message|text|dm) (?:this morning|today|tonight|"
    r"an hour ago)\b",
    r"(?:this morning|today|earlier today) i (?:got|received)\b",
    r"j'?ai recu (?:un |une |ce |cet )?(?:e-?mail|mail|message|courriel|sms) (?:ce matin|aujourd'?hui|ce soir)\b",
    r"(?:ce matin|aujourd'?hui),? j'?ai recu\b",
    r"(?:ich )?(?:hab|habe) (?:heute|heute morgen|gerade|vorhin) (?:eine |diese |die )?(?:mail|e-mail|nachricht|sms) "
    r"(?:bekommen|erhalten)\b",
    r"(?:recibi|me llego) (?:un |una |este |esta )?(?:correo|mail|mensaje|email) (?:esta manana|hoy|esta noche)\b",
    r"(?:esta manana|hoy) (?:recibi|me llego)\b",
    r"(?:ho ricevuto|mi e arrivat[oa]) (?:un |una |questa |questo )?(?:mail|email|messaggio) (?:stamattina|oggi|"
    r"stasera)\b", r"(?:stamattina|oggi) (?:ho ricevuto|mi e arrivat[oa])\b",
    r"(?:recebi|chegou) (?:um |uma |esse |este )?(?:e-?mail|mensagem) (?:hoje|agora)\b",
    r"hoje (?:de manha )?(?:recebi|chegou)\b",
    r"(?:ik )?(?:heb|kreeg) (?:vanochtend|vandaag|net) (?:een |deze |dit )?(?:mail|e-mail|bericht)\b",
    r"(?:vanochtend|vandaag) (?:kreeg|ontving) ik\b",
)
STORY_NOW = _rx(
    *THREAT_GOES_ON_FORMS,
    r"what (?:do|should|can|shall) (?:i|we) do", r"what else (?:can|should|do|could) (?:i|we) do\b", r"help me\b",
    r"please help", r"(?:seriously|pls|plz|someone) help\b", r"(?:make|get) (?:it|this|him|them) (?:to )?stop\b",
    # Romanian: it started again today, "mi-a scris azi", "acum îmi scrie din nou"
    r"mi-?a scris (?:\w+ ){0,2}azi\b", r"azi mi-?a scris\b", r"(?:acum |iar )(?:imi|ne|ii) scrie\b",
    r"(?:imi|ne|ii) scrie din nou\b",
    # how to help the one it happens to: "Come la aiuto?", "how do I help her?", "¿cómo la ayudo?"
    r"how (?:do|can|should) (?:i|we) help (?:her|him|them)\b",
    r"come (?:la|lo|li|le) (?:aiuto|aiutiamo|posso aiutare)\b",
    r"como (?:la|lo|los|las) (?:ayudo|ayudamos|puedo ayudar)\b", r"como (?:a|o) (?:ajudo|ajudamos|posso ajudar)\b",
    r"comment (?:l'?|la |le )aider\b", r"wie (?:kann ich|konnen wir|können wir) (?:ihr|ihm) helfen\b",
    r"hoe (?:help ik|kan ik|kunnen we) (?:haar|hem) (?:helpen)?\b",
    # whether to go to the police now: "Moet ik naar de politie?", "should I call the police?"
    r"should (?:i|we) (?:go to|call|tell|contact) the (?:police|cops)\b", r"moet(?:en)? (?:ik|we) naar de politie\b",
    r"soll(?:en)? (?:ich|wir) (?:zur|die) polizei\b", r"(?:debo|debemos) (?:ir a|llamar a|denunciar a) la policia\b",
    r"(?:devo|devemos) (?:ir (?:a|à)|chamar a|ligar para a) policia\b",
    r"(?:dois-je|devrais-je|faut-il) (?:aller (?:a|à) la police|appeler la police|porter plainte)\b",
    # whether the one it happens to should press charges: "Il doit porter plainte ?", "¿debe denunciarlo?"
    r"(?:il|elle|on|je) (?:doit|dois|devrait|devrais) porter plainte\b", r"(?:doit|devrait)-(?:il|elle) porter "
    r"plainte\b", r"(?:debe|deberia|debo|deberiamos) denunciar(?:lo|la)?\b", r"(?:deve|devo|dovrebbe|posso) "
    r"denunciar(?:e|lo|la)\b", r"(?:deve|devo|devemos) denunciar\b", r"should (?:he|she|they|i|we) report (?:it|this|"
    r"him|her|them)\b",
    r"(?:devo|dovrei) (?:andare (?:dalla|alla)|chiamare la) polizia\b",
    r"harus lapor\b",
    # back again, in the languages of the story words above: "tekrar yazdı", "bumalik siya", "lại nhắn", "muncul lagi"
    r"(?:tekrar|yine) (?:yazdi|yaziyor|mesaj atti)\b", r"geri geldi\b", r"hala yaziyor\b", r"ne yapmaliyim\b",
    r"bumalik (?:siya|sya)\b", r"(?:nag-?message|nagchat) ulit\b", r"anong gagawin ko\b",
    r"(?:lai nhan tin|gio lai|bay gio lai)\b", r"phai lam sao\b",
    r"(?:muncul|chat|neror) lagi\b", r"masih (?:neror|ngancam|chat)\b", r"harus gimana\b",
    # Hinglish: "ab phir se message kar raha hai", "5000 maang raha hai", "kya karu?"
    r"(?:ab|abhi) (?:phir se|fir se|firse|dobara)\b", r"(?:phir se|fir se|dobara) (?:message|msg|dhamki|text)\w*",
    r"maang (?:raha|rahi|rahe) (?:hai|h)\b", r"kya (?:karu|karun|karoon|karoo)\b",
    # Russian: "а сегодня он снова пишет", "что мне делать?"
    r"(?:сегодня|сейчас|теперь|опять|снова) (?:он |она |они )?(?:снова |опять )?(?:пишет|пишут|требует|требуют|"
    r"угрожает|угрожают)", r"что (?:мне |нам )?делать",
    r"(?:ayudame|ayudenme|ayuda por favor)\b",
    r"(?:hilf|helft|helfen sie) mir\b", r"aidez[- ]moi", r"aide[- ]moi", r"aiutatemi", r"aiutami",
    r"me ajud(?:a|e|em)\b", r"help mij\b",
    # advice asked for: "I need advice", "Preciso de um conselho", "Ho bisogno di un consiglio", "Ik heb advies nodig"
    r"i (?:really |urgently )?need (?:some )?advice\b", r"(?:preciso|precisamos) de (?:um )?conselho\b",
    r"(?:necesito|necesitamos) (?:un )?consejo\b", r"(?:ho|abbiamo) bisogno di (?:un )?consiglio\b",
    r"(?:j'ai|nous avons) besoin (?:d'un |de )conseils?\b",
    r"(?:ich brauche|wir brauchen) (?:dringend )?(?:einen )?rat\b",
    r"(?:ik heb|we hebben) (?:echt |dringend )?advies nodig\b",
    r"(?:is|was) (?:this|it) real",
    # still going on, and where to report it: "It's still happening - … Where do I report this?"
    r"still (?:happening|going on|ongoing)\b", r"(?:where|how) (?:do|can|should) (?:i|we) report\b",
    r"(?:sigue|todavia esta|aun esta) (?:pasando|ocurriendo)\b", r"(?:ainda esta|continua) acontecendo\b",
    r"(?:ca|cela) continue\b", r"(?:geht|passiert) (?:das |es )?(?:immer )?noch weiter\b", r"passiert immer noch\b",
    r"sta ancora (?:succedendo|andando)\b",
    r"(?:letzte|neueste|jungste) (?:drohung|nachricht) vor \d+ ?(?:min|minuten|stunden|std)\b",
    r"seit (?:gestern|heute morgen|einer stunde|\d+ (?:stunden|minuten|tagen))\b",
    r"desde (?:ayer|anoche|esta manana|hace (?:\w+ ){0,2}(?:horas?|dias?))\b", r"desde ontem\b",
    r"depuis (?:hier|ce matin|(?:\w+ )?(?:heures?|jours?))\b",
    # a new account now, in Spanish and French: "ahora le escribe desde otra nueva", "maintenant il écrit d'un autre"
    r"ahora (?:me |le |les |nos )?(?:escribe|habla|manda|amenaza) desde otra\b",
    r"maintenant (?:il|elle) (?:m'|lui |leur |nous )?(?:ecrit|envoie|menace) (?:d'un|depuis un) (?:autre|nouveau)\b",
    r"(?:since (?:yesterday|this morning|last night)|for the (?:past|last) (?:hour|two hours|day))\b",
    r"(?:il|elle|ils) continue(?:nt)? (?:de |d'|a )(?:m'|lui |leur |nous )?(?:ecrire|envoyer|menacer|harceler)\b",
    r"(?:contatto|contatti) (?:ancora|tuttora) (?:attiv[oi]|in corso)\b", r"continua a (?:scriver|minacciar)\w*\b",
    r"(?:sigue|siguen) (?:escribiendo|amenazando|mandando)\b", r"schreibt (?:ihr |ihm |mir )?(?:immer )?noch\b",
    r"(?:nagme-?message|nagmemessage|nagte-?text|nananakot) (?:pa rin|pa din)\b",
    r"(?:het )?gaat (?:nog steeds|nog altijd) door\b",
    r"(?:donde|a quien) (?:lo )?(?:denuncio|reporto)\b", r"(?:onde|pra quem) (?:eu )?denuncio\b",
    # going on as they write: "Tá acontecendo agora. Denuncio onde?", "it's happening right now"
    r"(?:happening|going on) (?:right )?now\b", r"(?:pasando|ocurriendo) (?:justo )?ahora\b",
    r"acontecendo (?:agora|neste momento)\b", r"(?:passe|produit) (?:en ce moment|maintenant)\b",
    r"passiert (?:gerade|jetzt)\b", r"(?:succedendo|sta succedendo) (?:adesso|ora|in questo momento)\b",
    r"gebeurt (?:nu|op dit moment)\b", r"(?:denuncio|reporto) (?:onde|donde|a quien|pra quem)\b",
    r"report (?:it|this|him|her) where\b",
    # the one it happens to asks whether to pay: "ela deve pagar??", "should she pay?", "¿debería pagar?"
    r"(?:should|do) (?:she|he|they|we|i) (?:just )?pay\b", r"(?:ela|ele|eles|a gente) (?:deve|devem|tem que) pagar\b",
    r"(?:deberia|deberiamos|tiene que|tenemos que) pagar(?:le)?\b", r"(?:doit|devrait)-(?:elle|il) payer\b",
    r"(?:soll|sollte) (?:sie|er) (?:zahlen|bezahlen)\b", r"(?:deve|dovrebbe) pagare\b",
    r"(?:moet|zou) (?:ze|hij) (?:betalen|moeten betalen)\b",
    r"(?:ainda|continua) (?:ta|esta|tá) (?:mandando|ameacando|escrevendo)\b",
    r"wo (?:kann|soll|muss) (?:ich|man) (?:das )?(?:melden|anzeigen)\b", r"(?:ou|a qui) (?:je )?(?:le )?signale\b",
    r"dove (?:lo )?(?:denuncio|segnalo)\b", r"waar (?:kan|moet) (?:ik|je) (?:dit |het )?(?:melden|aangeven)\b",
    r"(?:now|today|tonight|again|still) (?:he|she|they|this|the account|it)\b",
    # (a new account now, not "then he tried a new account once and then nothing": a story over tells of one too)
    r"(?:now|today|tonight|again|just) (?:\w+ )?(?:from|on|with|made|using) (?:a|another) new account\b",
    r"new account (?:now|today|tonight|again|this (?:morning|evening))\b",
    # nothing done yet of what is asked, or to stop it: "Ik heb hem nog niks gegeven", "ela ainda não bloqueou",
    # "i haven't paid him yet", "non gli ho ancora risposto" (a story over tells what was done; "yet" must be said:
    # "non ho pagato niente", "je n'ai rien payé" are said of a story over too)
    r"(?:i|we|she|he|they) (?:haven'?t|have not|hasn'?t|has not) (?:\w+ )?(?:paid|sent|given|blocked|replied|answered|"
    r"told|reported)\b[^.!?\n]{0,30}\byet\b", r"(?:i|we|she|he|they) (?:haven'?t|hasn'?t) yet\b",
    r"(?:todavia|aun|aún) no (?:le |lo |la |les )?(?:he|hemos|ha|han) (?:pagado|mandado|enviado|dado|bloqueado|"
    r"contestado|respondido|denunciado|dicho)\b",
    r"(?:ainda|ainda nao|ainda não) (?:nao |não )?(?:paguei|mandei|dei|respondi|bloqueei|contei|denunciei|pagou|mandou|"
    r"bloqueou|respondeu|contou|denunciou)\b",
    r"(?:je|on|nous|il|elle) (?:ne |n')?(?:lui |l')?(?:ai|avons|a) (?:encore rien|pas encore) (?:\w+ )?"
    r"(?:paye|envoye|donne|repondu|bloque|dit)\b",
    r"(?:ich|wir|sie|er) (?:habe|haben|hat) (?:ihm |ihr |ihn )?noch (?:nichts|nicht|kein geld|keinen cent) "
    r"(?:\w+ )?(?:bezahlt|gezahlt|geschickt|gegeben|geantwortet|uberwiesen|blockiert|gesagt|angezeigt)\b",
    r"non (?:gli |le |l'|l)?(?:ho|abbiamo|ha) (?:\w+ )?(?:pagato|mandato|dato|risposto|bloccat[oa]|detto|"
    r"denunciat[oa])\b[^.!?\n]{0,20}\bancora\b",
    r"non (?:gli |le |l'|l)?(?:ho|abbiamo|ha) ancora (?:\w+ )?(?:pagato|mandato|dato|risposto|bloccat[oa]|detto)\b",
    r"(?:ik|we|wij|ze|zij|hij) (?:heb|hebben|heeft) (?:hem |haar )?nog (?:niks|niets|niet|geen geld|geen cent) "
    r"(?:\w+ )?(?:betaald|gestuurd|gegeven|geantwoord|geblokkeerd|gezegd|aangegeven)\b",
    # the writer does not know what to do now (present tense, first person: a story over says "I didn't know"):
    # "on ne sait pas quoi faire", "no sabemos qué hacer", "wir wissen nicht, was wir tun sollen"
    r"(?:i|we) (?:don'?t|do not|dont|really don'?t) know what to do\b",
    r"(?:je ne|on ne|nous ne|j'?) ?(?:sais|sait|savons) (?:pas|plus|vraiment pas) (?:quoi|que) faire\b",
    r"no (?:se|sabemos|sabemos bien) (?:que|ni que) hacer\b",
    r"(?:weiss|weiß|wissen) (?:nicht|nicht mehr|echt nicht),? was (?:ich|wir) (?:tun|machen) "
    r"(?:soll|sollen)\b",
    r"non (?:so|sappiamo|so piu|sappiamo piu) (?:cosa|che|che cosa) fare\b",
    r"(?:nao|não) (?:sei|sabemos|sei mais|sabemos mais) o que fazer\b",
    r"(?:ik weet|we weten|wij weten) (?:niet|niet meer) wat (?:ik|we|wij) moet(?:en)? doen\b",
    # whether the police can act now: "Kann die Polizei was machen?", "¿La policía sí hace algo?"
    r"(?:can|could|will) the police (?:actually |really )?(?:do|help)\b",
    r"la police (?:\w+ ){0,2}(?:peut|pourrait) (?:\w+ )?(?:faire|aider)\b",
    r"la policia (?:\w+ ){0,2}(?:puede|podria|si hace|hace) (?:hacer )?algo\b",
    r"kann die polizei (?:\w+ )?(?:was|etwas) (?:machen|tun)\b", r"la polizia (?:puo|può) fare qualcosa\b",
    r"a policia (?:pode|consegue) fazer (?:alguma coisa|algo)\b", r"kan de politie (?:iets|wat) doen\b",
    # where one reports it, asked without a pronoun: "Où est-ce qu'on signale ça ?", "¿A dónde se reporta esto?"
    r"(?:ou|a qui) (?:est-ce qu'?on |est ce qu'?on |on )?(?:signale|denonce|porte plainte)\b",
    r"(?:a )?donde se (?:reporta|denuncia)\b", r"(?:onde|pra quem|para quem) se denuncia\b",
    r"(?:dove|a chi) si (?:denuncia|segnala)\b", r"wo meldet man\b", r"waar meld je\b",
    r"(?:he|she|they)(?:'s|'re| is| are)? (?:keeps?|still) (?:messag|text|writ|ask|threat|send|contact)",
    r"(?:by|until|till) (?:tonight|tomorrow)\b",
    r"que (?:hago|debo hacer|puedo hacer)", r"(?:de nuevo|otra vez|ahora (?:me|dice|quiere))",
    r"(?:o que|oq|o q) (?:eu )?(?:faco|devo fazer)", r"socorro", r"je fais quoi\b",
    # ("again" said of what the sender does, not of the writer who laughs again: "ele mandou de novo", "hij stuurt
    # weer", "il m'a encore écrit", "mi ha scritto di nuovo"; "Hij lacht weer" ends a story over)
    r"(?:mandou|escreveu|ameacou|mandando|escrevendo|ligou|apareceu) (?:\w+ )?de novo\b",
    r"de novo (?:me |nos |a )?(?:mandou|escreveu|ameacou|mandando|escrevendo)\b", r"agora (?:ele|ela|diz|quer)",
    r"que (?:dois|faire|est-ce que je fais)",
    r"(?:ecrit|envoie|menace|relance|recontacte|harcele) (?:\w+ ){0,2}encore\b",
    r"encore (?:ecrit|envoye|menace|relance|recontacte)\b", r"(?:maintenant il|maintenant elle)",
    r"was soll ich", r"was kann ich", r"(?:schon wieder|jetzt (?:will|schreibt|droht))",
    r"cosa (?:devo|posso) fare", r"che faccio",
    r"(?:scritto|scrive|minaccia|minacciato|mandato|manda|contattat\w*|tornato|tornata|ricomparso) (?:\w+ )?di nuovo\b",
    r"di nuovo (?:a )?(?:scrivere|scritto|minacciare|minacciato)\b", r"ora (?:vuole|dice|mi)",
    r"wat moet ik", r"wat kan ik",
    r"(?:schrijft|stuurt|dreigt|appt|belt|mailt|schreef|stuurde|dreigde) (?:me |mij |ons |hem |haar )?weer\b",
    r"weer (?:een )?(?:bericht|berichten|geschreven|gestuurd|gedreigd|contact|geappt)\b", r"nu (?:wil|zegt|dreigt)",
    # asked whether it is real, what "we" do, or it has just happened
    r"(?:esto|isso|this|it|das|dit|cio|ca) (?:es|e|is|ist|est) (?:real|echt|vrai|vero)\b", r"es real\b",
    r"what do we do", r"(?:que|o que) (?:hacemos|fazemos|faisons)\b", r"was (?:sollen|konnen) wir",
    r"cosa facciamo", r"wat moeten we", r"just (?:got|sent|received)\b", r"acaba de\b", r"acabou de\b",
    r"vient de\b", r"appena (?:ricevuto|arrivato|mandato)",
    # asked whether they will really send it, or what to do about it now: "Est-ce qu'ils vont vraiment envoyer la
    # vidéo ?", "should I report it or pay?"
    r"(?:will|would) (?:they|he|she) (?:really|actually) (?:send|post|share|leak|do)",
    r"should i (?:report|pay|tell|go)",
    # a parent or a teacher asks what to do, and the writing goes on: "Continua a scriverle. Come procedo?"
    r"come procedo\b", r"cosa (?:devo fare|faccio|facciamo|dobbiamo fare)\b", r"che (?:faccio|facciamo)\b",
    r"(?:que|qué) hacemos\b", r"(?:was|wie) sollen wir (?:tun|machen)\b", r"o que (?:fazemos|a gente faz)\b",
    r"wat (?:moeten|kunnen) we doen\b", r"continua a (?:scriverl[ea]|scrivergli|scrivere|minacciar\w*)\b",
    r"(?:continua|segue) (?:mandando|enviando|ameacando|escrevendo)\b",
    r"(?:le |les |me )?siguen? (?:escribiendo|amenazando|mandando)\b",
    r"(?:schreibt|droht) (?:ihm|ihr|uns) (?:immer )?(?:noch|weiter)\b",
    r"(?:est-ce qu'?(?:ils|il|elle|elles) (?:vont|va)|vont-ils|va-t-il|va-t-elle) vraiment",
    r"est-ce que je dois (?:porter plainte|payer|signaler|le dire)", r"dois-je (?:porter plainte|payer|signaler)",
    r"(?:lo|la|los|las) (?:van|va) a (?:enviar|mandar|publicar|subir) de verdad",
    r"de verdad (?:lo|la|los|las) (?:van|va) a",
    r"(?:debo|tengo que) (?:denunciar|pagar|decirlo)", r"werden (?:sie|die|er) (?:das|es|die \w+) wirklich",
    r"soll ich (?:anzeige|zahlen|bezahlen|es melden)", r"(?:lo|la) (?:manderanno|pubblicheranno) davvero",
    r"devo (?:denunciare|pagare|dirlo)", r"(?:vao|vai) mesmo (?:enviar|mandar|postar|publicar)",
    r"devo (?:denunciar|pagar|contar)", r"gaan ze (?:het|dat|die \w+) echt", r"moet ik (?:aangifte|betalen|het melden)",
    # a duration with the present tense, still going on: "faz uma semana que mandam mensagem", "da due settimane mi
    # scrive", "hace una semana que me escribe", "depuis deux semaines il m'écrit", "seit zwei Wochen schreibt er mir"
    r"(?:faz|ha) (?:uma|duas|tres|\d+) (?:semanas?|dias|meses) que (?:\w+ )?(?:manda|mandam|escreve|escrevem|ameaca|"
    r"ameacam|me \w+)\b",
    r"da (?:\w+ )?(?:giorni|settimane|mesi|una settimana) (?:mi|ci|gli|le) (?:scrive|scrivono|manda|mandano|minaccia|"
    r"minacciano)\b",
    r"hace (?:\w+ )?(?:dias|semanas|meses|una semana) que (?:me|nos|le) (?:escribe|escriben|manda|mandan|amenaza|"
    r"amenazan)\b",
    r"depuis (?:\w+ )?(?:jours|semaines|mois|une semaine),? (?:il|elle|ils|on) (?:m'|me |nous )?(?:ecrit|ecrivent|"
    r"envoie|envoient|menace|menacent)\b",
    r"seit (?:\w+ )?(?:tagen|wochen|monaten|einer woche) (?:schreibt|schreiben|droht|drohen|schickt|schicken)\b",
    r"(?:al )?(?:\w+ )?(?:dagen|weken|maanden|een week) (?:stuurt|sturen|dreigt|dreigen|appt|appen) (?:hij|zij|ze)\b",
    r"for (?:\w+ )?(?:days|weeks|months|a week) (?:now )?(?:he|she|they)(?:'s| has| have|'ve)? (?:been )?"
    r"(?:messaging|texting|sending|threatening|writing)\b",
    # the situation said to go on, or the messages said not to stop, as a teacher or a parent reports it: "Das läuft
    # noch", "c'est donc toujours en cours", "Het speelt nog steeds", "De berichten blijven maar komen", "Die
    # Nachrichten hören nicht auf", "Continua até hoje", "il m'écrit toujours" (said of the situation or the messages,
    # not of an inquiry: "les enquêtes sont toujours en cours" tells no threat going on)
    r"(?:it'?s|it is|this is|the situation is|that'?s) still (?:going on|ongoing|active|happening)\b",
    r"(?:the )?(?:messages|texts|dms|threats) (?:keep|are still|still) (?:coming|arriving|coming in)\b",
    r"(?:he|she|they|it) (?:won'?t|will not|doesn'?t|does not|hasn'?t|has not) stop(?:ped)? (?:messaging|texting|"
    r"writing|threatening|sending)\b",
    r"(?:los )?(?:mensajes|amenazas) (?:siguen|continuan) (?:llegando|entrando)\b",
    r"(?:sigue|continua) (?:hasta hoy|hasta ahora|a dia de hoy)\b",
    r"no (?:para|deja) de (?:escribir|mandar|amenazar)\w*",
    r"(?:as )?(?:mensagens|ameacas) (?:continuam|seguem) (?:chegando|vindo)\b",
    r"(?:continua|segue) (?:ate hoje|ate agora)\b", r"fica (?:ameacando|mandando mensage\w*|me mandando)\b",
    r"nao para de (?:mandar|escrever|ameacar)\w*",
    r"(?:c'?est|cela est|ca reste) (?:donc |encore )?toujours en cours\b", r"ca dure depuis\b",
    r"(?:il|elle|ils) (?:m'|me |lui |nous |leur )?(?:ecrit|ecrivent|envoie|envoient|menace|menacent) toujours\b",
    r"(?:les )?messages (?:continuent|arrivent toujours)\b", r"n'?arrete(?:nt)? pas de (?:m'|lui |nous )?(?:ecrire|"
    r"envoyer|menacer)\b",
    r"(?:das|es) (?:lauft|geht) (?:immer )?noch\b", r"(?:die )?(?:nachrichten|drohungen) (?:horen|hort) nicht auf\b",
    r"hort nicht auf,? (?:zu )?(?:schreiben|drohen)\b", r"(?:schreibt|droht) (?:\w+ )?weiter\b",
    r"(?:la situazione|la cosa|tutto) (?:e|è) ancora in corso\b", r"(?:i )?messaggi continuano (?:ad|a) arrivare\b",
    r"non smette (?:di|mai di) (?:scriver|minacciar|mandar)\w*",
    # the next message came today: "Heute Morgen kam die nächste Nachricht", "this morning I got another message"
    r"(?:this morning|today|tonight|yesterday|last night) (?:i got|i received|came|there was|he sent|she sent|"
    r"they sent) (?:another|the next|a new|one more) (?:message|text|dm|email)\b",
    r"(?:heute|gestern) (?:morgen |abend |fruh |nacht )?kam (?:die |eine )?(?:nachste|neue|weitere) "
    r"(?:nachricht|mail)\b",
    r"(?:esta manana|esta noche|hoy|ayer) (?:me )?(?:llego|mando|escribio) (?:otro|el siguiente|un nuevo) "
    r"(?:mensaje|correo)\b",
    r"(?:hoje|ontem) (?:de manha |a noite )?(?:chegou|veio|ele mandou|ela mandou) (?:outra|mais uma|a proxima|"
    r"uma nova) (?:mensagem|ameaca)\b",
    r"(?:ce matin|aujourd'?hui|hier|ce soir) (?:j'?ai recu|il m'?a envoye|elle m'?a envoye|est arrive) (?:un autre|"
    r"un nouveau|le prochain) (?:message|mail)\b",
    r"(?:stamattina|oggi|ieri|stasera) (?:mi e arrivato|e arrivato|mi ha mandato|mi ha scritto) (?:un altro|"
    r"un nuovo|il prossimo) (?:messaggio|audio)\b",
    r"(?:vanochtend|vandaag|gisteren|vanavond) (?:kwam|kreeg ik) (?:het volgende|een nieuw|nog een) "
    r"(?:bericht|mailtje)\b",
    # going on, as a helper reports it: "The contact is ongoing", "Het gaat nog door", "Le scrive ogni giorno"
    r"(?:contact|situation|harassment|blackmail|extortion|messaging|threats?|messages|it|this) (?:is|are) "
    r"(?:still )?ongoing\b", r"(?:het )?gaat (?:\w+ )?nog (?:\w+ )?door\b",
    r"(?:writes|texts|messages|threatens|emails|dms) (?:me|her|him|them|us) every day\b",
    r"(?:scrive|scrivono|manda|mandano|minaccia|minacciano) (?:\w+ )?ogni giorno\b",
    r"(?:escribe|escriben|manda|mandan|amenaza|amenazan) (?:\w+ )?todos los dias\b",
    r"(?:ecrit|ecrivent|envoie|envoient|menace|menacent) (?:\w+ )?tous les jours\b",
    r"(?:schreibt|schreiben|droht|drohen|schickt|schicken) (?:\w+ ){0,2}jeden tag\b",
    r"(?:escreve|escrevem|manda|mandam|ameaca|ameacam) (?:\w+ )?(?:todo dia|todos os dias)\b",
    r"(?:schrijft|schrijven|stuurt|sturen|dreigt|dreigen|appt) (?:\w+ )?elke dag\b",
    # what the one it happens to can do now, asked by a helper: "What options does she have?", "Wat is verstandig?"
    r"what (?:can|should|could) (?:she|he|they) do\b", r"what (?:options|choices) (?:do|does) (?:i|we|she|he|they) "
    r"have\b", r"what are (?:my|our|her|his|their) options\b", r"wat is (?:nu )?(?:verstandig|wijsheid|het beste)\b",
    r"was (?:ist|ware) (?:jetzt )?(?:das )?(?:richtige|sinnvoll|am besten)\b", r"que (?:peut|doit)-(?:elle|il) faire\b",
    r"que (?:puede|debe) hacer\b", r"o que (?:ela|ele) (?:pode|deve) fazer\b", r"cosa (?:puo|può|deve|dovrebbe) fare\b",
    r"need (?:some )?advice on\b", r"advice (?:needed|please|pls)\b", r"(?:seeking|looking for) advice\b",
    r"(?:do|should|can|must) (?:i|we|she|he) (?:go to|call|tell|contact) the (?:police|cops|platform|school)\b",
    r"whether (?:we|i) should (?:contact|report|tell|call)\b",
    r"het speelt nog(?: steeds| altijd)?\b", r"(?:de )?(?:berichten|dreigementen|appjes) blijven (?:maar )?"
    r"(?:komen|binnenkomen)\b", r"(?:houdt|stopt) niet (?:op|met (?:appen|sturen|dreigen|berichten))\b",
)

# A consequence that only costs the writer's mood: a sulk, a pout, "I'll die of suspense" (flirting).
SULK = _rx(
    r"(?:i'?ll|i will|im gonna|i'?m gonna|i am going to) (?:be )?(?:literally )?(?:sulk|sulking|pout|pouting|cry|"
    r"die|be sad|be jealous|be so sad|be grumpy|be mad at you)\b", r"die of (?:suspense|curiosity|boredom)",
    # the writer kept awake by a flirt's photo: "send another before bed or I'm not sleeping tonight"
    r"(?:i'?m|im|i am) not (?:gonna |going to )?(?:sleep|sleeping)\b", r"(?:i|i'?ll) (?:can'?t|cannot|won'?t) sleep\b",
    r"(?:i'?m|im|i am) (?:gonna |going to )?(?:go to )?sleep without (?:saying )?(?:goodnight|good night|a kiss)\b",
    r"(?:sonst )?kann ich nicht (?:ein)?schlafen\b", r"(?:je ne|je) (?:vais pas|pourrai pas) dormir\b",
    r"no (?:voy a poder )?dormir(?:e|é)?\b", r"(?:nao|não) (?:vou )?(?:conseguir )?dormir\b",
    r"(?:je|moi je) (?:vais )?boude", r"je vais bouder", r"(?:voy a|me voy a) (?:llorar|enfadar|poner triste)",
    r"me muero de (?:la )?(?:curiosidad|intriga)", r"(?:ich )?(?:schmolle|bin (?:ich )?beleidigt|bin ich traurig)",
    r"(?:mi offendo|sono triste|mi arrabbio)", r"(?:fico|vou ficar) (?:triste|chateado|chateada|de mal|brava|bravo)",
    r"(?:ben ik|word ik) (?:boos|verdrietig|beledigd)", r"kom ik (?:zelf )?(?:kijken|langs)",
    # a partner's disappointment, or a visit to see it: "or I'll be very disappointed 😘", "or I'm coming over to see
    # it myself 😏", "ou je viens te chercher plus tôt"
    r"(?:i'?ll|i will|i'?m gonna|im gonna) be (?:very |so |really |super )?disappointed\b",
    r"(?:i'?m|im|i am) coming over to see (?:it|them|for myself)\b", r"(?:je viens|j'?arrive) te chercher\b",
    r"(?:i'?m|im|i am|i'?ll|ill) (?:just )?(?:be )?com(?:ing|e) (?:over|round|by) (?:and |to )?(?:pick|choose|see|"
    r"check|find|get|grab) (?:it|them|one|you)? ?(?:out )?(?:myself|for myself|in person)\b",
    r"kom ik je (?:zelf )?(?:ophalen|halen)\b", r"(?:voy|paso) a buscarte\b", r"(?:vou|passo) te buscar\b",
    # the writer no longer speaking to the reader, said in play: "sinon je te parle plus 😭", "or im not talking to u"
    # the writer leaving the group, or a name called in play: "send them in here or im leaving this gc 😤", "pay up
    # the 5 bucks u bet or ur a bot forever"
    r"(?:i'?m|im|i am|i'?ll|ill|i will) (?:just )?(?:leaving|leave|quitting|quit) (?:this|the) (?:gc|group|group ?chat|"
    r"chat|server)\b",
    r"(?:ur|you'?re|youre|u r) (?:a |an )?(?:bot|noob|loser|clown|coward|chicken|bum)(?: forever| for life)?\b",
    # a lover's small theft in play: "or im stealing ur hoodie forever 😤🫶"
    r"(?:i'?m|im|i am|i'?ll|ill|i will|i'?m gonna|im gonna) (?:steal|stealing|keep|keeping) (?:ur|your) (?:hoodie|"
    r"hoody|jumper|sweater|sweatshirt|fries|charger|snacks)\b",
    r"(?:je te|j'?te) parle plus\b", r"(?:i'?m|im|i am) not (?:talking|speaking) to (?:you|u)\b",
    r"(?:i'?ll|i will|i'?m gonna|im gonna) (?:never )?(?:stop )?(?:talking|speaking) to (?:you|u)\b",
    r"no te (?:hablo|vuelvo a hablar) mas\b", r"(?:ich )?rede nicht mehr mit dir\b", r"non ti parlo piu\b",
    r"(?:nao|não) falo mais com (?:vc|voce|você|tu)\b", r"(?:ik )?praat (?:niet meer|nooit meer) met (?:je|jou)\b",
    r"(?:i'?ll|i will|i'?m gonna|im gonna) be forced to come (?:over |round |by )?(?:and |to )?(?:see|check)\b",
    r"(?:i'?ll|i will|i'?m gonna|im gonna) (?:just )?(?:have to |need to )?come (?:over |round |by )?(?:and |to )?"
    r"(?:see|check) (?:it|them|you|for myself)\b",
    r"(?:driving|coming|popping|walking|heading) (?:over |round |by )?to see (?:it|them|that|you) (?:in person|myself|"
    r"for myself|irl)\b",
    r"(?:vou|vou ter que|tenho que) (?:ir )?(?:ai |la )?(?:te )?ver (?:pessoalmente|de perto|ao vivo)\b",
    r"(?:tendre|voy a tener|tengo) que ir a verte\b",
    r"je (?:vais )?(?:devoir )?venir (?:te )?voir (?:moi-meme|en vrai)",
    r"(?:muss|komm) ich (?:selbst|selber|personlich) (?:vorbei|gucken|schauen)\b",
    r"(?:dovro|devo) venire a veder(?:ti|lo|la) (?:di persona|io)\b",
    # a partner's own leaving, said in play: "se vc nao me mandar … eu termino com vc kkkk"
    r"(?:i'?ll|i will|im gonna|i'?m gonna|i am going to|i'?m going to) (?:just )?break up with (?:you|u)\b",
    r"(?:eu )?termino (?:com )?(?:vc|voce|tu|contigo)\b", r"vou terminar com (?:vc|voce|tu)\b",
    r"(?:corto|rompo|termino) contigo\b", r"je te quitte\b", r"(?:je )?romps avec toi\b",
    r"(?:mach|mache) ich schluss\b", r"ich (?:mach|mache) schluss\b", r"ti lascio\b",
    r"(?:maak ik het uit|ik maak het uit)\b",
    # a friend's block, a chat left on read or a player kicked from the clan, said in play: "pagami la pizza entro
    # domani o ti blocco 😂", "mándame otra o te dejo en visto", "carry me in ranked or i'm kicking u from the clan"
    r"(?:i'?m|im|i am|i'?ll|ill|i will|i'?m gonna|im gonna) (?:just )?(?:block|blocking|unfollow|unfollowing|unfriend|"
    r"unfriending|ghost|ghosting) (?:you|u|ya)\b", r"leav(?:e|ing) (?:you|u|ya) on read\b",
    r"(?:ti blocco|te bloqueo|te bloqueio|je te bloque|ik blokkeer je|blockier ich dich)\b",
    r"(?:te dejo|te deixo|je te laisse|ti lascio|ich lass dich) (?:en |no |sur |in |auf )?(?:visto|vu|lu|gelesen)\b",
    r"(?:kick|kicking|kickin) (?:you|u|ya) (?:from|out of|off) (?:the |our |my )?(?:clan|squad|team|server|group|gc|"
    r"lobby|party|guild)\b", r"no more (?:carries|carry|boosts|duos)\b",
    # a fate the writer shares: "send me ur notes by 9 or we're all failing tmrw 😩", "or the landlord's gonna kill us
    # both 💀"
    r"(?:we'?re|we are|we'?ll be|we will be|we'?re gonna be|were) (?:all |both )?(?:failing|gonna fail|dead|screwed|"
    r"doomed|toast|so late|in trouble)\b", r"(?:gonna|going to|will) kill us (?:both|all)\b",
)
# A family sign-off at the end ("Love you. Dad", "love mum x", "Buziaki, mama"): who signs, not an audience.
FAMILY_SIGN_OFF = re.compile(
    r"(?:love(?: you)?|lots of love|xx*|hugs|bisous|besos|kuss|kusse|kisses|un bacio|baci|beijos?|liefs|buziaki|"
    r"groetjes|abrazos|bsos)[\s,.!x]*(?:your )?(?:mum|mom|mam|mama|mamma|mamá|maman|mãe|mae|mutti|dad|daddy|papa|"
    r"papá|pai|vati|tata|mommy|mummy)\b[\s.!x❤️😘]*$", re.IGNORECASE)

# The families and their patterns, by attribute name of :class:`LooseSigns`.
_FAMILIES: dict[str, re.Pattern[str] | WordStartPhrases] = {
    "expose": EXPOSE, "audience": AUDIENCE, "material": MATERIAL, "visual": VISUAL, "possess": POSSESS,
    "demand": DEMAND,
    "deadline": DEADLINE, "yours": YOURS, "harm": HARM, "intrusion": INTRUSION, "crypto": CRYPTO,
    "talk_about": TALK_ABOUT, "told": TOLD, "silence": SILENCE, "sold": SOLD, "surprise": SURPRISE, "passive": PASSIVE,
    "account": ACCOUNT, "regain": REGAIN, "taken": TAKEN, "prize": PRIZE, "fee": FEE, "pitch": PITCH,
    "advert": ADVERT,
    "parcel_back": PARCEL_BACK, "token": TOKEN, "game": GAME, "more_asked": MORE_ASKED, "game_money": GAME_MONEY,
    "names_crime": NAMES_CRIME, "laugh": LAUGH,
    "real_money": REAL_MONEY, "choice": CHOICE, "veiled": VEILED, "veiled_seen": VEILED_SEEN, "grounding": GROUNDING,
    "report_you": REPORT_YOU, "mine": MINE, "threat_now": THREAT_NOW, "resolved": RESOLVED, "kin": KIN,
    "kin_now": KIN_NOW,
    "presses_me": PRESSES_ME, "send_me": SEND_ME, "sent_back": SENT_BACK, "sulk": SULK, "or_expose": OR_EXPOSE,
    "held_account": HELD_ACCOUNT, "loan": LOAN, "ransom": RANSOM, "hush": HUSH, "photo_request": PHOTO_REQUEST,
    "time_up": TIME_UP,
    "last_warning": LAST_WARNING, "no_choice": NO_CHOICE, "act_unsaid": ACT_UNSAID,
    "storage_full": STORAGE_FULL, "gallery": GALLERY, "gallery_due": GALLERY_DUE, "dont_pay": DONT_PAY,
    "report_to": REPORT_TO, "parcel": PARCEL, "jealous": JEALOUS, "block_warning": BLOCK_WARNING,
    "sent_me_or_seen": SENT_ME_OR_SEEN, "scene": SCENE, "scene_named": SCENE_NAMED, "intimate_scene": INTIMATE_SCENE,
    "story_ago": STORY_AGO, "story_done": STORY_OVER, "story_now": STORY_NOW,
    "received_today": RECEIVED_TODAY, "sale": SALE, "no_pictures": NO_PICTURES,
    "tell_mine": TELL_MINE, "delivery": DELIVERY, "creditor": CREDITOR, "ready": READY, "account_taken": ACCOUNT_TAKEN,
    "event_pictures": EVENT_PICTURES, "group_place": GROUP_PLACE,
    "names_other_thing": NAMES_OTHER_THING, "my_people": MY_PEOPLE, "silly_secret": SILLY_SECRET,
    "silly_history": SILLY_HISTORY, "mock_hostage": MOCK_HOSTAGE, "tell_parent": TELL_PARENT,
}


class LooseSigns:
    """Which families of signs a short message holds (``short`` is False for longer texts: nothing read).

    Each family is searched for on first use and remembered: triage asks for ``threat`` only when no
    sentence settled the verdict, and ``threat`` asks first for the families every combination needs
    (exposure, possession, a demand, harm), so most messages cost one or four searches, not twelve.
    """

    __slots__ = ("_found", "_text", "_words", "short")

    def __init__(self, short: bool, text: str = "", words: int = 0) -> None:
        self.short = short
        self._text = text
        self._words = words
        self._found: dict[str, bool] = {}

    def _has(self, family: str) -> bool:
        found = self._found.get(family)
        if found is None:
            if not self.short and family not in LONG_FAMILIES:
                found = False
            elif family == "condition":
                pattern = CONDITION if self._words <= CHAT_WORDS else STRONG_CONDITION
                found = pattern.search(FIXED_OR.sub(" _ ", self._text)) is not None
            elif family == "story_done":
                found = STORY_OVER.search(_NOT_DONE.sub(" _ ", self._text)) is not None
            elif family == "expose":
                shown = self._between_us_away()
                if CONSENT.search(shown):
                    shown = NOT_SHOWN.sub(" _ ", shown)
                found = EXPOSE.search(_RETURNED.sub(" _ ", shown)) is not None
            elif family == "possess":
                # ("j'ai adoré ta photo": "have" helps another verb there; in a chat-length message only, as in the
                # sentence reader)
                found = _FAMILIES[family].search(HELPER_HAVE.sub(" _ ", self._text) if self._words <= HELPER_HAVE_WORDS
                                                 else self._text) is not None
            else:
                found = _FAMILIES[family].search(self._text) is not None
            self._found[family] = found
        return found

    expose = property(lambda self: self._has("expose"))
    audience = property(lambda self: self._has("audience"))
    my_people = property(lambda self: self._has("my_people"))
    silly_secret = property(lambda self: self._has("silly_secret"))
    silly_history = property(lambda self: self._has("silly_history"))
    material = property(lambda self: self._has("material"))
    visual = property(lambda self: self._has("visual"))
    photo_request = property(lambda self: self._has("photo_request"))
    possess = property(lambda self: self._has("possess"))
    demand = property(lambda self: self._has("demand"))
    condition = property(lambda self: self._has("condition"))
    deadline = property(lambda self: self._has("deadline"))
    yours = property(lambda self: self._has("yours"))
    harm = property(lambda self: self._has("harm"))
    intrusion = property(lambda self: self._has("intrusion"))
    crypto = property(lambda self: self._has("crypto"))
    talk_about = property(lambda self: self._has("talk_about"))
    delivery = property(lambda self: self._has("delivery"))
    event_pictures = property(lambda self: self._has("event_pictures"))
    group_place = property(lambda self: self._has("group_place"))
    creditor = property(lambda self: self._has("creditor"))
    ready = property(lambda self: self._has("ready"))
    account_taken = property(lambda self: self._has("account_taken"))
    names_other_thing = property(lambda self: self._has("names_other_thing"))
    told = property(lambda self: self._has("told"))
    silence = property(lambda self: self._has("silence"))
    sold = property(lambda self: self._has("sold"))
    surprise = property(lambda self: self._has("surprise"))
    passive = property(lambda self: self._has("passive"))
    account = property(lambda self: self._has("account"))
    regain = property(lambda self: self._has("regain"))
    taken = property(lambda self: self._has("taken"))
    prize = property(lambda self: self._has("prize"))
    parcel_back = property(lambda self: self._has("parcel_back"))
    parcel = property(lambda self: self._has("parcel"))
    jealous = property(lambda self: self._has("jealous"))
    block_warning = property(lambda self: self._has("block_warning"))
    sent_me_or_seen = property(lambda self: self._has("sent_me_or_seen"))
    scene = property(lambda self: self._has("scene") or self._has("scene_named"))
    scene_named = property(lambda self: self._has("scene_named"))
    intimate_scene = property(lambda self: self._has("intimate_scene"))
    loan = property(lambda self: self._has("loan"))
    fee = property(lambda self: self._has("fee"))
    token = property(lambda self: self._has("token"))
    game = property(lambda self: self._has("game"))
    more_asked = property(lambda self: self._has("more_asked"))
    game_money = property(lambda self: self._has("game_money"))
    names_crime = property(lambda self: self._has("names_crime"))
    laugh = property(lambda self: self._has("laugh"))
    real_money = property(lambda self: self._has("real_money"))
    choice = property(lambda self: self._has("choice"))
    veiled = property(lambda self: self._has("veiled"))
    veiled_seen = property(lambda self: self._has("veiled_seen"))
    time_up = property(lambda self: self._has("time_up"))
    storage_full = property(lambda self: self._has("storage_full"))
    gallery = property(lambda self: self._has("gallery"))
    gallery_due = property(lambda self: self._has("gallery_due"))
    dont_pay = property(lambda self: self._has("dont_pay"))
    report_to = property(lambda self: self._has("report_to"))
    grounding = property(lambda self: self._has("grounding"))
    report_you = property(lambda self: self._has("report_you"))
    mine = property(lambda self: self._has("mine"))
    threat_now = property(lambda self: self._has("threat_now"))
    resolved = property(lambda self: self._has("resolved"))
    kin = property(lambda self: self._has("kin"))
    kin_now = property(lambda self: self._has("kin_now"))
    presses_me = property(lambda self: self._has("presses_me"))
    send_me = property(lambda self: self._has("send_me"))
    sent_back = property(lambda self: self._has("sent_back"))
    sulk = property(lambda self: self._has("sulk"))
    or_expose = property(lambda self: self._has("or_expose"))
    held_account = property(lambda self: self._has("held_account"))
    ransom = property(lambda self: self._has("ransom"))
    hush = property(lambda self: self._has("hush"))
    pitch = property(lambda self: self._has("pitch"))
    advert = property(lambda self: self._has("advert"))
    received_today = property(lambda self: self._has("received_today"))
    last_warning = property(lambda self: self._has("last_warning"))
    act_unsaid = property(lambda self: self._has("act_unsaid"))
    tell_parent = property(lambda self: self._has("tell_parent"))
    no_choice = property(lambda self: self._has("no_choice"))
    story_ago = property(lambda self: self._has("story_ago"))
    story_done = property(lambda self: self._has("story_done"))
    story_now = property(lambda self: self._has("story_now"))
    sale = property(lambda self: self._has("sale"))
    no_pictures = property(lambda self: self._has("no_pictures"))
    tell_mine = property(lambda self: self._has("tell_mine"))

    @property
    def story_over(self) -> bool:
        """A threat told after it was over: some time ago, the writer blocked or reported it or nothing came of it,
        and nothing says it goes on or asks what to do now. Read at any length."""
        if not (self.story_ago and self.story_done) or self.story_now or self.received_today:
            return False
        # (nor the sender's own past told to the person he writes to: "you blocked and reported me … nothing happened
        # then, but I still have the pics"; on the labelled texts the 102 that say "you blocked me" are all threats)
        if _SENDER_BLOCKED.search(self._text):
            return False
        # (what the writer did must be told, not asked: "¿Denunciamos?" is a question of someone it happens to now)
        # (nor promised as what follows obeying: "Doe gewoon wat ik zeg en dan is er niks gebeurd")
        told = _statements(self._text)
        # (nor denied: "Não fomos na delegacia porque ele tem medo", "we haven't blocked him")
        # (nor only hoped for: "weil ich dachte, dann ist Ruhe", "I thought that would be the end of it")
        return any(_PROMISED_AFTER.search(told[max(0, m.start() - 40):m.start()]) is None
                   and _DENIED_BEFORE.search(told[max(0, m.start() - 16):m.start()]) is None
                   and _THOUGHT_BEFORE.search(told[max(0, m.start() - 24):m.start()]) is None
                   for m in STORY_OVER.plain.finditer(told))

    @property
    def family_sign_off(self) -> bool:
        """The message ends with a parent's sign-off ("Love you. Dad")."""
        return self.short and FAMILY_SIGN_OFF.search(self._text.split("\n", 1)[0].strip()) is not None

    @property
    def harmless(self) -> bool:
        """The only consequence named is a parent's sanction or a sulk, and nothing of a threat stands beside it:
        no claim to hold pictures, no harm, no veiled claim, no crypto, no audience other than the signer."""
        if not self.short or not (self.grounding or self.sulk):
            return False
        audience = self.audience and not self.family_sign_off
        # (a sanction is never read beside naked pictures; a sulk is, between lovers: "send me that pic … or I'll be
        # very disappointed 😘")
        naked = not self.sulk and _NAKED.search(self._text) is not None
        return not (self.possess or self.harm or self.veiled or self.crypto or audience or self.real_money or naked)

    @property
    def asked_photo_sanction(self) -> bool:
        """A parent or a coach asks to be sent a photo or a video of something, or a device is taken away:
        the consequence is a sanction, nothing is held, harmed, paid or shown to others."""
        if not self.short or not (self.photo_request and self.grounding):
            return False
        # (the request's own verb is no exposure: "Bitte Foto vom Spielerpass schicken")
        exposed = self.expose and EXPOSE.search(self._requests_away()) is not None
        return not (self.possess or self.harm or self.veiled or self.crypto or self.real_money or exposed)

    @property
    def described_threat(self) -> bool:
        """The writer tells of a threat against them, or against someone close to them, that is going on now:
        someone holds the writer's pictures and threatens or presses ("some guy says he has my pics and wants 200
        by tonight"), or a child, a sibling or a friend is being threatened ("Mein Sohn wird gerade erpresst …")."""
        if not self._told_not_over():
            return False
        # (the sender shows the writer what he holds, sent back to them, with the writer's people named beside it:
        # "now he keeps sending me screenshots of it with my sister's and my manager's names underneath"; not in a story
        # told of some time ago, whose advice to the reader may read as going on: "Si te está pasando ahora: no pagues")
        shown_back = self.sent_back and self.audience and self.material and not self.story_ago
        if not ((self.mine and self.threat_now) or (self.kin and self.kin_now and self.material) or shown_back):
            return False
        # (a help page's question is no telling: "What should I do if someone is threatening to share my nudes?")
        # (nor a worry that says no threat was made: "he hasnt threatened her or anything but it feels off")
        if _IF_SOMEONE.search(self._text) or _NOT_THREATENED.search(self._text) or _help_page(self._text):
            return False
        # (nor an awareness post that tells parents to talk with their children, nobody's own case going on in it)
        if self.parents_advised:
            return False
        # (nor a question about ordinary phishing: "Is this the usual phishing trick to steal accounts?")
        if self._phishing_asked():
            return False
        # (a storage or parcel notice asked about deletes or holds the writer's things; it shows them to nobody)
        if (self.storage_notice or self.parcel_notice) and not self.audience:
            return False
        # (a child's sender who writes now that the pictures go to the class unless more come: "ahora le escribe que
        # las va a mandar al grupo de clase … si no le envía más fotos hoy")
        return bool(self.presses_me or (self.send_me and self.audience) or shown_back
                    or (self.demand and (self.condition or self.real_money))
                    or (self.kin and self.kin_now and self.expose and self.audience and self.condition))

    @property
    def up_to_you(self) -> bool:
        """The writer leaves the reader the choice ("up to you if i hit send", "c'est toi qui vois")."""
        return self.short and _UP_TO_YOU.search(self._text) is not None

    @property
    def told_ongoing(self) -> bool:
        """The writer tells, in any words, of someone who threatens now to show pictures or a video to people unless
        something is done ("he just sent me a clip … says i have to send him £300 on revolut by 9 or he sends it to my
        mum"), of themselves or of someone close, and it goes on: nothing said to be over or handled, no help page's
        "what should I do if …", no news of scammers, no share told as a pleasure."""
        if not self._told_not_over() or (self.story_done and not self.story_now):
            return False
        # (what would be shown may go unnamed when the writer must pay or obey to stop it: "he said he'll send it to
        # my mom today if i don't pay, what do i do")
        # (or posted for all to see, the price more pictures or money, told with the writer's fear: "he wants more pics
        # or he posts the video. im so scared")
        posted = self.expose and self.material and self.condition and (self.demand or self.more_asked
                                                                         or self.real_money)
        if not (self.threat_now and (
                (self.audience and self.material and (self.demand or self.condition or self.deadline))
                or ((self.audience or self.my_people) and self.expose and (self.demand or self.real_money)
                    and _MY_CONDITION.search(self._text) is not None)
                or posted)):
            return False
        going_on = self._going_on_now() or (posted and _FEAR_SAID.search(self._text) is not None
                                            and not _NOT_THREATENED.search(self._text))
        if not going_on or self.harmless_scene or self._phishing_asked() or _help_page(self._text):
            return False
        return (_WRITER.search(self._text) is not None or self.kin) and _NARRATED.search(self._text) is None

    def _phishing_asked(self) -> bool:
        """The writer names ordinary phishing ("Is this the usual phishing trick to steal accounts?"), the notice's
        consequence is that things are deleted ("my account and all my photos will be removed"), and nothing intimate
        is named: a notice that deletes their photos or takes their account, not a threat to show them."""
        return _PHISHING_NAMED.search(self._text) is not None and _DELETION_FATE.search(self._text) is not None \
            and not (self.intimate_scene or _NAKED.search(self._text))

    def _told_not_over(self) -> bool:
        """A chat-length telling that nothing says is over: not resolved unless it goes on, not a story told as over.
        (a story that started some time ago but goes on, "I blocked them, but today they …", is told now)"""
        return self.short and not (self.resolved and not self.story_now) and not self.story_over

    def _writers_own(self) -> bool:
        """The writer speaks of themselves or someone of theirs: a news story tells of others."""
        return _FIRST_TELL.search(self._text) is None and _WRITER.search(self._text) is not None

    def _going_on_now(self) -> bool:
        """Told as going on now ("still", "what do I do?"), not a help page's "what if someone …", and not a worry that
        says no threat was made."""
        return bool((self.story_now or _NOW.search(self._text)) and not _IF_SOMEONE.search(self._text)
                    and not _NOT_THREATENED.search(self._text))

    @property
    def told_in_part(self) -> bool:
        """Some part of a threat told in the writer's words: someone who says, threatens or demands something now
        (of the writer or of someone close), words that it goes on, harm, or pictures and their showing named. Not
        enough to flag; enough for the model to read a longer message that the quick first reader would pass over
        (it learned from few tellings)."""
        return bool(self.threat_now or self.kin_now or self.story_now or self.harm
                    or (self.material and self.expose))

    @property
    def described_harm(self) -> bool:
        """The writer tells of someone who demands money now with a beating or other harm, of themselves or of a child
        or someone close ("A mi hijo … le exigen 50 euros cada semana y le dicen que si no paga le van a pegar … ¿Qué
        hacemos?"): extortion told in the writer's words, not over pictures, nothing said to be over."""
        if not self._told_not_over():
            return False
        # (with pictures or a recording at stake it is the telling of a sextortion, read by described_threat)
        # (pictures said not to be at stake are none: "Rien à voir avec des photos")
        if not (((self.kin and self.kin_now) or self.threat_now) and self.harm and (self.demand or self.real_money)) \
                or ((self.visual or self.material) and not self.no_pictures):
            return False
        return self._going_on_now() and _NARRATED.search(self._text) is None

    @property
    def described_demand(self) -> bool:
        """The writer tells of someone who threatens, now, to tell their secret to their people unless they pay ("my
        old flatmate says he'll tell my parents I'm gay unless I pay him £400"): extortion told in the writer's words,
        with nothing said to be over."""
        if not self._told_not_over():
            return False
        if not (self.threat_now and (self.real_money or self.demand) and self.tell_mine):
            return False
        return self._writers_own()

    @property
    def described_account(self) -> bool:
        """The writer tells of an account of theirs or of someone close taken, and a price asked to give it back
        ("my daughter's roblox account got stolen and the guy … says she gets it back if she buys him 5000 robux"),
        with nothing said to be over and no pictures named."""
        if not self._told_not_over():
            return False
        if not (self.account_taken and (self.regain or (self.sold and self.condition))
                and (self.real_money or self.game_money or self.token or self.demand or self.sold)):
            return False
        # (the price is the holder's, told as what they say: "how do i get it back??" asks it of a helper; or what
        # they will do with it unless paid, "pay … or they'll delete all his skins and sell the account")
        if REGAIN.plain.search(_statements(self._text)) is None and not (self.sold and self.condition):
            return False
        # (the owner's own question, "how do i get it back?", is not a warning: only what is told counts)
        # (the contacts warned beside the hacker's price to give it back still tell of that price)
        if self.visual or self.material or (_CONTACTS_WARNED.search(_statements(self._text))
                                            and not (self.real_money and _GIVEN_BACK.search(self._text))):
            return False
        return self._writers_own()

    @property
    def described_for_someone_close(self) -> bool:
        """The described threat is against someone close to the writer (a child, a sibling, a friend), not the
        writer: "Meine Tochter wird seit Montag … erpresst"."""
        if self.described_threat:
            return not (self.mine and self.threat_now)
        # (told in other words: someone close is named and the writer's own pictures are not)
        return self.told_ongoing and self.kin and not self.mine

    @property
    def fee_notice(self) -> bool:
        """A prize that costs a fee to collect: advance-fee fraud, no threat to the reader."""
        # ("I have a proposal" is no possession; "I have your pics … the fee" is)
        return self.prize and self.fee and not (self.harm or (self.possess and self.material) or self.told
                                                or self.sold or self.surprise or self.intrusion
                                                or (self.condition and self.expose and self.material))

    @property
    def sale_notice(self) -> bool:
        """A sale between strangers (still available, held for a buyer, a deposit), with nothing held, no audience,
        no harm, no crypto and no veiled claim: a buyer and a seller, not a threat. (A camera is often what is sold:
        the break-in words are not asked; the bulk e-mail is read before and pays in crypto.)"""
        # (nor beside the reader's pictures shown or threatened: "still available if you pay today or i post your pics")
        # (nor beside the reader's account taken: "peguei tua conta … manda R$300 … se não pagar vendo pra outro")
        # (the seller's "ti tengo il divano" or "I've got two others asking" holds nothing of the reader's)
        return self.sale and not ((self.possess and (self.yours or (self.material and not self.photo_request)))
                                  or self.mine or self.audience or self.harm or self.crypto
                                  or self.veiled or self.or_expose or self.held_account)

    @property
    def pitch_notice(self) -> bool:
        """An offer to invest that promises the money back, doubled or with a sure return, with nothing held, nobody
        to show it to, no harm and nothing hinted at: an investment scam, not extortion. (Crypto is often what it
        asks; the bulk e-mail is read before and never promises money back.)"""
        return self.pitch and not (self.possess or self.mine or self.harm or self.veiled or self.intrusion
                                   or (self.expose and self.material))

    @property
    def advert_notice(self) -> bool:
        """An advert or a provider's notice (a trial, a webinar, a policy or a domain to renew), with nothing
        said to be the writer's, nothing to be shown to anyone and no crypto: a vendor, not a threat. (Read at any
        length: the families it rules out are read only in chat-length messages, so triage asks its sentence reader as
        well.)"""
        # (an audience alone is the shop's customers: "your e-commerce stays online"; a backup "saves your data", which
        # the loose family reads as held, so a claim to hold is left to the sentence reader, which triage asks too)
        # (nor a break-in named: an advert names the hackers it keeps out; a bulk e-mail that says "I hacked you" is
        # read before any everyday shape and never cleared)
        # (nor something given back for a price on a condition: "We hold your domain now … Pay 2,000 dollars by Friday
        # and you get it back")
        return self.advert and not (self.mine or self.crypto or self.veiled
                                    or (self.expose and (self.material or self.audience))
                                    or (self.regain and self.real_money and self.condition))

    @property
    def worried(self) -> bool:
        """The writer fears what might happen ("im scared she'll send them to my work"): a worry, not a telling."""
        return _WORRIED.search(self._text) is not None

    @property
    def worry_only(self) -> bool:
        """A worry with no threat made: the writer fears what might happen and says the other person has asked or
        said nothing ("he hasn't asked for anything, but I'm anxious he might share them"), and nothing held,
        demanded, timed, paid or harmful stands beside it."""
        if not self.short or not (_WORRIED.search(self._text) or _FEAR_SAID.search(self._text)):
            return False
        if not (_NOTHING_ASKED.search(self._text) or _NOT_THREATENED.search(self._text)):
            return False
        # (a condition's "or" stands in the worry itself: "he hasn't asked for anything or said anything weird", and
        # a time may be how long the silence lasts: "he's gone quiet for 3 days"; a threat told beside the worry
        # is no worry: "nothing has happened yet but he says he'll send my pics to my mom")
        return not (self.possess or self.demand or self._priced() or self.crypto or self.harm or self.veiled
                    or _THREAT_SAID.search(self._text))

    def _priced(self) -> bool:
        """Real money named, other than the nudes the writer sent, which REAL_MONEY counts for the token joke and which
        a worry or a hacked account's owner fears for, no price."""
        return any(not m.group(0).startswith("nude") for m in REAL_MONEY.plain.finditer(self._text))

    @property
    def account_help(self) -> bool:
        """The writer's account, or one of someone close, was taken, and they ask how to get it back ("my steam got
        hacked … anyone know a faster way to get it back?", "me robaron la cuenta, ¿cómo la recupero?"), with nothing
        asked of them, nobody to show anything to, no harm, no pictures and no threat told beside it."""
        if not self.short or not self.account_taken or QUOTE_MARK.search(self._text):
            return False
        # (asked how to get it back, or the writer says nothing was asked of them: "They didn't ask me for anything")
        asked_back = any(REGAIN.plain.search(q) for q in _QUESTIONS.findall(self._text))
        if not (asked_back or _NOTHING_ASKED.search(self._text)):
            return False
        return not (self.demand or self._priced() or self.game_money or self.crypto or self.harm or self.veiled
                    or self.condition or self.audience or self.expose or self.sold or self.held_account or self.yours
                    or self.visual or self.send_me or self.more_asked or self.intimate_scene
                    or _THREAT_SAID.search(self._text) or _NAKED.search(self._text))

    @property
    def bulk_warned(self) -> bool:
        """The writer says the e-mail goes out in bulk and advises not to pay ("It's a mass spam campaign built from an
        old breach list. Don't pay."), both told, not asked, and the advice not the condition of a threat."""
        # (never "this is not a mass email, don't pay attention to spam filters": the note denying it is one)
        told = _NOT_ADVICE.sub(" ", _statements(self._text))
        return _MASS_SENT.search(told) is not None and DONT_PAY.search(_CONDITIONS.sub(" ", told)) is not None

    @property
    def friend_debt(self) -> bool:
        """A friend's reminder of a small shared cost ("you still owe me 23.50 for the pizza and the uber, can you pay
        me back today?", "je moet me nog 23,50 van de pizza"): a sum owed for something had together, no more than a
        friend's debt, and nothing held, shown, harmful, hinted, intimate or in crypto beside it."""
        if not self.short or _OWED_FOR.search(self._text) is None or _SHARED_COST.search(self._text) is None:
            return False
        if _beyond_small_sum(self._text):
            return False
        return not (self.material or self.visual or self.possess or self.held_account or self.harm or self.veiled
                    or self.intimate_scene or self.audience or self.or_expose or self.crypto or self.sold
                    or self.account or _THREAT_SAID.search(self._text)
                    or _NAKED.search(self._text) or _DEBT_MENACE.search(self._text))

    @property
    def parents_advised(self) -> bool:
        """Parents are told to talk with their children ("Talk to your kids TONIGHT", "Kausapin ang mga anak ninyo"):
        an awareness post or a school letter, whatever threat it quotes. Never beside the writer's own pictures or a
        relative's case going on now, something held, hinted or in crypto, or a threat said to the writer."""
        if _TALK_TO_KIDS.search(self._text) is None:
            return False
        return not (self.mine or self.kin_now or self.possess or self.held_account or self.veiled or self.crypto
                    or _THREAT_SAID.search(self._text))

    @property
    def proof_photo(self) -> bool:
        """A photo or a screenshot asked of the reader as proof, of a forfeit done or a share paid ("Foto in die
        Gruppe sonst gilt's nicht", "screenshot of the transfer in the group so I know who's paid"): the reader is the
        one who sends it. Nothing held, hinted, harmful, intimate, naked or in crypto, and no sending by the writer
        "or else" beside it."""
        if not self.short or not (_NOT_COUNTED.search(self._text) or _PROOF_OF_PAYMENT.search(self._text)
                                  or _PROOF_PIC.search(self._text) or _GROUP_FORFEIT.search(self._text)):
            return False
        # (the proof's own "otherwise it doesn't count", or a forfeit owed, is its only condition: "send 500 and a
        # screenshot of the transfer or your video goes to your parents" holds another)
        rest = FIXED_OR.sub(" _ ", _FORFEIT_OWED.sub(" _ ", _NOT_COUNTED.sub(" _ ", self._text)))
        if CONDITION.search(rest) is not None or _ANY_OR.search(rest) is not None:
            return False
        return not (self.possess or self.held_account or self.harm or self.veiled or self.intimate_scene
                    or self.or_expose or self.crypto or self.sold or self.account or _THREAT_SAID.search(self._text)
                    or _NAKED.search(self._text) or _DEBT_MENACE.search(self._text))

    @property
    def grave_secret(self) -> bool:
        """A secret that is no teasing matter is named: who someone loves, a pregnancy, self-harm (_GRAVE_SECRET)."""
        return _GRAVE_SECRET.search(self._text) is not None

    @property
    def debt_tell_joke(self) -> bool:
        """A friend's small debt asked back with a laugh and a trifle to be told to the reader's mother or to everyone
        ("tu me dois toujours 12€ pour le ciné … sinon je dis à ta mère que t'as séché 😂"): teasing, not a secret sold.
        Never beside pictures, nakedness, a grave secret, what the reader sent, harm, crypto, an account or a loan, a
        menace, or a sum beyond a friend's debt."""
        if not self.short or _OWED_FOR.search(self._text) is None or _TELL_TRIFLE.search(self._text) is None \
                or not self.laugh:
            return False
        if _beyond_small_sum(self._text):
            return False
        return not (self.material or self.visual or self.crypto or self.harm or self.intimate_scene or self.account
                    or self.held_account or self.loan or self.possess or self.veiled or _NAKED.search(self._text)
                    or _SENT_HINT.search(self._text) or self.grave_secret
                    or _DEBT_MENACE.search(self._text) or _THREAT_SAID.search(self._text))

    @property
    def support_bait(self) -> bool:
        """Someone poses as support or a recovery service and asks for a code, a password or a fee to restore or
        verify an account ("Soporte WhatsApp: responde con el código de 6 dígitos", "Our recovery team can restore it
        … Fee is $50, paid upfront"): phishing or a recovery scam, not extortion. Never beside pictures, nakedness,
        something of the reader's held, harm, a hint or a threat told."""
        if not self.short or _SUPPORT_POSE.search(self._text) is None:
            return False
        # (in Latin letters: a ransom note in Cyrillic or Georgian names its "support" chat in Latin letters, and the
        # rest of it is not read here)
        letters = [c for c in self._text if c.isalpha()]
        if sum(c.isascii() for c in letters) < 0.8 * len(letters):
            return False
        if _CODE_OR_FEE.search(self._text) is None and not (self.real_money or self.crypto):
            return False
        return not (self.material or self.visual or self.possess or self.held_account or self.harm or self.veiled
                    or self.intimate_scene or self.or_expose or (self.audience and self.condition)
                    or self.ransom or (self.intrusion and self.crypto and self.deadline)
                    or self.sold or _THREAT_SAID.search(self._text) or _NAKED.search(self._text)
                    or _HACKED_BY_ME.search(self._text) or _MADE_PUBLIC.search(self._text)
                    # (a fee with a time limit and a consequence is a price: "Taxa de R$ 500 até amanhã ou apagamos
                    # tudo")
                    or (self.condition and self.deadline))

    @property
    def hacked_warning(self) -> bool:
        """The owner of a taken account warns their contacts or says it is theirs again ("my facebook was hacked and
        someone sent you all a link about bitcoin. DON'T click it. I got the account back"): nothing is asked of the
        reader, nothing of theirs is named, and no pictures, harm, hint, condition or time stand beside it."""
        if not self.short or not (self.account_taken or self.intrusion):
            return False
        not_me = _NOT_ME.search(self._text) is not None
        if _CONTACTS_WARNED.search(_statements(self._text)) is None and not not_me:
            return False
        # ("your" is the contacts' own phone or code in the owner's warning: "if 'I' asked you for a code, it's not me")
        yours = self.yours and not (not_me and _OWN_ACCOUNT.search(self._text))
        # (the hacker's price to give it back is an account held, whatever the owner warns: "the hacker wants 150
        # dollars to give it back. if 'I' message you it's not me")
        if self.real_money and _GIVEN_BACK.search(self._text):
            return False
        return not (self.material or self.visual or yours or self.harm or self.veiled or self.held_account
                    or self.deadline or self.sold
                    or self.intimate_scene
                    or _THREAT_SAID.search(self._text) or _NAKED.search(self._text))

    @property
    def threat_denied(self) -> bool:
        """The writer says in so many words that nobody threatens or presses anyone ("No hay amenazas ni nada raro",
        "Drohungen gibt es keine", "nobody has threatened or asked for anything") and asks what to do: a parent, a
        teacher or a teenager asking about pictures exchanged, with nothing quoted, timed, harmful, hinted or in
        crypto beside it, and no threat said to have come since."""
        if not self.short or "?" not in self._text or QUOTE_MARK.search(self._text):
            return False
        if not (_NO_THREAT_MADE.search(self._text) or _NOT_THREATENED.search(self._text)):
            return False
        # (the question is about someone else, a child, a partner, "he": not the sender's own "Tengo tus fotos. No hay
        # amenazas, solo quiero hablar. ¿Me contestas?", which names the reader's things)
        if not (self.kin or _THIRD_PERSON.search(self._text)) or self.yours:
            return False
        return not (self.crypto or self.harm or self.veiled or self.deadline or self.demand
                    or _THREAT_SAID.search(self._text))

    @property
    def mass_told(self) -> bool:
        """The message says an e-mail goes out in bulk ("envoyée en masse", "a mass scam"): a warning's words, or a
        question's; never the bulk e-mail's own."""
        return _MASS_SENT.search(self._text) is not None

    @property
    def kept_for_you(self) -> bool:
        """The provider keeps the reader's files ("We have kept your files safe for you"): no person holds them."""
        return _KEPT_FOR_YOU.search(self._text) is not None

    @property
    def parcel_notice(self) -> bool:
        """A fee to deliver a parcel (or it goes back to the sender): a delivery notice (real or phishing)."""
        # (a parcel sent back is a consequence only a delivery has: beside it any sum is the fee)
        return (self.fee or (self.parcel_back and self.real_money)) and (self.parcel_back or self.parcel) and not (
            self.harm or (self.possess and self.material) or self.audience or self.intrusion or self.veiled)

    @property
    def storage_notice(self) -> bool:
        """A cloud storage plan full, the reader's own photos deleted unless they pay: a storage notice (real or
        phishing), nobody holding or showing anything."""
        # (people named without a sending are the writer's own: "private ones from holidays with my partner", "mia
        # suocera dice che è tutto vero")
        # (and the holding must be of the reader's pictures in one sentence: "I have all my holiday photos there" beside
        # the notice's "your photos will be deleted" holds the writer's own)
        return self.storage_full and not (self.harm or (self.audience and self.expose) or self.intrusion or self.veiled
                                          or self.crypto or (self.possess and self.yours and not self.kept_for_you
                                                             and self._holds_yours()))

    def _holds_yours(self) -> bool:
        """A sentence both claims to hold something and names the reader's things ("I have your photos")."""
        return any(POSSESS.search(part) is not None and YOURS.search(part) is not None
                   for part in _SENTENCE_END.split(self._text))

    @property
    def advises(self) -> bool:
        """A warning told as advice: not to pay, beside the police or a report, said as advice and not as the
        condition of a threat ("if you don't pay …" is cut out first), with nothing held and no crypto."""
        # (crypto named in a warning that says the e-mail goes out in bulk, "C'est une escroquerie envoyée en masse.
        # Ne payez pas …": the warning retells the e-mail's bitcoin; the e-mail never calls itself a mass mailing)
        if not self.warning or (self.crypto and not self.mass_told):
            return False
        # (a long text is read as advice only when it names the crime, as help pages do: its claims to hold
        # pictures are not read by these families, the sentence reader's are)
        if not self.short and not self.names_crime:
            return False
        return DONT_PAY.search(_CONDITIONS.sub(" ", self._text)) is not None

    @property
    def warning(self) -> bool:
        """Advice not to pay beside the police or a report, and nobody holding the writer's or the reader's
        pictures: a warning, a help page or news, whatever language it is in."""
        return self.dont_pay and self.report_to and not (self.possess or self.mine) \
            and _ADVICE_TOLD.search(self._text) is None and _STILL_GOING.search(self._text) is None

    @property
    def harmless_scene(self) -> bool:
        """The picture the message is about is named with a harmless scene ("the photo of you asleep with your mouth
        open"), and nothing intimate is named anywhere in it."""
        return self.scene and not self.intimate_scene

    @property
    def jealousy(self) -> bool:
        """A jealous reproach about pictures, likes or followers, with nothing held, hinted, harmed, paid or shown to
        anyone under a condition: "who is Marcus and why is he liking all your pics?? answer me"."""
        return self.jealous and not (
            self.veiled or self.harm or self.crypto or self.real_money or self.or_expose or self.time_up
            or self.sent_me_or_seen or (self.possess and (self.material or self.yours))
            or (self.condition and (self.expose or self.audience)))

    @property
    def gallery_notice(self) -> bool:
        """A photographer's gallery or proofs to choose from, download or pay for before a date: a service notice,
        nobody threatening to show, harm or sell anything (a condition to show it to people is not one; an upload to
        the reader's own gallery, "nobody else can see it", names showing and people without one)."""
        return self.gallery and self.gallery_due and not (
            self.harm or self.intrusion or self.veiled or self.crypto or self.sold or self.or_expose
            # (the photographer's "tengo listas las fotos" holds them for the reader)
            or (self.possess and not self.ready)
            or (self.audience and self.condition and (self.expose or STRONG_CONDITION.search(self._text) is not None)))

    @property
    def token_joke(self) -> bool:
        """A token asked for (a coffee, a pizza) with laughter or as a game's forfeit, and no money, channel or
        intimate claim."""
        return self.token and (self.laugh or self.game) and not (
            self.real_money or self.harm or self.crypto or self.intimate_scene or self.held_account or self.account)

    @property
    def sibling_tell(self) -> bool:
        """A brother's or a sister's "or I tell mum" (the parent named bare): family teasing, with nothing naked,
        intimate, harmful, in crypto or about an account, no picture claimed or asked for, and no sum above a
        friend's debt."""
        if not (self.short and self._has("tell_parent")):
            return False
        # (never a plea not to tell, nor beside the reader's parent named as a stranger names them: "pls dont tell
        # mum. look what hes sending: > sending to ur mum first", nor beside a pasted message)
        told = [m for m in TELL_PARENT.plain.finditer(self._text)
                if _NOT_BEFORE.search(self._text[max(0, m.start() - 12):m.start()]) is None]
        if not told or _READERS_PARENT.search(self._text) or QUOTE_MARK.search(self._text) \
                or _GRAVE_SECRET.search(self._text) or _PASTED_LINE.search(self._text):
            return False
        if _beyond_small_sum(self._text):
            return False
        # (what is told must be no picture, chat or screenshot, nor "what you sent him", and a sum is owed in cash,
        # never asked through a payment channel: "give me 30 on cashapp or im telling mom what you sent jake")
        return not (self.material or self.visual or self.crypto or self.harm or self.intimate_scene or self.account
                    or self.held_account or self.loan or _NAKED.search(self._text) or _SENT_HINT.search(self._text)
                    or _PAY_CHANNEL.search(self._text))

    @property
    def mock_hostage(self) -> bool:
        """A thing of everyday life held "hostage" for a treat, a chore or a thing given back ("ur charger is being held
        hostage until u return my hoodie"), whatever harm it names to the thing: a joke between friends or siblings.
        Never with money, a payment channel, crypto, pictures named, an account or a loan. (Its "I have your hoodie" is
        a claim to hold; only pictures rule it out.)"""
        if not self._has("mock_hostage"):
            return False
        return not (self.real_money or self.crypto or self.visual or self.more_asked or self.send_me
                    or (self.expose and self.audience) or self.intimate_scene or self.account or self.held_account
                    or self.loan or _SENT_HINT.search(self._text))

    @property
    def protective_joke(self) -> bool:
        """The one who sent a picture guards it with a laughing hyperbole ("delete it after tho or i'll kill u lol",
        "don't you dare show anyone or i'll kill u haha"): the opposite of a threat to show it. Nothing is claimed
        held by the writer, and no money, crypto or account is named."""
        if not (self.short and self.laugh and PROTECT_ASK.search(self._text) and HYPERBOLE.search(self._text)):
            return False
        return not (self.real_money or self.crypto or self.possess or self.audience or self.held_account
                    or self.account)

    @property
    def silly_secret_joke(self) -> bool:
        """A small debt or favour asked, with a secret that shames nobody as the price ("pay me 5 quid or I tell
        everyone you cried at Toy Story 4"): no sum over a friend's debt, nothing intimate, held, harmful, hinted,
        in crypto or about an account."""
        if not (self.silly_secret or (self.silly_history and self.laugh and not self.real_money)):
            return False
        if _beyond_small_sum(self._text):
            return False
        # (a group chat is where the secret would be told, not a thing held: "… goes in the group chat")
        # (pictures asked for are no pictures held: "send me the pics from last night or I'm telling everyone you
        # cried at the end of Toy Story 3")
        text = self._requests_away() if self.photo_request else self._text
        material = self.material and not all(_GROUP_CHAT.search(text, max(0, m.start() - _GROUP_REACH), m.end())
                                             for m in MATERIAL.plain.finditer(text))
        visual = self.visual and VISUAL.search(text) is not None
        return not (self.harm or self.crypto or self.intimate_scene or material or visual or self.possess
                    or self.held_account or self.account or self.veiled)

    @property
    def consequence(self) -> str | None:
        """The kind of consequence tied to a demand with a condition, or None: "violence", "told" (a
        secret told), "sold" (data sold), "passive" (a ransom note in the passive), "account" (an account
        held), "images" (the reader's people get something), "any" (another consequence)."""
        if not self.short or not self.demand or not (self.condition or self.deadline or self.silence):
            return None
        if self.talk_about or self._grounded():
            return None
        # (pictures shown to the reader's people are the consequence when the only "harm" is the peace promised for
        # obeying: "two more pics and I'll leave you alone … otherwise your school's page would like to see them")
        # (nor when it is the peace bought by a deletion: "150 on venmo and i delete it … u never hear from me again")
        # (nor when the only "harm" forbids the police and something held goes to the reader's people: "Du weißt, was
        # ich von dir habe … oder deine ganze Kontaktliste bekommt es. Keine Polizei.")
        if self.harm and self._only_no_police() and (self.veiled or self.visual) \
                and (self.or_expose or (self.expose and self.audience)) \
                and not (self.account or self.held_account or self.account_taken):
            return "images"
        if self.harm and not (self._only_peace() and (
                (self.visual and self.expose and (self.audience or self.yours)) or _DELETED.search(self._text))):
            return "violence"
        if (self.told and (self.yours or self.report_you)) or self.silence:
            return "told"
        if self.sold and (self.material or self.yours):
            return "sold"
        if self.passive:
            return "passive"
        if self.account and self.regain:
            return "account"
        if self.surprise and (self.audience or self.yours):
            return "images"
        # "pay me back or buy me lunch, your choice": an alternative offered, not a consequence.
        return "any" if self.condition and self.yours and not self.choice else None

    @property
    def any(self) -> bool:
        return any((self.expose, self.possess, self.demand, self.harm, self.veiled, self.veiled_seen, self.ransom,
                    self.time_up, self.held_account, self.or_expose, self.act_unsaid))

    @property
    def event_share(self) -> bool:
        """Pictures of an event asked to be shared with the group that was there, the group the only people named, and
        nothing held, hinted, harmful, intimate or in crypto beside it."""
        if not (self.short and self.event_pictures and self.group_place and _ASKED_OF_ALL.search(self._text)):
            return False
        if not all(_GROUP_WORD.search(m.group(0)) for m in AUDIENCE.plain.finditer(self._text)):
            return False
        return not (self.possess or self.veiled or self.harm or self.crypto or self.intimate_scene
                    or _NAKED.search(self._text))

    @property
    def threat(self) -> bool:
        """A threat to expose, a possession claim with a use for it, or a demand with teeth."""
        # Every combination below needs exposure, possession, a demand or harm ("intrusion" comes with a
        # demand): without any of them there is nothing to combine.
        if not self.short or not self.any:
            return False
        # (pictures of a place or an event handed to the reader, nobody else named and nothing held, are no sending)
        # (a report's words never silence the writer whom the reader blocked or reported: "remember that guy you blocked
        # and reported? that was me")
        talk = self.talk_about and _SENDER_BLOCKED.search(self._text) is None
        return self._combined() and not talk and not self._grounded() and not self.event_share \
            and not (self.delivery and not (self.audience or self.possess or self.veiled or self.harm)) \
            and not self._creditors_step() and not self.worry_only and not self.account_help \
            and not self.hacked_warning and not self.support_bait and not self.friend_debt and not self.proof_photo \
            and not self.debt_tell_joke \
            and not self._only_photo_asked() \
            and not self._consent_notice()

    def _only_peace(self) -> bool:
        """Every sign of harm is the peace promised for obeying ("I'll leave you alone", "you never hear from me")."""
        return all(_PEACE.search(m.group(0)) for m in HARM.plain.finditer(self._text))

    def _only_no_police(self) -> bool:
        """Every sign of harm forbids the police ("Keine Polizei", "don't call the police")."""
        return all(_NO_POLICE.search(m.group(0)) for m in HARM.plain.finditer(self._text))

    def _requests_away(self) -> str:
        """The text without the photos asked of the reader ("Bitte Foto vom Spielerpass schicken", "send me the pics
        from last night"): what is left names no sending and no picture of the request's own."""
        return PHOTO_REQUEST.plain.sub(" ", self._text)

    def _between_us_away(self) -> str:
        """The text without what stays between the writer and the reader ("just between us") and without the reader or
        the writer going somewhere ("before you go out"): no showing there."""
        return _PEOPLE_GO.sub(" _ ", BETWEEN_US.sub(" _ ", self._text))

    def _consent_notice(self) -> bool:
        """A club's or a school's notice that asks consent for pictures or offers to take them down ("If you don't want
        your child's photo shared, message the secretary and we'll take it down"): its condition is the opt-out.
        Nothing held, harmful, hinted, in crypto or intimate stands beside it."""
        shown = self._between_us_away()
        return CONSENT.search(shown) is not None and NOT_SHOWN.search(shown) is not None and not (
            self.possess or self.harm or self.veiled or self.crypto or self.intimate_scene or _NAKED.search(self._text))

    def _only_photo_asked(self) -> bool:
        """A photo asked of the reader is the only sending and the only picture named ("Bitte schicken Sie mir
        außerdem ein Foto vom Zählerstand", "could you send me a few photos of the damp"): nobody else named, nothing
        held, no harm, nothing intimate. A condition may stand beside it only with a bill's sum or a sanction
        ("transfer the £950 by Friday or I'll have to issue a formal notice"): "send me a pic by 9 or else" stays
        flagged."""
        if not self.photo_request or self.audience or self.possess or self.harm or self.veiled or self.crypto \
                or self.intimate_scene or _NAKED.search(self._text):
            return False
        if self.condition and not (self.real_money or self.grounding):
            return False
        asked_away = self._requests_away()
        return EXPOSE.search(asked_away) is None and MATERIAL.search(asked_away) is None

    def _creditors_step(self) -> bool:
        """The only consequence is a creditor's lawful step (eviction, collection, late fees, a service cut off), with
        no pictures, people to show, harm, veiled claim, crypto or exposure beside it."""
        return self.creditor and not (self.material or self.audience or self.harm or self.veiled or self.crypto
                                      or self.expose or self.visual)

    def _grounded(self) -> bool:
        """The consequence is a parent's sanction (or a sulk), and nothing of a threat stands beside it."""
        audience = self.audience and not self._coach_signs()
        # (never beside naked pictures, in any language: "magpadala ka ng hubad na picture o ipapakalat ko yung video
        # mo, walang cellphone ka na")
        return self.harmless or (self.grounding and not (self.possess or self.harm or audience or self.veiled
                                                         or self.crypto or _NAKED.search(self._text)))

    def _coach_signs(self) -> bool:
        """The only people named are the coach who signs or sends the message ("Reminder from Coach Hanley: …")."""
        named = [m.group(0) for m in AUDIENCE.plain.finditer(self._text)]
        return bool(named) and all(n.strip() == "coach" for n in named) \
            and _COACH_SENDS.search(self._text) is not None

    def _combined(self) -> bool:
        teeth = self.demand or self.condition or self.deadline
        exposure = self.expose and (self.audience or self.material)
        if exposure and (self.possess or (self.demand and self.yours)
                         or (self.condition and (self.demand or self.material))):
            return True
        # "sending the pics to your mom first": the reader's people and the material, no demand needed.
        if exposure and self.audience and self.material and self.yours:
            return True
        if self.possess and self.material and (self.yours or self.deadline) and (self.audience or teeth):
            return True
        if self.expose and self.demand and self.condition and (self.yours or self.material or self.audience):
            return True
        if self.intrusion and self.crypto and self.demand:
            return True
        # "SEND IT NOW OR I POST. 5 MIN": an order whose price is an exposure, with a time or a demand
        if self.or_expose and (self.deadline or self.demand or self.condition):
            return True
        # an account held for a price, a ransom note with its time limit
        # (game money is the price too: "got ur fortnite account. 3000 v-bucks by tonight or i sell ur skins")
        priced = self.token or self.game_money
        if self.held_account and (self.demand or (priced and (self.condition or self.deadline))):
            return True
        if self.ransom and (self.deadline or self.demand):
            return True
        # silence sold for money to someone who knows the reader's people: "Your wife and I go to the same gym. $3,000
        # and I forget what I saw."
        if self.hush and self.real_money and self.audience:
            return True
        # an account held: "tera account mere paas hai … 2000 paytm kar warna ID delete"
        if self.possess and self.demand and self.regain and (self.condition or self.taken):
            return True
        # (or beside a claim to hold pictures: "still got the screen recording 😂 would be a shame if ur team saw it")
        # (or after a last warning: "this is your final warning. the folder is ready to send. you know the price")
        if self.veiled and (teeth or self.audience or self.possess or self.visual or self.last_warning):
            return True
        # the act left unsaid beside pictures, the reader's people or a last warning: "would be a shame if coach saw
        # what u sent me 🤭 u know what to do"
        if self.act_unsaid and (self.audience or self.possess or self.visual or self.last_warning):
            return True
        if self.time_up:
            return True
        # something held, the reader's people or pictures, and no choice left: "J'ai pas envie de montrer ce que j'ai
        # à ta famille, mais tu me laisses pas trop le choix"
        if self.no_choice and self.possess and (self.audience or self.material):
            return True
        # a last warning before a sending with its time or its people: "Último aviso. Mañana lo publico."
        if self.last_warning and self.expose and (self.deadline or self.audience or self.material or self.possess):
            return True
        # (or beside pictures held; a regret alone is none: "… saw the video from the barbecue, it came out great!")
        if self.veiled_seen and (teeth or self.possess):
            return True
        # something held, a demand, and silence as what it buys: "ik heb screenshots van alles. nog 2 fotos sturen
        # vanavond en niemand hoeft het te weten"
        if self.possess and self.silence and self.demand and self.material:
            return True
        # something held, and the reader warned not to block: "saved the whole call … think about that before you
        # block me"
        if self.possess and self.block_warning:
            return True
        # "send me a pic tonight" is a request; a deadline only bites with a condition, harm or exposure.
        if self.demand and self.condition and (self.material or self.harm or exposure):
            return True
        if self.demand and self.deadline and (self.harm or exposure or self.possess):
            return True
        # "till monday. after that … dont make us find you": harm at the end of a time limit needs no sum.
        if self.harm and self.deadline and self.condition:
            return True
        return bool(self.harm and self.demand)


# (read up to this many words: in a long e-mail "ho visto le foto del suo compleanno" sits beside what the writer holds)
HELPER_HAVE_WORDS = 80
# "have" as the helper of a verb of seeing or liking: "j'ai adoré ta photo", "I've just seen your pic", "ik heb je foto
# gezien", "ho visto la tua foto".
HELPER_HAVE = re.compile(
    r"\b(?:(?:i'?ve|i have|ive) (?:just |already |finally )?(?:seen|liked|loved|received|watched|gotten to see)|"
    r"j'?ai (?:bien |tellement |trop |vraiment |d[eé]j[aà] )?(?:ador[eé]|aim[eé]|kiff[eé]|vu|re[cç]u|regard[eé]|"
    r"lik[eé]|appr[eé]ci[eé]|mis (?:la|le|ma|mon|ta|ton|une|un) (?:tenue|robe|pull|chemise|jupe|veste|maillot)\b)|"
    r"(?:ik )?heb (?:je|jouw|die|de) (?:\w+ )?(?:gezien|geliked|ontvangen|bekeken)|"
    r"ho (?:appena |gia )?(?:visto|ricevuto|adorato|amato)|"
    r"(?:ich )?hab(?:e)? (?:dein|deine|das|die) (?:\w+ )?(?:gesehen|geliked|bekommen|angeschaut)|"
    # the writer sent them to the reader
    r"(?:ich )?hab(?:e)? dir (?:\w+ ){0,4}(?:geschickt|gesendet)|(?:i'?ve|i have|ive) (?:just )?sent (?:you|u)|"
    # a feeling, not a holding: "ich habe Angst, dass sie die noch hat", "j'ai peur qu'il les ait encore"
    r"(?:ich )?hab(?:e)? (?:so |solche |total |echt |voll |gro(?:ss|ß)e |gerade )?(?:angst|sorgen?|panik|"
    r"keine ahnung)\b|j'?ai (?:tellement |trop |tres |vraiment |super )?(?:peur|honte|besoin d'aide)\b|"
    # ... or to someone else, told as the writer's past: "Ich habe meiner Ex vor zwei Jahren Bilder geschickt"
    r"(?:ich )?hab(?:e)? (?:meinem|meiner|meinen|ihm|ihr|einem|einer) (?:\w+ ){0,5}(?:geschickt|gesendet)|"
    r"je t'?ai (?:deja )?envoy[eé]|ti ho (?:gia )?(?:mandato|inviato)|te he (?:mandado|enviado)|"
    r"ik heb (?:je|jou) (?:\w+ ){0,3}(?:gestuurd|verstuurd)|"
    # the writer's own pictures sent to someone: "ik heb vorige week foto's gestuurd naar een meisje", "i've sent
    # some pics to a guy" (never "your" pictures: "I have sent your photos to your mum" is an exposure)
    r"ik heb (?:(?!je\b|jouw\b|jullie\b|uw\b)\w+ ){0,3}(?:\w*foto'?s?|\w*video'?s?|pics|filmpjes?|nudes) "
    r"(?:(?!die\b|dat\b|je\b|jij\b|u\b|hij\b|zij\b|ze\b)\w+ ){0,2}(?:gestuurd|verstuurd)|"
    r"(?:i'?ve|i have|ive) (?:(?!your\b|ur\b|yours\b)\w+ ){0,2}sent (?:my |some |a few |a couple of )?(?:pics|photos|"
    r"pictures|nudes|videos)|"
    r"(?:ich )?hab(?:e)? (?:(?!dein\w*\b|ihr\w*\b|euer\w*\b)\w+ ){0,3}(?:fotos|bilder|nacktbilder|videos) "
    r"(?:(?!die\b|der\b|das\b|du\b|ihr\b|er\b|sie\b)\w+ ){0,3}(?:geschickt|gesendet|verschickt)|"
    r"(?:yo )?he (?:mandado|enviado) (?:(?!tus\b|sus\b)\w+ ){0,2}(?:fotos|videos|nudes))\b")
# A choice offered for the reader's convenience: "if that's easier", "si te es más fácil", "falls das einfacher ist".
# (Not a preference, "or your boss if you'd rather": an extortionist may offer the reader that choice.)
# (accents optional: the raw text of a message in a script other than Latin is read beside the normalised one)
_OFFER = (r"(?:if (?:that'?s|that is|it'?s|it is|its) (?:easier|simpler|quicker|more convenient)|"
          r"si (?:te |le |vous |)(?:es|est|resulta|sera|ser[aá]) (?:m[aá]s|plus) (?:f[aá]cil|c[oó]modo|simple|"
          r"pratique)|(?:wenn|falls) (?:es|das) (?:dir |ihnen |)(?:einfacher|bequemer|praktischer) ist|"
          r"se (?:e|è|é|for|fosse|ti e|ti è|le e|le è) pi[uù] (?:comodo|facile|semplice|pratico)|"
          r"se for mais (?:f[aá]cil|pr[aá]tico|simples)|als (?:dat|het) (?:makkelijker|handiger|eenvoudiger) is)\b")
OFFERS = re.compile(r"\b" + _OFFER, re.IGNORECASE)
# The alternative so offered, from its "or": "…, or post them to you if that's easier" (bounded: one clause).
_OFFERED = re.compile(r"\b(?:or|o|ou|oder|of)\b[^.!?\n;]{0,80}?" + _OFFER, re.IGNORECASE)


# The writer pays the reader: "I'll paypal you today", "te hago bizum", "je vous fais un virement", "ti faccio un
# bonifico", "ich überweise dir", "te mando o pix", "ik betaal je" (a Tikkie is a request for money, so not that). A
# buyer's word, no demand made of the reader; the payment is named, so "le mando las fotos" stays a sending.
I_PAY_YOU = re.compile(
    r"\bi(?:'ll| will| ll|ll| can| could)? (?:pay|paypal|venmo|zelle|cashapp|transfer|bank transfer) (?:you|u|ya)\b|"
    r"\bi(?:'ll| will| ll|ll| can| could) (?:transfer|send|pay) (?:you )?(?:the )?[$€£]\d+|"
    r"\bi(?:'ll| will| ll|ll| can| could| shall) (?:do|make|send) (?:the |full |advance )?payment\b"
    r"(?! (?:details|info|information|instructions|link|request|address|method))|"
    r"(?<!nao )\b(?:eu )?(?:faco|mando|te faco|te mando) o pix (?:hoje|agora|amanha|ja|na hora)\b|"
    r"\bbetaal ik (?:\w+ ){0,2}(?:via|met|per) (?:tikkie|ideal|paypal|de bank|overboeking)\b|"
    r"(?<!no )\bte (?:hago|mando|envio|paso|transfiero)(?: (?:un|el|la|los))? (?:bizum|pago|transferencia|dinero|"
    r"plata|paypal)\b|(?<!no )\bte pago\b(?! (?:o|si no|sino)\b)|"
    r"\bje (?:te|vous) (?:fais|envoie|verse) (?:un |le |l'?)?(?:virement|paiement|lydia|paypal|argent|acompte)\b|"
    r"\bje (?:te|vous) (?:paie|paye|regle)\b|"
    r"\bich (?:uberweise|uberweis|zahle) (?:dir|ihnen|euch)\b|"
    r"\bich schicke (?:dir|ihnen|euch) (?:das geld|den betrag)\b|"
    r"(?<!non )\bti (?:faccio|mando|invio)(?: (?:subito|oggi|stasera|domani))?(?: (?:un|il|la|i))? (?:bonifico|"
    r"pagamento|satispay|paypal|soldi)\b|"
    r"(?<!non )\bti pago\b|"
    r"\b(?:eu )?(?:te )?(?:faco|mando|pago|passo|transfiro) (?:o |um )?(?:pix|pagamento|dinheiro) "
    r"(?:pra|para) (?:voce|vc|ti|o senhor|a senhora)\b|(?<!nao )\bte (?:pago|faco o pix|mando o pix|passo o pix)\b|"
    r"\bik betaal (?:je|jou|u)\b", re.IGNORECASE)


def loose_signs(norm_text: str, raw: str, words: int) -> LooseSigns:
    """The families of signs in a message of ``words`` words (normalised and raw text), read on demand."""
    if words == 0:
        return LooseSigns(short=False)
    if words > MAX_WORDS or len(norm_text) > MAX_CHARS:
        # (a long message: only the scene and story families are read, over its first LONG_SCENE_CHARS)
        return LooseSigns(False, norm_text[:LONG_SCENE_CHARS] + "\n" + (
            raw[:LONG_SCENE_CHARS].lower() if not raw.isascii() else ""), words)
    # (the alternative offered for the reader's convenience is no condition, and the writer's own payment to the reader
    # no demand: both are read as if they were not there)
    return LooseSigns(True, _read_whole(norm_text, raw), words)


# No threat made, said in so many words: "he hasnt threatened her or anything", "no me ha amenazado", "er hat nicht
# gedroht". ("… hasn't threatened yet": the worry is of a threat to come, and the telling stands.)
_NOT_THREATENED = re.compile(
    r"\b(?:(?:he|she|they|it|nobody|no one|no-one)(?: has|'s| have|'ve)?(?: not|n'?t| never)|never|nobody|no one) "
    r"(?:actually |really |ever )?(?:threatened|blackmailed)(?! (?:\w+ ){0,3}(?:yet|so far))\b|"
    r"\b(?:nobody|no one|no-one) is (?:threatening|blackmailing)\b|"
    r"\bno (?:me |le |la |nos )?(?:ha|han) amenazado\b(?! todavia| aun)|\b(?:nao|não) (?:me |a |o |nos )?ameacou\b"
    r"(?! ainda)|\bn'?a (?:jamais |pas |rien )?menace\b(?! encore)|\bhat (?:\w+ )?(?:nicht|nie|nichts) (?:was |etwas )?"
    r"(?:gedroht|erpresst|bedroht)\b|\b(?:gedroht|erpresst) hat (?:er|sie) (?:mich )?(?:nie|nicht)\b|"
    r"\bnon (?:mi |l'?|ci )?ha (?:mai )?minacciat\w*\b(?! ancora)|"
    r"\bheeft (?:\w+ )?(?:niet|nooit) "
    r"(?:gedreigd|bedreigd|gechanteerd)\b|"
    # no threat said in so many words: "No hay amenazas", "there are no threats", "Es gibt keine Drohungen"
    r"\b(?:there (?:are|were) no threats|no threats? (?:were |was )?(?:made|yet)|no hay amenazas|"
    r"(?:nao|não) (?:ha|há|tem) amea[cç]as|il n'?y a (?:pas de|aucune) menaces?|es gibt (?:noch )?keine "
    r"(?:drohungen|drohung)|non ci sono minacce|er zijn geen (?:bedreigingen|dreigementen))\b")

# No threat made, said of the situation in other words: "No hay amenazas ni nada raro", "Ninguém está ameaçando
# ninguém", "Drohungen gibt es keine", "there's no pressure or threat", "niemand erpresst jemanden". (Not the speaker's
# own "this is no threat", "das ist keine Drohung": a threat says that of itself; nor "no pressure", said with a wink.)
_NO_THREAT_MADE = re.compile(
    r"(?<!\bis )(?<!\bist )(?<!\bc'est )(?<!\bes )(?<!\be )(?<!\bnot )(?<!\bthis )(?<!\bthat )"
    r"\b(?:no (?:threats?|coercion|blackmail)(?: or (?:\w+ )?(?:threats?|pressure|demands?|anything))?\b"
    r"(?! (?:yet|so far))|"
    r"no (?:pressure|coercion) or (?:threats?|blackmail)\b|"
    r"(?:nobody|no one|no-one|neither (?:of them|one)) (?:has |is |have )?(?:threatened|threatening|threatens|"
    r"blackmail(?:ed|ing|s))\b|there(?:'s| is| are| was| were| has been| have been) no (?:threats?|blackmail)\b|"
    r"nadie (?:me |le |la |nos |les )?(?:amenaza|ha amenazado|esta amenazando|chantajea)\b|"
    r"ninguno (?:de los dos )?amenaza\b|no hay (?:ninguna |ningun tipo de )?amenazas?\b|"
    r"ninguem (?:esta |me |a |o )?(?:ameaca|ameacou|ameacando)\b|(?:nao|não) (?:ha|existe|tem) (?:nenhuma )?ameacas?\b|"
    r"nenhuma ameaca\b|personne ne (?:me |la |le |les |nous )?(?:menace|fait chanter)\b|"
    r"il n'?y a (?:eu )?(?:aucune|pas de) menaces?\b|(?:drohungen|drohung) gibt es (?:keine|nicht)\b|"
    r"es gibt keine (?:drohungen|drohung|erpressung)\b|niemand (?:erpresst|droht|bedroht)\b|"
    r"nessuno (?:mi |la |lo |li |ci )?(?:minaccia|ha minacciato|ricatta)\b|nessuna minaccia\b|non ci sono minacce\b|"
    r"(?:er is )?geen (?:dreiging|bedreiging|dreigementen|chantage)\b(?! (?:meer|nodig))|"
    r"niemand (?:dreigt|chanteert|bedreigt)\b)")
# The reader blocked or reported the writer: "you blocked me", "me bloqueaste", "du hast mich blockiert", "remember that
# guy you blocked and reported? that was me". The writer is the one the reader shut out: a story of the writer's own
# is never over in these words. (On the 75,974 labelled texts, 102 hold them: 101 targeted, 1 other extortion.)
_SENDER_BLOCKED = re.compile(
    r"\b(?:(?:you|u|ya) (?:\w+ ){0,2}(?:blocked|reported|ignored|unfollowed)(?: (?:and|&) (?:blocked|reported|"
    r"ignored))? me\b|"
    r"(?:you|u) (?:blocked|reported)(?: (?:and|&) (?:blocked|reported))?\W+(?:\w+\W+){0,3}(?:that was|it was|it'?s|"
    r"twas) me\b|"
    r"me (?:bloqueaste|denunciaste|reportaste)|tu m'?as (?:bloque|signale|denonce)|du hast mich "
    r"(?:blockiert|gemeldet|angezeigt)|mi hai (?:bloccat[oa]|segnalat[oa]|denunciat[oa])|(?:voce|vc|tu) me "
    r"(?:bloqueou|denunciou|reportou)|je hebt me (?:geblokkeerd|gerapporteerd|aangegeven))")
# Someone else named in the third person: the question is about them ("he", "ella", "ihr", "mijn ex", "her boyfriend").
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|him|her|his|they|them|el|ella|ellos|ellas|il|elle|ils|elles|lui|er|ihm|ihn|ihr|lei|gli|ele|ela|"
    r"eles|elas|dele|dela|hij|zij|hem|haar|(?:my|mi|mon|ma|mein|meine|il mio|la mia|meu|minha|mijn) (?:ex|boyfriend|"
    r"girlfriend|husband|wife|partner|novi[oa]|namorad[oa]|copain|copine|freund|freundin|ragazz[oa]|vriend|vriendin))\b")
# An e-mail said to go out in bulk, in a warning's words: "C'est une escroquerie envoyée en masse", "these are bulk
# scams", "sent to millions of people" (not "this is not a mass e-mail", said by the e-mail itself).
_MASS_SENT = re.compile(
    r"(?<!not )(?<!nicht )(?<!pas )(?<!no )\b(?:(?:sent|send|sends|envoyee?s?|envoyes|enviad[oa]s?|verschickt|"
    r"versendet|inviat[ae]|verstuurd|verzonden|mandad[oa]s?) (?:out )?(?:en masse|in bulk|en masa|massenhaft|in massa|"
    r"em massa|massaal|to (?:thousands|millions|hundreds of thousands|many people|huge numbers))|"
    r"(?:mass|bulk)[- ](?:e-?mails?|mailings?|mails?|spam|scams?)|massenmail\w*|e-?mail de masse|mail en masse)\b")
# A quotation mark: a passage quoted holds someone else's words, read on their own (never cleared by the writer's "no
# threat"; triage splits quoted sentences by it too).
QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
# The questions of a message, each from the end of the sentence before to its question mark.
_QUESTIONS = re.compile(r"[^.!?\n]*\?")


# Nothing asked or said by the other person, said in so many words: "he hasn't asked for anything", "she hasnt said
# anything weird", "no me ha pedido nada", "il n'a rien demandé", "er hat nichts verlangt". With a worry and nothing
# held, demanded or timed beside it, the writer fears a threat that has not come.
_NOTHING_ASKED = re.compile(
    r"\b(?:he|she|they|the guy|the girl|this guy|this girl)(?: has| have| did)?(?: not|n'?t|nt) "
    r"(?:said|asked(?: (?:me |us )?for)?|sent|demanded|done|posted|threatened|wanted)(?: or (?:said|asked(?: for)?|"
    r"sent|done|demanded))? (?:me |us )?(?:anything|nothing)\b|"
    r"\b(?:nobody|no one|no-one) (?:has )?(?:asked|said|threatened|demanded) (?:me )?(?:anything|nothing)\b|"
    # ("They didn't ask me for anything", "Nessuno mi ha scritto né chiesto soldi")
    r"\b(?:he|she|they|nobody|no one)(?: did(?: not|n'?t|nt)| never) (?:ask|asked|demand|want) (?:me |us )?(?:for )?"
    r"(?:anything|nothing|money)\b|\bnessuno (?:mi |ci )?ha (?:\w+ )?(?:(?:ne|né) )?chiesto\b|"
    r"\bno (?:me |nos |le |la )?(?:ha|han) (?:pedido|dicho|exigido) nada\b|"
    r"\b(?:ele|ela) (?:nao|não) (?:me )?(?:pediu|disse|exigiu|falou) nada\b|"
    r"\b(?:il|elle) (?:ne )?(?:m'?|nous )?a rien (?:demande|dit|exige)\b|"
    r"\b(?:er|sie) hat (?:\w+ )?nichts (?:verlangt|gefordert|gesagt|geschrieben)\b|"
    r"\bnon (?:mi |ci )?ha (?:chiesto|detto|preteso) (?:niente|nulla)\b|"
    r"\b(?:hij|zij|ze) heeft (?:\w+ )?(?:niks|niets) (?:gevraagd|gezegd|geeist|geëist)\b|"
    # nothing has happened (so far): "Bisher ist nichts passiert", "nothing has happened yet"
    r"\b(?:nothing (?:has )?(?:happened|come of it)|(?:bisher|bis jetzt)? ?ist (?:noch )?nichts passiert|"
    r"no (?:ha pasado|paso) nada|(?:ainda )?nao aconteceu nada|il ne s'?est rien passe|non e successo (?:niente|nulla)|"
    r"er is (?:nog )?(?:niks|niets) gebeurd)\b")
# What the other person says or wrote, told: a threat reported beside the worry ("… but he says he'll send my pics").
_THREAT_SAID = re.compile(
    r"\b(?:he|she|they|the guy|the girl)(?: just| now| also)? (?:says|said|told me|wrote|writes|texted|messaged|"
    r"keeps saying|threatened|threatens|wants)\b|\b(?:dice|dijo|escribio|me escribe) que\b|\bdit qu|"
    r"\b(?:er|sie) (?:sagt|schreibt|schrieb)\b|\b(?:diz|disse|escreveu) que\b|\b(?:dice|ha detto|scrive) che\b|"
    r"\b(?:hij|zij|ze) (?:zegt|zei|schrijft)\b")
# A fear said plainly or asked as a question: "should I be worried?", "am I overthinking", "could she have recorded
# it?", "tô com medo", a parent's "how do I protect him" (read only beside _NOTHING_ASKED, in worry_only).
_FEAR_SAID = re.compile(
    r"\b(?:should i be (?:worried|scared|concerned)|am i (?:overthinking|paranoid|overreacting)|could (?:he|she|they) "
    r"have (?:recorded|saved|screenshotted|screen ?recorded|kept)|(?:deberia|debo) preocuparme|devo (?:me )?preocupar|"
    r"je devrais m'?inquieter|(?:sollte|muss|soll) ich mir sorgen|dovrei preoccuparmi|moet ik me zorgen|"
    # a parent asking how to protect a child from it: "Wie schütze ich ihn vor Leuten, die …"
    r"how (?:do|can|should) (?:i|we) protect (?:him|her|them|my)|wie schutze? ich (?:ihn|sie|mein)|"
    r"(?:como|cómo) (?:lo|la|los) (?:protejo|protego)|comment (?:le|la|les) proteger|come (?:lo|la|li) proteggo|"
    r"hoe bescherm ik|ben ik bang|ik ben (?:zo |echt |heel )?bang\b|"
    # the fear said plainly, or the leak asked about: "tô com medo. Será que ele vai postar?"
    r"(?:to|tô|tou|estou) com (?:muito )?medo\b|sera que (?:ele|ela) vai (?:postar|mandar|vazar|espalhar)|"
    r"tengo (?:mucho )?miedo\b|j'?ai (?:trop |tellement |tres )?peur\b|ho (?:tanta |molta )?paura\b|"
    r"ich (?:habe|hab) (?:so |solche |total )?angst\b|(?:i'?m|im|i am) (?:so |really |kinda )?(?:scared|terrified)\b|"
    # the leak asked about, or the fear said in chat: "could he post them??", "i'm just spiralling"
    r"could (?:he|she|they) (?:post|share|leak|send|upload|spread) (?:them|it|those|my)\b|"
    r"(?:i'?m|im|i am) (?:just |literally |so |kinda )?(?:spiralling|spiraling|freaking out|panicking|stressing)\b)")


# A worry about what might happen, not a telling of what was said: "im scared she'll send them to my work", "asking
# before anything happens", "what if he posts them", "tengo miedo de que las suba", "j'ai peur qu'il les envoie".
_WORRIED = re.compile(
    r"\b(?:(?:i'?m|im|i am) (?:so |really |just |kinda |a bit )?(?:scared|worried|afraid|anxious|terrified|paranoid) "
    r"(?:that )?(?:he|she|they|it)(?:'ll| will| might| could| would| may)|before anything happens|what if (?:he|she|"
    r"they)|if (?:they|it|he|she) (?:ever|one day) (?:get|gets|got|share|shares|post|posts)|"
    r"(?:tengo|me da) miedo (?:de )?que|y si (?:el|ella|los) (?:las|los|la|lo) (?:sube|manda|publica)|"
    r"(?:tenho|to com|estou com|tô com) medo (?:de )?(?:que )?(?:ele|ela)|e se (?:ele|ela) (?:postar|mandar|espalhar)|"
    r"j'?ai peur qu'?(?:il|elle)|et s'?(?:il|elle) (?:les|la|le) (?:publie|envoie|poste)|"
    r"ich (?:habe|hab) angst,? dass|was (?:ist|passiert),? wenn (?:er|sie)|ho paura che|e se (?:lui|lei) (?:le|la|li) "
    r"(?:pubblica|manda)|ik ben bang dat|wat als (?:hij|zij|ze))")


# A help page's question about a threat to anyone: "what should I do if someone is threatening to share my nudes?",
# "qué hacer si alguien te amenaza", "que faire si quelqu'un menace". A person it happens to says "someone is".
_IF_SOMEONE = re.compile(
    r"\b(?:if|when) (?:someone|somebody|a person|anyone|a stranger|an ex) (?:is |has |keeps |starts )?"
    r"(?:threaten|blackmail|demand|ask|say|claim|send)\w*|\bwhat (?:should|can|do) (?:i|you|we) do if\b|"
    # a help page's questions and answers: "Q: Someone says they'll share my photos unless I pay. … A: No."
    r"(?:^|\n)q ?: (?:someone|somebody|a stranger|what|i|my)\b|"
    r"\b(?:si|cuando) (?:alguien|una persona) (?:te |le |me )?(?:amenaza|chantajea|extorsiona|pide|dice)\w*|"
    r"\b(?:si|quand) (?:quelqu'?un|une personne) (?:te |vous |me )?(?:menace|fait chanter|demande|dit)\w*|"
    r"\b(?:wenn|falls) (?:dich |sie |mich )?(?:jemand|eine person) (?:dich |sie |mich )?(?:bedroht|erpresst|fordert|"
    r"sagt)\w*|\bse (?:qualcuno|una persona) (?:ti |la |mi )?(?:minaccia|ricatta|chiede|dice)\w*|"
    r"\bse (?:alguem|alguém|uma pessoa) (?:te |o |a |me )?(?:ameaca|ameaça|chantageia|pede|diz)\w*|"
    r"\b(?:als|wanneer) (?:iemand|een persoon) (?:je |u |me )?(?:bedreigt|chanteert|afperst|vraagt|zegt)\w*|"
    # a kind of case described: "gevallen van sextortion, waarbij iemand …", "cases where someone …"
    r"\b(?:waarbij|where|in which|whereby|bei denen|bei dem|wobei|dans lesquels|dans lesquelles|en (?:los|las) que|"
    r"in cui|nei quali|em que|nos quais) (?:someone|somebody|iemand|jemand|quelqu'?un|alguien|qualcuno|alguem)\b",
    re.IGNORECASE)
# A help page headed by the reader's question in the first person ("Someone is threatening to share my nudes. What
# should I do?", "«Me están amenazando con publicar mis fotos. ¿Qué hago?»"), then advice to the reader: after the
# heading nobody says "I", and it says not to pay and to report or keep the evidence, at some length.
_HEADING = re.compile(r"[^\n]{0,300}?(?:\?[\"\u201d\u00bb']?(?=\s)|[\"\u201d\u00bb](?=\s)|\n|$)")
_EVIDENCE = re.compile(r"\b(?:screenshots?|evidence|capturas?|pruebas|provas|prints?|preuves|captures? d'?ecran|"
                       r"beweise?|prove|bewijs|screenshot\w*)\b")
_HELP_PAGE_WORDS = 20


# A page of frequently asked questions, named in its heading: its questions are the reader's, in the first person.
FAQ_HEADING = re.compile(
    r"\W*(?:faq|frequently asked questions|common questions|preguntas frecuentes|duvidas frequentes|perguntas "
    r"frequentes|questions frequentes|foire aux questions|haufige fragen|haeufige fragen|domande frequenti|"
    r"veelgestelde vragen|veel gestelde vragen)\b")


def _help_page(text: str) -> bool:
    """A help page headed by the reader's question in the first person: the heading (its first line, or up to its first
    question or closing quote) says "I", the rest never does and advises not to pay and to report or keep evidence.
    Or a page of frequently asked questions, so named in its heading."""
    # (the text read may hold the raw text after the normalised one: only the normalised one is read here)
    text = text.split("\n" + _RAW_MARK, 1)[0] if _RAW_MARK in text else text
    if FAQ_HEADING.match(text) is not None:
        return True
    body = text.lstrip()
    heading = _HEADING.match(body)
    if heading is None or _WRITER.search(heading.group()) is None:
        return False
    rest = body[heading.end():]
    return (len(rest.split()) >= _HELP_PAGE_WORDS and _WRITER.search(rest) is None and DONT_PAY.search(rest) is not None
            and (REPORT_TO.search(rest) is not None or _EVIDENCE.search(rest) is not None))


# What a threat promises once it is obeyed: "… en dan is er niks gebeurd", "… and then nothing happened".
_PROMISED_AFTER = re.compile(r"\b(?:en dan|dan|and then|then|und dann|dann|et puis|alors|y luego|entonces|e poi|"
                             r"allora|e depois|entao)\b[^.!?\n]{0,40}$")
_UP_TO_YOU = re.compile(r"\b(?:up to (?:you|u)|(?:your|ur) (?:choice|call)|you decide|t[uú] decides|du entscheidest|"
                        r"a toi de voir|c'?est toi qui vois|sta a te|voc[eê] decide|jij kiest)\b")
# Now, today, just: what a person says of a threat going on ("he just sent me a clip", "ahora le piden").
_NOW = re.compile(r"\b(?:now|just|tonight|today|right now|this morning|this evening|an hour ago|minutes ago|ahora|"
                  r"agora|maintenant|jetzt|gerade|adesso|ora|nu|hoy|hoje|hj|aujourd'?hui|heute|oggi|vandaag|ce soir|"
                  r"esta noche|heute abend|stasera|vanavond|acaba de|acabou de|vient de|appena)\b")
# The writer's own move as the condition of what is told: "if i don't pay", "se eu não pagar", "wenn ich nicht zahle".
# (or what the sender wants instead of money: to come back, to meet, to answer: "se eu não voltar com ele até sábado",
# "se non lo incontro sabato", "als ik zaterdag niet bij hem langskom", "si no regreso con él")
_MY_CONDITION = re.compile(
    r"\b(?:(?:if|unless) i (?:(?:don'?t|dont|do not|can'?t|cant|cannot|won'?t|wont) )?(?:pay|send|come back|go back|"
    r"get back|meet|see|answer|reply)|"
    r"se (?:eu )?(?:nao|n) (?:pagar|mandar|voltar|encontrar|for|responder)|"
    r"si no (?:le |lo |la )?(?:pago|mando|envio|transfiero|regreso|vuelvo|voy|veo|respondo|contesto)|"
    r"si je (?:ne |n'?)?(?:lui |le |la )?(?:paie|paye|envoie|verse|reviens|retourne|vois|rencontre|reponds|vais)\b"
    r"[^.!?\n]{0,20}\bpas|"
    r"se non (?:gli |le |lo |la |ci )?(?:pago|mando|torno|incontro|vedo|vado|rispondo)|"
    r"wenn ich (?:\w+ ){0,3}nicht (?:[\w-]+ ){0,4}(?:zahle|bezahle|schicke|uberweise|zuruckkomme|komme|treffe|"
    r"antworte)|als ik (?:\w+ )?niet (?:[\w-]+ ){0,3}(?:betaal|stuur|terugkom|langskom|kom|zie|ontmoet|antwoord))\b")
# Who a news item or a warning tells of: criminals, scammers (a person telling their own story names "he", "she").
_NARRATED = re.compile(r"\b(?:criminals|scammers|fraudsters|extortionists|offenders|predators|delincuentes|"
                       r"estafadores|criminosos|golpistas|escrocs|criminels|kriminelle|betruger|truffatori|criminali|"
                       r"oplichters|criminelen)\b")
# A person's telling of a threat going on now is read whole up to this many words ("Mum I need to tell you something
# … they say if I don't pay £250 … by midnight they will send it to everyone … What do I do?").
TELLING_MAX_WORDS = 400
# What the writer has not done is no sign that it is over: "non l'ho bloccato", "não bloqueei", "je n'ai pas payé", "ik
# heb niet betaald" say that nothing was done yet ("… avant jeudi 18h … Je n'ai pas payé"). A story told after says so
# too ("Não paguei nada"), and is then read as over by what was done or when ("denunciei", "um ano depois") or not at
# all: on the read sets 440-496 one such story was flagged, and eight tellings of set 501 were found.
_NOT_DONE = re.compile(
    r"\b(?:not|didn'?t|haven'?t|hasn'?t|non|nao|não|niet|nicht|pas|no)\b (?:[\w']+ ){0,2}"
    r"(?:paid|blocked|reported|sent|pay[eé]|bloqu[eé]|signal[eé]|envoy[eé]|pagato|bloccat[oa]|denunciat[oa]|mandato|"
    r"paguei|bloqueei|denunciei|mandei|pagu[eé]|bloque[eé]|denunci[eé]|mand[eé]|pagado|bloqueado|denunciado|betaald|"
    r"geblokkeerd|aangegeven|gestuurd|bezahlt|blockiert|angezeigt|geschickt|[uü]berwiesen)\b")
# Ordinary phishing named by the writer.
_PHISHING_NAMED = re.compile(r"\b(?:phishing|phising|smishing|phish)\b")
# What such a notice says will happen: the account or the photos deleted.
_DELETION_FATE = re.compile(r"\b(?:will|would|shall) be (?:\w+ )?(?:deleted|removed|erased|lost|closed|disabled)\b")


def telling_now(norm_text: str, raw: str, words: int) -> LooseSigns | None:
    """A longer message (up to ``TELLING_MAX_WORDS``) in which the writer tells of a threat against them or someone
    close that goes on now (:attr:`LooseSigns.described_threat`, or in any words :attr:`LooseSigns.told_ongoing`) and
    asks for help or says it is happening now
    (``STORY_NOW``): its signs, read with every family as a chat-length message's are, or None."""
    if words > TELLING_MAX_WORDS or STORY_NOW.search(norm_text) is None:
        return None
    whole = LooseSigns(True, _read_whole(norm_text, raw), words)
    return whole if (whole.described_threat or whole.told_ongoing) and whole.story_now else None


def _read_whole(norm_text: str, raw: str) -> str:
    """The text every family reads: the normalised text, and the lowercased raw text when it holds other scripts
    (after ``_RAW_MARK``, which no phrase reads: a reading of the text's shape can leave the copy out)."""
    return _unasked(norm_text) + "\n" + (_RAW_MARK + _unasked(raw.lower()) if not raw.isascii() else "")


_RAW_MARK = "\x1f"


def _unasked(text: str) -> str:
    return I_PAY_YOU.sub(" ", _OFFERED.sub(" ", text))
