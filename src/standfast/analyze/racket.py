"""Extortion over something other than pictures, read by its parts: a harm, a price, and what ties them.

Police and courts name a handful of shapes: the ransomware note ("your files are encrypted … your data will be
published"), stolen customer data offered back, a website taken down until paid, a bomb said to be hidden, protection
money ("500 a month or one night the shop burns"), a kidnapping, real or staged by phone, a debt collected with
violence, a business's reputation ruined with fake reviews, a secret told to an employer unless paid, and an account
held for a price. Their wording has little in common with a threat to
expose pictures, so the sentence reader of triage, built around that threat, often finds nothing in them, and a
long letter of this kind is not shown to the learned model.

Three parts must stand close together (within :data:`WINDOW` characters), with a person spoken to or speaking in
the same stretch:

- a harm to the reader, their people, their business or their data (:data:`HARMS`, by kind, with three families of
  :mod:`standfast.analyze.loose`: files locked, an account held, silence sold);
- a price: an amount, a payment channel, a fee by the week or the month, a ransom (:data:`PRICE`);
- what ties the two: a condition ("or", "unless", "sinon"), a time limit or a purpose ("to prevent the
  explosion") (:data:`LINK`).

A text that speaks of such letters (an advisory, a news item, a warning: "victims typically receive", "do not
pay", "threat actors") is left alone (:data:`ABOUT_IT`); stories told after they were over, everyday readings and
friends' laughter are triage's to rule out before it asks. The text read is normalised (lower case, accents folded).
"""

from __future__ import annotations

import re

from standfast.analyze.lexicon import CONCEPTS
from standfast.analyze.loose import HELD_ACCOUNT, HUSH, RANSOM
from standfast.analyze.wordstart import WordStartPhrases

# Parts further apart than this (characters) are not read together: a newsletter can name a fire in one paragraph
# and a price in another.
WINDOW = 320


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")", re.IGNORECASE)


# Every harm phrase, asked first in one fast search (most texts hold none); their positions are read only then.
_HARM_PARTS: list[str] = []


# Each kind's own fast search, asked before its positions are read.
_KIND_GATES: dict[re.Pattern[str], WordStartPhrases] = {}


def _harm(*parts: str) -> re.Pattern[str]:
    _HARM_PARTS.extend(parts)
    rule = _rx(*parts)
    _KIND_GATES[rule] = WordStartPhrases(parts, ignorecase=True)
    return rule


_DATA = (r"(?:data|files|database|databases|records|documents|emails|information|customer \w+|client \w+|donnees|"
         r"fichiers|base (?:de donnees|clients?)|informations|datos|archivos|base de datos|informacion|expedientes|"
         r"dados|arquivos|informacoes|dati|archivio|documenti|informazioni|daten|dateien|dokumente|informationen|"
         r"kundendaten|gegevens|bestanden|documenten|klantgegevens)")
_PUBLISHED = (r"(?:published|leaked|sold|made public|dumped|publiee?s?|vendue?s?|divulguee?s?|"
              r"diffusee?s?|mises? en ligne|publicad[oa]s?|vendid[oa]s?|filtrad[oa]s?|difundid[oa]s?|vazad[oa]s?|"
              r"divulgad[oa]s?|pubblicat[ieo]|vendut[ieo]|diffus[ieo]|veroffentlicht|verkauft|geleakt|publiziert|"
              r"gepubliceerd|verkocht|gelekt|openbaar gemaakt)")
_PUBLISH = (r"(?:publish|leak|release|sell|dump|post|expose|publier|publierons|vendre|vendrons|divulguer|diffuser|"
            r"publicar|publicaremos|vender|venderemos|filtrar|filtraremos|difundir|vazar|vazaremos|divulgar|"
            r"divulgaremos|pubblicare|pubblicheremo|vendere|venderemo|diffondere|veroffentlichen|verkaufen|leaken|"
            r"publizieren|publiceren|verkopen|lekken)")

