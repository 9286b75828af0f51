"""The eighteenth held-out set: data/chat_heldout18.tsv (live chat, labelled) and
data/answers_heldout18.jsonl (questions with what a right answer holds), written by hand in one
session by a helper with no view of the bot's answers, its fixes or the earlier held-out
generators (only their normalised text was loaded, to drop repeats). The team never reads this
file or its output: only bench totals.

The show: a Montreal musical instruments & audio-gear shop (make_suite.HELDOUT_SHOPS["music"],
prices in CAD) live on Twitch, YouTube and its own site, a host playing a Maplewood acoustic, a
Kahu ukulele, an Aria digital piano and a Blaze combo amp on camera, with a product on air (the
guitar, the uke, the strings, a cable, the piano, drumsticks, a capo, the tuner, the audio
interface, the headphones, the amp, the kids' keyboard, a violin outfit, sax reeds, a pedal power
supply) or none between segments.

The viewers: Canadians from coast to coast ("how much eh", "is that in Canadian or American",
"sorry, does it ship to Nunavut", "d'you take e-transfer"); Quebecers in Quebec French and
Franglais ("c'est combien", "c'est-tu en stock", "livraison à Québec?", "ben là c'est cher");
Filipino viewers in Taglish ("magkano po", "available pa po ba", "pa-mine po", "ship to Manila
po?"); Hong Kong viewers in Cantonese ("幾錢呀", "有冇貨", "寄唔寄香港"); Taiwanese viewers in
traditional Chinese ("這把吉他多少錢", "可以寄台灣嗎", "烏克麗麗"); mainland viewers in internet
slang ("蹲一个", "求链接", "包邮吗", "扣1", "琴弦几号的"); Chinese Canadians mixing English ("这个
uke几钱", "有full size吗"); musicians and Twitch/YouTube chatters with their jargon (action, nut
width, phantom power, latency, drop D), their slang ("W", "fr fr", "no cap"), emote walls,
copypastas, bot commands and the bots' own replies (Nightbot, StreamElements, Moobot, Fossabot),
raids, sub and gift notices, chants, song requests and questions to the host.

The chat labels: 1 for a question or request the shop's facts or policies answer (price, stock,
size or fit, compatibility, specs, delivery, taxes and currency, payment, returns, warranty,
setup, deals, "send the link"), whether or not it is worded as a question, in whatever
language, deictic ("how much this one" with a product on air) or one word ("price?", "幾錢?");
0 for everything else: chat, jokes, compliments, music talk that names products but asks
nothing, claims and chants ("pa-mine po", "扣1", "ordered!"), bot commands and their output, and
questions that are not for the shop (the host's own guitar, the song, the key, the next stream).
on_air says whether a product was on air when the line was sent.

Each answer row follows make_suite.py's shape (cases.case): price, stock and fact rows name the
product or variant SKU, a fact row quotes its listing, compare rows two SKUs, policy rows a
policy id, deals rows ask for the live deals, and abstain rows say why (not carried, not stated,
about the host, a trap). About a quarter are on the music shop; the rest are on the other
held-out shops (gadget, beauty, fitness, pets, baby, tools, jewel, brew, bedding, car, garden and
cycle), the development outdoor shop and the three shops of make_suite.SHOPS.

Run: python -m bot.answers.understand.make_heldout18
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout18.tsv"
ANSWERS = HERE / "answers_heldout18.jsonl"
SEED = 18


def _key(text: str) -> str:
    """The text as compared across sets: normalised, with spaces, punctuation and emoji
    gone; a line of emoji only is compared as written."""
    return re.sub(r"[\W_]+", "", normalize(text)) or text


def _existing() -> set[str]:
    """Every chat line and question of the other sets under data/, keyed."""
    seen: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name == CHAT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            seen.add(_key(line.split("\t", 2)[2]))
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name == ANSWERS.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            seen.add(_key(json.loads(line)["question"]))
    return seen


def _lines(block: str) -> list[tuple[int, int, str]]:
    """A block of chat as written below, one line each: "LA text", L the label (1: a shop
    question or request), A whether a product was on air (1) or not (0)."""
    out = []
    for raw in block.strip("\n").splitlines():
        if not raw.strip():
            continue
        code, text = raw[:2], raw[3:].strip()
        if code not in ("00", "01", "10", "11") or raw[2:3] != " " or not text:
            raise ValueError(f"bad chat line: {raw!r}")
        out.append((int(code[0]), int(code[1]), text))
    return out


# -- the chat ---------------------------------------------------------------------------------

# Canadians from coast to coast: "eh", "sorry", loonies and toques, provinces and territories.
CANADIAN = """
11 how much eh
11 how much for that one eh
11 is that in Canadian or American
10 is that price canadian or US dollars
10 are the prices in CAD or USD
11 that in loonies or greenbacks?
10 sorry, does it ship to Nunavut
10 sorry to bug ya but do you ship to iqaluit
10 do you guys ship up to Whitehorse
10 shipping to yellowknife?? asking for my cousin
10 can I pick it up in Montreal
10 can i grab it at the store on st laurent
10 is there a store in Montreal i can go to
10 you guys have a shop in the mile end right? can I pick up there
10 tax included?
10 HST?
10 do you charge GST or is it in the price
10 does the price include QST
11 is the 3/4 still in stock bud
11 any full size left bud
10 d'you take e-transfer
10 can I pay by interac
10 do ya take etransfer or just card
10 can i do affirm on the piano
10 is there financing on the 88 key
10 whats shipping to Halifax
10 how long to ship to calgary
10 free shipping to Ontario?
10 how much to ship to Saskatoon
10 what's the freight on the piano to Winnipeg
10 how much is freight to Toronto for the big amp
10 do you ship to the states, I'm in Vermont
10 can my buddy in Buffalo order this
10 do I pay duties if I'm in Michigan
10 return policy?
10 can I return it if my kid doesnt like it
10 how long do I have to return stuff
10 can I return strings if I got the wrong gauge
10 warranty on the guitar?
10 what's the warranty on the headphones eh
10 do you guys do a setup on the guitar before it ships
11 does that one come with a case
11 is that the 40 watt
11 how heavy is that amp, gotta carry it up 3 flights
10 how heavy is the 88 key piano
10 does the piano come with a stand or do I need one
10 does the piano come with the pedal
11 how much for the 20 foot one
11 how much for the 10 ft cable
10 how much is a pack of strings
10 what's a 3 pack of strings go for
11 is that price for one pair of sticks or two
10 do you have 7A sticks
10 is the rose gold capo in stock
10 how much is the tuner
10 is the tuner sold out
10 what size violin for a 9 year old
10 how much is the 1/2 size violin
11 does the violin come with a bow
10 does the ukulele come with a bag
11 how much is the tenor
10 how much for the concert uke
11 what's the price on the soprano
10 is the audio interface mac compatible
10 does the duo have phantom power
10 will the interface work on my ipad
11 will that work with my chromebook
10 are the headphones bluetooth
10 is the 250 ohm in stock
10 how much are the cans
10 can I plug a bass into the blaze amp
10 what age is the kids keyboard for
10 would the kids keyboard be ok for a 4 year old
10 does the kids keyboard need batteries
10 are the reeds for alto or tenor
10 what strength reeds do you have
10 how many pedals can the power supply run
10 any deals on today?
10 any promo code for first time buyers
10 what's on sale today
11 is this on sale or is that the regular price
10 send link pls
10 link?
10 where do I buy this
00 beauty
00 beauty eh
00 give'r
01 give'r bud, shred that thing
00 oh that's a beauty
01 that guitar's a real beauty
00 toque season already here in Edmonton
01 playing guitar in a toque, most canadian thing I've seen today
00 -32 with the windchill here lol
00 my fingers are too cold to play rn
00 greetings from Thunder Bay
00 hi from Moncton NB
00 hey from Kelowna
00 hello from the island (Van Isle)
00 Regina checking in
00 watching from a Tim's parking lot lol
01 double double and a new uke, perfect saturday
00 sorry sorry
00 sorry I'm late
00 sorry for the spam
00 my bad eh
00 beauty day out here in the Okanagan
00 anyone else watching from Sudbury
00 that's a loonie and a toonie well spent
00 gimme a toonie and I'll play wonderwall
01 tuning by ear, respect
00 Leafs lost again so I'm here instead
00 go Habs go
00 Oilers in 6
00 Jets fans where u at
00 canucks gonna break my heart again
00 took the 401 for an hour to get home, guitar is my therapy
00 Ontario road trip playlist needs more Tragically Hip
00 play some Hip
00 Ahead by a Century pls
01 Bobcaygeon on the uke would go hard
00 Stompin Tom on the piano next
00 Gordon Lightfoot on that acoustic would be a beauty
00 Rush covers when
00 my dad has that exact dreadnought from the 90s lol
01 my first guitar was a Maplewood too, pawn shop in Hamilton
00 the hip taught me 3 chords and the truth
00 eh?
00 bud
00 ok bud
00 take off, eh
00 hoser
00 that's some good old canadian content right there
00 CanCon
00 Tim's run brb
00 back with a double double
00 poutine and ukulele what a stream
00 eating ketchup chips watching this
00 mmm butter tarts
00 nanaimo bar break
00 timbits for everyone
00 snowing in april again lol
00 shoveling then practicing, classic
00 the hockey arena guy plays organ better than me
00 cottage jams all summer w my uke
00 camp fire songs by the lake need that uke
01 that uke would be perfect at the cottage
00 not me buying a kids keyboard for a 30 year old (me)
00 that's a lot of loonies for a violin
01 yikes the piano is a lot of loonies
00 gotta save up a few more toonies first
00 paycheque on friday, I'll be back
00 waiting for my CERB money lol jk
00 my wife is gonna kill me
00 hide the credit card from me
00 marketplace has these for cheap sometimes
00 my kid learned violin at school in Saskatoon
00 grade 4 recorder trauma
00 band class flashbacks
00 the school band in Sackville needs these
00 greetings from rural Manitoba, wifi is held together with duct tape
00 from the Soo, hi everyone
00 hello from Nova Scotia, fog as usual
00 newfie here, love the stream b'y
00 whale of a tune b'y
00 best stream on the prairies
00 nice, shoutout to my Winnipeg folks
00 it's minus 40 in the 'peg rn
01 how cool is it that they're in Montreal
00 I'm in Toronto but I'm driving to MTL next month
00 might stop by the store in Montreal
00 my cousin lives by st laurent, says the shop is cute
00 poutine at La Banquise after visiting the store
00 the Mile End bagels are unreal btw
00 St-Viateur > Fairmount fight me
00 fairmount bagels, no debate
00 ok this is a very montreal stream
00 Canada Post strike again lol
00 purolator left my parcel in the snowbank last time
00 the mail up north takes forever
00 we get everything by sealift here lol
00 my buddy in Iqaluit pays like 20 bucks for a bag of chips
00 sorry eh, my cat walked on the keyboard
00 my dog is howling at the violin lmao
00 my husky sings along to the harmonica
00 love from Victoria BC
00 eh, that tone
01 sounds like a cottage singalong, I love it
00 thanks for the tunes, have a good one
00 cheers bud
00 take care eh
00 see ya later
00 gotta go to hockey practice, later
00 beauty stream as always
00 thanks eh
00 beauty beauty beauty
"""

# Quebecers in Quebec French and Franglais: "c'est combien", "c'est-tu", "ben là", "pis", sacres.
QUEBEC = """
11 c'est combien
11 c'est combien celle-là
11 combien pour la guitare
10 combien pour le ukulele soprano
11 y'en a encore?
11 y'en reste-tu?
10 livraison à Québec?
10 livraison à Trois-Rivières c'est combien
10 vous livrez à Rimouski?
11 c'est-tu en stock
11 est-ce que c'est en stock
10 le 3/4 est-tu encore disponible
00 ben là c'est cher
01 ben là c'est cher en tabarouette
10 pis le ukulele?
10 pis le ukulele c'est combien
00 tabarnak c'est beau
01 tabarnak que ça sonne bien
00 merci bonjour
00 bonjour tout le monde
00 bonjour de Laval
00 salut de Gatineau!
00 allo allo
00 allô de Saguenay
00 bonsoir de Lévis
10 je peux passer chercher ma commande au magasin?
10 est-ce qu'on peut aller chercher en magasin sur St-Laurent
10 cueillette en magasin possible?
10 vous êtes ouverts le dimanche?
10 les taxes sont-tu incluses
10 c'est avant taxes?
10 TPS TVQ incluses?
10 vous prenez le virement interac?
10 je peux payer par virement
10 est-ce que je peux payer en plusieurs versements
10 vous faites du financement pour le piano?
10 c'est quoi votre politique de retour
10 je peux retourner les cordes si je me suis trompée?
10 la garantie c'est combien d'années sur la guitare
10 le réglage est gratuit?
10 vous faites le setup de la guitare avant de l'envoyer?
11 ça vient-tu avec un étui
11 est-ce que ça vient avec un étui?
11 y'a-tu un pickup dedans
10 c'est quoi la différence entre le soprano pis le concert
10 le piano 88 touches c'est combien
10 les touches sont-tu lourdes sur le 88
11 c'est des touches lestées?
10 la pédale est incluse avec le piano?
10 combien les baguettes
10 combien pour une paire de baguettes 5A
10 vous avez des baguettes 7A?
10 le capo rose gold est-tu disponible
10 l'accordeur est en rupture de stock?
10 quand est-ce que l'accordeur revient
10 le violon 1/2 c'est combien
10 quelle grandeur de violon pour ma fille de 8 ans
10 le violon vient avec l'archet?
10 est-ce que le violon est pour gaucher
10 les anches c'est pour sax alto ou ténor
10 combien la boîte d'anches
10 la carte son marche avec un iPad?
10 la carte son a-tu l'alimentation fantôme
10 le casque c'est tu sans fil
10 combien pour le fil de 10 pieds
10 l'ampli 40 watts est-tu en stock
10 je peux brancher ma basse dans l'ampli?
10 le clavier pour enfants c'est pour quel âge
10 le clavier pour enfants vient-tu avec des piles
10 y'a tu des rabais aujourd'hui
10 c'est quoi les spéciaux
10 le lien svp
10 envoie le lien
10 lien s'il vous plaît
11 ok mais c'est combien en vrai
11 c'est-tu cher?
11 combien ça pèse
11 c'est quoi la longueur
00 c'est malade
00 c'est débile comme son
01 wow c'est écoeurant comme son
00 trop beau
00 j'capote
01 j'capote sur ce ukulele
00 ayoye
00 ayoye mes oreilles lol
00 c'est vraiment hot
00 c'est full cute
00 full bon stream
00 je l'ai acheté l'an passé pis je l'adore
01 j'ai la même à la maison, elle sonne en malade
00 ma fille fait du violon à l'école
00 mon chum joue de la batterie, il m'a rendue sourde
00 ma blonde veut un ukulele pour sa fête
00 mon beau-frère joue juste Wonderwall
00 joue du Cowboys Fringants svp
00 Les Cowboys Fringants!! Les étoiles filantes svp
00 du Harmonium!! Pour un instant
00 un peu de Beau Dommage?
00 Jean Leloup sur le uke ce serait drôle
00 Charlotte Cardin au piano svp
00 Céline au piano haha
00 Isabelle Boulay pour ma mère
00 Kaïn au ukulele lol
00 c'est quoi la toune
00 c'est quoi le nom de la toune
00 c'est quel accord ça
00 t'as commencé la guitare à quel âge
00 t'es de Montréal?
00 tu joues depuis combien de temps
00 t'es vraiment bonne
00 t'es vraiment bon, bravo
00 bravo!
00 bravo bravo
00 lâche pas
00 lâche pas la patate
00 tiguidou
00 c'est correct
00 ok c'est beau
00 pas pire pantoute
00 pas pire pas pire
00 pantoute
00 ostie que c'est beau
01 câline que la guitare est belle
00 maudit que t'es bonne
00 coudonc ça sonne comme un vrai piano
01 coudonc c'est bon en criss ce piano-là
00 fait frette dehors
00 y fait frette en crisse
00 tempête de neige à Québec
00 les cônes orange sur le pont Champlain encore
00 le pont Jacques-Cartier bloqué encore
00 je suis pogné dans le trafic sur la 40
00 je regarde ça dans le métro
00 dépanneur run brb
00 je mange une poutine en vous écoutant
00 cabane à sucre en fin de semaine
00 bonne St-Jean tout le monde
00 bonne fête nationale!
00 on se voit aux Francos
00 le Festival de jazz s'en vient
00 le jazz fest c'est la meilleure période de l'année
00 je suis allée au magasin la semaine passée, le monde est super fine
00 le gars au comptoir m'a fait essayer 10 guitares lol
00 allo le chat
00 salut la gang
00 bonne soirée la gang
00 à la prochaine
00 merci pour le show
00 merci beaucoup!!
00 bye bye
00 bonne nuit
00 chu fatiguée mais je reste
00 mon français est rouillé sorry
00 my french is bad but c'est beau
00 is it "la guitare" or "le guitare" lol
00 franglais gang rise up
00 j'ai checké le site hier
00 je vais checker ça plus tard
01 je vais y penser, c'est un gros budget
00 je l'ai dans mon panier depuis une semaine
00 c'est un cadeau pour mon chum
00 mon ti-gars veut une batterie, pas question lol
00 le ukulele c'est l'instrument parfait pour le chalet
00 au chalet avec ma guitare, la belle vie
00 on jam au feu de camp ce soir
00 enweille!
00 envoye, joue!
01 enweille une autre toune sur le piano
"""

# Filipino viewers (many in Canada, some in Manila) in Taglish: po, pa, ba, lodi, sana all.
TAGLISH = """
11 magkano po
11 magkano po ito
11 hm po
11 hm po yung guitar
10 hm po yung uke na tenor
11 available pa po ba
10 available pa po ba yung 3/4
10 may stock pa po ba yung 88 keys
11 meron pa po?
10 meron pa po bang 250 ohms
00 pa-mine po
01 pa-mine po yung soprano
01 mine po sis
00 mine mine
10 legit po ba
10 legit po ba kayo? first time bibili
10 pwede COD
10 pwede po ba COD dito sa Mississauga
10 ship to Manila po?
10 nagshi-ship po ba kayo sa Pilipinas
10 pwede po ba ipadala sa Cebu
10 pwede po gcash?
10 tumatanggap po kayo ng paypal?
10 pwede po installment sa piano
10 libre po ba shipping pag 100 pataas
10 ilang days po bago dumating sa Toronto
10 may warranty po ba
10 ilang taon po warranty ng guitar
10 pwede po ba ibalik if ayaw ng anak ko
10 pwede po ba ibalik yung strings
11 kasama na po ba case
10 kasama na po ba bag sa ukulele
10 may kasama po bang pedal yung piano
11 may pickup po ba yan
10 anong size po ng violin para sa 7 years old
10 hm po violin 1/4
10 magkano po yung drumsticks per pair
10 anong kulay po ng capo available
10 pwede po ba sa classical guitar yung capo
10 pang electric po ba yung strings
10 pwede ba sa electric guitar yung strings na yan po
10 pang ilang taon po yung kids keyboard
10 may battery na po ba yung tuner
10 pwede po ba sa ipad yung sound card
10 wireless po ba yung headphones
10 pwede po ba bass sa amp
10 may discount po ba today
10 may promo po ba
10 pa send po ng link
10 link po pls
10 saan po pwede bumili
11 magkano po pag dalawa
11 magkano po lahat lahat
11 ilang kilo po yan
11 gaano kabigat po
00 sana all
00 sana all may piano
01 sana all may ganyang uke
00 lodi
00 lodi talaga
00 idol!!
00 idol ang galing
00 ang galing mo po
00 ang galing naman
01 ang ganda ng tunog ng gitara
01 ang ganda po ng kulay ng capo
00 grabe
00 grabe ang ganda
00 grabe ang galing mag strum
00 hala ang ganda
00 hala sya
00 charot
00 char lang
00 joke lang po
00 hahahaha
00 hahahahaha ang kulit
00 lol ang kulit mo po
00 kaloka
00 nakakaloka
00 ay wow
00 ay ang cute
00 ang cute ng ukulele
00 ang mahal naman
01 ang mahal pero worth it siguro
00 ipon muna ako
00 ipon ipon muna
00 next sahod na lang
00 pag sumahod na ako
00 hintayin ko sweldo sa 15th
00 sayang wala pa akong pera
00 gusto ko rin matuto mag uke
00 marunong ako mag guitar pero chords lang
00 tinuruan ako ni tatay mag gitara
00 yung tito ko laging kumakanta sa videoke
00 videoke night sa bahay mamaya
00 my lola loves this song
00 kanta ka ng OPM po
00 request po Eraserheads
00 Ang Huling El Bimbo po!!
00 Migraine po ng Moonstar88
00 Mundo ng IV of Spades please
00 Buwan po ng Juan Karlos
00 Ben&Ben pls
00 kanta ka po ng Kathang Isip
00 shoutout po from Winnipeg
00 shout out po sa mga Pinoy dito sa Canada
00 shoutout po from Calgary, pinoy here
00 hello po from Brampton
00 hello from Pampanga po
00 hi po from Davao
00 greetings from Quezon City
00 good morning po from Manila, gabi dyan no?
00 gising pa ko 3am dito sa pinas lol
00 kain na po kayo
00 kumain na ba kayo
00 anong oras na dyan po
00 first time ko dito po
00 new follower po
00 followed na po
00 subscribed na po ako
00 palike po
00 pa shout out po
00 pa greet po please
00 pa-greet naman po kay mama
00 pa-hi po kay tita Baby
00 sino dito taga Scarborough
00 ang lamig dito sa Edmonton
00 miss ko na ang init sa pinas
00 salamat po
00 salamat po sa stream
00 maraming salamat idol
00 ingat po kayo
00 bye po
00 babalik po ako bukas
00 nakabili na ko last week, ganda po
00 dumating na po yung order ko kahapon
00 yung anak ko tuwang tuwa sa keyboard
00 yung violin ng pamangkin ko galing dito
00 mabilis po ang shipping nila promise
00 legit seller to guys
00 legit po sila, nakabili na ako
00 solid
00 solid po
00 sheesh solid
00 petmalu
00 lodi petmalu
00 werpa
00 awit
00 awit sa presyo
00 naol
00 naol may talent
00 pabili ng talent mo po lol
00 pwede mag apply as your student lol
00 ang saya ng stream today
"""

# Hong Kong viewers in Cantonese (traditional characters, 係 / 冇 / 咩 / 嘅 / 呢).
CANTONESE = """
11 幾錢呀
11 幾錢?
11 呢把結他幾錢
11 呢個幾錢
11 呢隻幾錢呀
11 有冇貨
11 仲有冇貨呀
10 3/4嗰把仲有冇貨
10 寄唔寄香港
10 可唔可以寄香港
10 寄香港運費幾多
10 寄澳門得唔得
11 有冇琴袋
11 送唔送琴盒
11 有冇拾音器
10 尤克里里幾錢
10 烏克麗麗高音嗰隻幾錢
10 tenor尤克里里仲有冇貨
10 電鋼琴88鍵幾錢
10 88鍵係咪重錘
10 電鋼有冇琴架送
10 鼓棍一對幾錢
10 變調夾有咩顏色
10 玫瑰金嗰個變調夾幾錢
10 調音器有冇電池
10 聲卡用唔用到iPad
10 聲卡有冇幻象電源
10 耳機係咪無線
10 結他線20尺幾錢
10 音箱可唔可以插bass
10 40W音箱仲有冇
10 三歲用唔用得
10 小提琴1/2幾錢
10 細路八歲用邊個size
10 效果器電源有幾多路
10 可唔可以用PayPal
10 收唔收信用卡
10 可唔可以退貨
10 保養幾耐
10 有冇優惠
10 有冇折
10 有冇得平啲
10 俾條link嚟
10 求link
11 呢個重唔重
11 幾重呀
00 好正
00 好正呀
01 把聲好正
00 勁
00 勁呀
00 好勁
01 呢把結他好靚
01 好靚聲
00 好好聽
00 好好聽呀
00 正到爆
00 型到爆
00 好型
00 好撚正
00 哈哈哈哈
00 笑死
00 笑死我
00 咩話
00 點解咁好聽嘅
00 係咪真㗎
00 你彈咗幾耐
00 你係咪香港人
00 識唔識講廣東話
00 主播好靚
00 主播好型
00 彈首張學友啦
00 彈首陳奕迅
00 想聽Beyond
00 海闊天空!!
00 光輝歲月
00 彈首MC張天賦啦
00 可唔可以彈首Mirror嘅歌
00 Serrini啱唔啱聽
00 呢首咩歌嚟
00 呢首歌叫咩名
00 咩key嚟
00 香港觀眾報到
00 香港報到
00 多倫多港人報到
00 溫哥華報到
00 列治文報到
00 萬錦報到
00 食緊飯睇
00 食緊宵夜
00 今日好凍
00 多倫多落雪
00 我細個學過琴
00 我細個學過小提琴，考完八級就冇拉過
00 讀書嗰陣學過結他
00 我阿仔學緊鼓
00 我個女學緊ukulele
00 屋企部琴積晒塵
00 DSE完想學結他
00 慳錢先
00 等出糧先
00 出咗糧再買
00 太貴啦
01 有啲貴
00 唔該晒
00 多謝主播
00 早唞
00 聽日見
00 拜拜
00 我返工先
00 收工啦
00 加油
00 支持
00 支持主播
00 支持支持
00 第一次嚟
00 追蹤咗
00 訂閱咗
00 彈得好好
00 手指好快
00 好犀利
00 犀利
00 真係犀利
01 個音箱好大聲
01 鋼琴個音好似真琴
00 佢把聲好好聽
00 好chill
00 好relax
00 好有feel
00 feel到
00 頂
00 頂唔順
00 頂你個肺
00 我都想要
00 我都有一把
00 屋企有把一樣嘅
"""

# Taiwanese viewers in traditional Chinese (這把 / 喔 / 欸 / 烏克麗麗 / 現貨).
TAIWAN = """
11 這把吉他多少錢
11 這個多少錢
11 這支多少
11 有現貨嗎
10 全尺寸有現貨嗎
10 3/4的還有嗎
10 可以寄台灣嗎
10 寄台灣運費多少
10 台中可以寄嗎
10 烏克麗麗多少錢
10 烏克麗麗有附琴袋嗎
10 高音烏克麗麗還有貨嗎
10 電鋼琴多少錢
10 88鍵電鋼多少
10 電鋼琴有附踏板嗎
10 電鋼是重鎚鍵嗎
10 鼓棒一雙多少
10 7A鼓棒有貨嗎
10 移調夾多少錢
10 移調夾可以夾古典吉他嗎
10 調音器附電池嗎
10 聲卡支援iPad嗎
10 耳機是藍牙的嗎
10 監聽耳機250歐姆還有嗎
10 音箱可以接貝斯嗎
10 兒童電子琴幾歲可以用
10 小提琴4/4多少
10 小提琴有附琴盒嗎
10 小提琴有左手的嗎
10 竹片是中音薩克斯風用的嗎
10 可以刷卡嗎
10 可以分期嗎
10 可以退貨嗎
10 保固多久
10 有折扣嗎
10 有優惠碼嗎
10 連結在哪
10 求連結
10 請給連結
11 這個重嗎
11 有幾種顏色
00 好好聽喔
00 好好聽欸
00 超好聽
00 超讚
00 讚讚讚
00 太讚了吧
00 好療癒
00 好療癒喔
00 被療癒了
00 聲音好乾淨
01 這把吉他聲音好溫暖
01 烏克麗麗好可愛
00 好可愛
00 主播好會彈
00 主播彈得好好
00 主播好厲害
00 厲害了
00 好強
00 強
00 太強了吧
00 笑死
00 哈哈哈
00 XD
00 XDDD
00 是在哈囉
00 母湯
00 母湯喔
00 傻眼
00 真假
00 真的假的
00 我也想學
00 我也想學烏克麗麗
00 國中有學過直笛
00 以前國小學過小提琴
00 我女兒在學鋼琴
00 高中吉他社的回憶
00 吉他社社員報到
00 大學參加過熱音社
00 熱音社回憶殺
00 台北報到
00 台中報到
00 高雄報到
00 台南報到
00 新竹報到
00 從台灣看直播
00 溫哥華台灣人報到
00 多倫多台灣人報到
00 半夜三點還在看
00 台灣現在凌晨
00 吃宵夜中
00 剛下班
00 下班來聽歌
00 可以彈周杰倫嗎
00 晴天!!
00 彈晴天
00 想聽五月天
00 蘇打綠
00 想聽告五人
00 彈一首盧廣仲吧
00 草東沒有派對
00 這首歌叫什麼
00 這首是什麼歌
00 這是什麼調
00 主播是台灣人嗎
00 主播學多久了
00 主播用什麼吉他
00 錢包在哭
00 荷包失血
00 等發薪水
00 月底了沒錢
01 有點貴
00 好貴喔
00 先收藏
00 先加購物車
00 已追蹤
00 已訂閱
00 第一次來
00 謝謝主播
00 晚安
00 掰掰
00 明天見
00 加油加油
00 辛苦了
"""

# Mainland viewers in simplified Chinese and internet slang (蹲 / 冲 / 求链接 / 扣1 / yyds).
MAINLAND = """
11 这个多少
11 这个多少钱
11 这把多少钱
11 多少米
11 多少钱啊主播
11 价格多少
11 啥价
11 咋卖
11 有货吗
11 还有货没
11 还有吗
10 蹲一个
10 蹲一个链接
10 求链接
10 求个链接
10 上链接
10 上链接啊主播
10 链接呢
10 链接在哪
10 小黄车在哪
00 扣1
00 扣1扣1
00 111111
00 冲
00 冲冲冲
00 冲鸭
00 yyds
00 主播yyds
01 这把琴yyds
00 绝绝子
00 绝了
00 绝了绝了
00 好听哭了
00 好好听
00 太好听了吧
00 听得我起鸡皮疙瘩
00 耳朵怀孕了
00 耳朵说它很开心
00 主播手好好看
00 主播手速好快
00 手速惊人
00 我直接好家伙
00 好家伙
00 家人们谁懂啊
00 家人们
00 谁懂啊
00 破防了
00 泪目
00 泪目了
00 DNA动了
00 爷青回
00 爷青结
00 有被帅到
00 有被惊艳到
00 狠狠爱住
00 我哭死
00 笑不活了
00 哈哈哈哈哈
00 hhhhh
00 awsl
00 啊啊啊啊
00 6666
00 666
00 牛
00 牛哇
00 牛蛙
00 太牛了
00 tql
00 真的tql
00 nb
00 这也太强了
00 强啊
00 学到了
00 学废了
00 又学到了
00 我也想学琴
00 我也想学尤克里里
00 我学了三年吉他还是只会小星星
00 我弹吉他手指疼
00 手指起茧了
00 按弦好疼
00 F和弦劝退
00 大横按劝退了多少人
00 我卡在F和弦三年了
00 吉他从入门到放弃
00 我的吉他在床底下吃灰
00 我家电钢成了晾衣架
00 小时候被逼着学钢琴
00 考完十级就再没碰过
00 妈妈逼我学的小提琴
00 我女儿在学小提琴，杀鸡一样哈哈
00 锯木头的声音
00 主播是哪里人
00 主播在加拿大吗
00 主播会说中文吗
00 主播弹多久了
00 主播用的什么吉他
00 主播什么星座
00 主播单身吗
00 这首歌叫什么
00 这是什么歌
00 求歌名
00 什么调的
00 来首晴天
00 来首周杰伦
00 弹个稻香
00 来首成都
00 来首南山南
00 弹一首赵雷
00 想听朴树
00 平凡之路!!
00 来首孤勇者
00 来首起风了
00 弹个卡农
00 卡农卡农
00 欢乐颂安排一下
00 来个小星星哈哈
00 点歌点歌
00 多伦多报到
00 温哥华报到
00 蒙特利尔报到
00 卡尔加里报到
00 北京报到
00 上海报到
00 深圳报到
00 广州报到
00 成都的来了
00 国内半夜了
00 凌晨两点还在看
00 刚下班
00 摸鱼中
00 上班摸鱼看直播
00 吃饭中
00 晚上好
00 早上好
00 大家好
00 来了来了
00 我来了
00 新人报到
00 第一次来
00 关注了
00 已关注
00 点赞了
00 已三连
00 一键三连
00 点点关注不迷路
00 支持主播
00 支持一下
00 加油
00 主播加油
00 辛苦了
00 谢谢主播
00 晚安
00 拜拜
00 明天还播吗
00 几点下播
00 钱包空了
00 穷鬼路过
00 穷哭了
00 吃土
00 吃土了
00 月底了没钱
00 等发工资
00 花呗还没还完
00 买不起买不起
00 告辞
01 有点小贵
00 贵了
00 好贵
01 这价格还行
00 真香
01 真香，已经心动了
00 种草了
01 这个电钢被种草了
00 拔草
00 已下单
00 下单了
00 拍了
00 拍了拍了
00 付款了
00 抢到了
00 没抢到
00 手慢了
00 我已经买了
00 到货了，超好
00 上次买的已经收到了
00 好评
10 电钢多少钱
10 88键电钢多少钱
10 61键的多少
10 电钢是重锤键盘吗
10 电钢带琴架吗
10 电钢送踏板吗
10 电钢能插耳机吗
10 琴弦几号的
10 琴弦一套多少钱
10 11号弦还有吗
10 弦能用电吉他吗
10 尤克里里多少钱
10 尤克里里有琴包吗
10 26寸还有吗
10 民谣吉他多少钱
10 吉他是单板吗
10 吉他有左手的吗
10 吉他带琴包吗
10 变调夹多少钱
10 变调夹能用在尤克里里上吗
10 调音器多少钱
10 调音器还有货吗
10 声卡多少钱
10 声卡能接电容麦吗
10 声卡支持苹果平板吗
10 监听耳机多少钱
10 耳机是无线的吗
10 鼓棒多少钱一对
10 音箱多少瓦
10 音箱能接贝斯吗
10 儿童电子琴几岁能用
10 三岁宝宝能玩电子琴吗
10 小提琴多少钱
10 小提琴带琴盒吗
10 效果器电源几路输出
10 连接线多长
10 包邮吗
10 运费多少
10 能寄国内吗
10 能寄美国吗
10 几天能到
10 能退货吗
10 琴弦能退吗
10 保修多久
10 能用支付宝吗
10 能分期吗
10 含税吗
10 有优惠吗
10 有没有优惠券
10 今天有活动吗
10 能便宜点吗
11 这个还有吗
11 这个有几个颜色
11 这个多重
11 这个多大
"""

# Chinese Canadians mixing English and Chinese (uke, full size, shipping, tax, e-transfer).
CHINESE_CANADIAN = """
11 这个uke几钱
10 有full size吗
10 full size的还有stock吗
11 这个有stock吗
10 3/4的sold out了吗
11 这个price含tax吗
10 price是CAD吗
10 寄Vancouver要几天
10 ship到Richmond多少钱
10 shipping到Markham free吗
10 满多少free shipping
10 可以e-transfer吗
10 能用interac吗
10 可以pick up吗，我在Montreal
10 store在哪里
10 能去store试琴吗
10 return policy是怎样
10 strings可以return吗
10 warranty几年
10 guitar有没有case
10 uke的gig bag有吗
10 piano的stand要另外买吗
10 88 keys的是weighted吗
10 88 key多少钱
10 61 key还有货吗
10 那个interface能用在iPad吗
10 interface有phantom power吗
10 headphones是wireless吗
10 32欧的headphone几钱
10 cable 20 feet多少
10 capo有什么color
10 tuner什么时候restock
10 drumsticks是一对的price吗
10 amp可以插bass吗
10 kids keyboard几岁用
10 violin 3/4几钱
10 violin有bow吗
10 reeds是alto的吗
10 power supply有几个output
10 有什么deal
10 有discount code吗
10 send个link
10 link发一下
11 这个多少kg
11 这个几磅
11 有几个size
00 sounds好nice
00 好chill的vibe
00 这个tone好warm
01 这把guitar的tone真的好warm
00 主播的voice好好听
00 我也有一把Maplewood，super好弹
00 我的uke昨天刚到
00 我儿子在学violin
00 我女儿piano考完level 8了
00 RCM考试好难
00 RCM level 10太卷了
00 我小时候也考RCM
00 多伦多的piano teacher好贵
00 Richmond的music school一节课八十块
00 下雪了不想出门
00 今天好cold
00 Costco回来看直播
00 T&T买菜回来
00 刚下班，在401上堵车
00 在skytrain上看
00 Vancouver下了一个礼拜雨
00 lol 主播好funny
00 lmao 笑死
00 主播play一首Jay Chou吧
00 可以request一首歌吗
00 song name是什么
00 what song 这是
00 主播你是Montreal人吗
00 主播的French好好
00 主播会讲Chinese吗
00 我先add to cart
00 我等sale再买
00 我等Boxing Day
00 Black Friday一定要有deal啊哈哈
00 买了买了，checked out
00 已经order了
00 my bank account在哭
00 钱包说no
00 我老公说no
00 ok我要save money了
00 so pretty 好想要
00 love this 好好听
00 nice nice 666
00 GG 太强了
00 omg 主播好厉害
00 first time来这里
00 follow了
00 thanks主播
00 bye bye 明天见
00 good night 晚安
"""

# Musicians: gear questions in their own jargon, music talk that asks nothing of the shop,
# questions to the host and about the song.
MUSICIANS = """
10 what's the nut width on the D-20
10 nut width on the maplewood?
11 what's the action like at the 12th
11 how's the action on that one out of the box
10 is the top solid or laminate
11 solid top?
10 is the D-20 solid spruce or just a spruce veneer
10 does the D-20 have a truss rod
10 what's the scale length on the 3/4
11 scale length?
10 what strings come on the guitar from the factory
10 is the uke strung re-entrant or low G
10 does the pickup version have a built in tuner
10 is the pickup a piezo or a mic
10 what gauge are the 11s exactly
10 are the northwind strings coated
10 will the 12-53s fit my classical
10 can I put these on my strat
10 are the phosphor bronze ones ok for drop D
10 what's the latency on the interface
10 what sample rate does the sonora do
10 does the sonora need asio on windows
10 xlr or trs on the interface inputs
10 does the solo do phantom power for a condenser
10 how much gain on the preamps
10 are the monitor outs balanced
10 what's the impedance on the HM-70
10 is the headphone cable coiled or straight
10 are the ear pads replaceable
10 sensitivity on the 80 ohm version?
10 is the cable TS or TRS
10 is the cable shielded
10 right angle or straight plug on the cable
10 polyphony on the aria?
10 is the aria hammer action
10 does the aria have midi over usb
10 how many voices on the digital piano
10 do the piano speakers mute with headphones in
10 does the amp take pedals well
10 is the blaze solid state or tube
10 does the 40W have an effects loop
10 what's the reverb on the blaze, spring or digital
10 how many mA per output on the volthub
10 is the volthub isolated
10 does the power supply come with daisy chain cables
10 does the volthub run off 240v if I take it to europe
10 are the 7A sticks nylon tip
10 what weight are the sticks matched to
10 are the reeds filed or unfiled
10 are these reeds french cane
10 calibration range on the tuner?
10 does the tuner do 432 hz
00 drop D gang
00 DADGAD is the only tuning that matters
00 open G is cheating but I love it
00 fret buzz on my old yamaha is driving me nuts
00 I need to adjust my truss rod but I'm scared lol
00 never touch the truss rod without a youtube video lol
00 my action is so high you could slide a pencil under the strings
00 intonation on my cheap uke was so off
00 set up makes a 200 dollar guitar play like a 1000 dollar one
00 a good setup is worth more than a new guitar fr
00 phosphor bronze sounds so much warmer than 80/20 imo
00 80/20 bronze is brighter but dies in a week
00 I boil my strings lol dont judge
00 changing strings is my least favourite thing
00 new strings smell is elite
00 I change strings every 3 months whether they need it or not
00 elixirs last forever but feel slippery
00 11s are the sweet spot for me
00 10s on acoustic feel like rubber bands
00 my uke strings snapped lol
00 my capo slipped mid song once and I never recovered
00 capo is cheating jk
00 capo on the 5th and suddenly I'm a singer
00 I own 6 capos and can never find one
00 tuner apps are fine until you play live
00 clip on tuners are life
00 chromatic tuner saved my band
00 my drummer broke 3 pairs of sticks last gig
00 5A for life
00 7A gang where you at
00 5Bs are like baseball bats lol
00 hickory > maple for sticks
00 drummers be like *taps on everything*
00 our drummer is always late
00 bass players rise up
00 nobody listens to the bass player
00 sax players: reeds are a subscription
00 I went through 3 reeds in one rehearsal
00 2.5 reeds felt like chewing cardboard for me
00 alto sax in the school band was my whole identity
00 my violin teacher yelled at me for my bow hold
00 tuning a violin with pegs is pain
00 fine tuners on all four strings is a blessing
00 my kid's 1/2 violin sounds like a cat fight lol
00 latency was killing me until I got a real interface
00 phantom power fried my ribbon mic once, RIP
00 never send phantom to a ribbon, lesson learned
00 XLR for mics, TRS for monitors, TS for guitars, got it
00 balanced cables fixed my hum problem
00 I have a drawer full of cables I'll never use
00 ground hum is my nemesis
00 my pedalboard is held together with velcro and hope
00 daisy chaining pedals gave me so much noise
00 isolated power changed my life
00 running 9 pedals off one wall wart lol
00 250 ohm cans on a phone are so quiet haha
00 closed back for tracking, open back for mixing
00 I mix on airpods dont tell anyone
00 hammer action or nothing
00 weighted keys are a must for classical
00 semi weighted is fine for synths
00 88 keys or bust
00 61 keys is plenty for pop
00 my cat sleeps on my digital piano
00 practiced piano for 2 hours today
00 scales for 30 min then songs, that's my routine
00 I'm learning Clair de Lune, pain
00 sight reading is my weakness
00 bedroom amp at 1 is still too loud for my neighbours
00 headphone out on amps saved my marriage lol
00 15 watts is plenty for the bedroom
00 tube amps sound better fight me
00 solid state gang
00 play wonderwall
00 WONDERWALL
00 anyway here's wonderwall
00 play freebird!!!
00 FREEBIRD
00 play smoke on the water
00 stairway to heaven pls
00 blackbird pls
00 play hallelujah on the piano
00 play the office theme on the uke
00 somewhere over the rainbow on uke please
00 play riptide
00 riptide on uke is mandatory
00 play take me home country roads
00 can you do Hotel California
00 play some Joni Mitchell please
00 Neil Young on acoustic would be perfect
00 Leonard Cohen for the Montrealers
00 Arcade Fire cover when
00 play something by Mac DeMarco
00 play Ed Sheeran lol
00 Shape of You on the uke lol
00 what song is this
00 whats this song called
00 who wrote this song
00 is this an original?
00 did you write this??
00 what key is this in
00 is this in G or D
00 what tuning are you in
00 are you in standard tuning
00 what chords are those
00 can you show the chords
00 what's the strumming pattern
00 slow it down please
00 what guitar do YOU play
00 what's your main guitar
00 what amp do you use at home
00 how long have you played
00 how long have you been playing guitar
00 did you take lessons
00 are you self taught
00 are you sponsored
00 are you sponsored by maplewood
00 do you play in a band
00 do you gig around montreal
00 where can I see you play live
00 do you give lessons
00 can you teach me guitar
00 what's your favourite song to play
00 what's your favourite guitar ever
00 do you have a spotify
00 do you have a youtube channel with covers
00 when's the next stream
00 are you streaming tomorrow
00 what time is the stream on friday
00 is this live
00 is this live or a replay
00 is this a rerun
00 can you hear me
00 sound is a bit quiet
00 audio is out of sync
00 mic is peaking a bit
00 your audio is clipping
00 camera is blurry
00 can you zoom in on your hands
00 can we see the fretboard closer
00 lag for anyone else?
00 stream froze for me
00 stream is buffering
01 nice fingerpicking
01 that hammer-on was clean
01 sick vibrato
01 that bend was so clean
01 those harmonics!!
01 clean tone is gorgeous
01 the reverb on that amp is so dreamy
01 that crunch channel is nasty, in a good way
01 the piano sounds so real
01 that uke sounds like sunshine
01 the violin is in tune at least, unlike mine
01 the 88 key sounds huge through the speakers
01 that capo change was smooth
01 the drumsticks made a nice click on the desk lol
01 the headphones look comfy
01 the power supply is tiny wow
01 those colours on the capo are cute
01 rose gold capo is a vibe
01 ok the kids keyboard is adorable
01 my niece would love that kids keyboard
"""

# Twitch and YouTube chatters: Gen-Z slang, emote walls, copypastas, chants and checkouts.
TWITCH = """
00 W
00 W stream
00 W host
00 massive W
00 W uke
01 W guitar tone
00 L
00 L lag
00 fr fr
00 fr
00 no cap
00 no cap this slaps
01 no cap that piano slaps
00 lowkey want one
01 lowkey want that uke
01 lowkey the kids keyboard kinda fire
00 highkey obsessed
00 bestie you're killing it
00 bestie pls
00 slay
00 slayyyy
00 she ate
00 ate and left no crumbs
00 mother
00 it's giving coffeehouse
00 it's giving campfire era
00 the vibes are immaculate
00 vibes
00 vibe check passed
00 bussin
00 bussin fr
00 sheeeesh
00 sheesh
00 based
00 goated
00 goated with the sauce
00 this is so skibidi lol
00 rizz
00 unmatched rizz with that uke
00 sus
00 mid
00 not mid at all
00 it's the chord progression for me
00 the way I screamed
00 I'm crying
00 😭😭😭
00 💀💀
00 🔥🔥🔥🔥
00 🎸🎸🎸
00 🎸🔥
00 🎹🎹🎹
00 🥁🥁🥁🥁
00 🎻
00 🎶🎶
00 ❤️❤️❤️
00 🇨🇦🇨🇦🇨🇦
00 🇨🇦🍁🇨🇦🍁
00 🍁🍁🍁
00 🇵🇭🇵🇭
00 🇭🇰
00 👏👏👏
00 KEKW
00 KEKW KEKW KEKW
00 LUL
00 LUL LUL
00 PogChamp
00 PogChamp PogChamp PogChamp
00 Pog
00 POGGERS
00 Kappa
00 Kappa Kappa
00 OMEGALUL
00 monkaS
00 PepeHands
00 FeelsGoodMan
00 FeelsBadMan
00 Sadge
00 Copium
00 catJAM catJAM catJAM
00 catJAM
00 pepeJAM
00 ratJAM ratJAM
00 HYPERS
00 5Head
00 EZ Clap
00 widepeepoHappy
00 peepoClap peepoClap
00 NOTED
00 Clueless
00 :guitar: :guitar: :guitar: :guitar:
00 :guitar:
00 :musical_keyboard: :musical_keyboard:
00 :drum: :drum: :drum:
00 :violin: :violin:
00 :fire: :fire:
00 catJAM 🎸 catJAM 🎸 catJAM 🎸
00 VoHiYo
00 HeyGuys
00 <3 <3 <3
00 GG
00 gg ez
00 first
00 FIRST
00 second lol
00 early gang
00 lurking
00 just lurking
00 back to lurking
00 lurk mode on
00 unlurking to say this sounds amazing
00 hi chat
00 hi chat hi host
00 yo
00 yoooo
00 sup
00 what up
00 hiii
00 hey hey
00 heyyyy
00 o7
00 o/
00 \\o/
00 gn chat
00 bye chat
00 brb
00 back
00 afk
00 1
00 11
00 111
00 1111111
00 +1
00 +1 from me
00 +1 +1
00 2
00 22222
00 F
00 F in the chat
00 ok
00 okok
00 kk
00 lol
00 lmao
00 LMAOOO
00 rofl
00 xD
00 haha
00 lolol
00 omg
00 OMG
00 wow
00 wowww
00 WOW
00 nice
00 niceee
00 noice
00 sick
00 dope
00 clean
00 fire
00 bet
00 true
00 real
00 same
00 mood
00 big mood
00 this
00 THIS
00 ^
00 ^^^
00 agreed
00 facts
00 done
00 done!
00 ordered!
00 just ordered!!
00 checked out
00 checked out, see u in 3 days uke
00 bought it lol
00 bought the capo, no regrets
00 added to cart
00 cart is full, wallet is empty
00 my wallet just left the chat
00 take my money
00 shut up and take my money
00 I have no self control
00 instant buy
00 insta-bought
00 impulse purchase #4 this week
00 the algorithm brought me here
00 youtube recommended this at 2am
00 here from tiktok
00 here from the raid!
00 raid gang
00 who else came from the raid
00 clip that
00 CLIP IT
00 someone clip that
00 chat is moving so fast
00 chat speed is wild today
00 mods are sleeping
00 mods?
00 ban him lol
00 thanks mod
00 hi mods
00 can I be a mod lol
00 chat be nice
00 I'm only here for the music lol
00 this is my study music now
00 doing homework to this
00 falling asleep to this, in a good way
00 perfect sunday stream
00 comfy stream
00 comfiest stream on twitch
00 Twitch prime sub incoming
00 I would sub but I'm broke
00 sub hype
00 HYPE
00 hype train!!
00 hype train lets goooo
00 lets gooo
00 LETS GOOOOO
00 im so hyped
00 yessss
00 nooo
00 noooo the tuner is gone
01 noooo not sold out
00 pain
00 rip
00 rip my wallet
00 RIP bozo
00 chat is this real
00 is this real life
00 wait what
00 huh
00 ???
00 ??
00 ...
00 bro
00 bruh
00 bro what
00 broooo
00 dude
00 dude that's sick
00 ngl that's clean
00 ngl I'm impressed
00 tbh the uke sounds better than the guitar
00 imo the 15 watt is all you need
00 idk man
00 idk what I just watched but I loved it
00 smh
00 ikr
00 tfw you can't play barre chords
00 me when the capo slips
00 nobody: / me: buying a 4th capo
00 pov: you said you'd only watch for 5 min
00 the way this got me
00 not the kazoo solo lmao
00 ok but who let the drummer in
00 the drummer in chat is typing in all caps again
00 I'M A DRUMMER AND I CAN'T READ
00 I'm not crying you're crying
00 this stream is my personality now
00 "just one more guitar" - me, 14 guitars later
00 GAS is real (gear acquisition syndrome)
00 GAS attack incoming
00 my GAS is acting up again
00 NGD incoming (new guitar day)
00 NGD soon!!
00 NPD = new pedal day = best day
00 I have a problem and the problem is gear
00 copypasta incoming
00 ┬─┬ ノ( ゜-゜ノ) put the guitar back gently
00 (╯°□°)╯︵ ┻━┻ THE TUNER SOLD OUT
00 ( ͡° ͜ʖ ͡°) nice strum
00 ヽ(•‿•)ノ uke time
00 ♪~ ᕕ(ᐛ)ᕗ
00 ♫ ♪ ♫ ♪ ♫
00 🎸 WONDERWALL 🎸 WONDERWALL 🎸 WONDERWALL 🎸
00 chat: play wonderwall. host: no. chat: play wonderwall. host: fine.
00 I came for the guitar, I stayed for the host's dad jokes
00 this chat has the best people on twitch ngl
"""

# Chat bots and the lines they answer: commands, the bots' replies, raids, subs and gifts.
BOTS = """
00 !discord
00 !uptime
00 !songlist
00 !sr wonderwall
00 !sr Harvest Moon Neil Young
00 !sr Bobcaygeon
00 !sr riptide vance joy
00 !sr take on me acoustic
00 !socials
00 !links
00 !so @mapleleafmelodies
00 !shoutout @fiddlefern
00 !lurk
00 !unlurk
00 !hug
00 !points
00 !gamble 500
00 !gamble all
00 !followage
00 !watchtime
00 !commands
00 !gear
00 !setup
00 !tuning
00 !schedule
00 !store
00 !shop
00 !merch
00 !rules
00 !help
00 !drop
00 !quote
00 !dadjoke
00 !roll
00 !8ball will I ever learn barre chords
00 !addquote "capo is not cheating" - host 2024
00 !title
00 !game
00 !project
00 Nightbot: Join the Maple Music Discord: discord.gg/maplemusic 🎸
00 Nightbot: The stream has been live for 1 hour 42 minutes.
00 Nightbot: Song requests are open! Type !sr <song> (1 per viewer, no Wonderwall pls)
00 Nightbot: Current song: "Harvest Moon" requested by @loonieandtoonie
00 Nightbot: @grimsbyguitars has been following for 2 years 3 months
00 Nightbot: Please keep chat friendly. No spam, no self-promo, no links.
00 Nightbot: @uke_lele_lady -> Please don't post links, ask a mod first.
00 Nightbot: Schedule: Tue, Thu 7 pm ET, Sat 2 pm ET. Times are Montreal time.
00 Nightbot: Today's gear: Maplewood D-20, Kahu concert uke, Blaze 15 W, Aria DP 88
00 Nightbot: Tuning today is standard, capo 2 on the next one
00 Nightbot: Dad joke: Why did the guitar teacher get arrested? For fingering A minor.
00 StreamElements: @kingstonkeys has 12,450 notes. (Rank 14/2380)
00 StreamElements: @lachinetrumpet won 1,000 notes in roulette and now has 3,200 notes! FeelsGoodMan
00 StreamElements: @lachinetrumpet lost 500 notes in roulette and now has 2,700 notes! FeelsBadMan
00 StreamElements: @chibougamau_chops is now lurking, enjoy the music!
00 StreamElements: @chibougamau_chops is back! Welcome back!
00 StreamElements: @bramptonbeats gave you a hug! <3
00 StreamElements: Thanks for the follow @tuktoyaktuk_tunes!
00 StreamElements: Thanks for the 5 months sub @fiddlehead_frank! PogChamp
00 StreamElements: Thank you @ottawa_oboe for the 500 bits!
00 StreamElements: Thank you @poutine_picker for tipping $5.00!
00 StreamElements: @moncton_mando -> the contest is open! Type !enter to join
00 StreamElements: A drop has been started! Type !drop to get a chance at 250 notes
00 StreamElements: @halifax_harmonics has been watching for 14 hours 22 mins
00 Moobot: @rimouski_riffs, welcome to the stream! Please read the !rules
00 Moobot: Giveaway: type !enter to win a SnapKey capo (Canada only, see !rules)
00 Moobot: @saint_henri_strings entered the giveaway.
00 Moobot: The winner of the giveaway is @kitchenerkeys! Check your whispers.
00 Moobot: Poll: what next? 1) uke 2) piano 3) violin. Type the number!
00 Moobot: Poll closed: 2) piano wins with 61% of the vote
00 Moobot: @timmins_tremolo, no caps lock please.
00 Fossabot: @surrey_strummer has been following for 3 months.
00 Fossabot: Uptime: 2h 05m 17s
00 Fossabot: Current song requested by @mile_end_maddie: Ahead by a Century
00 Fossabot: @gaspe_guitar -> you don't have permission to use that command.
00 Fossabot: Command !setup updated.
00 Fossabot: Links are disabled for non-subscribers. Ask a mod for a permit.
00 Fossabot: @yukon_yodel was timed out for 10 seconds (caps)
00 Fossabot: Quote #47: "I promise this is the last capo I buy" - host
00 @Nightbot what's the song
00 nightbot is broken again lol
00 the bot said no wonderwall lmaooo
00 why did the bot time me out
00 fossabot timed me out for saying WONDERWALL lol
00 streamelements owes me 500 notes
00 I lost all my points gambling again
00 all in on 8ball
00 rigged giveaway lol
00 I never win giveaways
00 entered!
00 !enter
00 1 (for piano)
00 2 for piano
00 3! violin!
00 voted piano
00 piano piano piano
00 uke uke uke
00 raiding from the Kootenay Strings stream!
00 KootenayStrings is raiding with 84 viewers!
00 BorealBanjo is raiding with 212 viewers!
00 raid from boreal banjo let's gooo 🪕
00 🪕🪕 BANJO RAID 🪕🪕
00 MAPLE RAID 🍁 MAPLE RAID 🍁 MAPLE RAID 🍁
00 HALIFAX HARMONICS RAID
00 raid hype!!
00 welcome raiders!
00 hi raiders
00 thanks for the raid @kootenaystrings
00 we came from the fiddle stream, hi
00 hello from the jazz piano raid
00 fiddlehead_frank subscribed at Tier 1. They've subscribed for 5 months!
00 yukon_yodel subscribed with Prime.
00 mile_end_maddie gifted a Tier 1 sub to grimsbyguitars!
00 An anonymous user is gifting 10 Tier 1 Subs to the community!
00 Anonymous gifted a sub to poutine_picker!
00 kitchenerkeys converted from a Prime sub to a Tier 1 sub!
00 thanks for the gift sub @mile_end_maddie!!
00 ty for the gifted!
00 thank you anon gifter
00 just resubbed, 14 months baby
00 Cheer100 great tone!
00 Cheer500 for the kids keyboard demo lol
00 Cheer1000 play wonderwall
00 ShowLove50 ur the best
00 ottawa_oboe cheered 500 bits
00 Super Chat CA$5.00: love the uke segment!
00 Super Chat CA$20.00: for the Montreal store crew, merci!
00 Super Sticker CA$2.00
00 ₱100.00 super chat po: shoutout sa mga Pinoy!
00 @host check your DMs
00 @maplemusic I sent you an email about a collab
00 follow me @strum_with_sam for uke covers
00 go follow @fiddlefern she's amazing
00 check out my cover on tiktok @acousticavery
00 my band Northern Static plays the Casa del Popolo on the 14th
00 youtube.com/@ukuleleswithumi
00 instagram @montrealmusicgear
00 linktr.ee/strumwithsam
00 https://clips.twitch.tv/GorgeousCapoSlipKEKW
00 clips.twitch.tv/HammerOnOfTheYear
00 spotify link to my EP if anyone cares lol
"""

# Hard on purpose: deictic and one-word asks, asks without a question mark, typos and run-on
# words, and remarks full of product words that ask nothing.
HARD = """
11 price?
11 price
11 damage?
11 whats the damage
11 $$?
11 cost?
11 how much this one
11 how much is this one
11 how much for this
11 how much is that
11 hw much
11 howmuch
11 howmuchisit
11 hmmm how much tho
11 price pls
11 pricee
11 prise?
11 stock?
11 in stock?
11 instock
11 any left
11 still available
11 sold out?
11 soldout?
11 how many left
11 weight?
11 dimensions?
11 size?
11 colours?
11 colors
11 specs?
11 warranty?
11 warenty on this one
11 how much wit the pickup
11 hows much the bigger one
11 the small one how much
11 the big one price
11 black one in stock
11 compare to the other one
11 which is cheaper
11 difference between the two
11 which one is better for a beginner
11 this or the uke for a beginner
11 is this the one with the pickup
11 that one come in left handed
11 lefty version?
11 does this come w batteries
11 batteries included
11 incl case
11 comes with bag
11 does this work w my boss pedals
11 will this fit my ibanez
11 this fit a tele?
11 would this work for bass
11 this good for kids
11 good for a 6 yr old
11 how old for this
11 ok but how much in USD
11 in american pls
11 is that w tax
11 plus tax?
11 free ship?
11 link
11 link!!
11 linkk
11 i want this one link pls
11 呢個幾錢
11 幾錢
11 这个多少
11 多少
11 多钱
11 大的那个多少
11 小的呢
11 有货没
11 没货了?
11 几斤
11 多重
11 几个颜色
11 有黑色吗
11 送不送包
11 有电池吗
11 几岁能用
11 magkano
11 hm dis
11 hm this po
11 avail?
11 combien
11 combien ça
11 c'est combien celui-là
11 pis celui-là?
10 howmuchisthepiano
10 piano88keyshowmuch
10 how much are the drum stiks
10 is the tunner sold out
10 is the guiter in stock
10 do u ship to nunavit
10 do you ship to yukon terratory
10 can i pay with etranfer
10 wat is the warrenty
10 does the violen come with a case
10 is the interfase ipad compatable
10 price of the 88 key piano
10 20ft cable in stock
10 3/4 violin price
10 full size with pickup price
01 this one is so pretty
01 this one is perfect for my daughter
01 that one is cute
01 the small one is cute
01 the black one looks better
01 the rose gold one is calling my name
00 I need that 88 key piano in my life
00 the uke is 89 bucks, that's nothing for how it sounds
00 strings were 12.99 last time I bought them, still a good price
00 the amp being 149 is wild, mine cost twice that
00 I paid way more for my cable at the big box store
00 the 20 ft cable is a must for the stage
00 just got the 5A sticks yesterday, love them
00 my capo is the silver one, 3 years and still works
00 sold out already, the tuner went so fast lol
00 the tuner sold out in 5 minutes last time
00 cant believe the tuner is gone
00 my piano has 88 keys and I use like 20 of them
00 bought the strings last month, no regrets
00 price is fair tbh
00 that price is a steal
00 cheaper than Long & McQuade lol
00 Long & McQuade wants double for this
00 I rented a violin from L&M for years
00 the 3/4 was perfect for my son
00 my 3/4 guitar is my couch guitar
00 I keep my uke in the car
00 I keep a capo on every guitar I own
00 ship it to my house, I'm already ordering lol
00 gonna ship this to my mom for her birthday
00 free shipping over 99 is nice, I'll add strings
00 I'll just pick it up in Montreal, I'm 10 min away
00 paid with etransfer last time, super easy
00 affirm is dangerous for me lol
00 warranty saved me when my amp died
00 returns were easy when I got the wrong size
00 the setup they did on mine was perfect
00 how much I love this stream is unreal
00 how much longer is the stream lol
00 is it just me or is chat slow
00 what's the damage to my wallet this time lol
00 price is not the problem, my skills are
00 in stock: my regrets
00 link in bio? jk this is twitch
00 the links in my bio lol
00 howdy from Regina
00 stock market is down but my guitar collection is up
00 size doesn't matter, tone matters
00 weight lifting then guitar, balanced life
01 this one sounds brighter than the other one
01 this one or nothing
01 this one has my heart
01 that one's going on my wishlist
01 the bigger one sounds fuller
01 okay that sounds way better than my yamaha
01 the pickup version through the amp sounds so good
01 honestly it sounds better plugged in
01 I want this one in my living room
01 oh it's in 88 keys, nice
01 ooh 250 ohm, fancy
01 nice, it comes with a case
01 that case looks sturdy
01 that's a lot of outputs for a little box
01 3 left, hurry up guys
01 only 2 left!!
01 gone in 60 seconds lol
01 this is the one I bought last year
"""

# More chat between the asks: stories, remarks and life, in the viewers' own words (the asks
# above are a fifth of a real show's chat at most).
STORIES = """
00 my grandpa played fiddle at every wedding in Cape Breton, wish I'd learned from him
00 took guitar lessons in grade 9 and quit after two weeks, trying again at 35
00 my daughter wants to quit piano every february and loves it again by june
00 started uke during lockdown and never stopped, best decision of 2020
00 I play in the church band on sundays, mostly acoustic
00 our worship leader just got a digital piano and won't stop talking about it
00 my son plays drums in the basement and the whole street knows it
00 we do kitchen parties every christmas, someone always brings a fiddle
00 learned three chords at summer camp in Muskoka and that's still my whole repertoire
00 my partner bought me a uke for our anniversary and I cried
00 the school band teacher in my town retired after 35 years, legend
00 I used to busk in the metro at Berri-UQAM, good times
00 busking permits in Montreal are a whole thing lol
00 I played a gig at a brewery in Ottawa last night, my hands are dead
00 open mic at the pub on thursday, wish me luck
00 got my grade 5 RCM piano results today, passed with honours!!
00 my theory exam is tomorrow and I'm watching this instead
00 practising scales while watching, multitasking
00 I just restrung my guitar and now it won't stay in tune lol
00 new strings always go flat for the first day, it's normal
00 my cat knocked my uke off the wall again
00 my dog hides every time I practise violin
00 neighbours banged on the wall when I practised drums at 10pm, fair
00 got an electronic kit so my apartment doesn't hate me
00 playing in a cover band is the best way to make friends as an adult
00 my bandmates are arguing over the setlist again
00 our bassist quit so now I play bass, life comes at you fast
00 I finally nailed the intro to Blackbird after 6 months
00 fingerstyle is hard but so rewarding
00 I've been working on travis picking all week
00 my left hand is fine, my right hand has no rhythm lol
00 metronome is my enemy and my best friend
00 I record myself every week to see progress, it's humbling
00 listening back to my recordings is painful
00 my first guitar had action like a cheese grater
00 my first uke was a 20 dollar pink plastic one from a pharmacy
00 my grandma still has her upright piano from 1962
00 tuning my grandma's upright cost me 180 bucks lol
00 the piano tuner guy said my piano was a lost cause
00 I bought a used violin on kijiji and it had a crack
00 kijiji guitar hunting is a full time job
00 facebook marketplace seller ghosted me on a guitar today
00 the music store in my town closed last year, sad
00 I miss the old Steve's Music on St-Antoine
00 Steve's Music memories, rip
00 the best guitar shops always smell like wood and lemon oil
00 I could spend hours in a guitar shop
00 my husband and I met in a community choir
00 playing music with my kids is the best part of my week
00 family jam night every friday, my 6 year old on shakers
00 I teach grade 2 and we're learning recorder, send help
00 music teacher here, ukuleles in class changed everything
00 teaching 30 kids uke at once is chaos but fun
00 I'm a nurse, playing guitar after a night shift is my reset
00 trucker here, I keep a travel guitar in the cab
00 I play uke in the tent on canoe trips
00 portaging with a guitar is a bad idea, ask me how I know
00 played guitar on the ferry to Newfoundland once, a whole crowd joined in
00 learned the fiddle tune St. Anne's Reel this week
00 Mario Mario reel on the fiddle is my party trick
00 Celtic fiddle is so fun to play
00 Acadian music always gets me
00 we had a jam session in Cheticamp last summer, unreal
00 my prof plays jazz piano at a bar downtown on tuesdays
00 jazz fest this year was amazing, saw three piano trios
00 went to the OSM last weekend, the violins were incredible
00 symphony tickets are so expensive now
00 the Bell Centre concert last night was so loud my ears are still ringing
00 wearing earplugs at concerts changed my life
00 tinnitus is real, protect your ears kids
00 I should learn music theory one day
00 circle of fifths still confuses me
00 I only play by ear, can't read a note
00 reading tabs is not cheating
00 tabs vs notation, the eternal debate
00 I learned everything from youtube lessons
00 justinguitar taught me everything
00 my kid practices more than I do, embarrassing
00 I bought a guitar 5 years ago and I'm finally learning it
00 I'm 62 and just started piano, never too late
00 retired and learning the violin, my wife is very patient
00 the hardest part of learning is showing up every day
00 15 minutes a day is better than 2 hours on sunday
00 my calluses are finally coming in
00 my fingertips are numb after practice
00 I cut my nails too short and now I can't fingerpick
00 classical guitarists and their nails, a whole science
00 my teacher says I rush the tempo, she's right
00 playing along with records is the best practice
00 learning songs I love keeps me motivated
00 my goal is to play at my sister's wedding in August
00 I'm learning Hallelujah for my dad's 70th
00 I played at a funeral last month, hardest gig ever
00 music is the only thing that helps my anxiety
00 this stream is the calmest part of my day
00 I put this on while I cook dinner
00 my toddler dances to every song on this stream
00 the baby finally fell asleep to the piano, thank you
00 my kids asked if we can watch the guitar lady again
00 my husband asked why I'm watching a guitar stream, I said research
00 I don't even play, I just like watching
00 I can't play anything but I love the sound of a good acoustic
"""

# More Chinese chat that asks the shop nothing: stories, remarks and greetings in simplified,
# traditional and Cantonese.
CHINESE_TALK = """
00 我小时候学了八年钢琴，现在一首都弹不出来了
00 我女儿今年考了钢琴五级，开心
00 我儿子练鼓，邻居天天敲门投诉
00 在温哥华住公寓，练鼓是不可能的
00 大学的时候参加过吉他社，好怀念
00 当年为了追女生学的吉他，女生没追到，吉他学会了
00 我老公弹吉他只会两首歌，翻来覆去
00 我爸年轻的时候是乐队的贝斯手
00 我妈一直想学小提琴，今年终于报班了
00 我是音乐老师，在多伦多教小朋友尤克里里
00 我们学校音乐课都用尤克里里
00 练琴最难的是坚持
00 每天练半小时，比周末练三小时有用
00 手指上的茧终于长出来了
00 换了新弦手感好多了
00 新弦第一天老是跑音
00 我的琴放久了颈都弯了
00 加拿大冬天太干了，我的吉他面板裂了
00 冬天一定要给吉他加湿
00 我用一个小加湿器放在琴盒里
00 我家猫把我的尤克里里从墙上撞下来了
00 我家狗一听到小提琴就跑
00 主播的手指好长，适合弹琴
00 主播弹得真稳
00 主播的节奏感太好了
00 主播的和声好好听
00 听主播弹琴好治愈
00 下班回家就想听这种直播
00 边做饭边听，好舒服
00 宝宝听着钢琴睡着了
00 我家娃跟着音乐在跳舞
00 这个直播间氛围好好
00 弹幕好热闹
00 今天人好多啊
00 第一次刷到这个直播间
00 从抖音过来的
00 从小红书过来的
00 在B站看过主播的视频
00 主播之前那个视频我看了好几遍
00 主播说法语也好好听
00 主播英法中三语切换，厉害
00 蒙特利尔的冬天太冷了
00 我在蒙特利尔读书，周末想去门店看看
00 麦吉尔的学生路过
00 康大的同学有没有
00 圣劳伦大道那边好多好吃的
00 Mile End的贝果真的好吃
00 多伦多今天下大雪
00 温哥华又下雨了
00 卡尔加里零下三十度
00 在渥太华冻成狗
00 国内现在是早上吧
00 我在国内，加拿大那边几点了
00 刚睡醒就看到主播开播
00 熬夜看直播
00 明天还要上班，再看十分钟
00 写作业的时候听
00 考试周来听歌放松
00 这个琴声好干净
00 这个音色我好喜欢
00 弹得好有感情
00 听哭了，想家了
00 这首让我想起高中
00 想起大学宿舍里弹吉他的日子
00 我也想组个乐队
00 年轻的时候玩过乐队
00 我们乐队鼓手又迟到了
00 贝斯手永远没人注意
00 弹钢琴的人气质都好好
00 学小提琴的小孩都好乖
00 拉小提琴真的太难了，前三年都像锯木头
00 我家孩子学琴，我陪练陪到崩溃
00 陪孩子练琴是亲子关系的最大考验
00 我还是喜欢木吉他的声音
00 电吉他太吵了，我还是弹民谣
00 尤克里里上手真的快
00 尤克里里四根弦，吉他六根，尤克里里完胜
00 我的第一把琴是在淘宝买的，两百块
00 以前在琴行打过工
00 琴行老板人超好
00 我们家附近的琴行倒闭了
00 买琴还是要去店里试
00 听说加拿大买琴比国内贵
00 主播家的猫出镜了
00 猫猫好可爱
00 主播的毛衣好好看
00 主播今天的发型好看
00 背景的植物好好看
00 直播间的灯光好温馨
00 主播可以多播一会吗
00 舍不得下播
00 下次什么时候播
00 每周都来
00 老粉报到
00 从第一场就开始看了
00 看了三年了
00 主播越来越好了
00 我刚学会C和弦
00 我终于学会了扫弦
00 我学会了小星星！
00 今天练了一个小时的音阶
00 我在学卡农，好难
00 弹卡农的都是我的偶像
00 主播弹的比原唱还好听
00 这个编曲好棒
00 我要去练琴了，拜拜
00 被主播激励了，今晚就去练琴
00 我去把积灰的吉他拿出来
00 今晚就把琴弦换了
00 呢度好多香港人喎
00 我喺多倫多，落緊大雪
00 溫哥華今日又落雨
00 我細佬學緊鼓，吵到死
00 我阿媽以前教鋼琴
00 我個仔學琴學到喊
00 細個學琴好辛苦
00 我都係玩開結他
00 夾band嘅日子好開心
00 以前喺觀塘夾band房練歌
00 主播把聲好溫柔
00 呢首歌好有回憶
00 好耐冇聽過咁好聽嘅直播
00 我要返去練琴喇
00 冇錢但係好想要
00 今晚唔瞓覺都要睇完
00 香港而家係朝早
00 我喺度食緊早餐睇直播
00 台北今天下雨
00 我在台中聽直播
00 高中的時候在吉他社彈到半夜
00 我國小學過小提琴，後來放棄了
00 我們家的鋼琴現在是置物架
00 主播好有氣質
00 聽到這首歌眼眶都濕了
00 今天加班好累，聽這個好放鬆
00 我也要開始練琴了
00 這個直播太療癒了吧
00 主播的貓好可愛
00 我媽說我小時候學琴哭著練
00 我家小孩每天練半小時烏克麗麗
00 練琴練到手指起水泡
00 換弦換到手好痛
00 主播的歌聲好溫暖
00 每次看都會被療癒
00 今天第一次看，覺得好棒
"""

# More Canadian, Quebec and Taglish chat between the asks.
MORE_CHAT = """
00 watching from my cabin in the Laurentians, wifi is one bar
00 sugar shack season is the best season
00 hydro went out for an hour and I missed the piano part, sad
00 we got 40 cm of snow last night in Quebec City
00 driving to Ottawa tomorrow, this is my road trip playlist now
00 my kid's hockey game got cancelled so we're all watching this
00 the whole family is watching on the TV tonight
00 my mom says hi from Sherbrooke
00 my grandma in Chicoutimi loves this stream
00 shoutout to everyone in the Eastern Townships
00 greetings from Prince George BC
00 hello from Lethbridge, the wind is insane today
00 watching from a night shift in Fort Mac
00 hi from the Yukon, it's dark at 4pm here
00 hi from Iqaluit! the internet is slow but worth it
00 northern lights were out last night in Yellowknife
00 love from the Kawarthas
00 Muskoka chair, coffee, this stream, perfect morning
00 just got back from the cottage, sunburnt
00 blackflies are out, stay inside and watch streams
00 long weekend vibes
00 happy Canada Day everyone!
00 happy Thanksgiving to my fellow Canadians
00 it's Victoria Day, who's working lol
00 happy Remembrance Day, lest we forget
00 the Raptors game is on but this is better
00 Blue Jays won! good night all around
00 curling on TV and guitar on my laptop, peak Canada
00 watching the Habs with the sound off and this stream on
00 the Expos should come back
00 on a GO train to Union, hi from the lake shore line
00 the STM bus was late again so I'm watching this at the stop
00 on the REM watching this
00 BIXI season is back in Montreal!
00 my BIXI got a flat, walking home with the stream on
00 terrasse season started on St-Denis
00 smoked meat at Schwartz's then guitar shopping, perfect day
00 St-Hubert for dinner and a stream, classic
00 Tim's is out of Timbits at 8pm, what is this country coming to
00 Costco run with the family, catching the stream in the car
00 ordered from Canadian Tire and it came in 2 days
00 ma fille a commencé le violon à l'école, c'est mignon
00 mon père jouait de l'accordéon dans les partys de famille
00 on chante Gens du pays à chaque fête chez nous
00 j'ai appris la guitare avec les chansons de Kevin Parent
00 les partys de cuisine en Gaspésie c'est de même
00 je joue dans un groupe de musique trad à Québec
00 la podorythmie c'est un sport national ici
00 le violon trad c'est l'âme du Québec
00 ma prof de piano a 82 ans et elle est encore super fine
00 je suis en congé, je vous écoute toute la soirée
00 je travaille demain mais je reste encore un peu
00 je regarde ça avec ma mère, elle trouve ça beau
00 mon chum dit que je vais acheter encore une guitare, il a raison
00 j'ai déjà trois ukulélés, c'est assez là
00 faudrait que je pratique plus
00 ça me donne le goût de jouer
00 ça me donne le goût de me remettre au piano
00 c'est l'heure du souper, à tantôt
00 bon ben je vais me coucher, bonne nuit tout le monde
00 on se reprend jeudi
00 nakakainggit yung mga marunong mag piano
00 nag-aaral ako mag ukulele sa youtube
00 yung pamangkin ko mahilig mag drums, maingay sa bahay haha
00 sa probinsya namin lahat may gitara
00 tuwing pasko nagkakantahan kami sa bahay ni lola
00 miss ko na yung harana days
00 yung tatay ko kumakanta ng Dahil Sa Iyo tuwing may okasyon
00 ang sarap makinig habang nagluluto ng adobo
00 nakikinig ako habang nagtatrabaho sa Tim Hortons lol
00 nurse po ako sa Winnipeg, pahinga muna habang nakikinig
00 kakauwi ko lang galing shift, relaxing to
00 ang lamig dito sa Saskatoon, minus 35 kanina
00 magpapasko na, kailangan ko ng bagong kanta
00 ang galing niyo po mag explain
00 nakakatuwa po yung stream niyo
00 first time ko makakita ng violin ng malapitan haha
00 gusto ko rin ng ganyang boses
"""

# Chat while a product is being shown: reactions, comparisons with what viewers own, requests to
# the host to play or show something (not questions the shop's facts answer).
ON_SHOW = """
01 ok the full size sounds way bigger than I expected
01 that low E on the dreadnought just rumbles
01 the spruce top really opens up when you dig in
01 that's a lot of guitar for the money honestly
01 the satin finish looks so nice on camera
01 strum it harder!!
01 can you play a G chord so we hear it ring
01 do a little fingerpicking on it please
01 play something in drop D on it
01 let us hear it unplugged vs plugged in
01 compare it to the uke, play the same song on both
01 the concert uke is the perfect size for me I think
01 the tenor has so much more bass than my soprano
01 the soprano sounds so cute and plinky
01 ukulele + whistling = instant summer
01 play I'm Yours on the uke please
01 the strings segment is weirdly relaxing
01 watching someone change strings is oddly satisfying
01 you made restringing look so easy
01 I always mess up the winding on the tuning pegs
01 cut the ends! the poke-y string ends scare me
01 the bright new string sound, chef's kiss
01 that cable looks way thicker than mine
01 the tweed jacket on the cable is so classy
01 the right angle plug is perfect for pedalboards
01 ok the piano sounds more like a real piano than I thought
01 play some Chopin on the 88!
01 show the different voices, the electric piano one pls
01 the organ voice on that piano is so churchy lol
01 that sustain pedal is doing a lot of work haha
01 the keys look nice, I like the matte finish
01 drum solo on the desk with the sticks lol
01 do a rimshot!
01 the 7As look so skinny next to the 5Bs
01 sticks twirl challenge
01 the capo clamping is so satisfying
01 capo on the 7th fret sounds like a mandolin
01 rose gold capo on the natural guitar looks so good
01 that tuner display is so bright
01 watching the tuner needle go green is my zen
01 the sharp and flat symbols are so tiny on there
01 that interface is tiny, smaller than my phone
01 plug a mic in, let's hear the preamp
01 talk into the condenser so we can hear it
01 the latency test was impressive
01 let us hear the headphone out on the interface
01 those headphones look like the ones in every studio photo
01 the coiled cable on those cans is so 90s studio
01 put them on so we can see the fit
01 the amp crunch channel is growling
01 turn it up!! turn it up!!
01 play some AC/DC through the amp
01 clean channel with reverb sounds like a surf movie
01 the 15 watt sounds bigger than it looks
01 that 40 watt is a beast
01 kids keyboard demo made my day lol
01 the light up keys are so cool, I want one for myself
01 the microphone on the kids keyboard lmao
01 play twinkle twinkle on the kids one
01 the violin case looks so professional
01 the 1/4 violin looks like a toy next to the 4/4
01 play a scale on the violin please
01 the rosin dust on the strings is very ASMR
01 someone here play sax? the reeds demo is lost on me lol
01 I have no idea what reed strength means but ok
01 the power supply segment is for the pedal nerds, I'm here for it
01 cable management on that pedalboard is immaculate
01 8 outputs and no hum, nerd heaven
01 the amp in the background is distracting me lol
01 I love how you explain everything so simply
01 show the back of it
01 can you turn it around
01 show the headstock closer
01 zoom in on the label inside
01 let us hear it one more time
01 play it again!
01 that was so clean, again!
01 one more song with this one please
00 can you bring the uke back after this
00 bring back the piano!!
00 I missed the guitar segment, will there be a replay
00 is the vod going to be up later
00 when is the next demo
00 what's next after this segment
00 do the violin next please
00 save the amp for last
00 the best part of the stream is the demos
00 I love how relaxed these demos are
00 no pressure to buy, just good music, love it
00 this is the only shopping stream I watch
00 other shopping streams yell at you, this one plays you music
00 the host should get a raise
00 whoever runs the camera is doing a great job
00 the sound mix today is great
00 the audio quality on this stream is better than most concerts
00 you can really hear the difference between the instruments
00 love the little history lessons about each instrument
00 TIL the ukulele came from Portuguese immigrants in Hawaii
00 TIL violins have a sound post inside
00 TIL what phantom power is
00 TIL drumsticks come in different sizes
00 I learned more in this stream than in a year of lessons
00 the way you explained ohms finally made sense to me
00 I never understood capos until today
00 watching this instead of studying for my exam, worth it
00 I came for the deals, stayed for the vibes
00 my girlfriend thinks I have a guitar problem and she is right
00 my wife already bought me the capo for christmas, I saw the box lol
00 I'm saving this stream for my son, he's learning drums
00 sending this stream to my band group chat
00 I shared the stream in my uke club discord
00 our uke club meets every tuesday in NDG
00 the Montreal uke club would love this
00 hey uke club people!
00 ukulele orchestra of Great Britain is the best thing ever
00 jake shimabukuro's while my guitar gently weeps, look it up
00 Jake Shimabukuro is the GOAT of uke
00 Tommy Emmanuel would destroy on that acoustic
00 Oscar Peterson was from Montreal, piano legend
00 Oscar Peterson's Hymn to Freedom always makes me cry
00 Glenn Gould playing Bach is my favourite thing
00 Joni Mitchell tunings are wild
00 Neil Peart was the best drummer ever, rip
00 Alanis on the piano next please
00 Feist on the guitar would be so good
00 Leonard Cohen's Suzanne is about Montreal
00 City and Colour covers pls
00 Great Big Sea on the uke for the maritimers
00 Stan Rogers - Northwest Passage, the unofficial anthem
00 Barrett's Privateers!! everyone sing
00 Shania on the uke would be hilarious
00 Justin Bieber on piano lol jk
00 Drake on uke lmao
00 The Weeknd on the violin would go hard
00 Arkells cover when
00 Alvvays covers please
00 Men I Trust vibes on this guitar
00 Mac DeMarco is Canadian too you know
00 Daniel Caesar on the piano would be so smooth
"""

# Long lines the chat sends whole: copypastas and a bot's gift notice (label 0, nothing on air).
LONG_LINES = (
    ("🎸 I PLAY THE GUITAR FOR 17 YEARS AND NEVER ONCE HAVE I SEEN A TONE THIS CLEAN 🎸 I WILL "
     "TELL MY GRANDCHILDREN ABOUT THIS STREAM 🎸"),
    ("Did you know that the critically acclaimed ukulele has only FOUR strings? Four. That "
     "means every chord is a power chord if you believe hard enough. Copy this if you believe "
     "🎶"),
    ("I'm not saying this guitar is good, but my neighbour just knocked on my door and asked "
     "me to turn it UP. Respectfully, I have no neighbours. I live in a van."),
    ("Hey @host I know you're busy but I just wanted to say I've been watching for 3 years and "
     "this is the first time I've cried at a capo demonstration. Thank you."),
    ("loonieandtoonie subscribed at Tier 2. They've subscribed for 14 months, currently on a "
     "14 month streak!"),
    ("mile_end_maddie is gifting 5 Tier 1 Subs to Maple Music's community! They've gifted a "
     "total of 22 in the channel!"),
)

CHAT_BLOCKS = (CANADIAN, QUEBEC, TAGLISH, CANTONESE, TAIWAN, MAINLAND, CHINESE_CANADIAN, MUSICIANS,
               TWITCH, BOTS, HARD, STORIES, CHINESE_TALK, MORE_CHAT, ON_SHOW)


def chat() -> list[tuple[int, int, str]]:
    """Every chat line written above, in block order: (label, on_air, text)."""
    return [line for block in CHAT_BLOCKS for line in _lines(block)] + [
        (0, 0, text) for text in LONG_LINES]


# -- the answer suite -------------------------------------------------------------------------

def _music() -> list[AnswerCase]:
    """The Montreal music shop (CAD): variants in the viewers' own words, the sold-out sizes,
    per-unit asks, Canadian, Quebec French, Taglish and Chinese phrasing, other units."""
    m = "music"
    return [
        # prices, variants named the way viewers name them
        case(m, "the small one how much is it again", "price", "GUITAR-MAPLEWOOD", sku="GTR-MW-34"),
        case(m, "三四尺寸的吉他多少钱", "price", sku="GTR-MW-34"),
        case(m, "how much for the full size with the pickup in it", "price", sku="GTR-MW-FULLPU"),
        case(m, "full size吉他几钱", "price", sku="GTR-MW-FULL"),
        case(m, "呢把結他全尺寸幾錢", "price", "GUITAR-MAPLEWOOD", sku="GTR-MW-FULL"),
        case(m, "88键的多少钱", "price", "PIANO-ARIA", sku="PIANO-ARIA-88"),
        case(m, "how much is the eighty eight key one", "price", "PIANO-ARIA", sku="PIANO-ARIA-88"),
        case(m, "magkano po yung piano na 88 keys", "price", sku="PIANO-ARIA-88"),
        case(m, "61鍵電鋼琴多少錢", "price", sku="PIANO-ARIA-61"),
        case(m, "the twenty foot cable, how much", "price", sku="CABLE-PL-20"),
        case(m, "how much is the 6 metre guitar cable", "price", sku="CABLE-PL-20"),
        case(m, "3米的连接线多少钱", "price", sku="CABLE-PL-10"),
        case(m, "how much for one set of the 11s", "price", sku="STR-NW-1152-1"),
        case(m, "what's a 3 pack of the 12-53s go for", "price", sku="STR-NW-1253-3"),
        case(m, "how much per pair for the 5B", "price", sku="STICKS-5B"),
        case(m, "7A鼓棒一对多少钱", "price", sku="STICKS-7A"),
        case(m, "magkano po yung tenor na uke", "price", sku="UKE-KAHU-TEN"),
        case(m, "combien pour le ukulele concert", "price", sku="UKE-KAHU-CON"),
        case(m, "高音烏克麗麗多少錢", "price", sku="UKE-KAHU-SOP"),
        case(m, "c'est combien le violon 3/4", "price", sku="VIOLIN-3-4"),
        case(m, "小提琴4/4多少钱", "price", sku="VIOLIN-4-4"),
        case(m, "呢個電源幾錢呀", "price", "POWER-VOLTHUB", sku="POWER-VOLTHUB"),
        case(m, "这个调音器多少米", "price", "TUNER-CLIPTONE", sku="TUNER-CLIPTONE"),
        case(m, "黑色變調夾幾錢", "price", sku="CAPO-BLK"),
        case(m, "声卡两路输入的多少钱", "price", sku="IFACE-DUO"),
        case(m, "250欧的耳机多少钱", "price", sku="HP-HM70-250"),
        case(m, "forty watt amp how much", "price", sku="AMP-BLAZE-40"),
        case(m, "儿童电子琴五六岁那款多少钱", "price", sku="KIDDO-5-7"),
        case(m, "哨片3号一盒多少", "price", sku="REEDS-3"),
        # stock, the sold-out sizes among them
        case(m, "is the 3/4 still in stock bud", "stock", "GUITAR-MAPLEWOOD", sku="GTR-MW-34"),
        case(m, "三四尺寸还有货吗", "stock", sku="GTR-MW-34"),
        case(m, "the 20 foot cable in stock?", "stock", sku="CABLE-PL-20"),
        case(m, "y'en reste-tu des pianos 88 touches?", "stock", sku="PIANO-ARIA-88"),
        case(m, "available pa po ba yung tenor uke", "stock", sku="UKE-KAHU-TEN"),
        case(m, "調音器仲有冇貨", "stock", sku="TUNER-CLIPTONE"),
        case(m, "250歐姆的耳機還有貨嗎", "stock", sku="HP-HM70-250"),
        case(m, "any 3 packs of 12-53 left", "stock", sku="STR-NW-1253-3"),
        case(m, "how many power supplies you got", "stock", "POWER-VOLTHUB", sku="POWER-VOLTHUB"),
        case(m, "1/4的小提琴还有几把", "stock", sku="VIOLIN-1-4"),
        case(m, "la carte son Duo est-tu en stock", "stock", sku="IFACE-DUO"),
        # facts from the listing, measures asked in other units
        case(m, "does that one come with a case", "fact", "GUITAR-MAPLEWOOD", sku="GUITAR-MAPLEWOOD",
             fact="no case or gig bag is included"),
        case(m, "有冇左手嘅結他", "fact", sku="GUITAR-MAPLEWOOD", fact="只有右手款"),
        case(m, "nut width on the D-20?", "fact", sku="GUITAR-MAPLEWOOD", fact="43 mm"),
        case(m, "solid top or laminate", "fact", "GUITAR-MAPLEWOOD", sku="GUITAR-MAPLEWOOD",
             fact="solid Sitka spruce"),
        case(m, "尤克里里是单板还是合板", "fact", sku="UKE-KAHU", fact="桃花心木合板"),
        case(m, "how long is the tenor uke in cm", "fact", sku="UKE-KAHU-TEN", fact="66 cm"),
        case(m, "can I put those strings on my electric", "fact", "STRINGS-NORTHWIND",
             sku="STRINGS-NORTHWIND", fact="not for electric guitars"),
        case(m, "呢啲弦用唔用得落電結他", "fact", sku="STRINGS-NORTHWIND", fact="不适合电吉他"),
        case(m, "is the string price for the whole set or per string", "fact",
             sku="STRINGS-NORTHWIND", fact="Per set of 6 strings"),
        case(m, "连接线能插耳机用吗", "fact", sku="CABLE-PATCHLINE", fact="不能接耳机"),
        case(m, "can you cut me 15 feet of cable", "fact", sku="CABLE-PATCHLINE",
             fact="not cut to length"),
        case(m, "are the 88 keys weighted like a real piano", "fact", sku="PIANO-ARIA-88",
             fact="not weighted hammer action"),
        case(m, "88鍵是重錘鍵盤嗎", "fact", sku="PIANO-ARIA-88", fact="不是重锤手感"),
        case(m, "电钢送不送琴架", "fact", "PIANO-ARIA", sku="PIANO-ARIA", fact="琴架不包含在内"),
        case(m, "la pédale est incluse avec le piano?", "fact", sku="PIANO-ARIA",
             fact="sustain pedal is included"),
        case(m, "how many kilos is the 88 key", "fact", sku="PIANO-ARIA-88", fact="11.8 kg"),
        case(m, "how long is the 88 key piano, will it fit on my desk", "fact",
             sku="PIANO-ARIA-88", fact="1,320 × 290 × 130 mm"),
        case(m, "鼓棒係咪一對價", "fact", sku="STICKS-THUNDER", fact="一对的价格"),
        case(m, "will the capo fit my classical guitar", "fact", sku="CAPO-SNAPKEY",
             fact="flat classical fingerboards"),
        case(m, "变调夹能夹尤克里里吗", "fact", sku="CAPO-SNAPKEY", fact="只适合民谣吉他和电吉他"),
        case(m, "does the tuner come with the battery", "fact", sku="TUNER-CLIPTONE",
             fact="CR2032 battery is not included"),
        case(m, "will the interface work on my old iPad with the lightning port", "fact",
             sku="INTERFACE-SONORA", fact="Lightning to USB 3 Camera Adapter"),
        case(m, "声卡能接电容麦吗", "fact", "INTERFACE-SONORA", sku="INTERFACE-SONORA",
             fact="48V幻象电源"),
        case(m, "does the Solo have phantom power", "fact", sku="IFACE-SOLO",
             fact="48 V phantom power is on the Duo only"),
        case(m, "耳机线可以拆下来吗", "fact", sku="HEADPHONES-HARBOUR", fact="不可拆卸"),
        case(m, "can I use the 250 ohm ones with my phone", "fact", sku="HP-HM70-250",
             fact="take the 32 Ω for phones"),
        case(m, "can I plug my bass into the blaze", "fact", sku="AMP-BLAZE",
             fact="voiced for electric guitar"),
        case(m, "音箱有冇藍牙", "fact", sku="AMP-BLAZE", fact="没有蓝牙"),
        case(m, "would the kids keyboard be ok for my 3 year old", "fact", sku="KEYBOARD-KIDDO",
             fact="not suitable for children under 5 years"),
        case(m, "儿童电子琴要装电池吗", "fact", sku="KEYBOARD-KIDDO", fact="4节5号电池"),
        case(m, "what size violin for a 9 year old", "fact", sku="VIOLIN-ETUDE", fact="ages 8–9"),
        case(m, "小提琴送唔送琴盒", "fact", sku="VIOLIN-ETUDE", fact="方形琴盒"),
        case(m, "do the reeds fit a tenor sax", "fact", sku="REEDS-CANE",
             fact="alto saxophone only"),
        case(m, "can the power supply do 12 volt pedals", "fact", sku="POWER-VOLTHUB",
             fact="12 V or 18 V"),
        case(m, "效果器电源几路输出", "fact", sku="POWER-VOLTHUB", fact="8路隔离输出"),
        # compare
        case(m, "61 vs 88 keys, what's the price difference", "compare",
             skus=["PIANO-ARIA-61", "PIANO-ARIA-88"]),
        case(m, "Solo or Duo, how much each", "compare", skus=["IFACE-SOLO", "IFACE-DUO"]),
        case(m, "concert或者tenor，哪个便宜", "compare", skus=["UKE-KAHU-CON", "UKE-KAHU-TEN"]),
        case(m, "15瓦同40瓦差幾多錢", "compare", skus=["AMP-BLAZE-15", "AMP-BLAZE-40"]),
        case(m, "is the 3 pack of 11s cheaper than buying single sets", "compare",
             skus=["STR-NW-1152-1", "STR-NW-1152-3"]),
        case(m, "10英尺和20英尺的线各多少钱", "compare", skus=["CABLE-PL-10", "CABLE-PL-20"]),
        # policies
        case(m, "ship to Yukon?", "policy", policy="shipping-north"),
        case(m, "sorry, does it ship to Nunavut", "policy", policy="shipping-north"),
        case(m, "can I pay with e-transfer", "policy", policy="payment"),
        case(m, "pwede COD po", "policy", policy="payment"),
        case(m, "可以用Affirm分期吗", "policy", policy="payment"),
        case(m, "寄美国吗？我在纽约", "policy", policy="shipping-us"),
        case(m, "I'm in Vermont, do I pay duties on top", "policy", policy="shipping-us"),
        case(m, "can you ship the 88 key piano to Boston", "policy", "PIANO-ARIA",
             policy="shipping-us"),
        case(m, "你哋寄唔寄香港㗎，我喺旺角", "policy", policy="shipping-us"),
        case(m, "ship to Manila po?", "policy", policy="shipping-us"),
        case(m, "pickup in Montreal?", "policy", policy="pickup"),
        case(m, "可以去蒙特利尔门店自提吗", "policy", policy="pickup"),
        case(m, "can I return strings", "policy", policy="returns"),
        case(m, "琴弦可以退嗎", "policy", policy="returns"),
        case(m, "livraison à Québec c'est combien?", "policy", policy="shipping"),
        case(m, "寄卡尔加里运费多少", "policy", policy="shipping-canada"),
        case(m, "how much is delivery for the piano, it's huge", "policy", "PIANO-ARIA",
             policy="freight"),
        case(m, "tax included?", "policy", policy="taxes"),
        case(m, "is that in Canadian or American", "policy", "AMP-BLAZE", policy="taxes"),
        case(m, "小提琴保修幾年", "policy", policy="warranty"),
        case(m, "吉他发货前会免费调琴吗", "policy", policy="setup"),
        # deals
        case(m, "any deals on today eh", "deals"),
        case(m, "今天直播间乐器有什么优惠", "deals"),
        case(m, "y'a tu des rabais aujourd'hui", "deals"),
        # must abstain: not carried, not stated, the host, traps
        case(m, "do you guys sell electric guitars", "abstain", why="not carried"),
        case(m, "有冇電結他賣", "abstain", why="not carried"),
        case(m, "magkano po yung cajon", "abstain", why="not carried"),
        case(m, "有没有口琴", "abstain", why="not carried"),
        case(m, "combien pour une batterie électronique", "abstain", why="not carried"),
        case(m, "do you sell a condenser mic for the Duo", "abstain", why="not carried"),
        case(m, "小提琴弦有单卖吗", "abstain", why="not carried"),
        case(m, "do you have a piano bench to go with it", "abstain", "PIANO-ARIA",
             why="not carried"),
        case(m, "is the D-20 made in Canada", "abstain", sku="GUITAR-MAPLEWOOD",
             why="not stated"),
        case(m, "吉他是哪里生产的", "abstain", sku="GUITAR-MAPLEWOOD", why="not stated"),
        case(m, "does the piano have bluetooth midi", "abstain", sku="PIANO-ARIA",
             why="not stated"),
        case(m, "电钢能连蓝牙吗", "abstain", sku="PIANO-ARIA", why="not stated"),
        case(m, "哨片是Vandoren的吗", "abstain", sku="REEDS-CANE", why="not stated"),
        case(m, "will the clip tuner work on my banjo", "abstain", sku="TUNER-CLIPTONE",
             why="not stated: an instrument the listing does not name"),
        case(m, "does the amp work with my Line 6 Helix", "abstain", sku="AMP-BLAZE",
             why="not stated: a device the listing does not name"),
        case(m, "can I play Wonderwall on the kids keyboard", "abstain", sku="KEYBOARD-KIDDO",
             why="a song the listing does not name"),
        case(m, "best guitar in Canada?", "abstain", why="a trap: no listing answers it"),
        case(m, "can you give discount? i'm a student", "abstain", why="a trap: only the live deals"),
        case(m, "能便宜点吗主播", "abstain", why="a trap: only the live deals"),
        case(m, "can you hold the last 40 watt for me till Friday", "abstain", "AMP-BLAZE",
             why="not a policy the shop has"),
        case(m, "how much eh", "abstain", why="nothing on air and no product named"),
        case(m, "what guitar do YOU play at home", "abstain", why="about the host"),
        case(m, "主播学琴多久了", "abstain", why="about the host"),
        case(m, "are you sponsored by maplewood or nah", "abstain", why="about the host"),
        case(m, "呢首咩歌嚟㗎", "abstain", why="about the song, not the shop"),
    ]


def _heldout_shops() -> list[AnswerCase]:
    """The twelve earlier held-out shops, asked by the same viewers (Canadians asking about
    voltages and shipping, Chinese viewers in simplified and traditional characters)."""
    g, b, f, p, y, t = "gadget", "beauty", "fitness", "pets", "baby", "tools"
    return [
        # gadget (GBP)
        case(g, "磁吸无线充多少钱", "price", sku="CHARGER-QI2-15W"),
        case(g, "the voltpack 20000 mAh one, how much", "price", sku="POWERBANK-VOLT-20K"),
        case(g, "pro max case in frost black, price?", "price", sku="CASE-IP15PM-BLK"),
        case(g, "最大那个26800毫安的充电宝还有吗", "stock", sku="POWERBANK-VOLT-26K"),
        case(g, "is the boomlet speaker back in stock", "stock", sku="SPEAKER-BOOMLET"),
        case(g, "do I get a wall plug with the magdisc", "fact", sku="CHARGER-QI2-15W",
             fact="use a 20 W USB-C wall plug"),
        case(g, "充电宝可以随身带上飞机不", "fact", sku="POWERBANK-VOLT", fact="可以随身带上飞机"),
        case(g, "降噪耳机游泳可以戴吗", "fact", sku="EARBUDS-AIRLITE-PRO", fact="IPX4"),
        case(g, "will the braided cable run my monitor off my laptop", "fact",
             sku="CABLE-USBC-BRAID", fact="not video"),
        case(g, "do the smart plugs do homekit", "fact", sku="PLUG-SMART-2PK", fact="not Apple Home"),
        case(g, "防丢器安卓手机能用吗", "fact", sku="TAG-FINDIT-4PK", fact="仅支持苹果查找网络"),
        case(g, "10000和20000毫安的充电宝各多少钱", "compare",
             skus=["POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K"]),
        case(g, "can you post the earbuds to Cork in Ireland", "policy", policy="shipping"),
        case(g, "降噪耳机戴过一次还能退货吗", "policy", policy="returns"),
        case(g, "can I pay with clearpay", "policy", policy="payment"),
        case(g, "do you sell AirPods", "abstain", why="not carried"),
        case(g, "你们家有没有卖平板电脑", "abstain", why="not carried"),
        case(g, "补光灯能装单反相机吗", "abstain", sku="RINGLIGHT-GLOWUP-10", why="not stated"),
        case(g, "充电宝具体是多少瓦时", "abstain", sku="POWERBANK-VOLT", why="not stated"),
        case(g, "is the boomlet loud enough for a party of 50 people", "abstain",
             sku="SPEAKER-BOOMLET", why="a trap: not in the listing"),
        # beauty (EUR)
        case(b, "50ml的面霜多少", "price", sku="MOIST-HYDRA-50ML"),
        case(b, "how much is the spf 50 one", "price", sku="SUN-SPF50"),
        case(b, "coral pop lipstick how much is it", "price", sku="LIP-CORAL-POP"),
        case(b, "04 honey foundation in stock?", "stock", sku="FOUND-04-HONEY"),
        case(b, "水澜补水面膜还有货吗", "stock", sku="MASK-HYDRA-10"),
        case(b, "裸玫瑰色口红还有几支", "stock", sku="LIP-NUDE-ROSE"),
        case(b, "can I bring the hair dryer home to Canada", "fact", sku="DRYER-AEROLUX",
             fact="not for 110 V countries"),
        case(b, "这个洗发水含不含硅油", "fact", sku="SHAMPOO-NATURA", fact="无硅油"),
        case(b, "can I layer the vitamin c serum with my retinol", "fact", sku="SERUM-C15",
             fact="retinol at night"),
        case(b, "will the suncream look ghostly on dark skin", "fact", sku="SUNSCREEN-SOLEIL",
             fact="no white cast"),
        case(b, "刷头能装在别的牌子的牙刷上吗", "fact", sku="HEADS-SONIQ",
             fact="仅适配声波Pro电动牙刷"),
        case(b, "30ml和50ml的香水差多少钱", "compare", skus=["PERFUME-30ML", "PERFUME-50ML"]),
        case(b, "do you ship skincare to Canada, Montreal", "policy", policy="shipping-limits"),
        case(b, "口红开封了可以退吗", "policy", policy="returns"),
        case(b, "香水可以用Klarna分三期吗", "policy", policy="payment"),
        case(b, "订单会送小样吗", "policy", policy="loyalty"),
        case(b, "do you sell a retinol serum", "abstain", why="not carried"),
        case(b, "有没有卸妆水", "abstain", why="not carried"),
        case(b, "is the foundation tested on animals", "abstain", sku="FOUNDATION-SKINVEIL",
             why="not stated"),
        case(b, "口红含铅吗", "abstain", sku="LIPSTICK-VELOURS", why="not stated"),
        case(b, "主播用的什么色号的粉底", "abstain", why="about the host"),
        # fitness (USD)
        case(f, "5磅巧克力味的蛋白粉多少钱", "price", sku="WHEY-CHOC-5LB"),
        case(f, "how much is just one dumbbell", "price", sku="DUMBBELL-SINGLE"),
        case(f, "肌酸1公斤装多少", "price", sku="CREATINE-1000G"),
        case(f, "香草味5磅装的蛋白粉还有吗", "stock", sku="WHEY-VAN-5LB"),
        case(f, "L号的健身手套还有几双", "stock", sku="GLOVES-L"),
        case(f, "jump rope in stock?", "stock", sku="ROPE-SWIFT"),
        case(f, "蛋白粉一勺有多少克蛋白质", "fact", sku="WHEY-IRONCORE", fact="每勺24克"),
        case(f, "how much caffeine is in the voltage", "fact", sku="PREWORKOUT-VOLTAGE",
             fact="300 mg per scoop"),
        case(f, "蛋白棒里有没有花生", "fact", sku="BAR-CRUNCHLAB-12", fact="含花生"),
        case(f, "is it ok to drop the flexlift after a set", "fact", sku="DUMBBELL-FLEXLIFT",
             fact="do not drop them"),
        case(f, "体脂秤一定要连家里wifi吗", "fact", sku="SCALE-TALLY", fact="不支持Wi-Fi"),
        case(f, "哑铃一对和单只的价格", "compare", skus=["DUMBBELL-PAIR", "DUMBBELL-SINGLE"]),
        case(f, "do you ship to Toronto", "policy", policy="shipping-limits"),
        case(f, "蛋白粉开封喝了一勺还能退吗", "policy", policy="returns"),
        case(f, "订阅蛋白粉打几折", "policy", policy="subscribe-save"),
        case(f, "do you guys sell kettlebells too", "abstain", why="not carried"),
        case(f, "有跑步机卖吗", "abstain", why="not carried"),
        case(f, "is the ironcore whey protein certified halal or not", "abstain",
             sku="WHEY-IRONCORE", why="not stated"),
        case(f, "氮泵是哪个国家生产的", "abstain", sku="PREWORKOUT-VOLTAGE", why="not stated"),
        case(f, "can the bands replace my gym membership", "abstain", sku="BANDS-TENSIONPRO",
             why="a trap: not in the listing"),
        case(f, "主播健身练了几年了", "abstain", why="about the host"),
        # pets (GBP)
        case(p, "12公斤装的幼犬狗粮多少钱", "price", sku="DOG-PUPPY-12KG"),
        case(p, "5m retractable lead price", "price", sku="LEAD-5M"),
        case(p, "how much are the duck pouches", "price", sku="CAT-DUCK-12"),
        case(p, "成犬狗粮12公斤的还有吗", "stock", sku="DOG-ADULT-12KG"),
        case(p, "is the cat carrier back in stock", "stock", sku="CARRIER-VOYAGE"),
        case(p, "宠物饮水机还剩几个", "stock", sku="FOUNTAIN-FLOWY"),
        case(p, "狗粮含不含谷物", "fact", sku="DOGFOOD-HEARTH", fact="含糙米和燕麦"),
        case(p, "can I put the flea drops on my cat too", "fact", sku="SPOTON-FLEASHIELD",
             fact="never use it on cats"),
        case(p, "用完的猫砂可以倒马桶吗", "fact", sku="LITTER-CLOUDCLUMP", fact="请装袋扔进垃圾桶"),
        case(p, "幼猫能吃这个湿粮不", "fact", sku="CATFOOD-PURRFECT", fact="1岁以上成猫粮"),
        case(p, "does the toughring float in the lake", "fact", sku="TOY-TOUGHRING",
             fact="floats in water"),
        case(p, "do you deliver dog food to Dublin", "policy", policy="shipping-limits"),
        case(p, "狗粮定期配送有折扣吗", "policy", policy="repeat-save"),
        case(p, "开过的狗粮能退吗", "policy", policy="returns"),
        case(p, "do you sell wild bird seed", "abstain", why="not carried"),
        case(p, "你们有没有大的猫爬架", "abstain", why="not carried"),
        case(p, "is the dog food made in the UK", "abstain", sku="DOGFOOD-HEARTH", why="not stated"),
        case(p, "胸背猫咪能用吗", "abstain", sku="HARNESS-TRAILFIT", why="not stated"),
        case(p, "主播养的什么狗", "abstain", why="about the host"),
        # baby (EUR)
        case(y, "4号纸尿裤多少钱", "price", sku="NAPPY-S4"),
        case(y, "stage 1 formula price", "price", sku="FORMULA-STAGE1"),
        case(y, "the stroller in sage, how much", "price", sku="STROLLER-SAGE"),
        case(y, "6号纸尿裤现在有货吗", "stock", sku="NAPPY-S6"),
        case(y, "is the baby monitor in stock", "stock", sku="MONITOR-NESTVIEW"),
        case(y, "那个能转360度的安全座椅还剩几个", "stock", sku="CARSEAT-ORBIT360"),
        case(y, "刚出生的宝宝能坐这个推车吗", "fact", sku="STROLLER-ZIPPA",
             fact="6个月以上能坐稳的宝宝才可以用"),
        case(y, "can the bloom teether go in the freezer for teething", "fact", sku="TEETHER-BLOOM",
             fact="never freeze it"),
        case(y, "奶粉含乳糖吗", "fact", sku="FORMULA-LUNA", fact="含乳糖"),
        case(y, "our car has no isofix, can I use the seat belt", "fact", sku="CARSEAT-ORBIT360",
             fact="cannot be fitted with a seat belt"),
        case(y, "can I take the stroller on the plane as cabin bag", "fact", sku="STROLLER-ZIPPA",
             fact="fits airline cabin bins"),
        case(y, "这个湿巾可不可以冲进马桶", "fact", sku="WIPES-PUREAQUA", fact="请扔进垃圾桶"),
        case(y, "do you ship to Switzerland", "policy", policy="shipping-limits"),
        case(y, "拆开的纸尿裤能退吗", "policy", policy="returns"),
        case(y, "纸尿裤订阅有折扣吗", "policy", policy="nappy-club"),
        case(y, "do you sell electric breast pumps", "abstain", why="not carried"),
        case(y, "有没有婴儿床卖", "abstain", why="not carried"),
        case(y, "奶粉是哪个国家产的", "abstain", sku="FORMULA-LUNA", why="not stated"),
        case(y, "is the high chair made in Germany", "abstain", sku="HIGHCHAIR-GROWUP",
             why="not stated"),
        case(y, "主播有几个孩子", "abstain", why="about the host"),
        # tools (AUD)
        case(t, "4.0Ah drill kit how much", "price", sku="DRILL-KIT-4AH"),
        case(t, "6ah电池多少钱", "price", sku="BATT-6AH"),
        case(t, "8米的钢卷尺几钱", "price", sku="TAPE-8M"),
        case(t, "laser level back in stock?", "stock", sku="LASER-CROSS360"),
        case(t, "折叠工作台还剩几张", "stock", sku="BENCH-FOLDPRO"),
        case(t, "30L shop vac stock?", "stock", sku="VAC-30L"),
        case(t, "这个电钻是有刷还是无刷", "fact", sku="DRILL-VOLTA18", fact="有刷电机"),
        case(t, "does the impact driver come with a battery or not", "fact", sku="IMPACT-VOLTA18",
             fact="bare tool"),
        case(t, "伏塔电池可以装牧田的机器吗", "fact", sku="BATT-VOLTA18", fact="仅适配伏塔18V工具"),
        case(t, "does the circular saw run on the 18v batteries", "fact", sku="SAW-CIRC-185",
             fact="corded"),
        case(t, "卷尺上面有没有英寸的刻度", "fact", sku="TAPE-GRIPLOCK", fact="只有公制"),
        case(t, "ship to NZ?", "policy", policy="shipping-nz"),
        case(t, "做装修的有没有批发价", "policy", policy="trade"),
        case(t, "can I use afterpay for the drill kit", "policy", policy="payment"),
        case(t, "do you sell an angle grinder", "abstain", why="not carried"),
        case(t, "有没有卖角磨机", "abstain", why="not carried"),
        case(t, "电钻是德国产的吗", "abstain", sku="DRILL-VOLTA18", why="not stated"),
        case(t, "will the HSS bits go through stainless steel", "abstain", sku="BITS-HSS-19",
             why="not stated"),
        case(t, "主播做木工多少年了", "abstain", why="about the host"),
    ]


def _heldout_shops2() -> list[AnswerCase]:
    """The jewellery, coffee, bedding, car, garden and cycle shops."""
    j, w, d, c, n, k = "jewel", "brew", "bedding", "car", "garden", "cycle"
    return [
        # jewel (SGD)
        case(j, "0.5克拉培育钻石吊坠多少钱", "price", sku="PENDANT-050CT"),
        case(j, "meridian watch on the steel bracelet, how much", "price", sku="WATCH-STEEL"),
        case(j, "58毫米的手鐲幾錢", "price", sku="JADE-58MM"),
        case(j, "US7的戒指有货吗", "stock", sku="RING-US7"),
        case(j, "brown leather strap meridian in stock?", "stock", sku="WATCH-BROWN-LEATHER"),
        case(j, "量戒圈现在还有吗", "stock", sku="SIZER-RING"),
        case(j, "戒指买大了能改小吗", "fact", sku="RING-LUNA-925", fact="不能改圈"),
        case(j, "is the aura necklace solid gold or plated", "fact", sku="NECKLACE-AURA",
             fact="not solid gold"),
        case(j, "子午线手表能戴着潜水吗", "fact", sku="WATCH-MERIDIAN40", fact="不可潜水"),
        case(j, "翡翠手镯有证书吗", "fact", sku="BANGLE-JADE", fact="A货证书"),
        case(j, "is engraving on the titanium band free", "fact", sku="BAND-TITAN6",
             fact="free inside engraving"),
        case(j, "ship to Malaysia?", "policy", policy="shipping-malaysia"),
        case(j, "珍珠耳環戴過可以退嗎", "policy", policy="returns"),
        case(j, "paynow can?", "policy", policy="payment"),
        case(j, "do you sell silver anklets", "abstain", why="not carried"),
        case(j, "有冇胸針賣", "abstain", why="not carried"),
        case(j, "are the pearls from Japan", "abstain", sku="EARRING-PEARL", why="not stated"),
        case(j, "will gold prices go up next year", "abstain", why="a trap: not the shop's facts"),
        case(j, "主播戴的是哪一款戒指", "abstain", why="about the host"),
        # brew (PHP)
        case(w, "1kg sagada whole bean price po", "price", sku="SAGADA-1KG-WB"),
        case(w, "耶加雪菲250克原豆多少", "price", sku="YIRGA-250-WB"),
        case(w, "6杯份摩卡壺多少錢", "price", sku="MOKA-6CUP"),
        case(w, "500g sagada filter grind available pa po?", "stock", sku="SAGADA-500-FIL"),
        case(w, "V60濾紙還有嗎", "stock", sku="FILTER-PAPER-100"),
        case(w, "咖啡禮盒剩幾盒", "stock", sku="GIFT-BREWKIT"),
        case(w, "手沖壺在加拿大能用嗎", "fact", sku="KETTLE-GOOSE-08", fact="不適用110伏特"),
        case(w, "will the moka pot work on my induction stove", "fact", sku="MOKA-ALU",
             fact="not induction compatible"),
        case(w, "阿里山烏龍是有機的嗎", "fact", sku="OOLONG-ALISHAN", fact="沒有有機認證"),
        case(w, "may sugar na po ba yung matcha", "fact", sku="MATCHA-UJI-30",
             fact="no sugar added"),
        case(w, "磨豆機是鋼刀還是陶瓷刀", "fact", sku="GRINDER-HAND-C40", fact="陶瓷錐刀"),
        case(w, "do you have a decaf version of the sagada", "fact", sku="BEAN-SAGADA",
             fact="we do not sell decaf"),
        case(w, "can you ship the oolong to Taiwan?", "policy", policy="shipping-taiwan"),
        case(w, "pwede po COD sa Quezon City", "policy", policy="payment"),
        case(w, "咖啡豆開封了可以退嗎", "policy", policy="returns"),
        case(w, "有沒有賣義式咖啡機", "abstain", why="not carried"),
        case(w, "is the barako fair trade certified", "abstain", sku="BEAN-BARAKO",
             why="not stated"),
        case(w, "抹茶一杯多少卡路里", "abstain", sku="MATCHA-UJI-30", why="not stated"),
        case(w, "主播你一天喝幾杯咖啡啊", "abstain", why="about the host"),
        # bedding (INR)
        case(d, "queen grey bedsheet price", "price", sku="SHEET-QN-GRY"),
        case(d, "7公斤重力毯多少钱", "price", sku="WEIGHTED-7KG"),
        case(d, "9ft charcoal curtain kitne ka hai", "price", sku="CURTAIN-9FT-CHAR"),
        case(d, "king白色床单还有吗", "stock", sku="SHEET-KG-WHT"),
        case(d, "gift hamper kitne bache hain", "stock", sku="GIFT-HAMPER"),
        case(d, "7 ft charcoal curtain in stock or sold out?", "stock", sku="CURTAIN-7FT-CHAR"),
        case(d, "这个床单是不是埃及棉", "fact", sku="SHEET-PERCALE-300", fact="不是埃及棉"),
        case(d, "any feathers in the cloudsoft duvet", "fact", sku="DUVET-MICRO",
             fact="no down or feather"),
        case(d, "记忆棉枕头可以扔洗衣机吗", "fact", sku="PILLOW-MEMORY", fact="枕芯不能洗"),
        case(d, "pillow ek ka price hai ya pair ka", "fact", sku="PILLOW-FIBRE-PAIR",
             fact="sold as a pair"),
        case(d, "真丝枕套是真的桑蚕丝吗", "fact", sku="PILLOWCASE-SILK", fact="100%桑蚕丝"),
        case(d, "bedsheet ship to Singapore possible?", "policy", policy="shipping-singapore"),
        case(d, "COD available hai?", "policy", policy="payment"),
        case(d, "枕头收到了不喜欢能退吗", "policy", policy="returns"),
        case(d, "do you sell mattresses also", "abstain", why="not carried"),
        case(d, "有没有卖蚊帐", "abstain", why="not carried"),
        case(d, "浴巾是哪里织的", "abstain", sku="TOWEL-SET4", why="not stated"),
        case(d, "主播家的床单是什么颜色", "abstain", why="about the host"),
        # car (MYR)
        case(c, "dashcam 128gb tu berapa ringgit", "price", sku="VISTA-128GB"),
        case(c, "24寸雨刷多少钱", "price", sku="WIPER-24"),
        case(c, "XL头盔多少", "price", sku="KRX-XL"),
        case(c, "KRX helmet XL ada stock lagi?", "stock", sku="KRX-XL"),
        case(c, "车用吸尘器还有货吗", "stock", sku="VACUUM-CYCLO"),
        case(c, "搭电宝剩几个", "stock", sku="JUMPSTARTER-VOLTRA"),
        case(c, "这个全盔有DOT认证吗", "fact", sku="HELMET-KRX", fact="不是DOT认证"),
        case(c, "dashcam ada GPS tak", "fact", sku="DASHCAM-VISTA2K", fact="no GPS"),
        case(c, "can the car charger work in my 24v lorry", "fact", sku="CHARGER-DUO45",
             fact="12V and 24V"),
        case(c, "雨刷一支还是一对的价钱", "fact", sku="WIPER-AEROFLEX", fact="一支的价钱"),
        case(c, "is the stormrider breathable or not", "fact", sku="RAINSUIT-STORM",
             fact="does not breathe"),
        case(c, "ship to Singapore boleh?", "policy", policy="shipping-singapore"),
        case(c, "boleh COD?", "policy", policy="payment"),
        case(c, "can you install the dashcam at my house", "policy", policy="installation"),
        case(c, "ada jual car wax tak", "abstain", why="not carried"),
        case(c, "有没有卖轮胎", "abstain", why="not carried"),
        case(c, "dashcam装在特斯拉可以吗", "abstain", sku="DASHCAM-VISTA2K", why="not stated"),
        case(c, "主播开什么车", "abstain", why="about the host"),
        # garden (GBP)
        case(n, "17cm monstera price", "price", sku="MONSTERA-17"),
        case(n, "3袋装的培养土多少钱", "price", sku="COMPOST-3X40L"),
        case(n, "how much is the 30 m hose reel", "price", sku="HOSE-30M"),
        case(n, "hedge trimmer kit with the battery, price?", "price", sku="HEDGE-KIT"),
        case(n, "carrot seeds in stock", "stock", sku="SEEDS-CARROT"),
        case(n, "镀锌浇水壶有货吗", "stock", sku="WATERINGCAN-GALV"),
        case(n, "squirrel proof bird feeder how many left", "stock", sku="FEEDER-SQUIRRELPROOF"),
        case(n, "龟背竹猫咪咬了会怎样", "fact", sku="MONSTERA-DELICIOSA", fact="对猫狗有毒"),
        case(n, "is the compost ok for my blueberries", "fact", sku="COMPOST-PEATFREE",
             fact="not ericaceous"),
        case(n, "I'm a lefty, will the secateurs work for me", "fact", sku="SECATEURS-KESTREL",
             fact="right-handed only"),
        case(n, "植物灯可以放温室里吗", "fact", sku="GROWLIGHT-SUNBAR", fact="只限室内"),
        case(n, "can the terracotta pots stay outside all winter in Ontario", "fact", sku="POTS-TERRACOTTA",
             fact="not frost proof"),
        case(n, "can you ship plants to Belfast", "policy", policy="shipping-islands"),
        case(n, "寄爱尔兰都柏林可以吗", "policy", policy="shipping-ireland"),
        case(n, "植物死了包换吗", "policy", policy="plant-guarantee"),
        case(n, "do you sell a lawn mower", "abstain", why="not carried"),
        case(n, "有没有多肉植物卖", "abstain", why="not carried"),
        case(n, "is the monstera grown here in the UK or imported", "abstain", sku="MONSTERA-DELICIOSA",
             why="not stated"),
        case(n, "主播家的花园有多大", "abstain", why="about the host"),
        # cycle (AUD)
        case(k, "L frame e-bike price", "price", sku="EBIKE-URB-L"),
        case(k, "57-61的头盔多少钱", "price", sku="HELMET-5761"),
        case(k, "29寸内胎一条多少", "price", sku="TUBE-29"),
        case(k, "how much for the 800 lumen light set", "price", sku="LIGHTS-800"),
        case(k, "M码的电助力车还有吗", "stock", sku="EBIKE-URB-M"),
        case(k, "mini pump back in stock?", "stock", sku="PUMP-POCKETROCKET"),
        case(k, "儿童后座椅剩几个", "stock", sku="CHILDSEAT-KOALA"),
        case(k, "电助力车有没有油门", "fact", sku="EBIKE-URBANO", fact="没有油门"),
        case(k, "do I get a charger with the spare battery", "fact", sku="BATTERY-URBANO",
             fact="charger is not included"),
        case(k, "平衡车两岁的小孩能骑吗", "fact", sku="BALANCE-JOEY", fact="3岁以下不适用"),
        case(k, "can I run the cityshield tyres tubeless", "fact", sku="TYRE-CITYSHIELD",
             fact="not tubeless-ready"),
        case(k, "does the turbo-x trainer come with a cassette fitted", "fact", sku="TRAINER-TURBOX",
             fact="cassette is not included"),
        case(k, "can you ship the e-bike to Auckland", "policy", policy="shipping-nz"),
        case(k, "买车送免费保养吗", "policy", policy="first-service"),
        case(k, "afterpay on the e-bike ok?", "policy", policy="payment"),
        case(k, "do you sell road bikes", "abstain", why="not carried"),
        case(k, "有没有卖锁鞋", "abstain", why="not carried"),
        case(k, "what brand is the e-bike motor", "abstain", sku="EBIKE-URBANO", why="not stated"),
        case(k, "主播每天骑多少公里", "abstain", why="about the host"),
    ]


def _dev_shops() -> list[AnswerCase]:
    """The three shops of make_suite.SHOPS and the development outdoor shop."""
    s, a, x, o = "sample", "apparel", "snack", "outdoor"
    return [
        # sample (CNY)
        case(s, "内蒙古牛腱子多少钱一份", "price", sku="BEEF-SHANK-1KG"),
        case(s, "土鸡蛋30个几钱", "price", sku="EGG-FREERANGE-30"),
        case(s, "how much is the 65 inch tv in yuan", "price", sku="TV-4K-65"),
        case(s, "空气炸锅现在什么价", "price", sku="AIRFRYER-6L"),
        case(s, "X7扫拖机器人多少钱", "price", sku="VACUUM-ROBOT-X7"),
        case(s, "IH电饭煲价格多少", "price", sku="RICECOOKER-IH-4L"),
        case(s, "这箱苹果多少钱", "price", "APPLE-FUJI-5KG", sku="APPLE-FUJI-5KG"),
        case(s, "65寸电视还有货吗", "stock", sku="TV-4K-65"),
        case(s, "how many bags of the jasmine rice are left", "stock", sku="RICE-JASMINE-5KG"),
        case(s, "玉米买回来还要煮吗", "fact", sku="CORN-SWEET-10", fact="蒸熟后真空包装"),
        case(s, "苹果有没有打蜡的", "fact", sku="APPLE-FUJI-5KG", fact="没有打蜡"),
        case(s, "希腊酸奶有没有加糖", "fact", sku="YOGURT-GREEK-12", fact="零添加蔗糖"),
        case(s, "电视能接PS5玩4K吗", "fact", sku="TV-4K-65", fact="HDMI 2.1"),
        case(s, "扫地机遇到地毯怎么办", "fact", sku="VACUUM-ROBOT-X7", fact="自动增压"),
        case(s, "does the water purifier need a power socket", "fact", sku="PURIFIER-RO-800",
             fact="booster pump"),
        case(s, "鹅绒被脏了能放洗衣机吗", "fact", sku="DUVET-GOOSE-WINTER", fact="建议干洗"),
        case(s, "牛肉是吃粮食的还是吃草的", "fact", sku="BEEF-SHANK-1KG", fact="全程吃草"),
        case(s, "空气炸锅和电饭煲各多少钱", "compare", skus=["AIRFRYER-6L", "RICECOOKER-IH-4L"]),
        case(s, "你们能寄到香港吗，我在铜锣湾", "policy", policy="shipping-remote"),
        case(s, "新疆能发冷冻的牛肉吗", "policy", policy="shipping-remote"),
        case(s, "电器保修多久", "policy", policy="warranty"),
        case(s, "买电视能开发票吗", "policy", policy="invoice"),
        case(s, "可以花呗分期吗", "policy", policy="payment"),
        case(s, "生鲜收到坏了怎么办", "policy", policy="returns"),
        case(s, "今天直播间有什么活动", "deals"),
        case(s, "what are today's deals", "deals"),
        case(s, "有没有猪肉卖", "abstain", why="not carried"),
        case(s, "有榴莲吗", "abstain", why="not carried"),
        case(s, "do you sell iPhones", "abstain", why="not carried"),
        case(s, "牛肉有有机认证吗", "abstain", sku="BEEF-SHANK-1KG", why="not stated"),
        case(s, "泰国香米是今年的新米吗", "abstain", sku="RICE-JASMINE-5KG", why="not stated"),
        case(s, "电视是哪个工厂生产的", "abstain", sku="TV-4K-65", why="not stated"),
        case(s, "主播吃过这个牛肉没", "abstain", why="about the host"),
        case(s, "主播你今年多大了呀", "abstain", why="about the host"),
        case(s, "这家的苹果比别家的好吃吗", "abstain", sku="APPLE-FUJI-5KG",
             why="a trap: not in the listing"),
        case(s, "能不能再便宜二十块", "abstain", why="a trap: only the live deals"),
        # apparel (USD)
        case(a, "牛仔裤多少钱一条", "price", sku="JEANS-SLIM"),
        case(a, "冲锋雨衣多少钱", "price", sku="JACKET-RAIN"),
        case(a, "canvas low sneakers price?", "price", sku="SNEAKER-CANVAS"),
        case(a, "how much is the toque", "price", sku="BEANIE-WOOL"),
        case(a, "merino sweater in stock?", "stock", sku="SWEATER-MERINO"),
        case(a, "羊毛衫还有货吗", "stock", sku="SWEATER-MERINO"),
        case(a, "how many of the v neck tees are left", "stock", sku="TEE-VNECK"),
        case(a, "do the jeans have any stretch", "fact", sku="JEANS-SLIM", fact="slight stretch"),
        case(a, "is the white v-neck tee see through in daylight", "fact", sku="TEE-VNECK",
             fact="not see-through"),
        case(a, "美利奴毛衣贴身穿扎不扎", "fact", sku="SWEATER-MERINO",
             fact="超细美利奴羊毛可以贴身穿"),
        case(a, "can I throw the canvas sneakers in the washer", "fact", sku="SNEAKER-CANVAS",
             fact="gentle cold cycle"),
        case(a, "美利奴毛衣怎么洗才不会缩", "fact", sku="SWEATER-MERINO", fact="冷水手洗"),
        case(a, "衣服满多少包邮", "policy", policy="shipping"),
        case(a, "买错尺码可以换吗", "policy", policy="returns"),
        case(a, "klarna available for the rain jacket?", "policy", policy="payment"),
        case(a, "买衣服可以用支付宝付款吗", "policy", policy="payment"),
        case(a, "any deals on clothes today", "deals"),
        case(a, "do you sell summer dresses", "abstain", why="not carried"),
        case(a, "有没有羽绒服卖", "abstain", why="not carried"),
        case(a, "are the slim jeans made in the USA", "abstain", sku="JEANS-SLIM", why="not stated"),
        case(a, "雨衣有多重", "abstain", sku="JACKET-RAIN", why="not stated"),
        case(a, "主播穿几码的", "abstain", why="about the host"),
        case(a, "which beanie colour would suit me", "abstain", sku="BEANIE-WOOL",
             why="a trap: not in the listing"),
        # snack (CNY)
        case(x, "麻辣牛肉干多少钱", "price", sku="JERKY-SPICY-250"),
        case(x, "每日坚果30袋几钱", "price", sku="NUTS-DAILY-30"),
        case(x, "海苔12包一箱多少", "price", sku="SEAWEED-CRISPY-12"),
        case(x, "芒果干什么价", "price", sku="MANGO-DRIED-500"),
        case(x, "焦糖瓜子多少钱一斤", "price", sku="SEEDS-SUNFLOWER-1KG"),
        case(x, "how much is the spicy jerky", "price", sku="JERKY-SPICY-250"),
        case(x, "香脆海苔还剩几包", "stock", sku="SEAWEED-CRISPY-12"),
        case(x, "瓜子有货吗", "stock", sku="SEEDS-SUNFLOWER-1KG"),
        case(x, "四川牛肉干辣不辣啊我不太能吃辣", "fact", sku="JERKY-SPICY-250", fact="特辣"),
        case(x, "每日坚果是咸的吗", "fact", sku="NUTS-DAILY-30", fact="没有加盐"),
        case(x, "芒果干是哪里的芒果", "fact", sku="MANGO-DRIED-500", fact="菲律宾宿务"),
        case(x, "奶茶粉用凉水能冲开吗", "fact", sku="MILKTEA-POWDER-20", fact="先用少量热水化开"),
        case(x, "海苔给三岁小孩吃可以吗", "fact", sku="SEAWEED-CRISPY-12", fact="少盐"),
        case(x, "零食包邮吗", "policy", policy="shipping"),
        case(x, "零食拆了包装还能退吗", "policy", policy="returns"),
        case(x, "零食能用微信付吗", "policy", policy="payment"),
        case(x, "零食有什么优惠", "deals"),
        case(x, "你们有辣条卖吗", "abstain", why="not carried"),
        case(x, "有没有薯片卖", "abstain", why="not carried"),
        case(x, "麻辣牛肉干是清真的吗", "abstain", sku="JERKY-SPICY-250", why="not stated"),
        case(x, "芒果干热量高不高", "abstain", sku="MANGO-DRIED-500", why="not stated"),
        case(x, "主播自己最爱吃哪个零食", "abstain", why="about the host"),
        case(x, "哪个零食最好吃", "abstain", why="a trap: not in the listing"),
        # outdoor (USD)
        case(o, "how much is the trailblaze headlamp", "price", sku="LAMP-TRAIL-400"),
        case(o, "4人山脊帐篷多少钱", "price", sku="TENT-RIDGE-4P"),
        case(o, "15 lb bag of the salmon dog food price", "price", sku="DOG-SALMON-15LB"),
        case(o, "black daypack how much", "price", sku="PACK-DAY-20-BLACK"),
        case(o, "碳纤维登山杖多少钱", "price", sku="POLES-CARBON"),
        case(o, "XL no pull harness price", "price", sku="HARNESS-EASY-XL"),
        case(o, "down sleeping bag in stock?", "stock", sku="BAG-SUMMIT-20"),
        case(o, "灰色的登山鞋有货吗", "stock", sku="BOOT-GRANITE-GREY"),
        case(o, "how many 4 person tents left", "stock", sku="TENT-RIDGE-4P"),
        case(o, "does the trailblaze headlamp take AAA batteries", "fact", sku="LAMP-TRAIL-400",
             fact="built-in 1500 mAh battery"),
        case(o, "can the ridgeline handle snow", "fact", sku="TENT-RIDGE",
             fact="not made for snow loads"),
        case(o, "炉子有没有送气罐", "fact", sku="STOVE-PICO", fact="气罐需要另外购买"),
        case(o, "does the squeeze filter get rid of viruses too", "fact", sku="FILTER-SQUEEZE",
             fact="not viruses"),
        case(o, "will my laptop fit in the daypack", "fact", sku="PACK-DAY-20",
             fact="There is no laptop sleeve"),
        case(o, "小狗能吃这个三文鱼狗粮吗", "fact", sku="DOG-SALMON", fact="幼犬建议吃幼犬配方"),
        case(o, "睡袋能扛零下几度", "fact", sku="BAG-SUMMIT-20", fact="零下7度"),
        case(o, "2人和4人帐篷价格差多少", "compare", skus=["TENT-RIDGE-2P", "TENT-RIDGE-4P"]),
        case(o, "do you ship to Canada, I'm in Winnipeg", "policy", policy="shipping-limits"),
        case(o, "can you ship isobutane gas canisters with the stove", "policy", policy="shipping-limits"),
        case(o, "afterpay on the tent?", "policy", policy="payment"),
        case(o, "山脊帐篷保修多久", "policy", policy="warranty"),
        case(o, "any sales on camping gear today", "deals"),
        case(o, "do you sell inflatable kayaks", "abstain", why="not carried"),
        case(o, "有没有卖钓鱼竿", "abstain", why="not carried"),
        case(o, "is the tent bear proof", "abstain", sku="TENT-RIDGE",
             why="a trap: not in the listing"),
        case(o, "睡袋的羽绒是哪里产的", "abstain", sku="BAG-SUMMIT-20", why="not stated"),
        case(o, "主播去哪里露营过", "abstain", why="about the host"),
        case(o, "best hiking trail in BC?", "abstain", why="a trap: not the shop's facts"),
    ]


def _more_abstain() -> list[AnswerCase]:
    """More questions every shop must not answer: things none of them sells, what a listing
    leaves out, promises no listing makes, and the host."""
    return [
        case("music", "有没有卖电吉他效果器", "abstain", why="not carried"),
        case("music", "magkano po yung guitar strap", "abstain", why="not carried"),
        case("music", "do you have a gig bag that fits the D-20", "abstain", sku="GUITAR-MAPLEWOOD",
             why="not carried"),
        case("music", "尤克里里是哪个国家做的", "abstain", sku="UKE-KAHU", why="not stated"),
        case("music", "電鋼琴有幾多個踏板插口", "abstain", sku="PIANO-ARIA", why="not stated"),
        case("music", "is there a tube in the blaze or is it all solid state", "abstain",
             sku="AMP-BLAZE", why="not stated"),
        case("music", "les baguettes sont-tu faites au Canada", "abstain", sku="STICKS-THUNDER",
             why="not stated"),
        case("music", "can I rent the violin outfit by the month", "abstain", sku="VIOLIN-ETUDE",
             why="not a policy the shop has"),
        case("music", "主播那把吉他是什么牌子的", "abstain", why="about the host"),
        case("music", "will the harbour headphones fix my bad mixes lol", "abstain",
             sku="HEADPHONES-HARBOUR", why="a trap: not in the listing"),
        case("gadget", "will the magdisc charge my Apple Watch", "abstain", sku="CHARGER-QI2-15W",
             why="not stated: a device the listing does not name"),
        case("gadget", "有没有卖智能手表", "abstain", why="not carried"),
        case("gadget", "主播自己用的是哪个牌子的充电宝", "abstain", why="about the host"),
        case("beauty", "is the nuit de fleurs a dupe of Chanel No 5", "abstain",
             sku="PERFUME-NUIT", why="a trap: not in the listing"),
        case("beauty", "有没有卖男士洗面奶", "abstain", why="not carried"),
        case("beauty", "怀孕了可以用这个面霜吗", "abstain", sku="MOIST-HYDRA", why="not stated"),
        case("fitness", "will the creatine make me bloated", "abstain", sku="CREATINE-PUREFORM",
             why="not stated"),
        case("fitness", "有没有卖举重腰带", "abstain", why="not carried"),
        case("fitness", "how many calories does the swift rope burn in 10 minutes", "abstain",
             sku="ROPE-SWIFT", why="a trap: not in the listing"),
        case("pets", "is the donut bed ok for my rabbit", "abstain", sku="BED-SNUGGLE",
             why="not stated"),
        case("pets", "你们有没有卖仓鼠笼子", "abstain", why="not carried"),
        case("pets", "你们家的狗粮是不是英国最好的", "abstain", sku="DOGFOOD-HEARTH",
             why="a trap: not in the listing"),
        case("baby", "can I go jogging with the zippa stroller", "abstain", sku="STROLLER-ZIPPA",
             why="not stated"),
        case("baby", "有没有卖学步车", "abstain", why="not carried"),
        case("baby", "柔步纸尿裤是日本产的吗", "abstain", sku="NAPPY-SOFTSTEP", why="not stated"),
        case("tools", "can I mix concrete with the volta drill and a paddle", "abstain",
             sku="DRILL-VOLTA18", why="not stated"),
        case("tools", "有没有卖铝合金梯子", "abstain", why="not carried"),
        case("tools", "is the green laser good enough for land surveying", "abstain",
             sku="LASER-CROSS360", why="a trap: not in the listing"),
        case("jewel", "will the jade bangle bring me good luck", "abstain", sku="BANGLE-JADE",
             why="a trap: not in the listing"),
        case("jewel", "有没有卖投资金条", "abstain", why="not carried"),
        case("jewel", "can I trade in my old gold chain for the aura", "abstain",
             why="not a policy the shop has"),
        case("brew", "is the sagada coffee good for weight loss", "abstain", sku="BEAN-SAGADA",
             why="a trap: not in the listing"),
        case("brew", "有沒有賣冷萃咖啡壺", "abstain", why="not carried"),
        case("brew", "ilang mg caffeine po yung oolong", "abstain", sku="OOLONG-ALISHAN",
             why="not stated"),
        case("bedding", "will the weighted blanket cure my insomnia", "abstain",
             sku="BLANKET-WEIGHTED", why="a trap: not in the listing"),
        case("bedding", "有没有卖凉席", "abstain", why="not carried"),
        case("bedding", "is the winter duvet warm enough for a Toronto winter", "abstain",
             sku="DUVET-MICRO", why="not stated"),
        case("car", "will the dashcam lower my car insurance", "abstain", sku="DASHCAM-VISTA2K",
             why="a trap: not in the listing"),
        case("car", "你们有没有卖机油", "abstain", why="not carried"),
        case("car", "LED灯泡装在Proton Saga可以吗", "abstain", sku="LED-LUMAX",
             why="not stated: a car the listing does not name"),
        case("garden", "will the monstera be happy in my dark basement", "abstain",
             sku="MONSTERA-DELICIOSA", why="a trap: not in the listing"),
        case("garden", "有没有卖鱼池水泵", "abstain", why="not carried"),
        case("garden", "is the compost certified by the Soil Association", "abstain",
             sku="COMPOST-PEATFREE", why="not stated"),
        case("cycle", "can the e-bike do the whole Great Ocean Road on one charge", "abstain",
             sku="EBIKE-URBANO", why="a trap: not in the listing"),
        case("cycle", "有没有卖骑行眼镜", "abstain", why="not carried"),
        case("cycle", "is the aerolid helmet made in Australia", "abstain", sku="HELMET-AEROLID",
             why="not stated"),
        case("sample", "电视拿到加拿大能用吗", "abstain", sku="TV-4K-65", why="not stated"),
        case("sample", "鸡蛋是今天早上下的吗", "abstain", sku="EGG-FREERANGE-30", why="not stated"),
        case("sample", "有没有卖羊肉串", "abstain", why="not carried"),
        case("apparel", "有没有卖羊毛袜子", "abstain", why="not carried"),
        case("apparel", "will the stormline jacket survive a Vancouver winter", "abstain",
             sku="JACKET-RAIN", why="a trap: not in the listing"),
        case("snack", "每日坚果是哪里产的", "abstain", sku="NUTS-DAILY-30", why="not stated"),
        case("snack", "有没有卖月饼", "abstain", why="not carried"),
        case("outdoor", "有没有卖防潮睡垫", "abstain", why="not carried"),
        case("outdoor", "can I use the pico stove inside my cabin", "abstain", sku="STOVE-PICO",
             why="not stated"),
    ]


def answers() -> list[AnswerCase]:
    """Every answer row written above."""
    return _music() + _heldout_shops() + _heldout_shops2() + _dev_shops() + _more_abstain()


def main() -> None:
    seen = _existing()
    kept: set[str] = set()
    lines = []
    for label, air, text in chat():
        key = _key(text)
        if key in seen or key in kept:
            continue
        kept.add(key)
        lines.append((label, air, text))
    random.Random(SEED).shuffle(lines)
    rows, asked = [], set()
    for row in answers():  # a question may also be a chat line of this set: two files, two jobs
        key = _key(row["question"])
        if key in seen or key in asked:
            continue
        asked.add(key)
        rows.append(row)
    CHAT.write_text("label\ton_air\ttext\n" + "".join(
        f"{label}\t{air}\t{text}\n" for label, air, text in lines), encoding="utf-8")
    ANSWERS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                       encoding="utf-8")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    asks = sum(label for label, _, _ in lines)
    zh_lines = sum(bool(cjk.search(text)) for _, _, text in lines)
    abstain = sum(row["expect"] == "abstain" for row in rows)
    zh_rows = sum(row["lang"] == "zh" for row in rows)
    music = sum(row["shop"] == "music" for row in rows)
    print(f"chat: {len(lines)} lines, {asks} asks ({asks / len(lines):.1%}), "
          f"{zh_lines} with Chinese -> {CHAT.name}")
    print(f"answers: {len(rows)} questions, {abstain / len(rows):.1%} must abstain, "
          f"{zh_rows / len(rows):.1%} Chinese, {music / len(rows):.1%} music -> {ANSWERS.name}")


if __name__ == "__main__":
    main()
