"""Threat words in languages the rules do not read: pictures, sending them to people, harm, a condition, time, money.

The sentence reader and the lexicon read seven languages. In the others triage used to rely on the learned
model alone, which rates many plain threats in Arabic, Vietnamese, Korean or Japanese near zero ("send more
photos or I post the ones I have in the class group"). These lists give each such language the few words a
threat of that shape cannot do without, so that a message naming pictures or a video *and* sending them to
people or holding them *and* a condition ("or else", "if you don't"), a time limit or money is never read as
"no signs of extortion". It names no kind: the model may, when it is sure.

Words are written as people type them: for scripts without spaces (Chinese, Japanese, Thai) any occurrence
counts; elsewhere a word must start where the cue starts (prefixes are enough: "videonu" holds "video").
Latin-script languages other than Vietnamese are matched on the normalised text (lowercase, no accents),
so their cues are written without accents; Vietnamese keeps its marks, which carry its meaning. Arabic and Greek
typed in Latin letters (Arabizi "3andi sowarak", Greeklish "tha steilw") sit with the scripts and are matched on
the raw text, where a digit stands for a letter ("3" for ain, "7" for ha). Triage also reads a chat-length message
by these words when the detector guessed a language the rules read, since it takes such text for German or Spanish.
"""

from __future__ import annotations

import re
from functools import lru_cache

from standfast.analyze.alternation import LiteralAlternation