# The harms, by kind; a kind found is named in the reason triage gives.
DATA_PUBLISHED = _harm(
    # data published, sold or leaked: "your data will be published on our blog", "ces données seront publiées"
    _DATA + r"\W+(?:\w+\W+){0,16}?" + _PUBLISHED + r"\b",
    _PUBLISH + r"(?:s|ed|d)? (?:\w+ ){0,5}?" + _DATA + r"\b",
    r"leak site", r"(?:tout|todo|tudo|tutto|alles) (?:sera|sara|sera|wird|wordt) (?:vendu|vendido|venduto|verkauft|"
    r"verkocht|publie|publicado|pubblicato|veroffentlicht|gepubliceerd)",
    r"(?:mise?s? en vente|put up for sale|puest[oa]s? a la venta|(?:posta|messa|messi) in vendita|zum verkauf|te koop)",
    # files locked: "tous nos fichiers sont chiffrés", "hemos cifrado todos los servidores", "rançongiciel"
    r"(?:files|fichiers|archivos|dateien|file|arquivos|bestanden|servers?|serveurs|servidores) (?:\w+ ){0,4}?(?:are |"
    r"sont |son |sind |sono |sao |zijn )?(?:encrypted|chiffres|cryptes|cifrados|encriptados|verschlusselt|"
    r"crittografati|criptati|criptografados|versleuteld)\b",
    r"(?:hemos cifrado|abbiamo (?:cifrato|criptato)|nous avons chiffre|we (?:have )?encrypted|criptografaram|"
    r"wir haben (?:\w+ ){0,3}verschlusselt)", r"rancongiciel", r"ransomware",
)
SITE_DOWN = _harm(
    # a website or a server taken down: "ddos", "your site stays offline", "on met votre site hors ligne"
    r"ddos", r"(?:site|website|server|servers|shop|store|page|network|webshop|boutique|tienda|loja|negozio|sito|"
    r"seite|webseite|winkel|servidor|serveur)\w* (?:\w+ ){0,5}?(?:offline|down|hors ligne|hors service|fuera de "
    r"linea|caid[ao]|fora do ar|non raggiungibile|lahmgelegt|plat)\b",
    # (not "Take It Down", the service that removes a minor's pictures)
    r"(?:take|knock|keep|bring) (?:your |ur |the )?(?:site|website|server|servers|shop|store|page|network|webshop)\w* "
    r"(?:offline|down)\b", r"(?:the )?attacks? (?:will )?(?:stop|continue)\b",
    r"(?:tirar|derrubar) (?:\w+ ){0,2}do ar", r"lahm ?legen",
    r"(?:lag|liegt|legen|legt|bleibt) (?:\w+ ){0,5}?lahm\b", r"plat ?(?:leggen|gelegd)", r"mettre hors ligne",
)
FIRE = _harm(
    # fire: "il locale prende fuoco", "set fire to", "mettre le feu", "prender fuego", "in Brand stecken"
    r"(?:prend\w*|dar\w*|dato|appicc\w*) fuoco", r"incendi(?:are|amo|ano|era|eranno|er|erons|ar|aremos|o)\b",
    r"(?:set|sets|setting) (?:\w+ ){0,2}(?:on )?fire",
    r"(?:burn|burns|burned|burnt|burning) (?:\w+ )?(?:down|to the ground)\b",
    r"up in (?:flames|smoke)", r"catch(?:es)? fire", r"mett(?:re|rons|ra) le feu", r"prend(?:re|ra) feu",
    r"(?:prender|prenderle|meter|pegar|tacar|botar|colocar|por) (?:\w+ )?(?:fuego|fogo)", r"quem(?:ar|amos|aremos)\b",
    r"in brand (?:te )?(?:steken|steekt|gestoken|vliegt|vliegen)", r"in de fik", r"(?:anzunden|abfackeln|abbrennen)",
    r"in flammen", r"brul(?:er|erons|era)\b",
)
BOMB = _harm(
    # a bomb or another device: "un engin explosif a été déposé", "ho piazzato un ordigno", "Sprengsatz"
    r"bombs?\b", r"bomba\b", r"bombe\b", r"explosi(?:ve|ves|f|fs|vo|vos|onen|ef|eve)\b", r"explosion\b", r"explosao\b",
    r"esplosi\w*", r"detonat\w*", r"deton(?:ar|are|er|acion|acao|azione|ador|atore)\b", r"ordigno", r"artefacto",
    r"sprengsatz", r"sprengstoff",
    r"ontplof\w*", r"declench\w* (?:l'?engin|la bombe|l'?explosion)", r"engin\b", r"far saltare",
)
KIDNAP = _harm(
    # kidnapping, real or staged: "tenemos a tu hijo", "they say they have my dad"
    r"kidnap\w*", r"secuestr\w*", r"hostage", r"otage", r"rehen(?:es)?\b", r"refem\b", r"ostaggio",
    r"rapit[oaie]\b", r"rapimento", r"entfuhr\w*", r"geisel\w*", r"ontvo[eo]r\w*", r"gijzel\w*", r"enleve\w*",
)
BODY = _harm(
    # the body: "cut off a finger", "break your legs", "hurt your family"
    r"(?:cut|cortar|cortarle|couper|tagliar\w*|abschneiden|afsnijden) (?:\w+ ){0,2}(?:finger|dedo|doigt|dito|vinger)",
    r"(?:break|breaking) (?:\w+ )?(?:legs|arms|knees|face|windows|jaw|fingers)\b",
    r"(?:romper|romperle|partir|partirle)(?:le|les)? (?:\w+ )?(?:piernas|brazos|cara|ventanas|vidrios|dedos)",
    r"(?:casser|cassera|cassons) (?:\w+ )?(?:jambes|bras|gueule|vitrine|voiture|fenetres)",
    r"(?:spacc|romp)\w* (?:\w+ )?(?:gambe|braccia|faccia|vetrin\w*|finestre)",
    r"(?:hurt|harm|injure|kill|shoot|stab) (?:you|your|ur|u|him|her|them|my|the)\b",
    r"(?:matar|machucar|lastimar|herir)(?:te|le|lo|la|los|las)?\b", r"(?:tuer|blesser|buter)\b",
    r"(?:uccider|ferir)\w*",
    r"(?:toten|umbringen|verletzen|weh ?tun)\b", r"(?:vermoorden|pijn doen|neersteken|neerschieten)\b",
    r"(?:windows?|vitrine|vetrin\w*|saracinesc\w*|shutter|scheibe\w*|ruit\w*) (?:\w+ ){0,3}(?:went through|smashed|"
    r"broken|put in|rotte|rotta|cassee?s?|kaputt|ingegooid|eingeschlagen)",
    r"(?:smash|smashes|smashing|trash|wreck)\w* (?:\w+ )?(?:car|shop|place|house|windows?|face)\b",
    # (people coming to a place of the reader's, not "coming along with your family")
    r"(?:come|coming|pay (?:\w+ )?a visit|pull up|turn up|drop by|show up) (?:round |over |down )?(?:to|at) "
    r"(?:your|ur) (?:\w+ )?(?:house|home|place|door|doorstep|work|job|school|shop|flat|mum'?s|mom'?s|parents)\b",
    r"(?:come|coming) (?:and )?(?:find|get|for) (?:you|u)\b", r"i know where (?:you|u|ur|your)\b",
    r"(?:we|i)(?:'ll| will| are gonna| r gonna)? (?:see|find|catch) (?:you|u) after (?:school|practice|work|class|"
    r"training)\b", r"(?:get|gets|getting) jumped", r"(?:it )?won'?t be a (?:conversation|chat|talk)",
    r"(?:kommen|komme|komm) (?:\w+ ){0,4}(?:zu dir|bei dir vorbei|vorbei)", r"(?:kom|komen) (?:ik |we )?(?:langs|"
    r"je halen|bij je)\b", r"niet meer om praten", r"(?:on )?(?:vient|passe|viendra|passera) (?:te voir|chez toi)",
    r"(?:vamos|van|voy) a ir a tu casa", r"no vamos a hablar", r"(?:ti )?(?:veniamo|vengo|verremo) a trovar\w*",
    r"(?:vamos|vou) (?:ai )?(?:na|ate a|ate) (?:sua|tua) casa", r"rompe\w* le vetrine",
)
VEILED = _harm(
    # veiled: "something could happen to the shop", "we know where your daughter goes to school"
    r"something (?:\w+ )?(?:could|might|may|will|would) happen", r"(?:puede|podria|va a) pasar(?:le|te)? algo",
    r"pode(?:ria)? acontecer (?:alguma coisa|algo)", r"(?:pourrait|peut|va) (?:arriver|se passer) quelque chose",
    r"(?:potrebbe|puo) succedere qualcosa", r"(?:kann|konnte) (?:\w+ )?etwas passieren",
    r"(?:kan|zou) (?:er )?(?:\w+ )?iets (?:kunnen )?gebeuren",
    # (a pity of what befalls the reader's things, not of what the reader might miss: "a shame if you missed the
    # concert", "schade, wenn du das Spiel verpasst")
    r"(?:would|it'?d) be a (?:shame|pity) if (?!(?:you|u|ya|we)\b)",
    r"sarebbe un peccato se (?!(?:tu|voi|noi|lei|ti|te|perd\w*|manc\w*)\b)",
    r"seria una (?:pena|lastima) (?:que|si) (?!(?:tu|te|usted|ustedes|os|nos|no)\b)",
    r"ce serait (?:dommage|bete) (?:que|si|qu)(?!'?(?:tu|vous|on|nous|il faille)\b)",
    r"wa?e?re? (?:doch )?schade,? wenn (?!(?:du|sie|ihr|wir|man)\b)",
    r"zou (?:zonde|jammer) zijn als (?!(?:je|jij|u|we|jullie)\b)",
    r"seria uma pena se (?!(?:voce|vc|tu|voces|nos|a gente)\b)",
    r"shame if (?:it|they|something|anything|the|your|ur)\b",
    r"(?:mal )?(?:was|etwas) passiert", r"(?:il )?(?:lui|te|vous|leur) arrivera quelque chose",
    r"weet je wat er (?:dan )?gebeurt", r"(?:chiude|chiudera) per sempre", r"non la ritrovi intera",
    r"spacc\w* (?:\w+ )?(?:negozio|locale|macchina|auto|bar)\b",
    r"we know where", r"(?:sabemos|sappiamo) (?:donde|dove|onde|a que|a qual)\b",
    r"(?:on sait|nous savons|je sais) (?:ou|a quelle)", r"wir wissen,? wo", r"we weten waar", r"a gente sabe onde",
    r"(?:as a )?(?:protection|security) (?:fee|money|tax)", r"protection money", r"schutzgeld", r"pizzo\b",
    r"derecho de piso", r"cobro de piso", r"(?:per stare|para (?:estar|seguir)|pour rester) tranquill?\w*",
    r"(?:reste|resta|siga|segue|bleibt) (?:\w+ )?(?:tranquill?\w*|ruhig)",
    # an accident befalls the reader's goods: "no fee, no stall, and your stock might get wet"
    r"(?:your|ur) (?:stock|stall|shop|van|car|windows?|goods|stuff|truck|tools) (?:might|may|could) (?:get|go|end up) "
    r"(?:wet|damaged|broken|smashed|missing|burnt|burned|lost|scratched)\b",
)
REVIEWS = _harm(
    # a reputation ruined: "one-star reviews", "faire descendre votre note", "backlinks"
    r"(?:one|two)[- ]star reviews?", r"(?:1-star|1 star|2-star|2 star) reviews?", r"(?:negative|bad|fake) reviews?",
    r"resenas? (?:negativas|falsas)",
    r"(?:avis|commentaires) (?:negatifs|faux)", r"recensioni (?:negative|false)",
    r"(?:negative|schlechte|gefalschte) bewertungen", r"(?:negatieve|slechte|nep)(?: reviews| recensies)",
    r"avaliacoes (?:negativas|falsas)", r"(?:faire )?descendre (?:votre|ta) note", r"backlinks?",
    # a post made to say something of the place, the influencer's lever: "je fais une story pour dire que j'ai trouvé
    # un cheveu", "a video saying I got food poisoning"
    r"(?:story|stories|post|video|reel|tiktok|review|avis|resena|recensione|bewertung|recensie) (?:\w+ ){0,3}"
    r"(?:saying|pour dire|diciendo|dicendo|um zu sagen|en disant|waarin ik|in der ich|where i say|que diga)\b",
)
TOLD_TO = _harm(
    # a secret told to those who count unless paid: "or the whole parish council hears about it", "ou conto tudo pro
    # seu sócio e pra Receita", "oder dein Chef bekommt eine Mail", "of ik bel uwe baas"
    r"(?:tell|call|email|e-mail|ring|inform|text|message|send (?:it|them|this|everything|the \w+) to) (?:your|ur|the) "
    r"(?:boss|employer|wife|husband|partner|hr|manager|company|pastor|church|council|landlord|clients|customers|"
    r"in-laws|hospital|bank|union|tax \w+)\b",
    r"(?:your|ur|the whole|the) (?:new )?(?:boss|employer|wife|husband|hr|manager|company|parish \w+|church|council|"
    r"society|in-laws|hospital|clients|partner) (?:\w+ ){0,2}(?:hears|finds out|gets (?:a|an) (?:\w+ )?(?:call|email|"
    r"letter)|will know|learns|knows|doesn'?t)\b",
    r"(?:to|or) (?:hmrc|the irs|the tax office|the taxman|hr)\b",
    # who someone loves or a pregnancy told to their family: "or i tell your mom you're gay"
    r"(?:tell|telling|tellin) (?:your|ur) (?:mum|mom|mother|dad|father|parents|family|whole family) (?:that )?"
    r"(?:you'?re|you are|ur|u r|youre) (?:gay|lesbian|bi|bisexual|trans|queer|pregnant)\b",
    # the authority said to want what the writer holds: "HMRC would love them", "the IRS would be very interested"
    r"(?:hmrc|the irs|irs|the tax office|the taxman|the auditors|your auditors|your boss|your wife|your husband|"
    r"the police|the board|your board|compliance) (?:would|will|'d|is going to|are going to) (?:\w+ )?(?:love|like|"
    r"enjoy|want to see|be (?:very |really |so )?interested)\b",
    # (an authority is named with the word that sends something to it, in every language: its own letter,
    # "Belastingdienst … Aanmaning … Betaalt u niet op tijd", names it as the sender)
    # a secret made an authority's business: "or your immigration status becomes the council's business too"
    r"(?:becomes|will become|is going to be|gonna be) (?:the|their|your) (?:[\w']+ ){0,2}business\b",
    r"(?:the|to) (?:immigration (?:office|services|authorities)|border agency)\b",
    r"(?:se lo |le )?(?:cuento|digo|dire|contare|mando|llamo|escribo) (?:a|al) (?:tu|su) (?:jefe|jefa|mujer|esposa|"
    r"marido|pareja|socio|empresa)\b", r"(?:a|al|en|o|y|hacia|para) recursos humanos",
    r"(?:a|al|con|en|o|y|hacia|para) hacienda\b",
    r"hacienda (?:recibe|recibira|se entera|sabra|va a)\b",
    r"(?:tu|su) (?:jefe|jefa|mujer|esposa|marido|socio) (?:\w+ ){0,2}(?:se entera|recibe|sabra)\b",
    r"(?:conto|vou contar|falo|mando) (?:tudo )?(?:pro|pra|para|ao|a) (?:o )?(?:seu|sua|teu|tua) "
    r"(?:chefe|patrao|esposa|"
    r"mulher|marido|socio)\b", r"(?:pra|para|a|pro) receita\b",
    r"(?:seu|sua|teu|tua) (?:chefe|patrao|esposa|mulher|marido|socio) (?:\w+ ){0,2}(?:fica sabendo|vai saber|recebe)\b",
    r"(?:le dis|previens|appelle|ecris) (?:a|au) (?:ta|ton|votre|vos) (?:femme|mari|patron|chef|direction|employeur)\b",
    r"(?:ta|ton|votre|vos) (?:femme|mari|patron|chef|direction|employeur|conseil) (?:\w+ ){0,2}(?:saura|sera (?:\w+ )?"
    r"informee?|recevra|apprendra)\b", r"(?:au|le) fisc\b", r"(?:a l'|a la |ou l'|et l')urssaf",
    r"(?:lo )?(?:dico|racconto|diro|mando|scrivo) (?:a|al|alla|ai|all') ?(?:tua|tuo|sua|suo|prof|hr|direttore|capo)\b",
    r"(?:all'|all |a l'|con l'|dall')agenzia delle entrate", r"(?:alla|o la|e la|con la|dalla) guardia di finanza",
    r"(?:tua|tuo|sua|suo) (?:moglie|marito|capo|direttore) "
    r"(?:\w+ ){0,2}(?:sapra|scopre|riceve|viene a sapere)\b",
    r"(?:dein|ihr|deine|ihre|euer|eure) (?:chef|chefin|frau|mann|arbeitgeber|firma|vorgesetzter?) (?:\w+ ){0,3}"
    r"(?:bekommt|erfahrt|erhalt|wird (?:\w+ )?erfahren|weiss)\b", r"(?:ans|dem|das|beim|oder|und) finanzamt",
    r"finanzamt (?:bekommt|erfahrt|erhalt|wird)\b",
    r"(?:sag|sage|erzahl|erzahle|schreib|schreibe|melde) (?:ich )?(?:es |das |alles )?(?:deinem|deiner|ihrem|ihrer|dem|"
    r"der) (?:chef|chefin|frau|mann|arbeitgeber|finanzamt)\b",
    r"(?:bel|vertel|mail|meld) (?:ik )?(?:het |alles )?(?:aan )?(?:je|jouw|uw|uwe) (?:baas|werkgever|vrouw|man)\b",
    r"(?:aan de|naar de|bij de|of de|en de) belastingdienst",
    r"belastingdienst (?:krijgt|hoort|weet|ontvangt)\b",
    r"(?:je|jouw|uw|uwe) (?:baas|werkgever|vrouw|man) (?:\w+ ){0,2}(?:hoort|krijgt|weet)\b",
    r"(?:i|or i|i'?ll|ill|i will) (?:tell|email|e-mail|call|text|message|report (?:it|you) to) (?:mr|mrs|ms|miss|the|"
    r"your|ur|hr|everyone|the whole)\b", r"(?:sag|sage|erzahl)\w*(?:'s| es| das)? (?:\w+ )?(?:dem|der|den) "
    r"(?:direktor\w*|lehrer\w*|chef\w*|schulleit\w*)", r"(?:je )?(?:le )?dis a (?:tout|toute|tous|la|le|ta|ton)\b",
    r"se lo (?:cuento|digo) a", r"rrhh", r"keeps? it that way", r"stays? that way",
    # the silence sold: "and it stays that way", "y me callo", "je garde ça pour moi", "ik hou mijn mond"
    r"(?:it|this|that) stays (?:that way|between us)", r"i never saw anything", r"garde (?:ca|cela) pour moi",
    r"hou (?:ik )?mijn mond", r"me callo\b", r"sto zitt[oa]\b", r"fico calad[oa]",
)
ACCOUNT_HELD = _harm(
    # an account held: "i have ur fortnite account now", "tô com sua conta do Instagram", "J'ai récupéré ton compte"
    # (the reader's own account: not "u got snap?", "i got every snap u sent", "ik heb haar insta")
    r"(?:i have|i got|i'?ve got|i control|i now control|i took|tengo|to com|estou com|"
    r"j'?ai (?:recupere|pris|pirate|vole)|ho preso|ich habe|ik heb) "
    r"(?:your |ur |tu |sua |seu |teu |tua |ton |ta |il tuo |dein |deinen |je |jouw )"
    r"(?:\w+ )?(?:account|acc|insta|instagram|whatsapp|snapchat|tiktok|facebook|fortnite|steam|discord|cuenta|"
    r"conta|compte|profilo|konto|profiel|zap)\b",
    # a web address held: "We hold your domain now"
    r"(?:we|i) (?:now )?(?:hold|own|control|have|took|registered) (?:your|ur|uw|je|votre|tu|su|seu|il tuo|ihre|deine) "
    r"(?:\w+ )?(?:domain|domains|website|domein|domeinnaam|dominio|domaine|webseite)\b",
    r"(?:took|taken) over (?:your|ur|my)\b",
    r"(?:account|acc|insta|instagram|snap|snapchat|whatsapp|compte|cuenta|conta|konto|profilo|profiel)\w* (?:\w+ ){0,3}"
    r"(?:got |was |is |has been |been |a ete |fue |foi |e stato |wurde |werd )?(?:hacked|gehackt|pirate|hackead[oa]|"
    r"robad[oa]|roubad[oa]|clonad[oa]|rubato|overgenomen)\b",
    r"(?:hacked|pirate|piratee|robo|robaron|robado|roubaram|clonaram|rubato|gehackt|hackte|stole|got into) "
    r"(?:\w+ ){0,3}"
    r"(?:account|acc|insta|instagram|snap|compte|cuenta|conta|konto|profilo|whatsapp)\b",
    r"(?:now )?controls? (?:your|ur|@)", r"overgenomen", r"tomaram conta",
    # a web address held and given back for the price: "Voor 3000 euro krijgt u bakkerijdevries.nl terug"
    r"[\w-]+\.(?:com|net|org|nl|be|de|at|ch|fr|es|it|pt|br|eu|io|shop|store) (?:\w+ ){0,2}?(?:back|terug|zuruck|"
    r"de volta|de vuelta|indietro)\b",
    r"(?:domain|domains|domein|domeinnaam|dominio|domaine|nom de domaine|domainname) (?:\w+ ){0,4}?(?:back|terug|"
    r"zuruck|de volta|de vuelta|indietro)\b",
    # a web address or an account still in the writer's name, let lapse or sold to a competitor: "O me pagáis … o dejo
    # que caduque y se lo vendo a la otra tienda de bicis"
    r"(?:let (?:it|the domain|your domain) (?:expire|lapse)|(?:dejo|dejare) que (?:se )?caduque|"
    r"(?:la |lo )?(?:dejo|dejare) caducar|(?:je le |la )?laisse "
    r"expirer|(?:lasse|lass) (?:ihn|sie|es|die domain) (?:auslaufen|verfallen)|(?:lo |la )?lascio scadere|deixo "
    r"(?:expirar|caducar|vencer)|laat ik (?:hem|het) verlopen)\b",
    r"(?:sell|selling|vendo|vender|vendere|vendre|vends|verkaufe|verkaufen|verkoop|verkopen) (?:\w+ ){0,3}(?:to|a|à|an|"
    r"alla|aan|pra|para) (?:la |the |your |ur |a |an |de |die |ta |tu |sua |il |o |um |uma |ein\w* )?(?:otra tienda|"
    r"competencia|competitors?|concurrence|concurrents?|konkurrenz|konkurrenten|concorrenza|concorrenti|concorrente|"
    r"concorrencia|concurrentie)\b",
    r"(?:sequestr|hacke|hackee|clone|roub)\w* (?:o |a )?(?:seu|sua|teu|tua|tu|su) "
    r"(?:whats|whatsapp|insta|instagram|conta|"
    r"cuenta|perfil)\b",
)