# family -> language -> cues separated by "|" (a cue may hold spaces).
_LATIN: dict[str, dict[str, str]] = {
    "material": {
        "su": "poto|video",
        "sl": "video|posnetek|posnetke|slike|fotke|gole slike",
        "ps-latn": "video|aksoona|tasweer",
        "my-latn": "min video|min pone|video nga|pone twe",
        "mn-latn": "video-g|videog|zurag|zurgiig|chinii video|chinii zurag",
        "bg-latn": "snimki|snimka|snimkite|video|klipche|goli snimki",
        "th-latn": "roop khong|roop mueng|roop ter|roop nood|klip mueng|video mueng",
        "so": "muuqaalkii|muuqaal|sawirradii|sawiradaada|sawiradaadii|sawirada|sawirkaaga|muuqaalkaaga|fiidiyowga|"
              "qaawan",
        "rw": "amashusho|amafoto|ifoto|videwo|amavidewo|yambaye ubusa|wambaye ubusa",
        "km-latn": "roup robos|rub robos|roup bong|video bong",
        "am-latn": "foto yante|fotoyante|foto yantechi|fotowochin|fotowochun|fotoochishin|fotowochishin|fotoochish|"
                   "fotowochish|fotowoch|videowochish",
        "kk-latn": "suretter|suretterin|videon",
        "tg-latn": "suratho|aksho|videoi",
        "xh": "ividiyo|imifanekiso|umfanekiso|iifoto|ifoto|ndinemifanekiso",
        "zu": "izithombe|isithombe|zithombe|nezithombe|nginezithombe|ividiyo|amavidiyo|ivideo|nevidiyo|"
              "ungagqokile|zingenangubo|unqunu",
        "uz": "rasmlar|rasmlaring|rasmingni|suratlar|suratlaring|suratingni|yalang'och|yalangoch",
        "ne-latn": "photo haru|video haru|tasbir|nango",
        "ka-latn": "fotoebi|fotoebs|surati|suratebi",
        "hy-latn": "nkar|nkarner|nkarnerd",
        "az": "səkil|səkillər",
        # Vietnamese typed without its marks ("khong dau")
        "vi-latn": "anh cua em|anh cua ban|anh cua may|hinh cua em|hinh cua may|anh nong|anh nude|clip nong|"
                   "tam hinh|tam anh|hinh em gui|anh em gui|hinh nong|clip em gui|video em gui|"
                   "clip cua em|video cua em|video nong",
        "ha": "bidiyo|hoto|hotuna|hotunan",
        "ja-latn": "douga|shashin|gazou|eizou|rokuga",
        "ru-latn": "foto|fotki|fotku|video|videos",
        "bn-latn": "chobi|chobigula|video ta|videota|nangta",
        "yo": "aworan|fidio",
        "tr": "video|foto|fotograf|resim|resimler|goruntu|kayit|ciplak|mustehcen",
        "id": "video|foto|gambar|rekaman|bugil|telanjang|vcs",
        "tl": "video|litrato|larawan|picture|pic|pics|scandal|hubad",
        "sw": "video|picha|klipu|uchi",
        "pl": "wideo|film|filmik|zdjec|zdjecia|nagrani|fotk|nagie|nagich",
        "ro": "video|poze|poza|pozele|filmul|filmulet|inregistrar|nud",
        "cs": "video|fotk|fotografi|nahravk|nahe",
        "hu": "video|kep|kepek|fotok|felvetel|meztelen",
        "hi": "video|photo|photos|pic|pics|tasveer|nangi|nange|mms|clip",
        "sq": "video|foto|fotot",
        "ko-latn": "sajin|yeongsang|dongyeongsang|momcam",
        "zh-latn": "shipin|zhaopian|luping|luxiang|luozhao|luo zhao",
    },
    "expose": {
        "uk-latn": "rozsylka|rozishlyu|rozishlu|skynu|vykladu|pobachyly|pobachat",
        "su": "disebarkeun|nyebarkeun|dikirim ka|ngirim ka|ningali poto",
        "sl": "bodo videli|objavim|poslal vsem|posljem vsem|pokazem",
        "ps-latn": "owini|wa ba ye wini|khparawam",
        "fa-latn": "mifreste|mifrestam|pakhsh mikonam|mizaram",
        "my-latn": "tin lite mal|tin mal|pyi mal|poh mal",
        "mn-latn": "tavina|tavih|yavuulna|tarana",
        "pa-latn": "pa deyanga|pa dunga|bhej dunga|paa deyange",
        "bg-latn": "shte gi vidi|shte gi pusna|shte gi pratya|shte gi kachia|shte gi publikuvam",
        "th-latn": "ja song hai|ja post|ja lung|ja plae",
        "so": "waxaan u dirayaa|u diri doonaa|baahin doonaa|faafin doonaa|waan faafinayaa|waan dhigayaa",
        "rw": "nzayoherereza|nzabyohereza|nzayohereza|nzayashyira|nzabishyira|nzayereka|nzakwirakwiza|"
              "nzabikwirakwiza|nzabereka",
        "km-latn": "phnhae tov|bangh hanh|post dak",
        "am-latn": "iliklachewalehu|ilkalachewalehu|alakalehu|ilakilachewalehu|elakalehu|ilikalehu|lakalehu|"
                   "asrachalehu|elitfalehu",
        "kk-latn": "koredi|koretin boladi|barlygy koredi|zhiberemin|taratamyn",
        "tg-latn": "hama mebinand|mefiristam|mefirstam",
        "xh": "iza kubonwa|izakubonwa|iza kuthunyelwa|izakuthunyelwa|ndiza kuyithumela|ndiza kuzithumela|"
              "ndiza kuyibonisa|ndiza kuzibonisa|uyayibona|"
              "bayayibona|bazayibona",
        "zu": "ihambe|zihambe|ngizozithumela|ngizoyithumela|ngizothumela|ngizozifaka|ngizoyifaka|ngizozishicilela|"
              "ngizoyishicilela|ngizozikhombisa|ngizoyikhombisa|ngizozisakaza|ngizoyisakaza|zizobonwa|"
              "bazozibona",
        "uz": "yuboraman|tarqataman|ko'rsataman|korsataman|joylayman|hamma ko'radi|hamma koradi",
        "ne-latn": "halchu|haldinchu|halidinchu|post garchu|tag garchu|pathaidinchu|pathai dinchu|"
                   "share garchu|viral garchu|dekhaidinchu",
        "ka-latn": "gavugzavni|gavagzavni|gamovaqveyneb|vachveneb|gavavrceleb",
        "hy-latn": "kuxarkem|kuxarkem bolorin|kteznen|kcucadrem|kharkem",
        "az": "gondərəcəm|gonderecem|gondərəcəyəm|paylasacam|paylaşacam|yayacam|atacam|gostərəcəm|"
              "gosterecem",
        "si-latn": "danawa|dannam|yawanawa|yawannam|post karanawa|share karanawa|viral karanawa",
        "vi-latn": "tung len|tung ra|dang len|phat tan|gui cho|cho xem|deu thay|se thay|chia se len",
        "ha": "zan tura|zan aika|zan yada|zan nuna|zan saka",
        "ja-latn": "miseru|misemasu|sarasu|sarashi|barasu|baramaku|kakusan|okuritsukeru|nagasu|koukai suru",
        "ru-latn": "kidayu|kinu|skidyvayu|solyu|vykladyvayu|pokazhu|uvidyat|otpravlyu|razoshlyu|vylozhu|skinu",
        "bn-latn": "pathiye dibo|pathie dibo|pathiye debo|pathabo|chere dibo|chhere dibo|viral kore dibo|"
                   "viral korbo|post kore dibo|post korbo|share kore dibo|share korbo|dekhiye dibo",
        "yo": "ki n fi won ranse|n o fi won ranse|fi won ranse si|maa fi ranse|ma fi ranse|maa gbe jade|ma gbe jade|"
              "maa fi han|ma fi han|maa fi won ranse|"
              "ma fi won ranse|yoo ri i|won yoo ri|ni yoo ri",
        "tr": "atcagini|atacagini|atcak|paylascagini|paylasacagini|gondercegini|gonderecegini|yaycagini|yayacagini|"
              "iletilecek|gonderilecek|paylasilacak|yayinlanacak|yayilacak|ifsa edilecek|yayacagim|atacak|atarim|"
              "atiyorum|atacagim|gonderirim|gonderiyorum|gonderecegim|yollarim|eline gecer|"
              "eline gecmesin|"
              "yolluyorum|yayarim|yayacagim|paylasirim|paylasacagim|yayinlarim|ifsa|yuklerim|gosteririm|gitmesini|"
              "gidecek",
        "id": "sebar|kirim ke|kukirim|aku kirim|gue kirim|saya kirim|upload|posting|viralkan|bocorkan|kuviralkan|"
              "disebar|dikirim ke|diupload|dipost|diviralkan|dibocorkan",
        "tl": "ikakalat|ikalat|ipapakalat|ipopost|ipo post|ipost ko|isesend|isend ko|ipapadala|ipapakita|"
              "ipagkakalat|i-post|ikakalat ko|ipapasa",
        "sw": "atazituma|atazisambaza|atazipost|ataziweka|zitatolewa|itatolewa|zitawekwa hadharani|kwa umma|"
              "nitaituma|nitaisambaza|nitaipost|nitaiweka|ataituma|ataisambaza|nitazisambaza|"
              "nitasambaza|nitatuma|nitapost|nitaweka|nitaonyesha|kusambaza|nitaanika|nitavujisha|atatuma|atasambaza|"
              "nazipost|nitazipost|nazituma|nitazituma|naziweka|nitaziweka|zinaenda|zitaenda|itaenda|ataweka|"
              "ataonyesha|watatuma|watasambaza",
        "pl": "trafi do pani|trafi do pana|trafi do twoich|trafi do twojej|trafi do twojego|trafi do wszystkich|"
              "trafi do rodziny|trafi do pracodawcy|trafi do szefa|trafia do pani|trafia do pana|trafia do twoich|"
              "trafia do wszystkich|zostanie wyslane|zostana wyslane|zostanie przeslane|zostana przeslane|"
              "zostanie opublikowane|zostana opublikowane|zostanie udostepnione|wysle|wysylam|rozesle|opublikuje|"
              "wrzuce|pokaze|udostepnie|roznose|puszcze|publikujemy|opublikujemy|"
              "wyslemy|rozeslemy|pokazemy|udostepnimy|wrzucimy",
        "ro": "o pun pe|le pun pe|o postez|o trimit|vor fi publicate|vor fi trimise|va fi trimis|va fi publicat|"
              "vor fi distribuite|va fi distribuit|le pune pe|le posteaza|le publica|le trimite la|le arata la|trimit|"
              "public|postez|arat|dau share|"
              "distribui|raspandesc|ajung la|ajunge la",
        "cs": "hodi ho na|hodi to na|hodim to na|hodim ho na|hodi je na|hodim je na|poslu|posle|zverejnim|rozeslu|"
              "ukazu|nahraju",
        "hu": "elkuldom|kikuldom|kiteszem|megmutatom|feltoltom|szetkuldom|megkapja|megkapjak|latni fogja|"
              "latni fogjak|megnezi",
        "hi": "bhej dun|bhej du|bhej doon|daal dun|daal du|daal doon|dal dun|dikha dun|dikha doon|bhej dunga|"
              "bhej dungi|bhejunga|bhejungi|bhej dena|bhej dega|bhej degi|bhej denge|sabko jayega|sab ko jayega|viral|"
              "daal dunga|daal dungi|dal dunga|dikha dunga|dikhau|dikhaun|dikha du|phaila|upload kar|leak kar|"
              "post kar",
        "sq": "do ta dergoj|do i dergoj|publikoj",
        "ko-latn": "bonaelge|bonaenda|ollilge|ollinda|ppurilge|ppurinda|yupo",
        "zh-latn": "fa gei|fachuqu|fa chuqu|gongkai|fa dao|chuan dao|sanbu",
        "ta-latn": "podaren|poduren|podruven|potruven|anupiduren|anuppiduren|post panniduven|post pannuven|"
                   "anuppiduven|leak panniduven|share panniduven|viral panniduven|"
                   "poduven|poduvaen|anupiduven|anuppiduven|leak panniduven|share panniduven|post panniduven|"
                   "post pannuven|podaporen|podaporanu",
        "te-latn": "pedatha|pedtha|pedathanu|post chesta|post chestha|share chesta|leak chesta|pamputha|"
                   "pamputhanu|andariki pamputha",
    },
    "audience": {
        "uk-latn": "chat klasu|odnoklasnyky|odnoklasnykam|batkam|mami",
        "su": "kabogoh anjeun|kolot anjeun|babaturan anjeun|indung anjeun|bapa anjeun",
        "ms": "group sekolah|grup sekolah|kumpulan sekolah|ibu bapa|keluarga dia",
        "sl": "starsem|starsi|mami|ocetu|vsem|vsi bodo|soli|prijateljem|sosolcem",
        "ps-latn": "plar de|mor de|kor wale|kahol",
        "fa-latn": "babam|baba mamanam|khanevadam|babat|mamanet|khanevadat",
        "my-latn": "facebook mhar|mi bha",
        "mn-latn": "facebook-d|ehend|aavd|naiz nart",
        "pa-latn": "pind de group|tere pind|ghar waleyan|tere ghar",
        "bg-latn": "uchilishte|roditelite ti|maika ti|bashta ti|priyatelite ti|tsyaloto ti|vsichki",
        "th-latn": "faen mueng|por mae mueng|puean mueng|krop krua mueng|rong rian",
        "so": "xaaskaaga|xaaskaagu|ninkaaga|masaajidka|kooxdiisa|qoyskaaga|qoyskaagu|reerkaaga|aabahaa|hooyadaa|"
              "saaxiibadaa|group-ka|masjidka|iskuulka",
        "rw": "ababyeyi|inshuti zawe|umugabo wawe|umugore wawe|ku ishuri|abo mwigana|umuryango wawe|"
              "itorero ryawe",
        "km-latn": "sangsa bong|sangsa|ov mday|mday bong|ov bong",
        "am-latn": "le beteseboch|le betesebochish|le betesebochih|le enatish|le abatish|le enatih|le abatih|"
                   "le betesebish|le gwadegnochish",
        "kk-latn": "dostaryn|dostaryng|ata-anang|anang|barlygy|anannga|akenge|dostaryna",
        "tg-latn": "modarat|padarat|dustonat",
        "xh": "umfazi wakho|ngumfazi wakho|kumfazi wakho|umyeni wakho|indoda yakho|kumama wakho|kutata wakho|"
              "abazali bakho|kubazali bakho|yecawa|wonke umntu|abahlobo bakho|"
              "emsebenzini",
        "zu": "ebandleni|nasebandleni|kubazali|abazali|umndeni|emndenini|kumndeni|abangani|kubangani|esikoleni|"
              "nasesikoleni|"
              "kunkosikazi|umkakho|kumkakho|umyeni wakho|nasemsebenzini|emsebenzini|kubo bonke|"
              "nakubo bonke|eqenjini|kumama wakho|kubaba wakho",
        "uz": "ota-onang|ota onang|onangga|otangga|oilang|do'stlaring|dostlaring|hammaga|"
              "institutingdagi|maktabingdagi|guruhga",
        "ne-latn": "didi lai|dai lai|aama lai|ama lai|buwa lai|sathi haru lai|sabai lai|facebook ma",
        "ka-latn": "dedashens|mamashens|megobrebs|qvelas|yvelas|ojakhs",
        "hy-latn": "friendnerd|mamayid|papayid|ynkernerid|bolorin",
        "az": "ananın|ananin|anana|atana|atanın|ailənə|ailene|dostlarına|dostlarina|hamıya|hamiya",
        "ta-latn": "ellarukkum|amma kitta|appa kitta|group la",
        "si-latn": "group ekata|office group|ammata|thaththata|hamotama|okkotama",
        "vi-latn": "bo me e|bo me em|ca truong|nhom zalo|cong ty em|gia dinh em|ban be em|ca lop|ca truong|bo me|"
                   "gia dinh|moi nguoi|ban be|nguoi yeu|chong em|vo anh|cong ty|nhom lop|"
                   "chong sap cuoi|chong cua em|vo cua anh|sep cua em|dong nghiep",
        "ha": "abokan|iyalinka|iyayenka|duk mutane|makarantar|ma'aikata",
        "ja-latn": "kaisha|gakkou|kazoku|oya|tomodachi|zenin|minna|kurasu|joushi|kanojo|kareshi|okusan",
        "ru-latn": "vashego klassa|v klasse|roditel|shkol|na rabote|tvoi druzya|vse tvoi|roditelyam|tvoey mame|druzyam",
        "bn-latn": "tor bou|tomar bou|bou ke|tor baba|tomar baba|tor ma ke|tomar ma ke|poribar|sobai ke|sobaike|"
                   "sobar kache|tor bondhu|tomar bondhu",
        "yo": "gbogbo ebi|ebi re|ijo re|ile-iwe re|ile iwe re|obi re|awon obi re|baba re|iya re|gbogbo eniyan|obi re|"
              "iya re|baba re|gbogbo eniyan|oga re|olubasoro re|awon olubasoro|oko re|iyawo re",
        "tr": "ailene|ailen|annene|annen|babana|baban|okul|sinif|arkadas|takipci|kocana|karina|sevgiline|patronuna|"
              "nisanlin|nisanlina|nisanlinin|esine|esinin|"
              "herkese|grub|rehber|kardesine|isyerine",
        "id": "keluarga|orang tua|ortu|sekolah|kampus|teman|kantor|bos|istri|suami|pacar|kontak|grup|semua orang|"
              "follower|ibumu|ayahmu|mamamu|papamu",
        "tl": "pamilya|magulang|nanay|tatay|mama mo|papa mo|school|eskwela|kaibigan|lahat|asawa|jowa|boss|gc|"
              "followers|kaklase|kapatid",
        "sw": "familia|wazazi|mama yako|baba yako|shule|marafiki|mke wako|mume wako|wote|kila mtu|kikundi|mtandaoni|"
              "mpenzi wako|bosi",
        "pl": "rodzin|rodzicom|rodzice|mamie|mama|tacie|szkol|klas|znajomym|znajomi|zonie|mezowi|szefowi|szef |"
              "wszystkim|kontakt|grup|dziewczynie|chlopakowi",
        "ro": "scolii|scoala|colegilor|parintilor|familiei|prietenilor|maica-ta|maica ta|ma-ta|taica-tu|taica tu|"
              "familie|familiei|parintilor|parinti|toata clasa|clasa lui|"
              "clasa ta|colegii|profesori|mamei|mama ta|"
              "tatalui|tatal tau|scoala|prietenilor|prieteni|"
              "sotiei|sotului|sefului|sefu tau|seful tau|sefa ta|toata lumea|contacte|grup",
        "cs": "rodin|rodicum|rodice|mame|tate|skol|kamarad|pratel|pritel|manzel|sefovi|vsem|kontakt|skupin",
        "hu": "csalad|szuleid|anyad|apad|iskola|baratai|feleseg|ferj|fonok|mindenki|ismeros|csoport|osztaly",
        "hi": "ghar wale|gharwale|gharwalon|ghar walon|mummy|papa|maa|family|college|school|dosto|doston|sabko|"
              "susral|sasural|susral walon|sasural walon|"
              "sab ko|group|pati|patni|boss|office|followers|contacts|bhai|behen",
        "sq": "familje|prinder|shkoll|shoke|te gjithe",
        "ko-latn": "chingu|gajok|bumo|eomma|hakgyo|hoesa|dantok",
        "zh-latn": "gongsi|jiaren|fumu|pengyou|tongxue|laopo|laogong|suoyou ren",
    },
    "condition": {
        "uk-latn": "ignor =|yakshcho ne|yakscho ne|inakshe",
        "ms": "kalau tak|kalau x |klu tak|kalau tidak",
        "ps-latn": "che ta na|ka pese ra na",
        "my-latn": "ma pot yin|ma pay yin|ma po yin",
        "mn-latn": "ugui bol|ugui bolbol",
        "mg": "raha tsy",
        "sl": "drugace|ce ne|sicer",
        "pa-latn": "nahi aaye ta|nahi ta|warna",
        "bg-latn": "ili tezi|ili shte|inache|ako ne",
        "th-latn": "tha mai|ta mai|mai ngan",
        "rw": "nutanyoherereza|nutampa|nutishyura|nutohereza|nutansubiza|nutaza|utanyoherereje|"
              "bitabaye ibyo|naho ubundi",
        "km-latn": "bae min|ber min|baer min",
        "am-latn": "kalihone|kalhone|kalihon|kalakshilign|kalakelign|kalakeleshign|kalakefelk|kalakefeleshi",
        "so": "ama waxaan|ama waan|haddii aadan|haddii kale",
        "kk-latn": "bermesen|jibermesen|tolemesen|zhibermesen|jiberbesen|bermeseng|tolemeseng|zhibermeseng",
        "tg-latn": "vagarna|agar nafiristi|agar napardozi",
        "xh": "ukuba awu|ukuba akho|okanye",
        "zu": "uma unganginiki|uma ungangiphi|uma ungangikhokheli|uma ungakhokhi|uma ungathumeli|uma ungakwenzi|"
              "uma ungenzi|uma ungaphenduli|uma ungalethi|"
              "uma ungasithumeli|uma ungayithumeli|uma ungazithumeli|ngaphandle kwalokho|uma kungenjalo",
        "uz": "yubormasang|to'lamasang|tolamasang|qaytarmasang|bo'lmasa|bolmasa|aks holda",
        "ne-latn": "natra|navaye|nabhaye|napathaye",
        "ka-latn": "tu ar|tu ara|torem",
        "hy-latn": "te che|hakarak depkum",
        "az": "yoxsa|gondərməsən|gondermesen|odəməsən|odemesen",
        "si-latn": "nathnam|nattam|nethnam",
        "vi-latn": "khong la|khong thi|neu ko|khong gui tien|khong chuyen tien|khong tra tien|neu khong|"
                   "neu em khong|neu may khong",
        "ha": "ko mu |ko zan |ko kuma|idan ba ka|idan baka|in ba ka|in baka",
        "ja-latn": "shinakattara|nakattara|shinai to|nai to|denakereba|sa mo nai to",
        "ru-latn": "ne otvetish|ne zaplatish|ne skinesh|ne otpravish|ili kidayu|ili skinu|ili otpravlyu|"
                   "ili razoshlyu|ili vylozhu|inache|esli ne",
        "bn-latn": "na korle|na dile|na pathale|na ashle|nahole|na hole|noile|jodi na|naki sobai",
        "yo": "tabi ki n|bi beeko|bi bee ko|ti o ko ba|bi o ko ba|ti e ko ba|bi e ko ba|tabi maa|tabi ma fi",
        "tr": "odenmezse|odenmedigi takdirde|yatirilmazsa|gonderilmezse|istemiyosan|istemiyorsan|vazgecmezsen|"
              "susmazsan|silmezsen|birakmazsan|kabul etmezsen|cekmezsen|yoksa|"
              "eger|atmazsan|gondermezsen|odemezsen|yollamazsan|vermezsen|yapmazsan|gelmezsen|aramazsan|donmezsen|"
              "istemiyorsan|istemiyorsaniz|bulusmazsan|gorusmezsen|"
              # "if you block / tell / report": the reader's way out named as the condition
              "engellersen|engellerseniz|sikayet edersen|polise gidersen|soylersen|anlatirsan|silersen|"
              "gormezden gelirsen|ignorlarsan",
        "id": "kalau tidak|kalau gak|kalau nggak|kalau ga|kalo tidak|kalo gak|kalo ga|kalo nggak|jika tidak|"
              "kalau kamu tidak|kalau kamu gak|kalau kamu ga|kalau kamu nggak|kalo kamu gak|"
              "kalo kamu ga|kalo kamu nggak|kalau lo gak|kalo lo gak|kalo lu gak|kalau lu gak|atau aku|atau gue|"
              "atau saya|kalau dia nggak|kalau dia gak|"
              "kalau dia tidak|kalo dia gak|kalo dia nggak",
        "tl": "kung hindi|kung di|pag hindi|pag di|kapag hindi|kundi|kung ayaw mo|"
              # "magbayad ka o ikakalat ko" (pay or I spread it): the "or" of the threat itself
              "ka o ikakalat|ka o ipapakalat|ka o ipopost|ka o ipo-post|ka o ipapadala|o ikakalat ko|o ipapakalat ko",
        "sw": "kama hatatuma|kama hatalipa|kama hatampa|"
              "kama sita|kama hu|kama si|asipo|asipompa|usipo|la sivyo|vinginevyo|kama hutaki|kama hutatuma|"
              "nisipo|nisipompa|"
              "kama hutalipa|ama zinaenda|ama nitatuma|ama naz|ama nitaweka|au nita|au tuta|au wata|au zita|"
              "ama tuta|ama wata",
        "pl": "nie wplaci|nie zaplaci|nie przeleje|nie wplacisz|nie przelejesz|bo inaczej|inaczej|jesli nie|jezeli nie|"
              "albo wysle|albo zaplacisz|albo szef|albo twoj|albo twoja|"
              "albo wszyscy|albo polamie|albo pobije|albo spale|albo przyjdziemy|albo odwiedzimy",
        "ro": "sau o pun|sau le pun|sau o postez|sau o trimit|nu este achitata|nu este platita|nu sunt achitate|"
              "nu e platita|nu e achitata|daca ma parasesti|daca ma lasi|daca ma blochezi|altfel|daca nu|ori |"
              "sau le arat|sau le trimit|"
              "sau le postez|sau le public|sau o arat|sau o trimit|"
              "sau o postez|sau il arat|sau il trimit|sau il postez",
        "cs": "jinak|jestli ne|pokud ne|kdyz ne|kdyz mi ne|jestli mi ne|pokud mi ne",
        "hu": "kulonben|ha nem",
        "hi": "ya phir|ya fir|nahi to|nahi toh|nhi to|nhi toh|warna|varna|agar nahi|agar nhi|nahi diye to|"
              "nahi ki to|nahi ki toh|nahi kiya to|nahi kiya toh|"
              "nahi diya to|nahi diye toh|nahi diya toh|nahi bheja to|nahi bheje to",
        "sq": "perndryshe|nese nuk",
        "ko-latn": "an bonaemyeon|an jumyeon|anbonaemyeon|anjumyeon|animyeon|anhamyeon|eopseumyeon",
        "zh-latn": "buran|yaoburan|fouze|ruguo bu",
        "ta-latn": "anupala na|anuppala na|anupalana|kudukala na|kodukala na|tharala na|pannala na|varala na|illana|"
                    "illaina|illati",
        "te-latn": "lekapothe|lekapote|ivvakapothe|pampakapothe|cheyyakapothe",
        "fa-latn": "age poul nadam|age pool nadam|age nadam|age nafrestam|pool nariz|pool nadi|pool naferesti|"
                   "pool nafresti",
    },
    "deadline": {
        "so": "saacad gudaheed|saacadood gudahood|berri|maanta|ka hor",
        "su": "samemeh peuting|isukan|peuting ieu|ayeuna keneh",
        "uk-latn": "o 21|o 20|o 22|sogodni|zavtra",
        "hy-latn": "minchev|aysor|vaghy",
        "pa-latn": "kal sham tak|aj raat",
        "fa-latn": "emshab|farda|mohlat",
        "bg-latn": "vednaga|dnes|utre|do vechera",
        "th-latn": "dai wela|wan nee|prung nee|phai nai",
        "rw": "bitarenze|uyu munsi|ejo mu gitondo|mu masaha",
        "xh": "namhlanje|ngomso|ngoku",
        "zu": "kusasa|namhlanje|kusihlwa|amahora|ngaphambi",
        "uz": "ertaga|bugun|juma kuni|soatgacha|kechgacha",
        "az": "sabaha|bu gun|axsama",
        "vi-latn": "hom nay|toi nay|ngay mai|trong vong|han cuoi|han chot",
        "ha": "awanni|yau|gobe|kafin",
        "ja-latn": "ashita made|kyou made|konya|made ni|jikan inai",
        "ru-latn": "cherez chas|vremya poshlo|chasa|minut |do vechera|segodnya|do zavtra|zavtra",
        "bn-latn": "er moddhe|ajker moddhe|aajke|ajke|kalke|ghontar moddhe|porjonto time|time dilam",
        "yo": "ni ojo",
        "tr": "bugun|bu gece|yarin|saat icinde|saate kadar|kadar",
        "id": "hari ini|malam ini|besok|jam|sebelum|menit",
        "tl": "ngayon|mamaya|bukas|oras|minuto",
        "sw": "leo usiku|ndio mwisho|leo|usiku huu|kesho|saa|dakika|kufikia|kabla ya",
        "pl": "do jutra|dzis|dzisiaj|jutro|godzin|do wieczora|minut|do poniedzial|do wtork|do srody|do czwartk|"
              "do piatk|"
              "do soboty|do niedziel",
        "ro": "pana la|azi|astazi|diseara|maine|ore|minute",
        "cs": "dnes|zitra|hodin|do vecera",
        "hu": "pentek|ejfel|szombat|vasarnap|ma este|ma |holnap|oran belul|orat",
        "hi": "baje tak|subah tak|shaam tak|aaj raat|raat ko|baje se pehle|aaj|kal tak|raat tak|ghante|ghanta|minute",
        "sq": "sot|neser|ore",
        "ko-latn": "naeil|oneul|kkaji",
        "zh-latn": "jintian|mingtian|wanshang|dian qian|xiaoshi",
        "ta-latn": "innaiku|naalaiku|night kulla|kulla",
        "te-latn": "eeroju|repu lopu|repati lopu|ee rathri|ratri lopu|gantalo",
    },
    "money": {
        "ta-latn": "panam|kaasu|rupees|gpay",
        "sl": "evrov|denar|placaj",
        "fa-latn": "poul",
        "mg": "ariary|vola|mandoa",
        "pa-latn": "paise",
        "bg-latn": "pari|leva|evro",
        "ne-latn": "lakh|hajar|rupiya|paisa",
        "rw": "amafaranga|ibihumbi|frw|rwf|kuri momo",
        "am-latn": "birr",
        "so": "doolar|zaad|evc plus|lacagta|lacag|dollar",
        "kk-latn": "aqsha|aqshany|aksha|akshany",
        "tg-latn": "pulro|pulhoro",
        "zu": "khokha|ukhokhe|imali|amarandi|ewallet",
        "uz": "pulni|pulingni|so'm",
        "vi-latn": "chuyen tien|gui tien|dua tien|tien mat|chuyen khoan|momo|trieu|nghin",
        "te-latn": "pampithe|dabbulu|rupayalu|dabbu pampu|dabbu pampithe",
        "ha": "ka biya|ku biya|naira|kudi|dalar|bitcoin|tura kudi",
        "ja-latn": "manen|okutte|furikomi|harae|haratte|paypay|en okure",
        "bn-latn": "taka|bkash|bikash|nagad",
        "yo": "owo|naira|egberun",
        "tr": "para|lira|tl |ode |odeme|odeyin|odersen|odemezsen|havale|euro|dolar|papara|iban",
        "id": "pulsa|diamond|uang|duit|transfer|bayar|juta|ribu|rp|rupiah|ringgit|dana|ovo|gopay|pulsa",
        "tl": "bayad|pera|piso|php|gcash|magbayad|maya|libo",
        "sw": "pesa|tuma pesa|shilingi|ksh|tsh|mpesa|m pesa|lipa|elfu|laki moja|laki mbili|laki tatu|laki nne|"
              "laki tano",
        "pl": "zl|zlotych|pieniadze|kase|przelej|zaplac|blik|euro",
        "ro": "bani|lei|euro|plateste|platesti|revolut",
        "cs": "penize|korun|kc|zaplat|posli",
        "hu": "penz|forint|ft |fizess|utald",
        "hi": "paise|paisa|rupaye|rupees|rs |paytm|upi|gpay|phonepe|hazar|lakh",
        "sq": "para|euro|leke",
        "ko-latn": "man won|manwon|songgeum|ipgeum",
        "zh-latn": "zhuan|kuai|zhuanzhang",
    },
    "possess": {
        "ka-latn": "maqvs|makvs|chemtan aris",
        "hy-latn": "mot em|mot a|mot en|inz mot",
        "sl": "imam prejsnje|imam tvoje|imam posnetek|imam video|imam slike|shranil sem",
        "my-latn": "mhar shi tal|hma shi tal|nga si mhar",
        "mn-latn": "hadgalsan|nadad bii|nadad baigaa",
        "bg-latn": "koito imam|imam snimki|imam video|pazya snimkite",
        "th-latn": "mee roop|mee klip|mee video|gep roop",
        "so": "waxaan haystaa|waan haystaa|waan hayaa|weli waan hayaa",
        "rw": "mfite amashusho|mfite amafoto|mfite ifoto|mfite videwo|mfite video|"
              "amashusho yawe ndayafite|amafoto yawe ndayafite",
        "km-latn": "knhom mean roup|knhom mean video|knhom noev mean",
        "am-latn": "yizalehu|alegn|alugn",
        "kk-latn": "suretterin mende|videon mende",
        "tg-latn": "dar man hast|dar nazdi man",
        "xh": "ndinayo|ndinazo|ndinemifanekiso|ndinevidiyo",
        "zu": "nginezithombe|nginevidiyo|nginazo|ngisenazo",
        "uz": "menda turibdi|menda bor|menda qoldi|mendadir",
        "az": "məndə|məndədir",
        "vi-latn": "co anh cua|co hinh cua|co clip|dang giu|van giu|luu lai|van con giu|con giu",
        "ha": "ina da|na dauki|na nadi|na dauka",
        "ja-latn": "rokuga shita|totta|hozon shita|motteru|aru yo",
        "ru-latn": "tvoi u menya|tvoe u menya|tvoi foto u menya|vse u menya|u menya tvoi|u menya tvoe|u menya tvoy|"
                   "u menya est tvoi|ya sohranil|ya zapisal",
        "bn-latn": "amar kache|amar phone e|save kore rekhechi|rekhe diyechi",
        "yo": "wa lowo mi|o wa lowo mi|wa lodo mi|mo ti fi pamo|mo ti gba fidio|mo ti gba aworan",
        "tr": "fotolarin bende|fotograflarin bende|videon bende|videolarin bende|bende haberin olsun|elimde|elimdeki|"
              "sakladim|kaydettim|bende var|hicbirini silmedim|hepsi bende|hala bende|telefonumda|galerimde|arsivimde",
        "id": "aku punya|gue punya|saya punya|sudah punya akses|punya akses ke|masih simpan|masih nyimpen|"
              "masih saya simpan|masih aku simpan|"
              "masih kusimpan|masih ada di saya|sudah rekam|udah rekam|aku rekam|ada di aku|"
              "tersimpan di kami|tersimpan di saya|kami simpan",
        "tl": "hawak ko|nasa akin|meron ako|may video ako|may picture ako|naka save",
        "sw": "nina picha|nina video|nimehifadhi|nimerekodi|nimeshika|ninazo|ziko kwangu|ziko na mimi|niko nazo",
        "pl": "mam twoje|mam nagrani|mam zdjec|mam filmik|zapisalem|nagralem|mam wszystko",
        "ro": "am pozele|am poze|am video|am salvat|am inregistrat|am filmat|am pastrat",
        "cs": "mam tvoje|mam fotky|mam video|nahral jsem|porad mam|furt mam|jeste mam|mam ulozen",
        "hu": "megvannak|nalam van|felvettem",
        "hi": "mere paas|mere pas|hamare paas|humare paas|maine record|record kar liya|record kar li|record ho gayi|"
              "record ho gaya|save kar liya|save kiya",
        "sq": "i kam",
        "zh-latn": "wo hai liuzhe|wo you ni de|zai wo zheli|baocun le|hai liuzhe",
        "ta-latn": "en kitta iruku|en kitta irukku|enkitta iruku|ennoda kitta iruku",
        "te-latn": "naa daggara undi|naa daggara unnayi|naa daggara unnai|naa daggara vunnayi",
        "fa-latn": "aksaye lokhtamo dare|aksamo dare|videomo dare|pishe mane|pish mane|pishe man",
    },
    # Harm to the reader or their people, or their things: "uthwa lunga", "utajuta", "dükkânın camları kalmaz".
    # What the writer holds, left unsaid: "elimde ne olduğunu biliyorsun", "wiesz, co mam" (you know what I have).
    "veiled": {
        "su": "anjeun terang nu mana|terang naon nu aya di abdi",
        "hu": "mi van nalam|tudod mi van nalam|tudod, mi van nalam",
        "sw": "unajua nina nini|unajua ninacho|unajua nilicho nacho",
        "pa-latn": "pata mere kol ki aa|mere kol ki aa|tainu pata mere kol",
        "hy-latn": "gites vor|gites inch",
        "kk-latn": "menda ne bar|mende ne bar|menda ne baryn|mende ne baryn",
        "zu": "uyazi ukuthi nginani|uyazi ukuthi ngineni|uyazi engikuphethe",
        "vi-latn": "biet anh co gi|biet tao co gi",
        "ha": "ka san abin da nake da shi",
        "ja-latn": "nani motteru ka wakaru|nani ga aru ka wakatteru",
        # ... or who the reader would not want to see it: "Babanın bu videoyu izlemesini istemezsin herhalde"
        "tr": "elimde ne oldugunu biliyorsun|elimde ne var biliyorsun|neler oldugunu biliyorsun|neyin elimde oldugunu|"
              "elimde neyin oldugunu|izlemesini istemezsin|gormesini istemezsin|bilmesini istemezsin|"
              "duymasini istemezsin",
        "cs": "vis co mam|vis, co mam|nechces aby to videl|nechces, aby to videl",
        "id": "kamu tahu aku punya apa|kamu tau gue punya apa|lu tau gue punya apa|kamu tahu apa yang aku punya",
        "pl": "wiesz co mam|wiesz, co mam|wiesz dobrze co mam",
        "ro": "ce mi-ai trimis|ce mi-ai aratat|pozele pe care mi le-ai trimis|stii ce am|stii bine ce am",
        "hi": "pata hai mere paas kya hai|pata hai kya hai mere paas|tujhe pata hai mere paas",
        # what the reader sent the writer: "alam ko na may pinasa ka sa akin dati"
        "tl": "may pinasa ka sa akin|pinasa mo sa akin|sinend mo sa akin|yung sinend mo|alam mo kung ano hawak ko",
    },
    "harm": {
        "mg": "hodorako|hovonoina|hamono anao",
        "ne-latn": "jalaidinchhu|jalaidinchu|jalauchhu|jalaunchu|kutchhu|kutchu|maridinchhu|maridinchu|"
                   "chhora lai pani herchhu|timilai herchhu",
        "so": "waan ognahay halka|ognahay halka|halka dukaankaagu|halka aad ku nooshahay|halka aad degan tahay|"
              "waan gubaynaa|gubaynaa|waan ku dili|ku dilaynaa",
        "xh": "ndiza kukubetha|sizakukubetha",
        "zu": "ngizoshisa|sizoshisa|ngizokushisa|sizoshiswa|kuzoshiswa|sizokushaya|ngizokushaya|ngizokubulala|"
              "sizokubulala|sizokulimaza",
        "uz": "sindiramiz|o'ldiraman|oldiraman|uramiz|uyingga boramiz",
        "vi-latn": "danh chet|den tan nha|toi tan nha|dot nha|hoi han",
        "ha": "mu kona|za mu kona|zan kona|kona shagonka|kona gidanka|mun san inda kake|na san inda kake|zan kashe|"
               "za mu zo gidanka|za ka yi nadama",
        "ja-latn": "korosu|butsu korosu|ie ni iku|koukai suru zo|moyasu",
        "bn-latn": "mere felbo|marbo|bari te ashbo|barite ashbo|afsos korbi|puriye dibo",
        "yo": "a maa wa si ile|a o wa si ile|ma wa si ile|yoo wa si ile|a maa pa|maa pa o|ikilo ikeyin",
        "tr": "okul cikisi seni|seni bekliyoruz|seni bekleriz|seni bekleyecegiz|kiracak|kiracaklar|yakacak|"
              "yakacaklar|dovecek|dovecekler|oldurecek|oldurecekler|kotu yorum|"
              "olumsuz yorum|oldururum|gebertirim|doverim|kirarim|yakarim|pisman olursun|pisman ederim|"
              "evine geliriz|evine gelirim|kapina geliriz|camlari kalmaz|kemiklerini|bacaklarini|canini yakarim|"
              "sonra karismam|kirariz|yakariz|doveriz|oldururuz|camlarini kir",
        "id": "aku bakar|kubakar|dibakar|"
              "mukulin|mukul saya|dipukulin|gebukin|hajar saya|ulasan buruk|review jelek|bunuh|habisi|hajar kamu|"
              "pukul kamu|bakar rumah|datangi rumahmu|ke rumahmu|"
              "nyesel|menyesal|patahin|gebukin",
        "tl": "aabangan ka|aabangan kita|abangan ka namin|aabangan ka namin|papatayin|patayin kita|bugbugin|"
              "bubugbugin|sasaktan|susunugin|pupuntahan kita|pupuntahan ka|"
              "puntahan ka namin|puntahan ka sa bahay|pupuntahan ka namin|"
              "magsisisi ka|babasagin",
        "sw": "atanichoma|atachoma|watachoma|watanichoma|atanipiga|watanipiga|watamdhuru|atamdhuru|watakudhuru|"
              "nitakudhuru|watamuumiza|atamuumiza|nitakuua|tutakuua|utajuta|"
              "kunidhuru|kumdhuru|kutudhuru|kuwadhuru|"
              "tutakuja kwako|nitakuja kwako|itachomwa|litachomwa|zitachomwa|nitachoma|tutachoma|tutakupiga|"
              "nitakupiga|utajua mimi ni nani|ataumia|utaumia",
        "pl": "negatywne opinie|negatywnych opinii|zabije cie|zajebie|pobije|polamie|spale ci|podpale|pozalujesz|"
              "odwiedzimy cie|przyjdziemy do ciebie|wpadniemy do ciebie|polamiemy",
        "ro": "te astept la|te prind|te astept dupa|te omor|te bat|iti rup|iti sparg|dau foc|venim peste tine|"
              "venim la tine|"
              "vin la tine|o sa regreti|"
              "vei regreta",
        "cs": "zabiju|zmlatim|podpalim|budes litovat|prijdeme si pro tebe|zlamu ti|rozbijem|rozbijeme|rozbiju|"
              "prijdes na radu",
        "hu": "megollek|megverlek|felgyujtom|megbanod|elmegyunk hozzad|eltorom",
        "hi": "maar dunga|maar dalunga|maar daalunga|jaan se|uthwa lunga|uthwa dunga|utha lunga|ghar aa ke|ghar aake|"
              "ghar pe aa|haath pair|tod dunga|pachtayega|pachtaogi|pachtaoge|dekh lena|dekh lunga|aag laga|"
              "jala dunga|nahi chhodunga|goli",
        "sq": "te vras|do te vras|do pendohesh",
    },
    # Told about, not made: police, news, advice ("Policja ostrzega …", "Nagbabala ang PNP …").
    "told": {
        "zu": "amaphoyisa|izigebengu|ngezigebengu|axwayisa|siyaxwayisa|ubike",
        "xh": "amapolisa|izigebenga|lumkisa",
        "vi-latn": "canh bao|cong an|lua dao|nan nhan",
        "ha": "yan sanda|gargadi|damfara",
        "ja-latn": "keisatsu|chuui|higai|sagi desu|sagi ni",
        "tr": "polis|uyari|dolandirici|sikayet edin|magdur",
        "id": "polisi|polri|waspada|modus|pelaku|imbau|korban",
        "tl": "pnp|babala|nagbabala|scammer|mag ingat|biktima",
        "sw": "polisi|wanawaonya|tahadhari|walaghai|usilipe|msitume pesa|msimtumie",
        "pl": "policja|ostrzega|przestepcy|oszusci|ofiar|zglos",
        "ro": "politia|avertizeaza|infractori|escroc|victim|stimati parinti",
        "cs": "policie|varuje|podvodnic|obeti",
        "hu": "rendorseg|figyelmeztet|csalok|aldozat",
        "hi": "advisory|police|cyber cell|gang|scammer|report kare|1930|crime portal|complaint kar di|complaint kardi|"
              "complaint ki",
        "sq": "policia|paralajmer|mashtrues",
    },
    # A parent's homework photo, a joke among friends: laughter or a homework word, with no money named.
    "light": {
        "vi-latn": "hihi|kkk|bai tap|dua thoi",
        "ha": "haha|lol|wasa",
        "ja-latn": "www|warota|shukudai",
        "tr": "haha|lol|lmao|xd|odev|odevini|kanka",
        "id": "kerja sekolah|kerja rumah|takde ps|takde phone|takde hp|tak boleh main|wkwk|haha|lol|lmao|xd|tugas|"
              "pr kamu|bercanda|foto pr|pr-nya|pr nya|hp ibu sita|hp disita|sita hp|"
              "hp-nya ibu sita",
        "tl": "resibo|tuition|haha|lol|lmao|xd|joke lang|assignment|takdang aralin|charot|char|walang cellphone|"
              "walang cp|walang phone|walang gadget",
        "sw": "haha|lol|lmao|xd|kazi ya nyumbani|utani",
        "pl": "odrobion|matm|wypracowani|do szafy|bez konsoli|szlaban|haha|lol|lmao|xd|zadanie domowe|lekcje|zart|"
              "link do galerii|zdjecia sa do wyboru|z sesji",
        # (a parent's sanction is as light: "altfel diseară nu mai primești telefonul înapoi")
        "ro": "haha|lol|lmao|xd|tema|glum|telefonul inapoi|fara telefon|iti iau telefonul|pedepsit|"
              "nu mai ai playstation|nu mai ai telefon|fara playstation",
        "cs": "haha|lol|lmao|xd|ukol|vtip",
        "hu": "haha|lol|lmao|xd|hazi feladat|hazifeladat|hazidat|vicc",
        "hi": "haha|lol|lmao|xd|homework|mazak|mazaak|jk",
        "sq": "haha|lol|lmao|xd|detyr",
        "ta-latn": "pesa maaten|pesa matten|pesamaten|miss pannuren|haha|lol",
    },
    # Someone threatens or blackmails now, told by the writer ("biri fotoğraflarını yaymakla tehdit ediyor"); read
    # negated as nothing ("dia nggak ngancam"), and beside pictures and their sending, their people, money or a
    # claim to hold them.
    "threatens": {
        "tr": "atmakla tehdit ediyor|atmakla tehdit ettigini|paylasmakla tehdit ediyor|paylasmakla tehdit ettigini|"
              "yaymakla tehdit ettigini|gondermekle tehdit ediyor|gondermekle tehdit ettigini|gondermekle tehdit edip|"
              "santaja ugruyor|tehdit ediyor|santaj yapiyor|yaymakla tehdit ediyor",
        "id": "mengancam akan menyebarkan|mengancam menyebarkan|mengancam akan menyebar|mengancam akan mengirim|"
              "ngancam|ngancem",
        "tl": "binablackmail|bina-blackmail",
        "sw": "anamtishia|ananitishia|anatishia|anatishiwa|ametishiwa|wanamtishia|wananitishia",
        "pl": "grozi, ze|grozi ze|grozi jej, ze|grozi mu, ze|grozi mi|grozi jej|grozi mu|szantazuje",
        "hi": "dhamki de raha|dhamki de rahi|blackmail kar raha|blackmail kar rahi|dhamka raha",
    },
    # A worry with no threat made: the other person has said, asked or threatened nothing ("usne kuch bola nahi"), and
    # the writer is afraid ("darr lag raha hai"). Read only together, and where no threat's words stand with them.
    "unsaid": {
        "hi": "kuch bola nahi|kuch nahi bola|kuch nahi manga|kuch maanga nahi|kuch nahi maanga|dhamki nahi di|"
              "koi dhamki nahi|kuch nahi kaha",
        "id": "nggak ngancam|gak ngancam|ga ngancam|tidak mengancam|nggak minta apa|gak minta apa|tidak meminta apa|"
              "nggak pernah ngancam|gak pernah ngancam|tidak pernah mengancam|"
              "nggak bilang apa|gak bilang apa|tidak ada ancaman|nggak ada ancaman|gak ada ancaman",
        "tl": "wala naman siyang sinasabi|wala siyang hinihingi|hindi naman nagbanta|walang banta|walang nagbabanta",
        "tr": "henuz bir sey olmadi|henuz bir sey yok|kimse tehdit etmedi|kimse bir sey istemedi|tehdit etmiyor|"
              "bir sey istemiyor|bir sey istemedi|hicbir sey istemedi|bir sey demedi|hicbir sey demedi|"
              "tehdit etmedi|tehdit yok|kimse kimseyi tehdit etmiyor",
        "pl": "niczego od niej nie chce|niczego od niego nie chce|niczego ode mnie nie chce|nikt niczego nie chce|"
              "nikt nic nie chce|nikt niczego nie zada|niczego nie zadal|nic nie napisal|nie grozil|"
              "niczego nie chcial|nie grozi mi|nie grozila|"
              "nie szantazuje|nic nie chce|nikt nikomu nie grozi|nie ma zadnych grozb|zadnych grozb|"
              "nic wiecej sie nie stalo",
        "ro": "nu a fost amenintat|nu l-a amenintat|nu a amenintat-o|nimeni nu l-a amenintat|nu mi-a cerut nimic|"
              "nu a cerut nimic|nu m-a amenintat|nu a zis nimic|nu exista nicio amenintare|nu exista amenintari|"
              "nimeni nu ameninta",
        "sw": "hajasema chochote|hajaomba chochote|hajanitishia|hakuna vitisho|hakuna tishio|hakuna aliyetishia",
    },
    "fear": {
        "hi": "darr lag raha|dar lag raha|darr lagta|dar lagta|darr hai|tension ho rahi|ghabrahat",
        "id": "aku takut|saya takut|gue takut|takut banget|aku khawatir|saya khawatir|was was",
        "tl": "natatakot ako|kinakabahan ako|takot ako",
        "tr": "korktum|endiselendim|tedirgin oldum|korkuyorum|endiseliyim|tedirginim",
        "pl": "boje sie|martwie sie|strach mnie",
        "ro": "mi-e frica|ma tem|sunt ingrijorat",
        "sw": "naogopa|nina wasiwasi",
    },
    # A ransom note: the reader's files locked (encrypted) and a key to unlock them ("dosyalarınız şifrelendi").
    "ransom": {
        "tr": "dosyalariniz sifrelendi|tum dosyalariniz sifrelendi|sifre cozucu",
        "id": "file anda telah dienkripsi|file anda dienkripsi|semua file anda telah dienkripsi",
        "pl": "pliki zostaly zaszyfrowane|pliki sa zaszyfrowane|zaszyfrowalismy|klucz deszyfrujacy",
        "ro": "fisierele au fost criptate|fisierele dvs au fost criptate|cheia de decriptare",
        "cs": "soubory byly zasifrovany|desifrovaci klic",
        "vi-latn": "da bi ma hoa|giai ma",
        "sw": "faili zako zimesimbwa",
    },
    # An account notice: the account suspended or closed unless the holder verifies or updates their details (often
    # phishing; read only where no pictures, people to show, something held or harm stand with it).
    "notice": {
        "tr": "hesabiniz askiya|hesabiniz kapatil|hesabiniz bloke|hesabiniz donduruldu|bilgilerinizi guncelle|"
              "bilgilerinizi dogrula|hesabinizi dogrula|kimliginizi dogrula",
        "id": "akun anda diblokir|akun anda akan diblokir|akun anda akan ditutup|akun anda dinonaktifkan|"
              "akun anda ditangguhkan|verifikasi akun|verifikasi data anda|perbarui data anda",
        "pl": "konto zostanie zablokowane|konto zostalo zablokowane|konto zostanie zawieszone|zweryfikuj swoje konto|"
              "potwierdz swoje dane|zaktualizuj swoje dane",
        "ro": "contul va fi suspendat|contul a fost suspendat|contul va fi blocat|contul a fost blocat|"
              "verificati datele|actualizati datele",
        "tl": "ma-suspend ang account|masususpinde ang account|i-verify ang iyong account|i-verify ang account",
        "hi": "kyc update|account block ho jayega|account band ho jayega|account band kar diya jayega",
        "vi-latn": "tai khoan cua ban se bi khoa|tai khoan cua ban da bi khoa|xac minh tai khoan",
    },
    # A bill or a loan's reminder: a due date or a late fee (read only where no threat's words stand with it).
    # (and a cost shared among friends or flatmates, a sum to give back: "kişi başı 150", "patungan", "îmi dai înapoi")
    "bill": {
        "id": "denda keterlambatan|jatuh tempo|tagihan|patungan|iuran|urunan|bagi rata|ditalangin|nalangin",
        "tl": "late fee|late payment|due date|bayarin ang bill|bill mo|bill nyo|bill ninyo|ambagan|hatian|kada isa",
        # (the rent named as a whole word: "kira" also starts "kırarız", we break, and "kıracak", will break)
        "tr": "icra takibi|hukuki takip|kira |kira,|kira.|kirasi|kirayi|kiraniz|gecikmede|borcunuz|tahliye|"
              "gecikme faizi|gecikme bedeli|son odeme tarihi|"
              "faturaniz|faturanizin|faturasi geldi|fatura geldi|kisi basi|kisi basina",
        "pl": "windykac|komornik|eksmisj|zaleglosc|zaleglej|rata|raty|termin platnosci|odsetki za zwloke|"
              "oplata za opoznienie|zrzutka|zrzutke|na glowe|po rowno|oddasz mi",
        "ro": "penalitati de intarziere|penalitati|scadent|factura|dai inapoi|dai si mie inapoi|chiria|chiriei|"
              "intretinerea|de persoana",
        "cs": "splatnost|penale|upominka|na hlavu|vratis mi",
        "hi": "late fee|due date|split kar|har ek ka|sabka hissa|paise wapas kar|paise lauta",
        "vi-latn": "han thanh toan|phi tre han|hoa don|chia tien|tra lai tien",
        "sw": "tarehe ya mwisho ya malipo|faini ya kuchelewa|mchango|kila mtu alipe|tugawane",
    },
    # An account taken, said by the one who took it or told by its holder ("przejął moje konto", "akunku dibajak",
    # "hesabımı ele geçirdi"): with a price, a time or a condition it is an account held for ransom.
    "account": {
        "tr": "hesabimi ele gecirdi|hesabimi ele gecirdiler|hesabimi caldi|hesabimi caldilar|hesabini ele gecirdim|"
              "hesabin bende|hesabim hacklendi|hesabimi hackledi",
        "id": "di tangan gue|ditangan gue|di tangan aku|ada di gue|akunku dibajak|akun saya dibajak|akunku diretas|"
              "akun saya diretas|membajak akun|meretas akun|"
              "diambil alih orang|akun saya diambil alih|akunku diambil alih|"
              "akunmu ada di aku|akun kamu ada di aku|akunmu sudah aku ambil",
        "pl": "przejal moje konto|przejela moje konto|przejeli moje konto|przejal konto|wlamal sie na moje konto|"
              "zhakowal moje konto|przejalem twoje konto|mam twoje konto|mam dostep do twojego konta|"
              "oddam dostep|oddam ci dostep|oddam konto|oddam ci konto|zwroce konto|zwroce ci konto",
        "ro": "mi-a spart contul|mi-au spart contul|mi-a furat contul|mi-au furat contul|am contul tau|"
              "ti-am spart contul",
        "cs": "ukradl mi ucet|naboural mi ucet|mam tvuj ucet",
        "tl": "na-hack ang account ko|nahack ang account ko|ninakaw ang account ko|hawak ko ang account mo|"
              "na-hack ko ang account mo",
        "hi": "id mere paas|id mere pass|teri id mere paas|account hack kar liya|account hack ho gaya|id hack kar li|"
              "tera account mere paas|account wapas",
        "te-latn": "account naa daggara|account hack chesanu|account hack chesa|account hack ayyindi",
        "sw": "ameiba akaunti yangu|amedukua akaunti yangu|akaunti yangu imedukuliwa|nina akaunti yako|"
              "akaunti yangu imechukuliwa|whatsapp yangu imechukuliwa|instagram yangu imechukuliwa|"
              "facebook yangu imechukuliwa|tiktok yangu imechukuliwa|ameichukua akaunti|amechukua akaunti yangu",
        "vi-latn": "bi hack tai khoan|hack tai khoan cua|tai khoan cua ban dang o trong tay",
    },
    # A lost bet and its forfeit, a chore or a small sum ("natalo ka sa pustahan … maghugas ng pinggan", "kalah taruhan
    # nih, kamu cuci piring seminggu"): read with laughter only, where no threat's words stand.
    "forfeit": {
        "tl": "natalo ka sa pustahan|talo ka sa pustahan|pustahan|pusta natin|maghugas ng pinggan|"
              "maghuhugas ng pinggan",
        "id": "kalah taruhan|taruhan|cuci piring|nyuci piring",
        "tr": "iddiayi kaybettin|iddiayi kaybettiniz|iddiayi kaybeden|bulasiklari sen|bulasik senden",
        "pl": "przegrales zaklad|przegralas zaklad|zaklad przegrany|zmywasz naczynia|zmywanie naczyn",
        "ro": "ai pierdut pariul|pariul|speli vasele|spali vasele",
        "sw": "umeshindwa dau|dau la|tuliweka dau|osha vyombo|utaosha vyombo",
        "hi": "shart haar gaya|shart haar gayi|shart haare|shart lagi thi|bartan dhona|bartan dhoyega|bartan dhoegi",
        "cs": "prohral jsi sazku|sazka|umyjes nadobi",
    },
    # The account back in its owner's hands, told as done ("Hesabı geri aldım", "Odzyskałem konto", "Nimeirudisha
    # sasa"): read with a warning to contacts or "nobody asked me for anything", where no threat's words stand.
    "recovered": {
        "tr": "hesabi geri aldim|hesabimi geri aldim|geri aldim|hesabim geri geldi|hesabimi kurtardim",
        "id": "akunnya udah balik|akun udah balik|akunku udah balik|akunku sudah kembali|akun sudah kembali|"
              "udah aku pulihkan|sudah saya pulihkan|berhasil dipulihkan|akunnya udah dipulihin|udah dipulihin",
        "pl": "odzyskalem|odzyskalam|odzyskalismy|odzyskal konto|odzyskala konto",
        "ro": "mi-am recuperat contul|am recuperat contul|mi-am recuperat|am recuperat",
        "tl": "nabawi ko na|nabalik na ang account|naibalik na ang account|na-recover ko na",
        "hi": "account wapas mil gaya|wapas mil gaya|recover ho gaya|recover kar liya|wapas le liya",
        "sw": "nimeirudisha|nimeipata tena|nimeirejesha|imerudi sasa",
        "cs": "ucet jsem ziskal zpet|ziskal jsem ucet zpet",
        "vi-latn": "da lay lai tai khoan|lay lai duoc tai khoan",
    },
    # A friend's debt to the writer ("bana hâlâ 200 TL borcun var", "utang mo pa rin", "bado nakudai"): read with
    # laughter only, where no threat's words stand, as a friend's joke about telling a parent.
    "owed": {
        "tr": "borcun var|hala borcun|bana borclusun|borcunu ode|borcunu unutma",
        "tl": "utang mo|may utang ka|utang mo pa|bayaran mo na ako|bayad mo na",
        "sw": "nakudai|unanidai|deni lako|nirudishie pesa zangu",
        "id": "utang kamu|utangmu|hutangmu|hutang kamu|bayar utang",
        "pl": "wisisz mi|jestes mi winien|jestes mi winna|oddaj mi kase|oddaj mi hajs",
        "ro": "imi datorezi|mi-ai ramas dator|mi-ai ramas datoare",
        "hi": "mera udhaar|tera udhaar|udhaar wapas|mere paise wapas|paise lauta",
        "cs": "dluzis mi",
        "ar-latn": "3alek flos|lessa 3alek",
    },
    # A story over, in the scripts the sentence reader and the loose reading do not reach (Arabic): "قبل سنة …
    # وحظرناه، وما صار شي" (a year ago … we blocked him, and nothing happened). A threat told of then is no threat now.
    "over": {
        "ar-latn": "w ma sar shi|ma sar shi|wma sar shi|ma sar ay shi|ma 7asal shi",
    },
    # ... unless it goes on again now: "والحين رجع يطلب فلوس" (and now he is back asking for money).
    "again": {
        "ar-latn": "rje3|rija3|el 7een|hala2|lessa|lissa|min jdeed",
    },
    # Advice the police or others gave the writer, told ("kata polisi jangan bayar", "Polisi walisema usilipe", "Sabi
    # ng PNP huwag magbayad"): the writer tells their own case, and the police named are no warner's.
    "advised": {
        "id": "kata polisi|polisi bilang|polisinya bilang|disuruh polisi|kata pihak kepolisian|polisi menyarankan|"
              "polisi nyuruh|kata pak polisi",
        "tl": "sabi ng pnp|sabi ng pulis|sabi ng police|sabi ng mga pulis|sabi ng nbi|payo ng pulis|sinabi ng pulis",
        "sw": "polisi walisema|polisi wamesema|polisi waliniambia|polisi walituambia|polisi wametuambia|"
              "polisi wameniambia",
        "tr": "polis dedi|polisler dedi|emniyet dedi|polis bize|polis bana|emniyettekiler",
        "pl": "policja powiedziala|policjant powiedzial|policjantka powiedziala|policja kazala|na policji powiedzieli",
        "ro": "politia a spus|politia ne-a spus|politia mi-a spus|politistul a spus|politistul a zis|"
              "politia ne-a zis",
        "hi": "police ne bola|police ne kaha|cyber cell ne bola|cyber cell ne kaha|police wale bole",
        "cs": "policie rekla|policie nam rekla|policista rekl",
        "hu": "a rendorseg azt mondta|a rendorok azt mondtak",
        "vi-latn": "cong an bao|cong an noi",
    },
}