# Every kind, by the name triage gives it.
HARMS: dict[str, re.Pattern[str]] = {
    "data": DATA_PUBLISHED, "site": SITE_DOWN, "fire": FIRE, "bomb": BOMB, "kidnap": KIDNAP, "body": BODY,
    "veiled": VEILED, "reviews": REVIEWS, "told": TOLD_TO, "account": ACCOUNT_HELD,
}

ANY_HARM = WordStartPhrases(_HARM_PARTS, ignorecase=True)

PRICE = _rx(
    r"[$£€]\s?\d", r"\d[\d.,]*\s?(?:[$£€]|k\b|mil\b|grand\b|euros?\b|eur\b|usd\b|dollars?\b|pesos\b|reais\b|soles\b|"
    r"balles\b|pounds?\b|quid\b|bucks\b|francs?\b|chf\b|libras?\b|lei\b|zl\b|rupees?\b|naira\b|rand\b)",
    r"(?:five|ten|twenty|fifty|cinq|dix|vingt|cinco|diez|veinte|dez|vinte|cinque|dieci|venti|funf|zehn|zwanzig|vijf|"
    r"tien|twintig) (?:grand|mille|mil|tausend|duizend)\b",
    r"bitcoin", r"btc\b", r"monero", r"xmr\b", r"usdt\b", r"tether", r"ethereum", r"crypto\w*", r"cripto\w*",
    r"krypto\w*", r"cash ?app", r"venmo", r"paypal", r"zelle", r"bizum", r"pix\b", r"revolut", r"wise\b",
    r"gift ?cards?", r"paysafe\w*", r"western union", r"moneygram", r"virement", r"bonifico", r"uberweis\w*",
    r"overmak\w*", r"overboeking", r"ransom", r"rancon", r"rescate", r"resgate", r"riscatto", r"losegeld", r"losgeld",
    r"(?:the|le|el|il|der|de|o) (?:price|prix|precio|prezzo|preis|prijs|preco)\b",
    r"(?:a|per|each|every|al|par|chaque|cada|pro|im|ogni|por|elke|iedere) (?:week|month|mese|mes|mois|monat|maand|"
    r"semana|settimana|woche|semaine|quincena|quinzaine)\b",
    r"every (?:\w+day|week|month)\b", r"(?:owe|owes|owed|owing)\b", r"(?:schuldest|schuldig|schulden)\b",
    r"(?:debt|deuda|divida|dette|debito)\b",
    # a free thing asked as the price: "je veux le repas offert", "the whole meal comped", "la cena gratis"
    r"(?:meal|dinner|lunch|stay|night|room|menu|drinks|repas|diner|nuit|chambre|cena|comida|almuerzo|noche|habitacion|"
    r"pranzo|notte|camera|essen|abendessen|ubernachtung|zimmer|maaltijd|etentje|overnachting|kamer|refeicao|jantar|"
    r"quarto) (?:\w+ )?(?:offert|offerte|offerts|gratuit|gratuite|gratis|free|comped|on the house|gratuito|gratuita|"
    r"kostenlos|umsonst|de graca|cortesia|omaggio)\b",
    r"(?:free|gratis|comped|kostenlose?s?|gratuit) (?:\w+ )?(?:meal|dinner|lunch|stay|night|room|menu|drinks|repas|"
    r"nuit|essen|abendessen|ubernachtung|maaltijd|overnachting)\b",
    r"cuota", r"contributo", r"colaboracion", r"colaboracao", r"(?:pay|paye[rz]?|pagar?|pague|paghi|pagate|zahl\w*|"
    r"betaal|betalen)\b",
)

LINK = _rx(
    r"or\b", r"unless", r"otherwise", r"or else", r"failing", r"if (?:you|u|we|i|the|your|this)\b", r"deadline",
    r"(?:you have|u have|you got|you'?ve got) (?:\w+ )?\d", r"within",
    r"by (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|tonight|midnight|the end|\d)", r"before\b", r"until\b", r"till\b", r"after that",
    r"to (?:prevent|avoid|stop|get (?:it|them|your \w+) back)",
    # the price buys the copies' end: "10k and I shred them"
    r"and (?:i|we) (?:shred|destroy|burn|bin|delete|wipe|forget about) (?:them|it|the copies|the lot|everything)\b",
    r"(?:para|pour|per|um|om) (?:impedir|impedire|empecher)\b",
    r"si no\b", r"o (?:me|nos|le|te|les)?\b", r"de lo contrario", r"antes de", r"hasta (?:el|la|las|\d)",
    r"(?:tienes|tiene|tienen) \d", r"para (?:evitar|que)\b", r"en (?:una|\d+) (?:hora|horas|dias)\b",
    r"se n(?:a|ã)o\b", r"senao", r"caso contrario", r"ou\b", r"ate\b", r"em \d+ (?:horas|dias)",
    r"sinon", r"si (?:tu|vous|la|le|les)\b", r"sans (?:virement|paiement|reponse|versement)", r"faute de", r"avant\b",
    r"d'?ici\b", r"jusqu'?a", r"sous \d", r"pour (?:empecher|eviter|recuperer)",
    r"se (?:non|pensa|pensi|chiam\w*|denunc\w*|parl\w*|va|vai|and\w*)\b", r"altrimenti", r"oppure", r"entro\b",
    r"prima (?:di|che)", r"per (?:evitare|riaver\w*)",
    r"sonst", r"andernfalls", r"wenn (?:du|sie|ihr)\b", r"oder\b", r"bis\b", r"innerhalb", r"verhindern", r"falls\b",
    r"anders\b", r"als (?:je|u|jij|jullie)\b", r"of\b", r"binnen\b", r"uiterlijk", r"voorkomen", r"tot\b",
    # no payment, no place: "no fee, no stall"
    r"no (?:fee|pay|payment|money|cash|rent),? no\b",
    # paid, and nothing happens: "400 a month and nobody touches the shop", "e nessuno ti dà fastidio"
    r"and (?:nobody|no one|nothing)\b", r"y (?:nadie|nada)\b", r"e (?:nessuno|niente|ninguem|nada)\b",
    r"et (?:personne|rien)\b", r"und (?:niemand|nichts)\b", r"en (?:niemand|niets)\b",
    # the harm said as a pity ("sarebbe un peccato se …") is its own condition
    r"shame if", r"sarebbe un peccato", r"seria una (?:pena|lastima)", r"seria uma pena", r"ce serait dommage",
    r"wa?e?re? (?:doch )?schade", r"zou (?:zonde|jammer) zijn",
    # what is held is given back for the price: "if u want it back", "quer de volta?", "pour le récupérer"
    r"(?:get|want|have) (?:it|them|\w+ account) back", r"de (?:volta|vuelta)",
    r"(?:te|se) (?:la|lo) (?:regreso|devuelvo)",
    r"zuruck\w*", r"terug\w*", r"restitu\w*", r"recuper\w*", r"riaver\w*",
)