# Scripts other than Latin (and Vietnamese, whose marks carry meaning): matched on the lowercased raw text.
_SCRIPT: dict[str, dict[str, str]] = {
    "material": {
        "uz": "сурат|суратлар|расм|расмлар",
        "ar": "فيديو|الفيديو|فيديوهات|صور|صورك|الصور|صورة|مقطع|المقطع|تسجيل|المكالمة|عاري",
        "fa": "ویدیو|ویدئو|فیلم|عکس|عکسات|کلیپ",
        "ur": "ویڈیو|تصویر|تصویریں|فوٹو|فوٹوز",
        "ru": "видео|фото|фотк|снимк|запис|интим|голы|голая|голые|нюдс",
        "uk": "відео|фото|світлин|запис|інтим|голі",
        "el": "βίντεο|φωτογραφ|φώτο|φωτό|γυμν",
        "he": "סרטון|וידאו|תמונות|תמונה|הקלטה",
        "hi": "वीडियो|फोटो|फ़ोटो|तस्वीर|तस्वीरें|क्लिप",
        "bn": "ভিডিও|ছবি|ক্লিপ",
        "th": "วิดีโอ|วีดีโอ|คลิป|รูป|ภาพ",
        "ko": "영상|사진|동영상|녹화|몸캠",
        "ja": "動画|写真|画像|映像|録画|ビデオ|裸",
        "zh": "视频|視頻|影片|照片|图片|圖片|录像|錄像|裸照|裸聊",
        "vi": "video|clip|ảnh|hình|clip nóng|ảnh nóng",
        "ar-latn": "swarak|swarik|swaarak|sowar|sewar|sora|soora|sortak|sortek|sowarak|sowarek|swarek|fedio|fidio|"
                   "fideo|videohat|ma2ta3|maqta3|tasgeel|tasjeel",
        "el-latn": "fwtografi|fotografi|fwtos|fwto |vinteo|binteo|gymn|gumn",
        "fa-latn": "aksat|aksaat|aksaato|aksato|aksaye|filmet|filmat|videot|videoye",
        "am": "ፎቶ|ቪዲዮ|ምስል",
    },
    "expose": {
        "uz": "юбораман|тарқатаман|кўрсатаман|жойлайман|кўради",
        "ar": "بينشر|هينشر|حينشر|سينشر|ينشرها|ينشرهم|بيرسلها|يرسلها|أنشر|انشر|بنشر|هنشر|سأنشر|راح انشر|أرسل|ارسل|"
              "سأرسل|ابعت|هبعت|حبعت|ببعت|بوديهم|بوديها|أفضح|افضح|"
              "افضحك|فضيحة|هنزل|بنزل|أنزل|انزل|أوزع|اوزع|أعرض|نشر",
        "fa": "می‌فرسته|میفرسته|بفرسته|پخش میکنه|پخش می‌کنه|منتشر میکنه|منتشر می‌کنه|پخش|میفرستم|می‌فرستم|منتشر|میذارم|"
              "می‌ذارم|نشون|آبروت",
        "ur": "بھیج دوں|بھیجوں|وائرل|پھیلا|ڈال دوں|دکھا دوں|اپلوڈ",
        "ru": "отправит|разошлёт|разошлет|выложит|опубликует|покажет|сольёт|сольет|скинет|"
              "передавать материалы|передадим|передам|передадут|отправлю|разошлю|выложу|опубликую|солью|покажу|скину|"
              "распространю|разошлю|отправить всем|получат ваши|получили ваши|получит ваш|увидят ваши|увидит ваш|"
              "все узнают|все увидят|узнают все|увидят все",
        "uk": "надішлю|розішлю|викладу|опублікую|покажу|скину|зіллю",
        "el": "θα στείλω|θα ανεβάσω|θα δημοσιεύσω|θα δείξω|θα μοιράσω|θα τα στείλω",
        "he": "אשלח|אפיץ|אפרסם|אעלה|אראה|אדליף",
        "hi": "भेज दूंगा|भेज दूँगा|भेजूंगा|वायरल|डाल दूंगा|डालने|डाल दी|फैला दूंगा|दिखा दूंगा|अपलोड|सामने आए",
        "bn": "পাঠিয়ে দেব|পাঠাবো|ছড়িয়ে দেব|ভাইরাল|পোস্ট|ফাঁস",
        "th": "ส่ง|ปล่อย|แฉ|โพสต์|เผยแพร่|ประจาน|ลงเน็ต",
        "ko": "뿌림|뿌린다|뿌릴|뿌려|올린다|올릴|올림|유포|보낸다|보낼|보냄|퍼뜨|공개|박제",
        "ja": "送る|送ります|送りつけ|ばらまく|ばら撒く|拡散|晒す|晒し|公開|見せる|見せます|流す|送信|回す|回します|"
              "ばらす|バラす",
        "zh": "发给|發給|发到|發到|公开|公開|曝光|传播|傳播|散布|发布|發佈|上传|上傳|发出去|群发",
        "vi": "gửi|tung|đăng|phát tán|lan truyền|cho xem|chia sẻ|phát lên",
        "ar-latn": "afda7ak|afda7ek|hafda7ak|hafda7ek|hab3at|ha ba3at|hb3at|hab3ath|hanzel|hanazel|hanshor|hansher|"
                   "anshor|hafda7|hatkon 3and|hatkoon 3and|haykon 3and|hatb2a 3and|hatob2a 3and|hfda7|afda7|fade7a|"
                   "fada7a|hawaza3|hatla3|hayetla3|hay3raf",
        "el-latn": "tha steil|tha stil|tha ta steil|tha ta stil|tha anevas|tha anebas|tha ta anevas|tha dimosieus|"
              "tha dei3|tha deix|tha ta dei3|tha ta deix|tha moiras|pane sto|pane se|tha pane|tha fygoun|tha figoun|"
              "ta anevazw|ta anevazo|ta stelnw|ta stelno|tha tis anevas|tha tis steil|tha tis dimosieus|tha tis dei",
        "fa-latn": "mifrestam|miferestam|pakhsh mikonam|pakhshesh mikonam|mizaram too|mizaram tu|neshun midam|"
                   "neshoon midam|mibinan|mibinand",
        "am": "እለጥፋለሁ|እልካለሁ|አሰራጫለሁ|እለቃለሁ",
    },
    "audience": {
        "uz": "ота-онанг|онангга|отангга|оиланг|дўстларинг|ҳаммага|институтингдаги|мактабингдаги|ҳамма",
        "ar": "أهلك|اهلك|أبوك|ابوك|أمك|امك|أخوك|اخوك|أخوكي|اخوكي|أبوكي|ابوكي|عائلتك|العائلة|زوجك|زوجتك|مديرك|"
              "المدرسة|الجامعة|أصحابك|اصحابك|أصدقائك|اصدقائك|قروب|جروب|الكل|متابعين|الدفعة|الشغل|"
              # (the writer's own people, in a telling: "بيرسلها لأهلي", he'll send them to my family)
              "أهلي|اهلي|عائلتي|أبوي|ابوي|أمي|امي|أخوي|اخوي|زوجي|زوجتي",
        "fa": "بابام|مامانم|خانواده‌م|خانوادم|خانواده|پدرت|مادرت|بابات|مامانت|مدرسه|دانشگاه|دوستات|همه|شوهرت|زنت|رئیست",
        "ur": "گھر والوں|والدین|امی|ابو|اسکول|کالج|دوستوں|سب کو|شوہر|بیوی",
        "ru": "беседу класса|беседу|чат класса|классу|родственник|по месту работы|работодател|коллег|родител|маме|"
              "мамe|отцу|папе|семье|семь|школ|класс|"
              "друзьям|друзья|подписчик|жене|мужу|начальник|работ|всем|контакт|группе|девушке|парню",
        "uk": "батьк|мамі|татові|родині|школ|клас|друзям|підписник|дружині|чоловікові|начальник|всім|контакт|групі",
        "el": "οικογένεια|γονείς|μητέρα|μάνα|πατέρα|σχολείο|φίλους|όλους|σύζυγο|αφεντικό|γυναίκα σου|άντρα σου",
        "he": "משפחה|הורים|אמא|אבא|בית ספר|חברים|כולם|אשתך|בעלך|הבוס|השכבה|הכיתה|כל השכבה",
        "hi": "घरवालों|घर वालों|परिवार|मम्मी|पापा|माँ|कॉलेज|स्कूल|दोस्तों|सबको|सब को|सबके|पति|पत्नी|यूट्यूब|youtube",
        "bn": "পরিবার|বাবা|মা|স্কুল|কলেজ|বন্ধু|সবাই|সবার|স্বামী|স্ত্রী|অফিস",
        "th": "พ่อแม่|ครอบครัว|โรงเรียน|เพื่อน|แฟน|ที่ทำงาน|เจ้านาย|ทุกคน|กลุ่ม",
        "ko": "가족|부모|엄마|아빠|학교|친구|팔로워|연락처|회사|단톡|여자친구|남자친구|와이프|남편|모두|지인",
        "ja": "家族|親|学校|会社|友達|友人|フォロワー|彼氏|彼女|奥さん|旦那|全員|クラス|同僚|上司",
        "zh": "家人|父母|爸妈|爸媽|学校|學校|同学|同學|公司|老板|老闆|朋友|通讯录|通訊錄|联系人|聯絡人|老婆|老公|"
              "男朋友|女朋友|所有人|群里|群裡|单位",
        "vi": "bố mẹ|ba mẹ|gia đình|trường|lớp|bạn bè|công ty|sếp|vợ|chồng|người yêu|mọi người|danh bạ|nhóm|"
              "bạn trai|bạn gái",
        "ar-latn": "3ayle|3aylak|3aylik|3eltak|3eltik|ahlak|ahlek|ahlik|abook|abouk|abooki|omak|ommak|omek|mamtak|"
                   "mamtek|babak|babaki|akhook|a5ook|gozek|gozik|mratak|madrasa|gam3a|gam3et|jam3a|el shoghl|shoghlak|"
                   "sohabak|s7abak|as7abak|sohabek|el kol|kolohom|el group|followers|el shella|shelltak|kol el nas|"
                   "kol nas",
        "el-latn": "oikogeneia|oikogenia|goneis|gonious|mana sou|manas sou|patera sou|baba sou|sxoleio|sxolio|"
              "filous sou|olous|group|gkroup|taksh|taksis|taxis|ta3h|ta3is",
        "fa-latn": "khanevadat|khanevade|babat|mamanet|madaret|pedaret|daneshgah|madrese|doostat|dustat|hame|hamash|"
                   "shoharet|zanet|rayiset",
        "am": "ግሩፕ|ቤተሰብ|ጓደኞች|ወላጆች",
    },
    "condition": {
        "uz": "тўламасангиз|бермасангиз|юбормасангиз|юбормасанг|тўламасанг|қайтармасанг|бўлмаса|акс ҳолда",
        "ar": "وإلا|والا|إذا ما|اذا ما|لو ما|إن لم|إذا لم|اذا لم|ان لم|لو مش|لو معملتيش|غير كدا",
        "fa": "وگرنه|اگه نه|اگر نه|اگه ن",
        "ur": "ورنہ|نہیں تو|اگر نہیں",
        "ru": "если я не|если она не|если он не|"
              "или старые|или прошлые|или те что|иначе|если не|если ты не|если до|если ты и дальше|а то|или я|"
              "или все|чтобы дело не|чтобы материалы не|"
              "чтобы видео не|чтобы фото не|чтобы это не",
        "uk": "інакше|якщо не|якщо ти не|якщо до|а то",
        "el": "αλλιώς|αν δεν",
        "he": "אחרת|אם לא|או שכל|או שכולם|או שאמא|או שאבא",
        "hi": "नहीं तो|वरना|अगर नहीं",
        "bn": "না হলে|নাহলে|নইলে|যদি না|না পাঠায়|না পাঠাও|না পাঠালে|না দিলে",
        "th": "ไม่งั้น|ถ้าไม่|มิฉะนั้น|ไม่อย่างนั้น",
        "ko": "않으면|안 보내면|안보내면|안 주면|안주면|아니면|없으면|안 하면|안하면",
        "ja": "なければ|ないと|しないと|しなかったら|なかったら|さもないと|でなければ|ブロックしたら|無視したら|"
              "通報したら",
        "zh": "否则|否則|不然|如果不|要是不|若不",
        "vi": "nếu không|không thì|bằng không|nếu mày không|nếu em không|nếu anh không|nếu cô không|"
              "ko thì|k thì|hok thì|hông thì|ko là|nếu ko|nếu hok|nếu mày ko|nếu em ko|nếu anh ko|kẻo",
        "ar-latn": "aw kel|aw kil|aw el 3ayle|aw ahlak|aw ahlik|wala ha|wala b3|wala ba3|wala el|walla|willa|wila |"
                   "w illa|wella|w ella|law ma|law mesh|law msh|law mish|iza ma|eza ma|lw ma|lw msh|lw mesh",
        "el-latn": "alliws|allios|alios|an den|an dn|h tha",
        "fa-latn": "age ta|age nadi|age nafresti|age naferesti|age javab nadi|vagarna|vagar na|age na|age pool nadi",
        "am": "ካልላክ|ካልከፈል|ካልሰጠ|ካላደረግ",
    },
    "deadline": {
        "ky": "эртең|саат|чейин",
        "uz": "эртага|бугун|кечгача|соатгача",
        "ar": "اليوم|الليلة|بكرة|بكره|غدا|غداً|ساعة|ساعات|ساعه|قبل",
        "fa": "امروز|امشب|فردا|ساعت",
        "ur": "آج|گھنٹے",
        "ru": "сегодня|завтра|до вечера|час|минут|до понедельника|до вторника|до среды|до четверга|до пятницы|"
              "до субботы|до воскресенья|в пятницу|в субботу|в воскресенье",
        "uk": "сьогодні|завтра|годин|хвилин",
        "el": "σήμερα|απόψε|αύριο|ώρες|ώρα",
        "he": "היום|הלילה|מחר|שעות|שעה",
        "hi": "आज|घंटे|घंटों",
        "bn": "আজ|ঘণ্টা|ঘন্টা|রাতের মধ্যে",
        "th": "วันนี้|คืนนี้|พรุ่งนี้|ชั่วโมง|ภายใน",
        "ko": "오늘|내일|시간 안에|시간안에|까지|분 안에",
        "ja": "期限|今日|今夜|明日|時間以内|時まで|までに",
        "zh": "今天|今晚|明天|小时内|小時內|之前|以前",
        "vi": "hôm nay|tối nay|ngày mai|trong vòng|giờ|trước|hạn cuối|hạn chót",
        "ar-latn": "el naharda|naharda|ennaharda|el lela|bokra|bukra|sa3a|sa3at|saa3a|el yom",
        "el-latn": "shmera|simera|apopse|apopsi|avrio|ayrio|wres|ores",
        "fa-latn": "farda|emshab|emrooz|emruz|ta saat|ta shab",
        "am": "ዛሬ|ነገ|ሰዓት",
    },
    "money": {
        "uz": "сўм|доллар|пул",
        "ar": "دولار|ريال|جنيه|درهم|دينار|فلوس|ادفع|ادفعي|حول|حوّل|تحويل|بطاقات|مبلغ",
        "fa": "پول|تومان|تومن|ریال|واریز|دلار|کارت به کارت",
        "ur": "پیسے|روپے|ایزی پیسہ|جاز کیش",
        "ru": "руб|денег|деньги|переведи|заплати|долларов|биткоин|оплат|долг|верни долг",
        "uk": "грн|гривень|гроші|грошей|переказ|заплати|доларів",
        "el": "ευρώ|λεφτά|χρήματα|πλήρωσε",
        "he": "שקל|₪|כסף|תעביר|תשלם",
        "hi": "पैसे|रुपये|रुपए|₹",
        "bn": "টাকা|বিকাশ|নগদ",
        "th": "บาท|เงิน|โอน|จ่าย",
        "ko": "원|만원|돈|송금|입금|문화상품권|상품권",
        "ja": "円|払え|払って|振り込|送金|paypay|ギフト",
        # (a sum's "元" and "块" after its digits: alone they are in "元気" and "一块")
        "zh": "0元|0块|0塊|1元|1块|1塊|2元|2块|2塊|3元|3块|3塊|4元|4块|4塊|5元|5块|5塊|6元|6块|6塊|7元|7块|7塊|8元|8块|"
              "8塊|9元|9块|9塊|万元|千元|百元|块钱|塊錢|转账|轉帳|付款|罚款|罰款|钱|錢|人民币|红包|紅包",
        "vi": "tiền|chuyển khoản|triệu|nghìn|ngàn|đồng|trả|momo",
        "ar-latn": "felos|floos|fulus|flous|gneh|geneh|ginih|7awel|7awil|7awli|edfa3|idfa3|ed3a|vodafone cash|"
              "instapay",
        "el-latn": "eyrw|evrw|lefta|xrhmata|xrimata|plhrwse|plirose|plirwse",
        "fa-latn": "toman|tomano|kart be kart|pool bede|poolo bede|pool bferest|pool befrest",
        "am": "ብር|ገንዘብ",
    },
    "possess": {
        "uz": "менда",
        "ar": "عندي|معي|معايا|محتفظ|سجلت|صورتك|حفظت|اللي عندي",
        "fa": "دارم|پیشمه|ذخیره کردم|ضبط کردم",
        "ur": "میرے پاس",
        "ru": "у меня есть|у меня твои|у меня всё|сохранил|записал|у меня",
        "uk": "в мене є|у мене є|зберіг|записав|маю",
        "el": "έχω",
        "he": "יש לי|שמרתי|הקלטתי",
        "hi": "मेरे पास",
        "bn": "আমার কাছে",
        "th": "มีคลิป|มีรูป|เก็บไว้|อัดไว้",
        "ko": "갖고 있|가지고 있|저장했|녹화했|저장해|갖고있|가지고있",
        "ja": "持ってる|持っている|保存した|録画した|撮った|持ってます",
        "zh": "我有|我保存|我录|在我手上|在我这|我手里",
        "vi": "vẫn giữ|đang giữ|có video|có ảnh|đã lưu|đã quay|còn giữ|vẫn còn|ở chỗ t|ở chỗ tao|ở chỗ tớ",
        "ar-latn": "3andi|3ndi|ma3aya|ma3ya|m3aya|m3aia|7afez|sagalt|sagelt|msaggel|msajel",
        "el-latn": "ta exw|ta exo|ta eho|exw tis|exo tis|eho tis|exw to|exo to|exw ola|exo ola|ta kratisa|"
              "ta krathsa|ta swsa|ta sosa",
        "fa-latn": "daram|dastame|pishame|pisham|save kardam|zakhire kardam|zabt kardam",
        "am": "አሉኝ|አለኝ|ይዣለሁ",
    },
    "veiled": {
        "ky": "менде эмне бар экенин билесиң|менде эмне бар экенин билесин|менде эмне бар",
        "ru": "знаешь, что у меня|знаешь что у меня|знаешь, что я храню",
        "uk": "знаєш, що в мене|знаєш що в мене|знаєш, що у мене|знаєш що у мене",
        "ar": "انت عارف ايه اللي عندي|عارف ايه اللي معايا|تعرف شو عندي|تعرف ايش عندي|تعرف ماذا لدي",
        "el": "ξέρεις τι έχω|ξερεις τι εχω",
        "ar-latn": "3aref kwayes ana 3andi eh|3arfa kwayes ana 3andi eh|3aref kwayes 3andi eh|3arfa kwayes 3andi eh|"
                   "3aref shu 3andi|3arfa shu 3andi|3aref eh elly 3andi|3arfa eh elly 3andi|3aref ana 3andi eh",
        "vi": "biết tao có gì|biết t có gì|biết anh có gì",
        "th": "มีอะไรอยู่ในมือ|รู้ใช่ไหมว่าเรามีอะไร|รู้ใช่ไหมว่ามีอะไร|รู้ใช่มั้ยว่ามีอะไร",
    },
    "harm": {
        "ar": "رح نجيك|بنجيك|منجيك|نجيك على البيت|سنأتي إلى بيتك|رح نزورك|"
              "تقييمات سلبية|مراجعات سلبية|هقتلك|سأقتلك|اقتلك|هضربك|سأضربك|ستندم|هتندم|حتندم|هنجيلك|سنأتي إليك|سأحرق|"
              "هحرق|هكسر|سأكسر|ما راح توصل|مش هتوصل|توصل بيتك سليم",
        "fa": "میکشمت|می‌کشمت|پشیمون میشی|میام سراغت|آتیش میزنم",
        "ur": "مار دوں گا|جان سے|پچھتاؤ گے|گھر آ کر",
        "ru": "поймаю|подкараулю|встречу после школы|негативные отзывы|негативных отзывов|плохие отзывы|"
              "плохих отзывов|убью|прибью|изобью|сожгу|пожалеешь|"
              "приедем к тебе|придём к тебе|придем к тебе|сломаю|покалечу|тебе конец",
        "uk": "вб'ю|вбю|приб'ю|спалю|пошкодуєш|приїдемо до тебе|прийдемо до тебе|зламаю|тобі кінець",
        "el": "θα σε σκοτώσω|θα σε δείρω|θα το μετανιώσεις|θα έρθουμε σπίτι|θα κάψω|θα σπάσω",
        "he": "אהרוג|ארביץ|תצטער|נבוא אליך|אשרוף|אשבור",
        "hi": "मार दूंगा|मार दूँगा|जान से|उठवा|घर आ कर|घर आकर|तोड़ दूंगा|पछताएगा|पछताओगे|देख लेना|जला दूंगा|गोली",
        "bn": "মেরে ফেলব|মারব|বাড়িতে আসব|আফসোস করবে|পুড়িয়ে দেব",
        "th": "ฆ่า|ไปหาถึงบ้าน|เผาบ้าน|จะเสียใจ|อย่าหาว่าไม่เตือน",
        "ko": "별점 1점|악성 리뷰|1점 리뷰|악플|죽여|죽인다|패버|때린다|찾아간다|찾아갈|후회할|불태|가만 안",
        "ja": "低評価|悪い口コミ|悪評|星1|殺す|ぶっ殺|殴る|家に行く|家まで行く|後悔する|燃やす|ただじゃおかない|"
              "覚悟しろ|どうなっても知ら",
        "zh": "差评|杀了你|殺了你|打死|弄死|上门|上門|后悔|後悔|烧了|燒了|砸了|要你好看",
        "vi": "giết|đánh chết|đánh mày|đến tận nhà|tới tận nhà|tới nhà mày|đến nhà mày|đốt nhà|hối hận|đừng trách|"
              "biết tay",
        # Arabizi: "I'll come to you at work"
        "ar-latn": "hagelak|hagilak|ha2gelak|hageelak|hngelak|hanegilak",
    },
    "told": {
        "ar": "الشرطة|حذرت|تحذير|المحتالون|المحتالين|ظاهرة|الضحايا|الضحية|أولياء الأمور|ننصح|بلّغ|بلغ عن|"
              "بلغت عنه|بلغت الجرائم|انحلت الأمور|الحمدلله انتهى|الحمد لله انتهى",
        "fa": "پلیس|هشدار|کلاهبردار|قربانی",
        "ur": "پولیس|خبردار|دھوکہ باز|متاثرین",
        "ru": "киберполици|напоминает|если незнакомец|полиция|предупрежда|мошенник|жертв|сообщите",
        "uk": "кіберполіці|нагадує|якщо незнайомець|поліція|попереджа|шахра|жертв",
        "el": "αστυνομία|προειδοποι|απατεώνες|θύματα",
        "he": "משטרה|אזהרה|נוכלים|קורבנות",
        "hi": "पुलिस|सावधान|ठग|साइबर",
        "bn": "পুলিশ|সতর্ক|প্রতারক",
        "th": "ตำรวจ|ตำรวจเตือน|ขอเตือน|เตือนภัย|แจ้งเตือน|มิจฉาชีพ|ผู้เสียหาย",
        "ko": "경찰|주의|피해|수법|신고|당부",
        "ja": "警察|被害|注意|呼びかけ|相談|県警",
        "zh": "警方|警察提醒|提醒|诈骗|詐騙|受害",
        "vi": "công an|cảnh báo|lừa đảo|nạn nhân",
    },
    "light": {
        "ar": "😂|🤣|هههه|واجبك|الواجب",
        "fa": "😂|🤣|خخخ|تکلیف",
        "ur": "😂|🤣|ہوم ورک",
        "ru": "😄|😆|😅|😂|🤣|хаха|ахах|домашк|шучу",
        "uk": "😂|🤣|хаха|домашн|жартую",
        "el": "😂|🤣|χαχα|εργασία",
        "he": "😂|🤣|חחח|שיעורי בית",
        "hi": "😂|🤣|होमवर्क|मज़ाक",
        "bn": "😂|🤣|হোমওয়ার্ক",
        "th": "งอน|จะงอน|😂|🤣|555|การบ้าน",
        "ko": "😂|🤣|ㅋㅋ|숙제",
        "ja": "😂|🤣|笑|宿題|ｗｗ",
        "zh": "😂|🤣|哈哈|作业|作業|开玩笑",
        "vi": "😂|🤣|haha|bài tập|đùa",
        "ar-latn": "wageb|wagebak|el wageb|hahaha|hhhh|mafish playstation|mafeesh playstation|mafish mobile|"
                   "mafeesh mobile|mafish net|mafeesh net",
        "el-latn": "xaxa|xaxaxa|xexe",
    },
    "threatens": {
        "ru": "грозит разослать|грозит отправить|грозит выложить|грозится разослать|грозится выложить|"
              "угрожает разослать|угрожает отправить|угрожает выложить|угрожает|шантажирует",
        "uk": "погрожує розіслати|погрожує надіслати|погрожує викласти|погрожує|шантажує",
        "ar": "يهددني|يهددها|يهدده|بيهددني|بيهددها|بيهدده|"
              "يبتزني|يبتزها|يبتزه",
        "fa": "تهدید کرده|تهدیدش کرده|تهدید میکنه|تهدید می‌کنه|تهدیدم می|تهدیدش می",
        "el": "απειλεί|εκβιάζει",
        "he": "מאיים עליי|מאיים עלי|מאיים עליה|מאיים עליו|סוחט אותי|סוחט אותה|סוחט אותו",
        "ko": "협박하고 있|협박을 하고 있|협박 중",
        "ja": "脅されて|脅迫されて|脅してき",
        "zh": "在威胁我|威胁我|威胁她|威胁他|勒索我|勒索她|勒索他",
        "bn": "হুমকি দিচ্ছে",
        "hi": "धमकी दे रहा|धमकी दे रही",
    },
    "unsaid": {
        "ru": "ничего не требует|не угрожает|ничего не просит|ничего не требовал|ничего не просил|не угрожал|"
              "ничего не писал|никаких угроз|угроз нет|никто не угрожает|никто не требовал|не шантажировали",
        "uk": "нічого не вимагав|нічого не просив|не погрожував",
        "ar": "ما هددني|ما طلب مني شي|ما طلب مني شيء|ما قال شي|ما صار شيء|ما صار شي|لم يحدث شيء|لم يطلب شيئا|"
              "لم يطلب أي شيء|لم يهددني|ما طلب شي|لا يوجد أي تهديد|لا يوجد تهديد|بدون أي تهديد|بدون تهديد|"
              "ما في تهديد",
        "ko": "달라고 하는 건 아닌데|달라는 건 아닌데|요구하는 건 없|뭘 달라고 하진|아무 연락은 없|"
              "아무 연락도 없|연락은 없어|아무것도 요구|아무 말도 안|협박은 안|협박은 없|협박도 없",
        "ja": "全部消したから|消したから安心|何も要求|何も言ってこない|脅されてはいない",
        "zh": "没人向他要什么|没人向她要什么|没人要什么|没有人要什么|什么事都没发生|后来什么事都没有|没有要求什么|"
              "什么都没要求|没有威胁",
        "vi": "không ai đòi gì|chẳng ai đòi gì|không ai đòi hỏi gì|chưa đòi gì|không đòi gì|chưa đe dọa|"
              "không đe dọa|không có đe dọa|không có lời đe dọa",
    },
    "fear": {
        "ru": "боюсь|переживаю|страшно",
        "uk": "боюся|переживаю|страшно",
        "ar": "كيف أحميه|كيف أحميها|كيف احميه|خايف|خايفة|أخاف|اخاف|قلقان|قلقة",
        "ko": "무서워|걱정돼|불안해",
        "ja": "怖い|不安",
        "zh": "害怕|担心",
        "vi": "sợ|lo lắng",
    },
    "ransom": {
        "ru": "файлы зашифрованы|файлы были зашифрованы|файлы зашифрован|дешифратор|ключ расшифровки",
        "uk": "файли зашифровано|файли зашифровані|дешифратор|ключ розшифрування",
        "ar": "تم تشفير ملفات|تم تشفير جميع ملفات|ملفاتك مشفرة|مفتاح فك التشفير",
        "fa": "فایل‌های شما رمزگذاری|فایلهای شما رمزگذاری|کلید رمزگشایی",
        "el": "τα αρχεία σας κρυπτογραφήθηκαν|κλειδί αποκρυπτογράφησης",
        "he": "הקבצים שלך הוצפנו|מפתח פענוח",
        "th": "ไฟล์ของคุณถูกเข้ารหัส|คีย์ถอดรหัส",
        "ko": "파일이 암호화|파일들이 암호화|파일을 암호화|복호화 키|복호화 프로그램|복호화 툴",
        "ja": "ファイルは暗号化|ファイルが暗号化|ファイルを暗号化|復号ツール|復号キー|復号化ツール",
        "zh": "文件已被加密|文件被加密|文件都被加密|解密工具|解密密钥",
        "vi": "tệp của bạn đã bị mã hóa|tệp tin đã bị mã hóa|dữ liệu của bạn đã bị mã hóa|khóa giải mã",
    },
    "notice": {
        "ar": "سيتم إغلاق حسابك|سيتم تعليق حسابك|تم تعليق حسابك|تم إيقاف حسابك|تحديث بياناتك|تأكيد بياناتك",
        "ru": "аккаунт будет заблокирован|аккаунт заблокирован|учетная запись будет заблокирована|"
              "учётная запись будет заблокирована|подтвердите свои данные|подтвердите данные|обновите данные",
        "uk": "обліковий запис буде заблоковано|акаунт буде заблоковано|підтвердіть дані",
        "el": "ο λογαριασμός σας θα απενεργοποιηθεί|ο λογαριασμός σας έχει ανασταλεί|επιβεβαιώστε τα στοιχεία",
        "th": "บัญชีของคุณถูกระงับ|บัญชีของคุณจะถูกระงับ|ยืนยันตัวตน",
        "ko": "계정이 정지|계정이 일시 정지|계정이 잠금|계정이 잠겼|본인 인증|정보를 업데이트",
        "ja": "アカウントが停止|アカウントを停止|アカウントがロック|アカウントの利用を制限|本人確認",
        "zh": "账户将被冻结|账户已被冻结|帐户将被冻结|账号将被冻结|账号已被冻结|验证您的账户|更新您的信息",
        "vi": "tài khoản của bạn sẽ bị khóa|tài khoản của bạn đã bị khóa|tài khoản sẽ bị khóa|xác minh tài khoản",
        "hi": "आपका खाता बंद|खाता ब्लॉक|केवाईसी अपडेट",
    },
    "bill": {
        "ar": "فاتورة|غرامة تأخير|تاريخ الاستحقاق",
        "ru": "пеня|пени |просрочк|задолженност|квитанци",
        "uk": "пеня|заборгованіст|квитанці",
        "el": "προθεσμία πληρωμής",
        "th": "ค่าปรับล่าช้า|ครบกำหนดชำระ|ใบแจ้งหนี้",
        "ko": "연체료|납부기한|납부 기한|청구서",
        "ja": "延滞料|支払期限|請求書|家賃|お振込",
        "zh": "滞纳金|缴费期限|账单",
        "vi": "hạn thanh toán|phí trễ hạn|hóa đơn",
        "hi": "विलंब शुल्क|देय तिथि",
    },
    "account": {
        "uz": "саҳифангиз бизнинг қўлимизда|саҳифанг менда|аккаунтинг менда|аккаунтингиз бизда",
        "ar": "سرق حسابي|سرقوا حسابي|اخترق حسابي|اخترقوا حسابي|تهكير حسابي|تم اختراق حسابي|حسابك عندي|حسابك معي",
        "ru": "взломал мой аккаунт|взломали мой аккаунт|взломали аккаунт|украл аккаунт|украли аккаунт|"
              "твой аккаунт у меня|ваш аккаунт у меня|взломали мою страницу|взломал мою страницу",
        "uk": "зламали мій|зламали канал|зламали мою сторінку|зламали мій телеграм|зламав мій акаунт|"
              "зламали мій акаунт|вкрали акаунт|твій акаунт у мене",
        "el": "μου έκλεψε τον λογαριασμό|χάκαρε τον λογαριασμό|έχω τον λογαριασμό σου",
        "th": "แฮกบัญชี|บัญชีถูกแฮก|ขโมยบัญชี",
        "ko": "계정을 해킹|계정이 해킹|계정을 뺏|계정을 빼앗",
        "ja": "アカウントを乗っ取|アカウントが乗っ取|アカウント乗っ取",
        "zh": "账号被盗|账户被盗|盗了我的账号|账号在我手上|账号被黑",
        "vi": "bị hack tài khoản|hack tài khoản|tài khoản của bạn đang ở trong tay",
        "hi": "अकाउंट हैक|खाता हैक",
    },
    "forfeit": {
        "ru": "проиграл спор|проиграла спор|проспорил|проспорила|моешь посуду",
        "ar": "خسرت الرهان|خسرتي الرهان|تغسل الصحون|تغسلي الصحون",
    },
    "recovered": {
        "ru": "аккаунт я вернул|аккаунт я вернула|вернул аккаунт|вернула аккаунт|восстановил аккаунт|"
              "восстановила аккаунт",
        "uk": "повернув акаунт|повернула акаунт|відновив акаунт|відновила акаунт|акаунт відновлено",
        "ar": "بس رجعته|بس استرجعته|رجعت الحساب|استرجعت حسابي|استعدت حسابي",
        "el": "τον πήρα πίσω|ανέκτησα τον λογαριασμό",
        "th": "กู้คืนแล้ว|กู้บัญชีคืนแล้ว|ได้บัญชีคืนแล้ว",
        "ko": "되찾았|복구했",
        "ja": "取り戻した|復旧した",
        "zh": "找回了|已经找回|恢复了账号",
        "vi": "đã lấy lại tài khoản|lấy lại được tài khoản",
    },
    "owed": {
        "ar": "لسه عليك|لسا عليك|عليك فلوس|ديني عليك|رجعلي فلوسي|رجّعلي فلوسي",
        "ru": "ты мне должен|ты мне должна|верни долг|верни деньги",
        "vi": "nợ tao|nợ tớ|nợ mình|trả nợ",
    },
    "again": {
        "ar": "رجع|رجعت|ورجع|الحين|والحين|هلأ|هلق|من جديد|مرة ثانية|مرة تانية|لسا|لسه|لا يزال|ما زال|مازال|الآن|والآن|"
              "اليوم",
    },
    "over": {
        "ar": "وما صار شي|ما صار شي|وما صار شيء|ما صار شيء|ولم يحدث شيء|لم يحدث شيء|وما حصل شي|ما حصل شي|"
              "ما نشر شي|لم ينشر شيئا|وما نشر شي|ولم ينشر شيئا",
    },
    "advised": {
        "ru": "в полиции сказали|полиция сказала|полицейский сказал|в полиции нам сказали",
        "uk": "в поліції сказали|поліція сказала|поліцейський сказав",
        "ar": "الشرطة قالت|الشرطة قالوا|قالوا لي في الشرطة|قالت لنا الشرطة|قال لي الشرطي",
        "vi": "công an bảo|công an nói|công an dặn",
        "el": "η αστυνομία είπε|μας είπε η αστυνομία",
    },
}