# A person in the stretch: the reader addressed, or the writer telling what is happening to them or theirs.
PERSON = _rx(
    r"you\b", r"your\b", r"ur\b", r"u\b", r"ya\b", r"tu\b", r"tus?\b", r"te\b", r"ti\b", r"usted", r"su\b", r"sus\b",
    r"vous\b", r"votre\b", r"vos\b", r"ton\b", r"ta\b", r"tes\b", r"toi\b", r"sie\b", r"ihr\w*", r"du\b", r"dein\w*",
    r"dich\b", r"dir\b", r"lei\b", r"tuo\b", r"tua\b", r"tuoi\b", r"sua\b", r"suo\b", r"voce\b", r"vc\b", r"seu\b",
    r"teu\b", r"tua\b", r"je\b", r"jij\b", r"jou\w*", r"uw\b", r"jullie\b",
    r"my\b", r"me\b", r"we\b", r"us\b", r"our\b", r"mi\b", r"mis\b", r"nos\b", r"nuestr\w*", r"mon\b", r"ma\b",
    r"mes\b",
    r"nous\b", r"notre\b", r"mein\w*", r"mich\b", r"mir\b", r"uns\w*", r"wir\b", r"il mio", r"la mia", r"mio\b",
    r"mia\b", r"noi\b", r"nostr\w*", r"mijn\b", r"ons\b", r"onze\b", r"meu\b", r"minha\b", r"nosso\w*", r"nossa\w*",
    # the first person a verb implies where the pronoun is dropped: "quiero la cena gratis"
    r"quiero\b", r"quero\b", r"voglio\b",
)

# The text speaks about such letters: an advisory, a news item, a warning or advice.
ABOUT_IT = WordStartPhrases((
    r"victims\b", r"threat actors?", r"attackers (?:typically|often|usually|may|will)", r"(?:criminals|scammers|"
    r"fraudsters|gangs?) (?:typically|often|usually|may|have|are|who)\b",
    r"if you (?:receive|get|are contacted)", r"(?:do not|don'?t|never) pay\b", r"we do not (?:encourage|recommend)",
    r"advisory", r"according to", r"criminelen", r"criminels\b", r"criminali\b", r"criminosos", r"delincuentes",
    r"tater\b", r"angreifer", r"aanvallers", r"sicherheitsbehorden", r"phishing", r"scams\b", r"scammers?",
    r"circulat\w*", r"(?:made|been) aware", r"heads up", r"if (?:someone|anyone|a stranger)\b", r"sextor\w*",
    r"wenn (?:jemand|dich jemand)", r"si (?:alguien|quelqu'?un)", r"se (?:alguem|qualcuno)", r"als iemand",
    r"betroffene", r"arnaque", r"estafa\b", r"truffa\b", r"oplicht\w*", r"golpe\b",
    r"(?:was|were|has been|have been) (?:arrested|charged|sentenced|convicted)",
    r"police (?:said|say|warn\w*|advise\w*)", r"court (?:heard|was told)", r"prosecutors?",
    r"victimas\b", r"si (?:recibe|recibes|usted recibe)", r"no (?:pague|pagues|paguen)\b", r"(?:fue|fueron) (?:detenid|"
    r"arrestad|condenad)\w*", r"segun (?:la|el|fuentes)",
    r"vitimas\b", r"se (?:voce )?receber", r"nao (?:pague|pagar)\b", r"(?:foi|foram) (?:pres|condenad)\w*",
    r"victimes\b", r"si vous (?:recevez|etes contacte)", r"ne (?:payez|pas payer)", r"(?:a|ont) ete (?:interpell|arret|"
    r"condamn|mis en examen)\w*", r"selon (?:la|le|les)",
    r"vittime\b", r"se (?:ricevi|riceve|ricevete)\b", r"non pagate", r"non (?:paghi|pagare) mai",
    r"(?:e stato|sono stati) (?:arrestat|condannat|denunciat)\w*", r"secondo (?:la|il|gli|le)",
    r"wenn sie (?:\w+ ){0,4}erhalten", r"nicht (?:zahlen|bezahlen)", r"(?:wurde|wurden) (?:festgenommen|"
    r"verhaftet|verurteilt)", r"laut (?:der|dem|polizei)", r"kursieren", r"betrug\b",
    r"slachtoffers\b", r"als u (?:\w+ ){0,4}ontvangt", r"(?:betaal|betalen) (?:niet|nooit)", r"(?:is|zijn) (?:opgepakt|"
    r"aangehouden|veroordeeld)", r"volgens (?:de|het)",
    # a product or a booking that names the harm: an insurer's free quote, an escape room's "ransom money" and "hostage"
    # (not the cover alone: a ransom note says "your insurance covers this", and a victim names their insurer too; nor
    # "protection against …": a racket sells protection)
    r"get a (?:free )?quote\b", r"free quote\b", r"devis (?:gratuit|en ligne)\b", r"presupuesto gratis\b",
    r"cotizacion gratis\b", r"orcamento gratis\b", r"kostenloses angebot\b", r"preventivo gratuito\b",
    r"gratis offerte\b", r"escape ?room",
    # a drill that stages the note ("the ransomware tabletop exercise", "Planspiel"): the lexicon's one list
    *(re.escape(words) + r"\b" for words in CONCEPTS["exercise"]),
    r"(?:your )?booking (?:is )?confirmed\b", r"reserva confirmada\b",
    r"reservation confirmee\b", r"buchung (?:ist )?bestatigt\b", r"prenotazione confermata\b",
    r"boeking (?:is )?bevestigd\b",
), ignorecase=True)