# Scripts written without spaces between words, and Hebrew, which joins "the", "to", "and" to the word after
# ("התמונות", "למשפחה"): a cue counts wherever it stands.
_NO_SPACES = ("th", "ja", "zh", "he")
FAMILIES = ("material", "expose", "audience", "condition", "deadline", "money", "possess", "veiled", "harm", "told",
            "light", "bill", "notice", "ransom", "unsaid", "fear", "threatens", "account", "recovered", "forfeit",
            "advised", "over", "again", "owed")


# Scripts whose one-letter prepositions and conjunctions join the word after (Arabic "ب", "و", "ل", "ف", "ك").
_PREFIXED = frozenset(("ar",))


# Forms a list of word openings cannot hold, found by their ending: the Turkish "if you do not …" is any verb with
# "-mazsan"/"-mezsen" ("konuşmazsan", "göndermezsen"), and "if I do not …" told of oneself ("vermezsem"); the lists
# above hold only the common verbs. (Not the polite
# "-mazsanız": a landlord's "5'ine kadar yatırmazsanız … gecikme faizi" is a bill's reminder.)
_SUFFIXED = {"condition": r"(?<![a-z])[a-z]{2,}m[ae]zs[ae][nm](?![a-z])"}
# Where a suffixed form may stand: one of these is in every match of its pattern.
_SUFFIX_CORES = {"condition": tuple(f"m{a}zs{b}{c}" for a in "ae" for b in "ae" for c in "nm")}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[LiteralAlternation, LiteralAlternation]]:
    """family -> (pattern over the normalised text, pattern over the lowercased raw text)."""
    out = {}
    for family in FAMILIES:
        latin = [w for cues in _LATIN[family].values() for w in cues.split("|") if w.strip()]
        # (not the warners' words: "لا تهدديني بالشرطة", don't threaten me with the police, is a threat's own)
        joined = _PREFIXED if family != "told" else frozenset()
        spaced = [w for lang, cues in _SCRIPT[family].items() if lang not in _NO_SPACES and lang not in joined
                  for w in cues.split("|")]
        packed = [w for lang, cues in _SCRIPT[family].items() if lang in _NO_SPACES for w in cues.split("|")]
        prefixed = [w for lang, cues in _SCRIPT[family].items() if lang in joined for w in cues.split("|")]
        # (a family listed for Arabic alone has no spaced words: an empty alternation would match everywhere)
        alternatives = [rf"(?<!\w)(?:{_alternation(spaced)})"] if spaced else []
        if prefixed:
            # (Arabic joins "with", "and", "to", "so", "like" to the word after: "بصور خاصة", with private pictures)
            alternatives.append(rf"(?<!\w)[وفبلك]?(?:{_alternation(prefixed)})")
        if packed:
            alternatives.append(_alternation(packed))
        raw = "|".join(alternatives)
        suffixed = _SUFFIXED.get(family)
        out[family] = (
            LiteralAlternation(rf"(?<![a-z0-9])(?:{_alternation(latin)})" + (f"|{suffixed}" if suffixed else ""),
                               latin, unless=_SUFFIX_CORES.get(family, ())),
            # (the Arabic joined letter stands one character before the word)
            LiteralAlternation(raw, spaced + packed + prefixed, reach_back=1 if prefixed else 0))
    return out


# A joke word said negated is no joke: "em biết anh không đùa mà" (you know I'm not joking), "mazak nahi".
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|no|nie|ne|nem|nu|nahi|nhi|hindi|tidak|gak|nggak|ga|gk|enggak|ngga|ndak|"
                             r"belum|bukan|si)|\b(?:ga|gak|nggak|tidak|belum|ndak|enggak) pernah|không|chẳng|не|ні|"
                             r"لا|لم|لن|مش|아니|안)\s*$")


# The police forbidden, not named as a warner: "jangan lapor polisi", "usiende polisi", "sakın polise gitme" (the
# Turkish verb comes after; its cue "polis" is then read with "sakin" before it).
_FORBIDDEN_BEFORE = re.compile(r"(?:\b(?:jangan|usiende|usiripoti|usiwaambie|usijaribu|sakin|don'?t|do not|never|mat|"
                               r"bilkul mat)"
                               r"\s+(?:\w+\s+){0,2}"
                               # "Nu mă amenința cu … poliția": the police named as a threat not to make
                               r"|\b(?:nu ma ameninta|nu ne ameninta|jangan ancam|don'?t threaten me) "
                               r"(?:\w+\s+){0,5})$")

# ... and the same said after the word, as Turkish has it ("polise de gitme"), or the writer warning in the first
# person ("я предупреждаю", "seni uyarıyorum"): a threat's words, not a warner's.
_FORBIDDEN_AFTER = re.compile(r"^\w*(?:yorum\b|\s+(?:de\s+|da\s+)?(?:gitme|haber verme|soyleme|sikayet etme|"
                              r"bildirme)\b|\s+(?:ke paas |ko |mein )?mat (?:jaana|jana|jao|batana|bolna)\b)")