# The loose reader's harms, read here with their positions: files locked, an account held, silence sold.
_LOOSE_HARMS = {"data": RANSOM, "account": HELD_ACCOUNT, "told": HUSH}


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _near(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether ``pattern`` matches within :data:`WINDOW` characters either side of ``at``."""
    return pattern.search(text, max(0, at - WINDOW), at + WINDOW) is not None


def racket(text: str) -> frozenset[str]:
    """The kinds of harm (keys of :data:`HARMS`) for which ``text`` (normalised) holds extortion over something
    other than pictures: the harm, a price and a condition or time limit close together, with a person in that
    stretch, and no sign that the text speaks *about* such threats. Empty when there is none."""
    loose = [(kind, family) for kind, family in _LOOSE_HARMS.items() if family.search(text) is not None]
    if (not loose and ANY_HARM.search(text) is None) or ABOUT_IT.search(text) is not None:
        return frozenset()
    harms = [(kind, at) for kind, rule in HARMS.items() if _KIND_GATES[rule].search(text) is not None
             for at in _starts(rule, text)]
    harms += [(kind, at) for kind, family in loose for at in _starts(family.plain, text)]
    return frozenset(kind for kind, at in harms
                     if _near(PRICE, text, at) and _near(LINK, text, at) and _near(PERSON, text, at))