# The warning is the writer's own, its first person after the word: Turkish "bu son uyarım" (my last warning); the
# verb's "uyarıyorum" is read by _FORBIDDEN_AFTER.
# So is the writer who says they are the victim, as Turkish ("mağdurum", I am a victim) and Tagalog ("biktima ako")
# say it.
_FIRST_PERSON_AFTER = re.compile(r"^(?:m|mdir|um|uyum|yum)\b|^\s+ako\b")
# (one who says they are the police is no warner: "Mimi ni afisa wa polisi …")
# ("اعتبر هذا آخر تحذير", consider this the last warning: the warner is the writer)
# ("Ako ay biktima ng sextortion", "Jestem ofiarą", "Saya jadi korban", "Sunt victima": the writer tells their own case,
# or their child's, "anak ko ay biktima"; no warner's word)
_FIRST_PERSON_BEFORE = re.compile(r"(?:\b(?:я|ja|ben|aku|saya|ako|main|mimi)\s+(?:не\s+|nie\s+)?|\bni afisa wa\s+|"
                                  r"\b(?:ako ay|ako'y|anak ko ay|anak ko|jestem|zostalem|zostalam|sunt|am fost|"
                                  r"(?:saya|aku|anak saya|anakku) (?:adalah|jadi|menjadi)|mimi ni|nimekuwa|jsem|"
                                  r"tôi là|mình là|em là|con tôi là)\s+(?:\w+\s+)?|"
                                  r"(?:آخر|اخر)\s*)$")

# The end of the clause a cue stands in; a "?" there makes it a question ("Знаешь, что у меня есть? Новый кот!").
# (the full-width marks of Chinese and Japanese end a clause too: "警察に行くべきでしょうか？"; so does the Arabic "؟")
_CLAUSE_END = re.compile(r"[.!?\n;。！？؟]")


# How far before a claim to hold a fear word makes it the writer's fear ("takut dia simpan", "боюсь, что у него есть").
_FEAR_REACH = 25
# Holding said as a doubt, not a claim: "아직 갖고 있을까봐" (in case he still has them), "持っているかも" (he may
# have).
_DOUBTED_AFTER = re.compile(r"^\s*(?:을까|을지|는지|는 건 아닌지|かも|かどうか)")


def _said(pattern: LiteralAlternation, text: str, negatable: bool, asked_away: bool = False,
          forbidden: bool = False, feared: re.Pattern[str] | None = None) -> bool:
    """Whether ``pattern`` is said in ``text`` as meant. ``feared`` (the fear words, given for a claim to hold) drops a
    holding said as a doubt or as what the writer fears."""
    for m in pattern.finditer(text):
        # (held as a doubt or as the writer fears, not as anyone claims: "갖고 있을까봐", "aku takut dia simpan")
        if feared is not None and (_DOUBTED_AFTER.search(text[m.end():m.end() + 12])
                                   or feared.search(text[max(0, m.start() - _FEAR_REACH):m.start()])):
            continue
        if negatable and _NEGATED_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
            continue
        if forbidden and (_FORBIDDEN_BEFORE.search(text[max(0, m.start() - 50):m.start()])
                          or _FIRST_PERSON_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                          or _FORBIDDEN_AFTER.search(text[m.end():m.end() + 30])
                          or _FIRST_PERSON_AFTER.search(text[m.end():m.end() + 12])):
            continue
        if asked_away:
            end = _CLAUSE_END.search(text, m.end(), m.end() + 80)
            if end is not None and end.group() in "?？؟":
                continue
        return True
    return False


def cue_families(norm_text: str, raw: str) -> frozenset[str]:
    """The families of threat words found in a message (normalised text and raw text)."""
    low = raw.lower()
    found = set()
    patterns = _patterns()
    for family, (latin, script) in patterns.items():
        # (a question about the police, "Anunțăm poliția?", is the writer's own, not a warning's)
        negatable, asked_away, forbidden = family in ("light", "threatens"), family in ("veiled", "told"), \
            family == "told"
        fear_latin, fear_script = (p.pattern for p in patterns["fear"]) if family == "possess" else (None, None)
        if _said(latin, norm_text, negatable, asked_away, forbidden, fear_latin) \
                or _said(script, low, negatable, asked_away, forbidden, fear_script):
            found.add(family)
    if "again" in found:
        # (a story said to be over that goes on again now is no story over)
        found.discard("over")
    if "advised" in found:
        # (the police's advice told by the writer of their own case: their words are no warning's)
        found.discard("told")
    return frozenset(found)


def reads_as_harm(families: frozenset[str]) -> bool:
    """Harm to the reader, their people or their things with a condition, or with money and a time ("pay by Sunday
    or we come to your house"). Never a warning or news, never with laughter and no money."""
    if "harm" not in families or "told" in families:
        return False
    # (a debt named, "bado nakudai", is money too: a laugh beside it does not clear it)
    if "light" in families and "money" not in families and "owed" not in families:
        return False
    return "condition" in families or ("money" in families and "deadline" in families)


def reads_as_threat(families: frozenset[str]) -> bool:
    """Pictures or a video, and: sending them to people (or naming the people) under a condition; sending them
    to named people for money; or holding them, with a condition, a time limit or money. Never a warning or news
    (police, scammers, victims named), and never with laughter or homework unless money is named."""
    if "material" not in families or "told" in families:
        return False
    # (a homework photo or a joke among friends names no money; a threat that laughs and asks for money stays one)
    # (a debt named, "bado nakudai", is money too: a laugh beside it does not clear it)
    if "light" in families and "money" not in families and "owed" not in families:
        return False
    out = "expose" in families or "audience" in families
    teeth = "condition" in families or "deadline" in families or "money" in families
    # (someone said to threaten a person now, over pictures: a telling; not one told as over, nothing having come of it)
    told_threat = "threatens" in families and "over" not in families
    return ("condition" in families and out) \
        or ("money" in families and "expose" in families and "audience" in families) \
        or ("possess" in families and teeth) or told_threat \
        or ("possess" in families and "expose" in families and "audience" in families)


def reads_as_veiled(families: frozenset[str]) -> bool:
    """Something held and left unsaid ("you know what I have", which stands for the pictures) with a condition, a
    time limit or money. Never a warning or news, never with laughter and no money."""
    if "veiled" not in families or "told" in families:
        return False
    # (a debt named, "bado nakudai", is money too: a laugh beside it does not clear it)
    if "light" in families and "money" not in families and "owed" not in families:
        return False
    return "condition" in families or "deadline" in families or "money" in families


def reads_as_ransom(families: frozenset[str]) -> bool:
    """The reader's files said to be locked, with a time limit, money or a condition: a ransom note. Never a warning
    or news about such notes."""
    if "ransom" not in families or "told" in families:
        return False
    return "condition" in families or "deadline" in families or "money" in families


def reads_as_held_account(families: frozenset[str]) -> bool:
    """An account said to be taken (by its taker or told by its holder), with money or a condition: an account held
    for ransom. Never a warning or news about such thefts."""
    if "account" not in families or "told" in families:
        return False
    return "condition" in families or "money" in families


def reading(families: frozenset[str]) -> str | None:
    """Which threat the words read as: "pictures" (:func:`reads_as_threat`), "veiled" (:func:`reads_as_veiled`),
    "harm" (:func:`reads_as_harm`), "ransom" (:func:`reads_as_ransom`), "account"
    (:func:`reads_as_held_account`) or None."""
    if reads_as_threat(families):
        return "pictures"
    if reads_as_veiled(families):
        return "veiled"
    if reads_as_harm(families):
        return "harm"
    if reads_as_ransom(families):
        return "ransom"
    return "account" if reads_as_held_account(families) else None
