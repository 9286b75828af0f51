"""The nineteenth held-out set: data/chat_heldout19.tsv (live chat, labelled) and
data/answers_heldout19.jsonl (questions with what a right answer holds), written by hand in one
session by a helper with no view of the bot's answers, its fixes or the earlier held-out
generators (only their normalised text was loaded, to drop repeats). The team never reads this
file or its output: only bench totals.

The show: a Mumbai art supplies, stationery & craft shop (make_suite.HELDOUT_SHOPS["art"], prices
in INR) live on YouTube, Instagram and Twitch, an artist-host painting a monsoon street scene in
Kala watercolours on a Monsoon cold-press pad, inking with Rekha fineliners and Masi ink, and
blocking in a canvas with Zari acrylics on the teak easel, with a product on air (the
watercolour set, the pad, a brush, the colour pencils, the sketchbook, the acrylics, the markers,
the easel, a canvas, the ink, the clay, the gouache, the cutting mat, the fineliners, the khadi
journal, the kneaded eraser) or none between segments.

The viewers: Indians in Indian English ("what is the rate", "do the needful", "kindly share
link", "is it available in my pincode"); Hinglish ("kitna hai", "COD milega?", "bhaiya price
batao", "available hai kya", "mast hai yaar"); Mumbaikars in Bambaiya and Marathi ("kiti la
ahe", "Dadar la pickup milel ka", "ekdum jhakaas", "bhai kya scene hai"); art students and
hobbyists (JJ School, NID, "for my portfolio", "sir said buy 300 gsm"); Malaysian and
Singaporean Chinese mixing English ("这个pad几钱ah", "can ship to KL吗", "walao so expensive");
mainland viewers in internet slang ("扣1", "上链接", "蹲一个", "求链接", "包邮吗", "yyds");
Taiwanese in traditional Chinese ("這盒水彩多少錢", "可以寄台灣嗎", "色鉛筆是水性的嗎");
US and UK art-Twitch chatters with their jargon (lightfast, gsm, cold press, granulation,
blending, "copic dupe", "wet-on-wet"), emote walls, chants, other bots' commands and their
replies (Nightbot, StreamElements, Moobot, Fossabot), raids, sub notices, and questions to the
artist-host that are not for the shop (her technique, her own brand of choice, her palette, the
next stream, her art school).

The chat labels: 1 for a question or request the shop's facts or policies answer (price, stock,
size, colours in a set, paper weight, specs, delivery, COD, GST, payment and EMI, returns,
damage claims, bulk and school orders, pickup, deals, "send the link"), whether or not it is
worded as a question, in whatever language, deictic ("how much this one" with a product on air)
or one word ("rate?", "几钱?"); 0 for everything else: chat, jokes, compliments, art talk that
names products but asks nothing, claims and chants ("mine mine", "扣1", "ordered!"), bot
commands and their output, and questions that are not for the shop (the host's technique, her
own paints, the reference photo, the next stream). on_air says whether a product was on air when
the line was sent.

Each answer row follows make_suite.py's shape (cases.case): price, stock and fact rows name the
product or variant SKU, a fact row quotes its listing, compare rows two SKUs, policy rows a
policy id, deals rows ask for the live deals, and abstain rows say why (not carried, not stated,
about the host, a trap). About a quarter are on the art shop; the rest are on the other
held-out shops (gadget, beauty, fitness, pets, baby, tools, jewel, brew, bedding, car, garden,
cycle and music), the development outdoor shop and the three shops of make_suite.SHOPS.

Run: python -m bot.answers.understand.make_heldout19
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout19.tsv"
ANSWERS = HERE / "answers_heldout19.jsonl"
SEED = 19


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

# Indians in Indian English: "rate", "kindly", "do the needful", pincodes, "only" and "itself".
INDIAN = """
11 what is the rate of this watercolour set ma'am
11 ma'am kindly tell the rate of 24 colour one
11 rate for the 48 shades box please
10 kindly share the link for the cold press pad
10 please share link of the brushes in description itself
11 this is available in my pincode? 560037
10 do you deliver to pincode 411038
10 delivery to Nagpur is possible?
10 how many days delivery to Kochi
10 ma'am how many days it will take to reach Lucknow
10 shipping charges for Jaipur how much
10 is free delivery there above some amount?
11 is the A3 pad available ma'am
11 A3 size is there in stock or finished?
11 A4 one how much ma'am
11 what is the MRP of the teak easel
11 ma'am what is the cost of H frame easel
10 do you have EMI option for the easel
10 no cost EMI available on credit card?
10 can i pay through gpay
10 phonepe payment accepted?
10 is cash on delivery there
10 COD is available for Guwahati also?
10 do you give GST bill, I need for my studio
10 i need GST invoice with my company GSTIN, possible?
10 price is inclusive of GST or extra
11 the 12 shade pencil box is how much
11 ma'am what is difference between 24 and 48 pencil tin price
11 size 6 brush cost?
11 is the brush price for single piece or full set
10 i want 30 sketchbooks for my students, any discount
10 school order for 200 kids any special price ma'am
10 what is the minimum order for bulk discount
10 can i collect from your Dadar shop
10 where is your shop located in Mumbai
10 shop timings for Dadar store please
10 if colours are leaking when i receive what to do
10 what is return policy if seal is not opened
10 can i return if i dont like the colours
11 the markers are alcohol based or water based
11 whether this ink is waterproof ma'am
11 whether canvas is primed or we need to apply gesso
11 how many pages are there in this sketchbook
11 this pad is 100 percent cotton or cellulose
11 what is the gsm of this paper ma'am
11 12 colour kit has brush inside or we have to buy separately
10 do you ship to Dubai, my sister stays there
10 can you send to Singapore
10 shipping to Leicester UK possible?
01 ma'am your washes are too good
01 beautiful ma'am, very nice
01 superb painting ma'am, hats off
01 very nice explanation, i am learning a lot
01 ma'am please do a tutorial on Ganpati painting also
01 such a calm session after office
01 watching from Bhopal ma'am 🙏
01 greetings from Coimbatore
00 good evening ma'am and everyone
00 good evening from Hyderabad
00 namaste ma'am 🙏🙏
00 hello from Kolkata, first time here
00 my daughter is also watching with me
00 audio is little low ma'am
00 ma'am can you increase the volume
00 video is buffering for me only?
00 stream is lagging, is it my net
01 ma'am you are so patient with the wet edges
01 i tried this last week, my paper became totally wavy 😅
01 i have the 12 colour one, very good quality
01 received my order yesterday, packing was very good
01 my 48 colour tin came in 3 days to Pune itself
00 ma'am please reply to my comment
00 ma'am please give shout out to Priya from Nashik
00 please say hi to my mother she is also watching
01 the teak easel looks very sturdy
01 i am using the Rekha pens since college
01 ma'am your line work is so clean
00 what time will the stream end today
00 is this live or recorded
00 will the recording be available later
01 that skyline is looking like real Bombay
01 the reflection on the road is so real
00 lights went in my area, watching on mobile data
00 ma'am one request, please paint Marine Drive next time
01 so relaxing to see the paint spreading
01 my son also wants that clay now 😂
11 kindly let me know whether this clay is non toxic
11 this clay needs oven or not?
11 the terracotta clay one rate?
10 i ordered on monday still not shipped, what is dispatch time
10 till what time i should order for same day dispatch
00 sorry for late joining ma'am
00 joined late, what did i miss
01 i will definitely try this technique
01 the granulation in that blue is lovely
01 my hand is shaking just watching you do the thin lines
00 internet issue, rejoined
10 do you have a store in Bangalore also or only Mumbai
10 i am in Andaman, will you deliver to Port Blair
10 delivery possible to Kavaratti?
11 what is the size of tabletop easel, will 24 inch canvas fit
11 H frame height adjustable? till how much
10 ma'am is there any offer going on today
10 any live offer for viewers?
10 any discount code for stream viewers
01 ma'am the sky is looking amazing
01 subscribed, bell icon pressed
00 first comment from Nagpur!
01 have been following you since 50k subscribers
"""

# Hinglish: "kitna hai", "milega", "bhaiya/didi", "yaar", "mast", "bata do".
HINGLISH = """
11 didi ye set kitne ka hai
11 bhaiya price batao 24 wale ka
11 48 colour wala kitne ka pad raha hai
11 ye brush kitne ka hai didi
11 size 14 wala brush kitne ka
11 A4 pad ka rate kya hai
11 A3 wala available hai kya abhi
11 A3 khatam ho gaya kya?
11 easel stock me hai kya
11 H frame wala kitne bache hai
10 COD milega kya Indore me
10 cash on delivery hai ya nahi
10 COD pe extra charge lagta hai kya
10 UPI se pay kar sakte hai?
10 paytm chalega?
10 EMI pe mil jayega kya easel
10 delivery kitne din me aayegi Patna
10 Delhi me kab tak aayega
10 free delivery kitne ke upar hai
10 shipping ka kitna lagega Goa ke liye
10 Dadar se pickup kar sakte hai kya
10 shop kab tak khula rehta hai
10 GST bill milega na?
10 return kar sakte hai agar pasand na aaye
10 colour leak ho ke aaya toh kya karu
10 tuta hua aaya toh paisa wapas milega?
10 school ke liye 100 set chahiye, discount milega?
10 bulk me lene pe kuch kam hoga kya
11 ye marker refill hota hai kya
11 pencil water wala hai ya normal
11 ye pencil paani se blend hoti hai?
11 sketchbook me watercolour chalega kya
11 isme kitne page hai
11 canvas pe oil paint laga sakte hai?
11 ye clay oven me dalna padta hai?
11 clay se cup bana sakte hai kya chai ke liye
11 ink fountain pen me daal sakte hai?
11 fineliner waterproof hai kya
11 gouache wala kitne ka hai 36 colour
11 link do na didi
10 link bhejo pinned comment me
10 link kaha hai bhai
11 ye wala chahiye, kaise order karu
11 mat kitne ka hai A2 size
11 acrylic ke 24 wale me gold silver hai kya
01 mast hai yaar ye painting
01 kya baat hai didi 🔥🔥
01 ekdum next level
01 bhai ye toh photo lag raha hai
01 kitna pyaara sky bana diya
01 mujhe bhi sikhna hai aise
01 mera paper toh hamesha phat jata hai 😭
01 pehli baar itna saaf wash dekha
01 didi aap kitna shant ho ke paint karte ho
00 didi meri request padho please
00 hello didi, Lucknow se
00 aaj late ho gaya aane me
00 sab log kaha se dekh rahe ho
00 Varanasi se hu main
00 kal bhi live aaoge kya
00 awaz thodi kam hai
00 mobile pe dikh nahi raha sahi se
01 ye easel toh ekdum solid hai
01 sagwan ki lakdi hai matlab pakka chalega
01 mere paas 12 wala hai, bahut badhiya hai
01 maine pichle hafte order kiya tha, aa gaya
01 packing bahut acchi thi, ek bhi colour nahi toota
01 paisa vasool product hai
00 bhai koi Jaipur se hai kya
00 haha mast comment tha
00 arey yaar mera net
01 paint dekh ke hi sukoon mil raha hai
01 main bhi kal se shuru karunga
01 wah wah kya reflection hai
00 didi birthday hai aaj mera 🎂
00 happy birthday bhai 🎉
01 mujhe bhi ye clay chahiye tha, mummy ko bolta hu
01 clay wala part sabse mazedaar tha
11 didi terracotta wali clay ka rate batao
11 white clay 1 kg wali stock me hai?
11 sepia ink kitne ki hai
10 Assam me delivery hoti hai kya
10 Shillong tak bhejte ho?
10 Leh me order aayega?
10 bahar bhejte ho? Canada me hu
10 Nepal bhej sakte ho kya
10 koi offer chal raha hai kya aaj
10 aaj ka deal kya hai didi
00 didi shoutout do please
01 ye dekh ke meri drawing ki copy yaad aa gayi school wali
01 mera bhai bhi artist hai, usko dikhaunga
00 kitne log live hai abhi
00 2k log dekh rahe hai wow
"""

# Mumbaikars: Bambaiya and Marathi ("kiti la", "ka", "milel ka", "jhakaas", "bhidu", "ekdum").
MUMBAI = """
11 he set kiti la ahe tai
11 kiti la dila 24 colour cha
11 ha brush kiti cha ahe
11 A3 pad ahe ka stock madhe
11 easel kiti la ahe, sangaa na
10 Dadar la pickup milel ka
10 Dadar la yeu shakto ka aaj sandhyakali
10 Thane madhe delivery kiti divas
10 Kalyan la delivery hote ka
10 COD milel ka Vasai la
10 Pune la free delivery ahe ka
11 tai link dya na
11 he marker refill hotat ka
01 ekdum jhakaas painting
01 lay bhari tai 🔥
01 kay mast sky ahe
01 aai shapath, photo sarkha distay
01 bhidu ye toh ekdum kadak hai
01 bole toh mast re
01 apun ka bhi aisa painting banega kya kabhi 😂
01 Dadar station cha scene ahe na ha?
01 te yellow taxi ekdum Bombay vibe
01 Girgaon chowpatty kar na pudhcha
00 tai namaskar 🙏
00 Borivali varun baghtoy
00 Dombivli squad present
00 Andheri madhun hello
00 pavsat ghari basun live baghtoy
00 local madhe baghtoy, net jaat ahe
00 aaj Mumbai madhe khup paus ahe
01 tumcha brush control bhari ahe
01 majhi mulgi pan paint karte ashich
00 tai Ganpati cha special stream kara
10 bhai Dadar ka shop kidhar hai exactly
10 shop Ranade road pe hai kya
10 Sunday ko shop khula rehta hai kya
11 bhai ye wala kitne ka hai, sahi rate bolo
11 A4 wala pad kitne ka boss
11 kya scene hai, easel ka stock hai ki nahi
01 boss ye toh killer painting hai
01 ekdum solid kaam hai boss
01 vada pav kha ke painting dekh raha hu 😋
00 Bandra se hello bolo
00 Malad represent
00 kal ka stream kitne baje
01 tai tumchi rekha pens chi line mast yete
01 yeh baarish wala scene ekdum apna sa lagta hai
10 Navi Mumbai madhe same day delivery ahe ka
10 Vashi la kiti divas lagtil
10 GST bill milel ka majhya shop sathi
11 clay pandhri ahe ki laal?
11 kiti panna ahet sketchbook madhe
00 jai maharashtra 🧡
01 Marathi madhe bola na tai, mast vatel
01 mi pan JJ madhe hoto, good old days
"""

# Art students and hobbyists: art school, portfolios, professors' lists, budgets, first kits.
STUDENTS = """
10 our professor said buy 300 gsm cold press, is the Monsoon one 300?
10 JJ first year list says 24 shade watercolour, which one should i take
11 is this pad acid free? need it for portfolio
11 how many sheets in the A4 pad
11 is the paper block glued on all sides or spiral
10 i am an NID aspirant, is there any student discount
10 student discount milega kya with college ID
10 any combo for students? pad + brushes + paints
11 can the 12 pan tin fit in a pencil pouch, what size is it
11 does the 24 set come with a palette
11 are the brushes vegan? i dont use animal hair
11 what's the belly size of the size 6
11 which brush sizes do you have
11 is the sketchbook sewn or glued
11 can i use dry pastels on the chai sketchbook
11 sketchbook paper colour white or off-white?
11 A4 landscape sketchbook still available?
11 does the fineliner set have 0.05
11 what sizes are in the 6 black fineliner set
11 12 colour fineliners are all same tip size?
11 are the colour pencils oil based or wax based
11 how many of the 48 pencils are lightfast
11 core size of the tejas pencils?
11 does the acrylic set have white
11 is it heavy body or fluid acrylic
11 how many ml per tube in zari set
11 gouache tube size?
11 36 gouache has neon colours?
10 exam is next week, can you deliver to Ahmedabad by friday
10 urgent, need the pad by tomorrow in Andheri, possible?
01 first year at JJ, this stream is saving my life
01 my sir uses the exact same brush
01 i got 38 marks in my last watercolour submission 😭
01 portfolio season is so stressful
01 our college canteen has better chai than this sketchbook name 😂
01 finally someone explaining wet on wet properly
01 i keep overworking my washes, this helps
01 my professor hates when we use black from the tube
01 i will show this to my batch
01 CEED prep gang where you at
01 NIFT sitting done, now just painting for fun
00 anyone here from Sir JJ?
00 Rachana Sansad represent
00 hi from MIT ID Pune
00 anyone else from the Abhinav Kala batch
01 i used to paint on cartridge paper, big mistake
01 switched to cotton paper last month and wow the difference
01 student grade paints were making my life hard
01 i bought the 12 pans with my pocket money 🥲
01 saving up for the 48 set
01 my roommate stole my size 6 again
01 why is cotton paper so expensive everywhere
01 my mom thinks 1500 for paints is a scam lol
11 is 12 colours enough for a beginner or should i take 24
11 whats the price difference between the 12 and 24 tins
10 can i pay in parts, student budget 😅
10 if i order 5 sketchbooks for my friends is there discount
11 is the kneaded eraser grey or white
11 kneaded eraser comes with a box?
11 eraser price?
01 kneaded erasers are the best stress toys
01 charcoal class without a putty eraser is pain
11 does the A5 khadi journal take watercolour
11 how many pages in khadi journal
11 khadi journal deckle edges on all pages?
01 khadi paper smell is so nostalgic
01 i made my thesis sketchbook on khadi paper
11 the A2 cutting mat dimensions?
11 is the cutting mat double sided
01 my cutting mat got warped in the bus 🥲
01 lesson learnt, never leave the mat near the window
11 can i use a rotary cutter on this mat
10 do you sell cutters and blades too?
10 do you have a craft knife
01 architecture students need this mat fr
01 model making season again
00 prof is watching this live too, hi sir 😳
00 attendance please
01 doing my plates while this plays in the background
"""

# Malaysian and Singaporean Chinese mixing English, Malay and Singlish particles.
MALAYSIAN = """
11 这个pad几钱ah
11 24色的水彩几多钱
11 这盒48色how much ah
11 brush size 6几钱一支
11 A3的还有stock吗
11 easel剩几个了
10 can ship to KL吗
10 寄去Penang要几天
10 可以寄马来西亚吗
10 ship去JB可以吗 我在新山
10 寄新加坡shipping多少钱
10 Singapore got ship or not
10 新加坡要等几天到
10 can use PayPal吗 我在SG
10 SG address 要付关税吗
10 寄去Sabah有吗
11 这个marker可以refill吗
11 彩铅是水溶性的吗 can blend with water or not
11 那个paper是100% cotton吗
11 这个canvas是一张的价钱吗
11 ink可以放fountain pen吗
11 clay要不要进oven
11 link please 我要这个
11 求link 24色那个
10 walao 我在Ipoh 有寄吗
01 walao so nice the sky
01 wah the wash damn smooth leh
01 这个老师画得很chill
01 好想学这种watercolour
01 我的paper每次都起皱 sian
01 the teak easel look so atas
01 steady lah this painting
01 这个颜色好靓
01 Bombay的雨跟KL的雨一样😂
01 这个yellow taxi好可爱
00 hello from Kuching 👋
00 来自新山的观众报到
00 Singapore here, very late liao
00 刚下班来看
00 audio got echo or is it me
00 这边lag lag的
01 我上个月买了12色的 很好用
01 马来西亚买不到这个牌子 sad
01 这个老师讲英文很清楚
01 I also want the clay for my kid
01 好治愈 paint的声音
11 那个gouache 36色几钱
11 fineliner 6支装几钱
11 sketchbook A5几钱 有几页
11 那个mat是双面的吗
10 got any promo today or not
10 今天有什么deal吗
10 可以用信用卡分期吗
01 三十度的天气还在看画画
01 this one confirm plus chop nice
00 大家晚安 我先睡了
00 明天还要上班 bye
01 吉隆坡下雨了 好应景
11 这个是印度的牌子吗 Kala
01 masi ink 好像我小时候用的墨汁
11 eraser多少钱
11 the khadi journal A6几钱
10 我的order还没到 寄去SG一般几天
01 wah the granulation very nice
00 ok lah I go eat first
00 Malaysia boleh 🇲🇾
"""

# Mainland viewers in internet slang: 扣1, 上链接, 蹲, 求链接, 包邮吗, 冲, yyds, 绝绝子.
MAINLAND = """
11 这套水彩多少钱
11 24色的多少米
11 48色那个多少钱一盒
11 上链接
11 主播上链接啊
11 求链接 水彩本那个
11 蹲一个链接
11 6号笔多少钱一支
11 14号的大笔多少钱
11 A3水彩本还有货吗
11 A3没货了吗
11 A4的多少钱
11 画架还剩几个
11 H架画架多少钱
11 桌面画架多少钱
11 彩铅48色多少
11 12色彩铅多少米
11 马克笔80色多少钱
11 马克笔能加墨吗
11 马克笔可以单支买吗
11 针管笔防不防水
11 6支黑色针管笔多少钱
11 丙烯24色有金色银色吗
11 丙烯一支多少毫升
11 水粉36色多少
11 水粉有荧光色吗
11 这个黏土要烤吗
11 黏土能做杯子吗
11 墨水能灌钢笔吗
11 墨水有褐色的吗
11 画布是单张卖吗
11 画布可以画油画吗
11 切割垫A2多少钱
11 这个纸是全棉的吗
11 水彩纸多少克的
11 速写本能画水彩吗
11 速写本多少页
11 彩铅是水溶的吗
11 画笔是真貂毛吗
11 画笔是一支的价格吗
11 水彩耐光吗
11 水彩盒里有笔吗
11 这套水彩小孩能用吗
10 包邮吗
10 能寄国内吗
10 寄中国吗
10 发顺丰吗
10 可以寄到上海吗
10 能用支付宝吗
10 微信支付可以吗
10 能开发票吗
10 七天无理由吗
10 收到破损怎么办
10 漏液了能赔吗
10 有没有优惠
10 今天直播间有什么福利
10 学校团购有折扣吗
11 这个怎么买
11 我要这个 怎么下单
01 扣1
01 111111
01 扣1扣1扣1
01 已拍
01 拍了拍了
01 冲冲冲
01 蹲
01 蹲了
01 来了来了
01 yyds
01 绝绝子
01 主播画得太好了吧
01 这天空绝了
01 好解压啊
01 看主播画画好治愈
01 这水色也太透了
01 这个湿画法好丝滑
01 我画的水彩都是脏的 哭了
01 主播手好稳
01 这个黄色出租车好有感觉
01 孟买下雨原来是这样的
01 印度的雨季好有氛围
01 主播的画架好高级
01 柚木的画架 有钱人的快乐
01 这个水彩盒好好看
01 马克笔80色看着好爽
01 已经下单了 坐等发货
01 我也有一盒 好用
01 家人们冲啊
00 第一次来 关注了
00 主播晚上好
00 打卡
00 来了来了 晚上好
00 有没有北京的
00 广州的报个到
00 成都的举个手
00 刚刚卡了一下
00 声音有点小
00 画面糊了
00 主播说中文吗
00 听不懂英文 但是看得懂画
00 有没有字幕
01 这个是在印度直播吗
01 印度的美术用品原来这么多
01 主播的线条好干净
01 针管笔勾线好舒服
01 墨水这个黑好正
01 黏土捏得好可爱
00 我去洗澡了 一会回来
00 晚安家人们
00 哈哈哈哈哈哈
00 笑死
00 666666
00 前排
00 沙发
00 弹幕好少
00 有人吗
01 看完我也想买画笔了
01 钱包在哭泣
01 剁手了
01 又要吃土了
01 下次一定
11 主播这个卖多少 人民币大概多少
11 多少卢比 换算一下多少钱
11 这个水彩本一本几张
11 8×10的画布多少钱
11 18×24的画布多少钱一张
10 寄台湾吗
10 能寄香港吗
"""

# Taiwanese viewers in traditional Chinese: 這個, 多少錢, 可以寄台灣嗎, 色鉛筆, 水彩本, 超讚.
TAIWAN = """
11 這盒水彩多少錢
11 24色水彩多少錢啊
11 48色的還有嗎
11 水彩紙A4一本多少
11 A3水彩紙還有貨嗎
11 這支筆多少錢
11 色鉛筆是水性的嗎
11 色鉛筆48色多少錢
11 麥克筆可以補充墨水嗎
11 麥克筆80色還有嗎
11 代針筆防水嗎
11 壓克力顏料一條多少毫升
11 廣告顏料36色多少
11 畫架可以折疊嗎
11 畫架還剩幾個
11 畫布可以畫油畫嗎
11 紙黏土需要烤嗎
11 黏土可以做碗嗎
11 墨水可以用在鋼筆嗎
11 速寫本可以畫水彩嗎
11 水彩本是全棉的嗎
11 水彩會褪色嗎
11 切割墊是雙面的嗎
11 軟橡皮多少錢
11 手工紙本可以畫水彩嗎
10 可以寄台灣嗎
10 寄台灣運費多少
10 寄台灣要多久
10 有沒有台灣的代購
10 可以用信用卡嗎
10 可以開發票嗎
10 有沒有什麼優惠
11 求連結
11 連結在哪裡
11 我要這個 怎麼買
01 超讚的
01 好療癒喔
01 這個天空好美
01 暈染好漂亮
01 老師畫得好穩
01 好想去孟買
01 印度的雨季好有感覺
01 這個計程車好可愛
01 柚木畫架好美
01 我也有用代針筆
01 水彩的顆粒感好棒
01 我家的水彩紙都會皺
01 好喜歡這個藍色
01 這筆觸太厲害
01 看得好舒服
01 今天也來學習了
01 老師的水分控制好強
01 好想擁有48色
01 荷包要失血了
01 已經手刀下單
00 台北報到
00 高雄來的
00 台中的舉手
00 晚安大家
00 剛下班趕來看
00 聲音有點小聲
00 畫面卡卡的
00 有人在嗎
00 哈哈哈好好笑
00 老師晚安
00 第一次看直播
00 訂閱了
01 原來印度也有這麼好的畫材
01 黏土捏的小象好可愛
01 墨水的黑好濃
01 畫布好白
01 這個筆尖好細
01 每次看都學到新東西
01 色鉛筆疊色好漂亮
01 好想學壓克力
11 這個多少台幣
11 盧比是多少台幣啊 這盒多少
11 筆是一支的價錢嗎
11 14號筆多少錢
11 6號的還有嗎
11 畫架是什麼木頭
11 H型畫架可以調高度嗎
11 手工紙本有幾頁
01 畫得好像照片
01 好美的倒影
"""

# US and UK art-Twitch and YouTube chatters: lightfast, gsm, cold press, granulation, blending,
# dupes, "W", "based", emote walls.
TWITCH = """
11 are the kala paints lightfast or is this another fugitive pink situation
11 what's the lightfastness on the opera pink
11 ASTM ratings on the 24 set?
11 are those full pans or half pans
11 how many ml in each pan
11 gum arabic only or is there honey in the binder
11 is the monsoon paper actually 100% cotton or cotton blend
11 300gsm is 140lb right? cold press?
11 is it a block or a pad with a spiral
11 how many sheets in a block
11 A3 block back in stock when
11 how much is the A3 block in USD
11 what's the belly on the size 10
11 synthetic or squirrel on those rounds
11 do the rounds snap back to a point
11 are those copic dupes? refillable?
11 do the duotone markers come in singles
11 chisel and brush tip or bullet?
11 are the pencils wax or oil based, wax bloom is my nemesis
11 LFI ratings on the tejas pencils?
11 can you solvent blend the tejas pencils
11 heavy body or soft body on the zari
11 is the gouache acrylic gouache or the reactivatable kind
11 do the holi neons fade
11 is the india ink shellac based
11 can I put the masi ink in my lamy
11 is the fineliner ink archival
11 does the fineliner bleed under watercolour
11 canvas 380gsm double primed or triple?
11 stapled on the back or the sides?
11 what are the H-frame dims
11 does the easel tilt flat for watercolour
10 do you ship to the US
10 do y'all ship to NYC
10 shipping to the UK cost?
10 how long to London from Mumbai
10 do I pay customs in the US on top
10 can you ship the markers to the UK
10 can I pay with PayPal from the states
10 do you ship to Canada
10 ship to Australia?
10 what's the international shipping rate
10 any code for twitch viewers
01 the granulation on that ultramarine 😍
01 those blooms are intentional and I respect it
01 wet on wet queen
01 cold press supremacy
01 hot press users where you at
01 rough press gang rise up
01 that lifting technique is clean af
01 chat she's using a size 6 for EVERYTHING
01 one brush challenge energy
01 W painting
01 W host
01 massive W
01 based watercolour enjoyer
01 fr fr that sky hits
01 no cap this is the comfiest stream on twitch
01 this is my cozy stream for the night
01 my cat is watching with me
01 I came for the rain and stayed for the taxis
01 the negative painting on the leaves 🤌
01 glazing so clean
01 she didn't even mask the highlights???
01 masking fluid is for cowards apparently
01 that's a lot of water on that brush, brave
01 the hard edges vs soft edges control is insane
01 I would have turned that into mud in 3 seconds
01 my palette is a crime scene compared to this
01 paynes grey in the shadows chefs kiss
01 cotton paper changed my life honestly
01 student grade paper is a scam and I will die on this hill
01 lightfast or it didn't happen
01 opera pink is fugitive but I love her
01 the pencil layering later was so satisfying
01 alcohol markers smell like my childhood
01 the ink bleeding into the wet wash is gorgeous
01 clay segment was unexpected but I'm here for it
01 tiny clay elephant 🐘 protect at all costs
00 first time catching this live
00 just got here from the raid
00 hi chat
00 hey everyone from Ohio
00 hello from Manchester
00 evening from Glasgow
00 good morning from California lol
00 lurking while I paint along
00 back, had to feed the dog
00 brb coffee
00 gn chat
00 see y'all next week
00 chat is moving so fast
00 hydrate check 💧
00 stretch break?
00 posture check everyone
00 @mods can you pin the schedule
00 KEKW
00 LUL
00 PogChamp
00 catJAM catJAM catJAM
00 Kreygasm
00 monkaS that wash
00 PepeHands my paper buckled
00 5Head technique
00 OMEGALUL
00 Clap Clap Clap
00 widepeepoHappy
00 peepoArrive
00 🎨🎨🎨🎨🎨🎨🎨🎨
00 💧💧💧💧💧💧
00 🔥🔥🔥🔥🔥🔥🔥🔥🔥
00 🖌️🖌️🖌️🖌️
00 👏👏👏👏👏👏👏
00 ☔☔☔☔☔
00 🐘🐘🐘🐘🐘
01 MORE WATER MORE WATER MORE WATER
01 GRANULATE GRANULATE GRANULATE
01 LET IT DRY LET IT DRY
01 DON'T TOUCH IT DON'T TOUCH IT
01 TAXI TAXI TAXI
01 CLAY CLAY CLAY CLAY
00 HYPE HYPE HYPE
01 chat are we buying the 48 set or are we being responsible
01 my wallet has left the chat
01 adding to cart with my eyes closed
01 I already own too many sketchbooks and yet
01 the easel is giving dark academia
01 that teak easel costs more than my rent lmao
01 my art supply budget is a myth
01 bought the fineliners last stream, they're legit
01 the rekha 0.05 is so fine it's scary
01 khadi paper journal is on my wishlist
01 this is better than ASMR
"""

# Other bots' commands and replies (Nightbot, StreamElements, Moobot, Fossabot), raids, subs.
BOTS = """
00 !schedule
00 !socials
00 !discord
00 !uptime
00 !palette
00 !paper
00 !brushes
00 !supplies
00 !lurk
00 !hug @rangoli_rani
00 !points
00 !gamble 500
00 !so @inkwell_izzy
00 !commands
00 !followage
00 !merch
00 !insta
00 !youtube
00 !song
00 !timezone
00 !ref
00 !prompt
00 !drawthis
00 !water
00 !raidmsg
00 Nightbot: Streams every Tuesday, Thursday and Saturday at 7 PM IST. Next: the clay animals special!
00 Nightbot: Join the Rangrez art club Discord: discord.gg/rangrez
00 Nightbot: The stream has been live for 1 hour 42 minutes.
00 Nightbot: @chai_and_charcoal has been following for 1 year 3 months.
00 Nightbot: Today's prompt: monsoon evening at Dadar TT circle.
00 Nightbot: Please keep chat kind. No links without a mod's OK.
00 StreamElements: @paper_tiger_ now has 3,450 brushstrokes.
00 StreamElements: @lotus_ink went all in and lost 500 brushstrokes LUL
00 StreamElements: @lotus_ink went all in and won 1,000 brushstrokes PogChamp
00 StreamElements: @mumbai_mural is now lurking. Thanks for the view!
00 StreamElements: Hydrate! Drink some water, chat 💧
00 StreamElements: Thank you for following @gouache_goblin!
00 Moobot: Shoutout to @inkwell_izzy! They were last seen painting botanicals. Go give them a follow!
00 Moobot: Links are not allowed, @spamlord99 has been timed out.
00 Moobot: The host's references are from her own photos; please don't repost.
00 Fossabot: @rangoli_rani gives a big hug to @tinytaxi!
00 Fossabot: Current song: Rain Lofi Mix – Chill Bombay Beats
00 Fossabot: @brushy_boi, your message was removed: too many caps.
00 Fossabot: Timezone is IST (UTC+5:30).
00 Nightbot: Supplies today: see the pinned comment on YouTube.
00 inkwell_izzy is raiding with a party of 143!
00 the_sketch_shed is raiding with a party of 56!
00 lofi_lotus is raiding with a party of 12!
00 RAID HYPE 🎉🎉🎉
00 inkwell raid inkwell raid
00 welcome raiders!! 💛
00 hi from the izzy raid 👋
00 raiders this is the comfiest stream ever, stay
00 paper_tiger_ subscribed at Tier 1. They've subscribed for 6 months!
00 chai_and_charcoal subscribed with Prime.
00 mumbai_mural gifted a Tier 1 sub to tinytaxi!
00 gouache_goblin is gifting 10 Tier 1 Subs to the channel!
00 thank you for the gift sub!!
00 ty for the sub 💛
00 welcome new subs
00 Superchat ₹199: keep painting didi ❤️
00 Superchat ₹500 from Anand: for more clay streams
00 Super Sticker from Meera 🐘
00 @Nightbot what's the next stream
00 why is the bot so fast lol
00 nightbot is the real MVP
00 the bot timed me out for saying taxi too much 😭
00 StreamElements: @tinytaxi, you have 120 brushstrokes.
00 !brushstrokes
00 !redeem paintmypet
00 Nightbot: Sorry, redemptions are closed during clay segments.
00 !clip
00 Nightbot: Clip it! Use the button or type !clip
00 mods are asleep post emotes
10 @mod can you pin the link
10 mod pls pin the watercolour set link
00 pinned comment has the links guys
00 @rangoli_rani the link is in the description
00 check pinned for the 24 set
00 scroll up the link is there
00 @tinytaxi description me hai bhai
00 type !supplies for the list
00 Nightbot: Paper: Monsoon 300 gsm cold press. Paint: Kala 24. Brushes: Sablex 2, 6, 10.
00 StreamElements: Palette today: ultramarine, burnt sienna, yellow ochre, paynes grey, opera pink.
00 !vote taxi
00 !vote rickshaw
00 Nightbot: Poll closed. Taxi wins with 64%!
00 TAXI WON LETS GO
00 rickshaw gang robbed
00 !hug everyone
"""

# Hard lines: prices in other currencies and in words, things the shop does not carry, sizes and
# sets that do not exist, remarks that look like asks and asks that look like remarks, deictic
# asks with nothing on air.
HARD = """
11 how much is that in dollars
11 price in USD please, I'm in Texas
11 what's that in pounds
11 how much in ringgit ah
11 多少新币
11 換算台幣大概多少
11 大概多少人民币
11 in dirhams how much? ordering for Dubai
11 one thousand four hundred ninety nine for the twelve pans, right?
11 twenty six ninety nine for the 24 one na?
10 free delivery above nine ninety nine is it?
10 COD limit is five thousand only?
11 is it fifteen hundred or fourteen ninety nine
11 do you have a 96 colour marker set
11 is there a 100 colour watercolour box
11 A1 size pad available?
11 A2 watercolour pad?
11 size 20 brush?
11 is there a size 0 or 00 for tiny details
11 pencils in a 72 tin?
11 acrylic 48 set?
11 gouache 24 colours?
11 clay in black?
11 terracotta 1 kg clay there?
11 sepia 250 ml?
11 red ink bhi hai?
11 canvas 24×36 available?
11 a 5 pack of the 8×10 canvas?
11 A3 sketchbook?
11 H-frame in walnut?
10 do you sell oil paints
10 do you have posca pens
10 do you sell Winsor and Newton
10 any Camlin products?
10 do you have an iPad or drawing tablet
10 do you sell frames for the paintings
10 masking fluid milega?
10 do you sell resin art kits
10 do you sell printer paper A4 rim
10 do you have origami paper
10 有卖油画颜料吗
10 有沒有賣色鉛筆削筆器
10 有卖拷贝台吗
11 how much is this one
11 this one price?
11 how much for this
11 ye wala kitne ka
11 这个多少钱
11 這個還有嗎
10 how much was that one you showed earlier
10 the thing you showed before the clay, how much was it
10 the one from the start of the stream, still in stock?
00 how much is a taxi from Dadar to Bandra these days lol
00 vada pav is 25 rupees now, inflation is real
00 my rent is more than the easel 😭
00 how much did you pay for your first paint set didi
00 the painting itself is for sale?
00 would you sell this painting
00 how much for a commission of my dog
00 kitna time laga ye painting me
00 how long did this take you
00 I paid 2699 for the 24 set last month
00 my 48 set cost me almost 5k but worth it
00 1499 is cheaper than what I paid in Pune
00 I got COD last time, no issue
00 my COD parcel came in 2 days
00 mine came leaking but they replaced it fast
00 I returned the wrong pad once, easy process
00 chat help me decide 24 or 48 😭
00 who else is buying the A4 pad
00 the 12 pan tin is literally the size of my palm
00 300 gsm is the minimum for watercolour, fight me
00 140 lb is the same as 300 gsm for those asking
00 price is good for cotton paper honestly
00 that's cheap for artist grade
00 that's expensive for 12 pans
00 in the US this would cost double
00 in Singapore this would be 50 bucks easily
00 我在淘宝看到类似的才几十块
00 这个价格在国内能买三盒了
00 太贵了吧
00 好便宜啊这个
00 不贵 值得
00 pricey but worth it
00 I'm not paying 13k for an easel lol
00 no free delivery to my village as usual 😂
00 India Post would take a month to my place
00 my pincode is never serviceable for anything
00 GST on art supplies should be zero honestly
00 EMI for paints is wild 😂
00 imagine COD for a 13k easel
00 do the needful and paint a cat next
00 kindly revert with a cat painting
00 can you paint my house next
00 can you teach me to paint like this in 5 minutes
00 does anyone know a good framer in Andheri
00 where do you get your reference photos
00 what's the song playing
00 what's the app you use for the timer
00 what camera are you using for the overhead shot
00 what mic is that, audio is so crisp
10 do you guys sell gift cards
10 gift wrapping available?
10 can i add a note for my friend's birthday order
11 is this Made in India
11 where is the clay made
"""

# Questions and talk to the artist-host that are not for the shop: her technique, her own brands,
# her palette, her schooling, the next stream.
HOST = """
00 didi which brand do you use at home
00 what paint do you personally use outside the stream
00 which paper did you learn on
00 what's your favourite blue
00 which colours are on your palette right now
00 what's the name of that grey you mixed
00 how did you get that glow on the wet road
00 how do you stop the blooms
00 how long do you wait before the second layer
00 do you stretch your paper at home
00 how do you keep your whites so clean
00 is that paynes grey or indigo
00 what ratio of water to paint
00 why do you tilt the board
00 do you use a hairdryer to dry between layers
00 which school did you study at
00 are you from JJ School?
00 how many years have you been painting
00 how old were you when you started
00 do you teach offline classes
00 do you take private students
00 do you do workshops in Pune
00 when is the next stream
00 will you do a clay stream next week
00 can you do a portrait next time
00 will you paint Marine Drive at night someday
00 will you paint the Gateway next
00 can you show your studio sometime
00 do you have a Patreon
00 is your painting going to be on Instagram
00 can i use your painting as my wallpaper
00 is the reference photo yours
00 which street is this
00 is this near Dadar station
00 do you listen to music while painting
00 what tea are you drinking didi
00 is that a real cat behind you
00 what's your cat's name
00 are you left handed
00 is that your own easel at home too
00 which pencil do you sketch with
00 do you sketch first or paint directly
00 how do you hold the brush so loose
00 how do you choose your colours
00 didi aap kaun sa paper use karte ho ghar pe
00 didi aapka favourite colour kaunsa hai
00 didi aap kab se paint kar rahe ho
00 tai tumhi kuthe shikla
00 老师用的是哪个牌子的水彩
00 老师自己平时用什么纸
00 老师学画多少年了
00 老师是美院毕业的吗
00 下次直播什么时候
00 下一期画什么
00 老師自己用哪個牌子
00 老師下次什麼時候直播
00 老師是怎麼控制水分的
00 老师这个灰色怎么调的
00 主播这个技法叫什么
01 your brush handling reminds me of my teacher
01 the way you pause before each stroke 😌
01 you make it look so easy and it's not
01 I tried your last tutorial and it worked!
01 your clay elephant last week went viral in my family group
00 how do you not get nervous painting live
00 do you ever mess up on stream
00 what do you do with all the paintings
00 do you sell prints
00 is there a book of your work
00 how do you pronounce Rangrez
00 what does rangrez mean
00 Rangrez means dyer right?
00 didi shaadi ho gayi? 😅
00 bro don't ask that
00 keep it respectful chat
00 didi where do you live in Mumbai
00 are you married to the easel lol
00 can you say my name
00 can you read my comment please
00 didi please notice me
00 why is the stream so short today
00 will there be a giveaway this month
00 when is the giveaway result
00 did anyone win the last giveaway
"""

# Chinese chat with product and price words that asks the shop nothing, and a few asks that
# look like talk.
CHINESE_TALK = """
01 水彩本三百克的画起来就是舒服
01 全棉纸和木浆纸真的差很多
01 我以前用木浆纸 一画就起球
01 冷压纸的纹理好喜欢
01 这个蓝色沉淀得好漂亮
01 歌剧粉虽然不耐光但是真的好看
01 油性彩铅叠色比水溶的好控制
01 我的马克笔都干了 心疼
01 酒精马克笔味道好大
01 丙烯干得太快了 我总是来不及
01 水粉画插画最舒服
01 针管笔0.05太细了 我手抖
01 墨水滴到水里好好看
01 黏土小象太可爱了
01 切割垫是建筑生的命
01 手工纸的毛边好有质感
01 柚木画架看起来能用一辈子
01 画架好漂亮 可惜我家放不下
01 我家猫会把画架推倒的
01 速写本锁线的就是好 能摊平
00 今天又是学习的一天
00 感觉自己又可以了
00 看完我就去画
00 明天早起画画
00 谁和我一样边看边画
00 我画得一团糟哈哈
00 我的画纸又皱了
00 今天画了三张都失败了
00 失败是成功之母
00 主播的声音好好听
00 背景音乐好好听
00 有没有人知道这个歌叫什么
00 这个直播间好安静 喜欢
00 终于找到一个不吵的直播间
00 弹幕好友好
00 大家都好温柔
00 我是来学英语的
00 顺便练听力
00 印度英语口音好可爱
00 听不太懂但很喜欢
00 在地铁上看
00 上班摸鱼看直播
00 老板在后面 先撤
00 午休时间刚好
00 这边已经凌晨两点了
00 时差党报到
01 我在国内买的水彩本没有这个好
01 国内也有类似的全棉本
01 这个牌子国内没见过
01 好想要48色但是太贵了
01 等发工资就买
01 已经加入心愿单
01 买了不用系列又多一个
01 画材党的快乐
01 囤画材比画画快乐
01 我的画材比我的作品多
01 画笔买了二十支 只用一支
01 永远在买本子 从来不画完
00 哈哈哈说的就是我
00 太真实了
00 扎心了
00 笑出声
00 我也是我也是
00 同款
00 +1
00 确实
01 主播的调色盘好干净
01 湿画法真的要靠经验
01 天空一笔下去太爽了
01 倒影画得好真
01 这个出租车黄好正
01 孟买的街道好有烟火气
01 印度的雨季色调好高级
00 晚上好各位
00 大家好 我是新来的
00 刚刷到 好好看
00 关注了关注了
00 点赞了
00 分享给朋友了
00 下播了吗
00 还在吗
00 明天见
00 拜拜
01 我在马来西亚也买得到这个墨水吗
11 这个本子A5的几张纸
11 画笔14号是最大的吗
11 有没有比48色更多的水彩
11 彩铅有单支卖吗
11 黏土白色的一公斤多少
11 丙烯可以画在布上吗
11 水彩纸A5多少钱
11 马克笔24色多少
11 速写本横版的多少钱
11 切割垫A3多少钱
01 我姐姐在孟买 让她去店里买
01 下次去孟买一定去店里逛逛
01 印度的包装好可爱
01 Masi墨水的瓶子好复古
00 台湾的朋友好多
00 马来西亚的朋友也在
00 大家都是哪里的
00 全球画画人集合
"""

# More chat: jokes, stories, misc, with a few asks mixed in.
MORE_CHAT = """
00 my landlord would kill me if I painted the walls like this
00 painted my first sky yesterday, it looked like a bruise
00 my niece ate a crayon once, she's fine
00 my dog drank my paint water 😭
00 who else drinks the paint water by mistake
00 I have dipped my brush in my chai twice tonight
00 the chai brush dip is a rite of passage
00 art block is real this week
00 this stream cured my art block
00 I should be studying for boards
00 back to my CA exam prep after this
00 working from home with this on in the background
00 my manager thinks I'm in a meeting
00 Monday blues gone
00 happy Friday everyone
00 Diwali vibes already
00 Ganesh Chaturthi prep has started in my building
00 Mumbai rains are back 🌧️
00 train delayed again, watching from the platform
00 CST station crowd is crazy today
00 raining so hard in Thane right now
00 it's 40 degrees in Delhi, send rain
00 I can hear the rain on your roof, so calming
01 the rain sound + brush sound combo
01 your water jar is so clean, mine is brown always
01 I use two water jars now after watching you
01 the tape trick from last week saved my painting
01 I bought the size 6 because of you lol
01 the Monsoon pad is the only one that doesn't buckle for me
01 Kala 24 has been in my bag for 6 months
01 those ink lines on the balconies are perfect
01 the pigeons on the wire 😂
01 add a chai tapri please
01 add a dabbawala!
01 a BEST bus would be iconic
01 the puddle reflection is my favourite part
00 my grandma used to paint like this
00 my dad says this is the only youtube he likes
00 showing this to my art teacher tomorrow
00 my kids are asleep finally, now my time
00 this is my meditation
00 i need a nap after this
00 good night everyone, take care
00 sleep well chat
00 see you Thursday
00 bye didi, thank you
00 thank you for this lovely session
00 this was so fun
00 love from Chennai
00 love from Kerala ❤️
00 Odisha se love
00 Assam represent 🙌
00 Gujarat thi hello
00 Punjab ton sat sri akal ji
00 Bihar se pranam
00 Karnataka namaskara
00 Telangana nunchi hi
10 is the Dadar shop open today since it's raining
10 will delivery get delayed because of the rains
10 does the courier deliver during heavy rain
10 i'm in Srinagar, will my order reach
10 Gangtok me delivery hai?
10 we are an NGO running art classes, any discount?
10 my school wants 50 sets, who do I talk to
10 do you give bill with school name
11 do you have a combo of pad and paints
10 can i exchange the 12 for the 24 if unopened
10 how to claim if the jar is cracked
10 unboxing video needed for damage claim?
10 refund kitne din me aata hai
10 refund goes back to UPI or wallet?
00 I never record unboxing videos and I regret it every time
00 my parcel was thrown over the gate lol
00 delivery guy called me 10 times
00 the courier in my area is so fast now
00 Bombay never stops
"""

# With a product on air: asks and remarks about it.
ON_SHOW = """
11 and this one?
11 how much is this pad
11 this brush which size
11 is this the 24 or the 48
11 this tin how many colours
11 how much is this easel
11 is this the tabletop one
11 this canvas size?
11 this ink is black or sepia
11 is this the white clay or terracotta
11 price of this mat
11 this set of pens kitne ka
11 ye pencil box kitne ka hai
11 ye easel kitne ka hai didi
11 ye wala marker set 48 hai?
11 iska rate?
11 isme kitne colour hai
11 ye wala stock me hai?
11 这个多少
11 这个本子多少钱
11 这个笔多少钱一支
11 這組多少錢
11 這個畫架多少錢
11 this one ship to Singapore?
11 this one can COD?
11 this one comes with a brush?
11 is this one lightfast?
11 is this one refillable
11 is this one acid free
11 how many in this pack
11 is it sold out?
11 any left of this?
11 how many left
11 last piece?
11 can I get this by Saturday in Pune
11 is this one on discount today
11 link for this one please
01 ooh this one is pretty
01 that tin is so cute
01 i need this in my life
01 the colours in this one 😍
01 this brush looks so soft
01 that easel is a piece of furniture honestly
01 this canvas looks so smooth
01 the ink bottle is so cute
01 the clay looks like kulfi 😂
01 mine mine mine
01 me me me
01 I want I want
01 sold to the girl in Pune
01 taking this one
01 ordered!
01 just ordered this
01 bought it
01 added to cart
01 done, ordered the 24
01 grabbed the last A4 pad lol
01 mera order ho gaya
01 le liya maine
01 मेरा वाला pack कर दो 😂
01 要了要了
01 我要了
01 買了
01 已下單
01 this looks better than the one I have
01 the mixing lid on that tin is so handy
01 I love the chai brown cover
01 the markers case is so neat
01 these fineliners are my favourite
01 the khadi paper texture 😍
01 that kneaded eraser is so squishy
01 the cutting mat grid is so satisfying
01 that's the pad I use!
01 oh I have that brush
01 my teacher uses this exact tin
01 that's a lot of pencils
01 48 is overkill but I want it
01 the gold acrylic is so shiny
01 neon gouache 😍
01 sepia ink is so vintage
01 terracotta clay looks like real mitti
00 can you hold it closer to the camera
00 show the back of the box please
00 can you zoom in
00 camera is out of focus
00 move it a little left
00 can you open it and show inside
00 show the swatches please
00 swatch it swatch it
00 do a swatch test
00 hold it up to the light
"""

# More talk while she paints: stories, reactions, art talk, nothing asked of the shop.
PAINT_TALK = """
01 the way the ochre melts into the grey, unreal
01 she just dropped burnt sienna into wet ultramarine and I screamed
01 the shop signs in the background are so Dadar
01 I can almost smell the wet road
01 that flower seller on the corner is a tiny masterpiece
01 the umbrellas are just three strokes each, how
01 she painted an entire crowd with dots
01 the tram lines reflection 😭
01 those overhead wires with the rigger brush, perfection
01 this is the best rainy street I've seen on youtube
01 the sky went from blank to monsoon in one minute
01 dropping in the opera pink for the sunset glow, brave choice
01 she left the paper white for the headlights, genius
01 the wet in wet bleed in the trees is so soft
01 the pigeons on the cable made me laugh
01 I love that she never erases the pencil lines
01 the pencil under the wash gives it so much charm
01 that dark under the awning is so deep
01 the puddles look actually wet
01 the rickshaw in the corner is my favourite detail
01 that tiny man with the newspaper over his head 😂
01 she made the chaos of Mumbai look peaceful
01 the perspective on the buildings is so good
01 the whites on the taxi roof are perfect
01 the drips at the bottom feel like the rain itself
01 so many greys and none of them look dull
01 this looks like a postcard from the 90s
01 my nani's building looked exactly like that one
01 the balconies with clothes drying 😂 so real
01 the hanging wires are so Bombay
01 she's adding the neon sign now omg
01 red ink for the neon, that's clever
01 the ink line over the wash gives it that sketchbook feel
01 the splatter at the end made it so alive
01 she flicked the brush and now it's raining on my screen
01 salt texture would have been cool here too
01 not using masking fluid and still keeping the whites, wow
01 the shadows are all blue, I never notice that in real life
01 the colour temperature shift is amazing
01 the signature in the corner is so tiny and cute
00 my painting from last stream is on my fridge now
00 my son asked why the lady is painting rain inside the house
00 my cat just walked across my palette, send help
00 my dog is snoring next to me while I watch
00 just finished dinner, perfect timing
00 making pav bhaji and watching this
00 cutting chai in one hand, phone in the other
00 the rain just started here too, what timing
00 it's hailing in Shimla right now
00 power cut in my area, thank god for the inverter
00 my brother is making fun of me for watching painting streams
00 I showed my grandpa, he said it's better than the calendar paintings
00 I'm supposed to be doing my assignment
00 my exam is tomorrow and I'm here
00 just came back from the gym, this is my cool down
00 lunch break in London, perfect stream for it
00 it's 6 am in Toronto and I'm here
00 late night in Sydney, very cozy
00 night shift at the hospital, this keeps me sane
00 nurses gang watching during break
00 back from college, so tired
00 it's my first day off this month
00 I just moved to Mumbai last week, this is so welcoming
00 missing Mumbai so much from Bangalore
00 watching from Dubai, missing home rains
00 the monsoon here in Kerala is crazy this year
00 Goa rains are the best rains, fight me
00 Cherrapunji people, how much rain today?
00 we had floods last week, stay safe Mumbai
00 take care everyone in the low lying areas
00 local trains are down again, WFH day for me
00 my office is in Lower Parel, this is literally my street
00 I used to live near Shivaji Park, nostalgia hit
00 Dadar flower market at 6 am is the best
00 Kabutar khana feels in that painting
00 Mahim fair vibes
00 who else eats vada pav in the rain
00 bhutta in the rain is better
00 cutting chai and monsoon, name a better duo
00 my mom is asking who I'm talking to
00 my wife joined too, hi from both of us
00 my husband thinks I'm watching a cooking show
00 three generations watching together tonight
00 my 6 year old is copying you on the floor
00 my daughter painted a taxi too, it's purple
00 my kid wants to know if the taxi has a name
00 name the taxi Pinto
00 Pinto the taxi 🚕
00 justice for Pinto
00 Pinto deserves his own stream
00 long live Pinto
00 chat naming the taxi is the best thing tonight
00 I vote Bablu for the taxi
00 Bablu is better
00 Chintu the taxi!
00 the taxi is obviously called Raju
00 ok the taxi is Raju now, no arguments
00 Raju the taxi has more fans than me
00 lol this chat is wholesome
00 this is the nicest chat on the internet
00 no toxicity here, love it
00 mods doing a great job
00 thank you mods
00 shoutout to the mods
00 where are the mods from?
00 I want to be a mod when I grow up
00 brb my chai is boiling over
00 back, chai saved
00 spilled my chai on my sketchbook, now it's art
00 chai stains are a texture technique now
00 coffee stain art is real actually
00 I once painted with beetroot juice
00 turmeric makes a great yellow but it stains everything
00 haldi painting tutorial when
00 my grandmother used kajal for drawing lines
00 I learnt painting on slates with chalk
00 school drawing books with the tracing paper, remember?
00 Camlin wax crayons childhood memories
00 the smell of new crayons on the first day of school
00 drawing competitions in school were my whole personality
00 I won second prize in a drawing competition in 2009
00 my teacher gave me 7 out of 10 for my sunset with the mountains
00 every Indian kid drew the same hut by the river with two mountains
00 and the sun peeking out between the mountains
00 with the birds as little M shapes
00 the coconut tree was mandatory
00 LOL the M birds
00 the hut with the river, i drew it 500 times
00 this chat is attacking my childhood
"""

# More Hinglish and Marathi talk: reactions and stories, nothing asked of the shop.
DESI_TALK = """
01 didi aapke haath me jaadu hai
01 kitni aasani se bana rahe ho
01 ye toh ekdum asli baarish lag rahi hai
01 bhai sahab kya gaadi banayi hai
01 taxi ka peela rang ekdum perfect
01 ye dukaan ke board bhi likh diye 😂
01 kabutar bhi hai tar pe hahaha
01 ek ek detail pe dhyan hai
01 mujhse toh seedhi line bhi nahi banti
01 main pencil se bhi itna nahi bana sakta
01 mere paas bhi wahi brush hai par haath nahi hai 😂
01 brush same, artist alag
01 samaan se kuch nahi hota, haath chahiye
01 sahi baat hai, practice hi sab kuch hai
01 didi ka patience level 100
00 aaj office me bahut kaam tha, ab sukoon mila
00 mummy bol rahi hai khana kha lo
00 abhi khana khaake aata hu
00 aa gaya khana khake
00 chai bana ke laya hu
00 bahar bahut tez baarish ho rahi hai
00 light chali gayi thi, wapas aa gaya
00 mera phone garam ho gaya live dekhte dekhte
00 battery 5 percent hai bye
00 charger lagake wapas aaya
00 bhai log Pune se kaun kaun hai
00 Nagpur wale haath upar karo
00 Indore se namaste
00 Surat thi kem cho
00 Ahmedabad thi aavjo
00 Chandigarh se sat sri akal
00 Kanpur se hu main
00 Ranchi se dekh raha hu
00 Dehradun me bhi baarish ho rahi hai
00 pahadon se namaste, Manali
00 kal exam hai fir bhi yaha hu 😅
00 padhai karne baitha tha, ye dikh gaya
00 boss ko mat batana
00 ghar pe sab so gaye, main akela dekh raha hu
00 neend aa rahi hai par band nahi kar sakta
00 didi kal bhi aana
01 didi aap Bombay ki rani ho painting me
01 ye painting ghar me lagani chahiye
01 isko frame karwa ke rakhna didi
01 itna sundar kaise
00 yaar koi mujhe bhi sikha do
00 main bhi kal se roz ek drawing karunga
00 naye saal ka resolution: painting seekhna
00 dekhte hai kitne din chalta hai 😂
00 haha same bhai
00 mera bhi yahi haal hai
00 sach me
00 bilkul sahi
00 ekdum correct
00 haan yaar
00 arre wah
00 kya baat
00 bahut khoob
00 maza aa gaya
00 dil khush ho gaya
00 aankhon ko sukoon mila
00 mast timepass ho gaya
00 tai khup chhan
00 ekdam bhari tai
00 aamhala pan shikva na
00 majha mulga pan baghtoy
00 aaj khup paus padla
00 ghari basun baghtoy chaha sobat
00 pune var paus nahi ahe aaj
00 kolhapur madhun namaskar
00 nashik cha paus thand ahe
00 Satara kar present
00 Ratnagiri varun baghtoy
00 Konkan madhe tar mast paus
00 aamchya gavi light geli
00 mi pan chitra kadhto, pan asa nahi jamat
00 tai tumhi far chhan samjavta
00 shala aathavli
00 chitrakala cha taas aathavla
00 elementary drawing exam cha athavan aali
00 intermediate grade exam dili hoti mi
00 elementary exam madhe B grade milala hota 😂
00 A grade walo haath var kara
00 mi tar fail zalo hoto
00 haha mi pan
"""

# More Chinese talk (simplified and traditional): reactions, stories, art talk.
ZH_TALK = """
01 这个天空一下就出来了 好厉害
01 老师撒盐都不用 肌理就这么好看
01 留白留得太准了
01 车灯那里的留白绝了
01 倒影那几笔太神了
01 那个卖花的小摊好可爱
01 雨伞就三笔 怎么做到的
01 电线杆上的鸽子笑死我
01 一个个小人都是点出来的
01 湿中湿的晕染太舒服了
01 深色压下去一下就有层次了
01 颜色一点都不脏
01 灰色调得好高级
01 蓝色的阴影好有感觉
01 暖色和冷色的对比好美
01 钢笔线条加上去一下就精致了
01 红色霓虹灯那一笔好亮
01 最后甩的水点像在下雨
01 这幅可以裱起来了
01 签名好小好可爱
01 这幅画好有年代感
01 好像老明信片
01 孟买的街头原来这么有味道
01 印度的出租车原来是黄黑色的
01 三轮车那个细节好棒
01 晾衣服的阳台好真实
00 我家楼下也是这样的电线
00 我们这里也在下雨
00 广州今天暴雨
00 深圳也在下雨 好应景
00 上海梅雨季又来了
00 台风天在家看直播
00 北京好干 羡慕下雨
00 新加坡又下雨了 每天都下
00 吉隆坡塞车中 在车上看
00 槟城今天很热
00 台北下午雷阵雨
00 高雄超热 看雨降温
00 刚吃完饭来看
00 边吃火锅边看
00 泡了杯茶慢慢看
00 咖啡配画画 完美
00 我家猫在旁边睡觉
00 狗狗一直要我陪它玩
00 孩子睡着了 终于有自己的时间
00 老公在打游戏 我在看画画
00 老婆说我又在看画画
00 妈妈问我在看什么
00 室友也过来一起看了
00 宿舍熄灯了 躲在被子里看
00 明天考试 先看一会儿
00 作业还没写完
00 论文写不下去了 来放松一下
00 加班回来只想看这个
00 今天好累 看完就睡
00 周末愉快
00 终于周五了
00 这周好漫长
00 又是美好的一天
00 谢谢老师 今天好开心
00 下周一定来
00 已经设置提醒了
00 分享到朋友圈了
00 推荐给我妹妹了
00 我妈也开始学水彩了
00 我小时候也学过画画
00 小学的时候画的都是房子和太阳
00 每个人小时候都画过房子加两座山
00 还有小鸟画成M
00 哈哈哈M形小鸟
00 童年回忆杀
00 小时候的蜡笔味道
00 美术课最开心了
00 高中美术生在这里
00 艺考生报到
00 集训的时候天天画到半夜
00 色彩课被老师骂颜色脏
00 我的调色盘永远是灰的
00 洗笔水永远是褐色的
00 我用两桶水了 还是脏
00 看了老师的直播 我也买了第二个水桶
00 我差点把笔伸进咖啡里
00 真的把笔伸进茶里过 哈哈
00 喝过洗笔水的举手
00 我我我
00 一口下去才发现
00 太真实了哈哈哈哈
00 弹幕笑死我了
00 这个直播间的弹幕好温暖
00 大家好友善啊
00 没有吵架的直播间真好
00 房管辛苦了
00 谢谢房管
01 老師的筆觸好乾淨
01 暈染的邊緣好柔
01 這個灰色好高級
01 倒影畫得好真實
01 雨傘那幾筆太厲害
01 計程車的黃色好正
01 霓虹燈用紅墨水好聰明
01 電線上的鴿子好可愛
01 賣花的小攤好有生活感
01 陽台晾衣服好寫實
00 台灣現在也在下雨
00 颱風天在家看
00 剛吃完晚餐
00 珍奶配直播
00 貓咪在鍵盤上睡著了
00 明天要上班 先睡了
00 週末愉快大家
00 今天好累喔
00 看完心情好好
00 謝謝老師分享
00 我也想去印度看看
00 下次去孟買要去找這條街
00 小時候也很愛畫畫
00 國小美術課最開心
00 以前畫的都是房子跟太陽
00 哈哈小鳥畫成M
00 童年回憶
00 我的洗筆水也都是咖啡色
00 差點喝到洗筆水
00 笑死我了
00 好溫馨的聊天室
00 大家都好可愛
00 管理員辛苦了
00 又學到一招
00 筆記筆記
00 截圖了
00 存起來慢慢學
00 馬來西亞的朋友你們好
00 新加坡的朋友晚安
00 大马的朋友报到
00 我在怡保 也在下雨
00 新山的朋友举手
00 沙巴的朋友有吗
00 古晋这边好热
00 我们这里叫巴士 不叫出租车哈哈
00 德士啦 马来西亚叫德士
00 德士那个颜色好像以前的
00 我阿嬷以前也住这样的楼
00 好像老巴刹
00 好像小印度那边
00 新加坡小印度也有这种感觉
00 下次来小印度开直播
00 lah 这个好看
00 真的很chill
00 steady 老师
00 滴滴滴 下雨了
"""

# More art-Twitch and English chat: jokes, supplies talk, nothing asked of the shop.
TWITCH_TALK = """
01 the rigger brush for the wires is such a flex
01 that's a lifetime of brush control right there
01 watching her do negative space is humbling
01 the limited palette is doing so much work
01 three colours and a whole city
01 the mixing on the paper instead of the palette 🤌
01 she lets the paint do the work, I micromanage every drop
01 chat we are witnessing a masterclass
01 the restraint to not add more detail is the real skill
01 knowing when to stop > everything else
01 that backrun was on purpose I swear
01 the paper is holding so much water
01 the sizing on that paper must be great
01 cotton paper just hits different for washes
01 I switched from cellulose and never went back
01 my cellulose pad is crying in the corner
01 cold press texture in the road is perfect
01 the granulation is giving wet asphalt
01 those edges, hard where it matters, soft everywhere else
01 the neon in red ink is a vibe
01 ink and wash is my favourite combo
01 pen and ink over watercolour is so satisfying
01 the fineliner line weight variation though
01 i need to learn to let the ink breathe
01 that splatter was cathartic
01 she said 'trust the water' and I felt that
01 trust the water is my new life motto
00 my paint water is literally tea colored rn
00 I have 3 water jars and still mud
00 I own 47 brushes and use 2
00 my sketchbook graveyard is huge
00 never finished a sketchbook in my life
00 first page fear is real
00 I buy nice paper and then I'm too scared to use it
00 the fear of ruining expensive paper lol
00 just use the back side, nobody will know
00 painting on cheap paper first helps me relax
00 my art teacher said paint 100 bad paintings
00 I'm at bad painting 64
00 only 36 to go then
00 lmao the math
00 rooting for you
00 we love progress
00 progress over perfection
00 good art takes time
00 comparison is the thief of joy
00 this chat is therapy
00 I came for art and got life advice
00 ok that's deep
00 wholesome hours
00 peak cozy
00 mood
00 same
00 real
00 true
00 facts
00 fr
00 big mood honestly
00 this is the content I need
00 algorithm finally did something right
00 youtube recommended this at 2 am and I'm grateful
00 found this through a reel
00 came from instagram
00 the instagram reel of the taxi brought me here
00 your reels are so satisfying
00 I saw the clay elephant reel 10 times
00 the clay reel has 2 million views, congrats
00 famous now
00 remember us when you're famous
00 OG viewers unite
00 been here since 200 viewers
00 early supporter badge when
00 subbed for 2 years now
00 clip that
00 someone clip the taxi part
00 clipped it
00 posted the clip on discord
00 discord is popping tonight
00 the discord art channel is full of taxis now
00 everyone is painting taxis in discord lol
00 taxi challenge in discord
00 my taxi looks like a banana
00 banana taxi
00 banana taxi is canon now
00 LMAO banana taxi
00 raid incoming from discord friends
00 hi from the painting discord
00 brb sharpening my pencil
00 my pencil sharpener just ate my pencil
00 erasing too hard and tearing the paper, classic
00 I ripped my paper taking off the tape again
00 tape tearing is the worst
00 pull it at an angle slowly
00 use a hairdryer on the tape, it helps
00 thanks for the tip
00 learned something new today
00 saving this stream for later
00 adding to my watch later
00 gonna rewatch the sky part
00 timestamps please
00 sky part at like 12 minutes
00 the ink part was around 40 mins
00 thanks for the timestamp
00 you're a hero
00 night everyone, paint something tomorrow
00 going to paint now, bye chat
00 off to paint, wish me luck
00 good luck!
00 you got this
00 post it in discord after
00 see you in the next one
"""

# Still more chat: the clay and ink segments, the end of the stream, small talk.
LATE_TALK = """
01 the clay elephant's ears are so floppy 😭
01 she's giving the elephant a little trunk curl
01 tiny clay ganpati next please
01 the terracotta colour looks like real matka clay
01 clay segment is so ASMR
01 the way she smooths it with a wet finger
01 my clay always cracks, hers is so smooth
01 clay elephant army when
01 the elephant needs a name too
00 elephant name: Appu
00 Appu the elephant 🐘
00 Appu and Raju the taxi, best duo
00 Appu and Raju cinematic universe
00 someone write the Appu and Raju story
00 Appu rides Raju to Chowpatty
00 lol I'm crying
00 this chat has lore now
00 the lore is getting deep
00 chat lore episode 2
01 the ink is so glossy on the paper
01 she's using the dip pen like it's nothing
01 the nib scratching sound is so satisfying
01 dip pen lines are so much more alive than fineliner
01 I always blot my dip pen lines, she never does
01 sepia over the wash is so vintage
01 that crosshatching on the building shadow
01 stippling the texture on the wall, patience level max
01 the ink bleeds into the damp patch, intentional?
01 the kneaded eraser lifting the pencil is oddly satisfying
01 she shaped the eraser into a point, pro move
01 gouache for the signs is so crisp
01 gouache on top of watercolour, rule breaker
01 the white gouache highlights on the wet road 😍
01 acrylic block-in on the canvas is so fast
01 the palette knife on the canvas, yes
01 canvas version looks totally different, love both
01 the easel tilting for the canvas is neat
01 teak easel in that light is so pretty
00 wrapping up already?
00 noooo not the end
00 one more hour please
00 the stream went by so fast
00 already 2 hours wow
00 this was the best stream so far
00 top 3 streams for sure
00 the taxi stream will be legendary
00 can't wait for next week
00 thank you for the company tonight
00 thanks didi, good night
00 shubh ratri sabko
00 good night from Jaipur
00 bye bye everyone 👋
00 take care, drink water
00 sleep early chat, it's late
00 who else is staying up after this
00 going to bed inspired
00 dreaming of taxis tonight
00 see you Saturday
00 Saturday stream is the clay special right
00 Saturday clay, Tuesday ink, I think
00 I'll be there
00 setting an alarm
00 same time same place
00 bye Raju bye Appu
00 Raju forever
00 end stream chant: RAJU RAJU RAJU
00 RAJU RAJU RAJU
00 APPU APPU APPU
01 the final painting reveal 😍
01 full view please, oh it's beautiful
01 standing ovation for this one
01 10 out of 10, no notes
01 put it in a gallery
01 Jehangir Art Gallery material
01 exhibition when
00 will there be a stream tomorrow
00 why is it only 3 days a week 😭
00 we need daily streams
00 didi needs rest too chat
00 true, rest is important
00 artists need sleep
00 wise words
00 ok I'm going to paint Raju now
00 post your Raju in the discord
00 Raju fan art incoming
00 my Raju has three wheels somehow
00 that's a rickshaw lol
00 Raju's cousin then
00 lmaooo
00 lol
00 😂😂😂😂
00 🤣🤣🤣
00 💛💛💛💛
00 ❤️❤️❤️❤️❤️
00 🙏🙏🙏🙏
00 🌧️🚕🌧️🚕🌧️🚕
00 🐘🚕🐘🚕
00 ☕☕☕
00 🖌️🎨🖌️🎨
00 ✨✨✨✨✨
00 🌈🌈🌈
00 👋👋👋
01 黏土小象的耳朵好可爱
01 老师捏小象好快
01 陶土的颜色好像真的泥
01 蘸水笔的线条好有生命力
01 褐色墨水好复古
01 排线好细致
01 可塑橡皮擦铅笔好解压
01 白色水粉提亮绝了
01 丙烯铺色好快
01 画刀刮出来的质感好棒
01 柚木画架在灯光下好美
00 要下播了吗 舍不得
00 时间过得好快
00 下次见老师
00 晚安晚安
00 大家晚安好梦
00 期待下一次
00 小象叫阿谱吗 哈哈
00 出租车叫拉朱
00 拉朱和阿谱
00 弹幕有剧情了
00 笑到肚子痛
00 小象太萌了
00 我也要捏一只
00 周六见
00 下周二见
01 这幅可以开画展了
01 满分
01 完美收官
00 再见啦
00 掰掰
00 謝謝老師 晚安
00 下次見
00 好捨不得下播
01 小象好療癒
01 收尾那幾筆好漂亮
00 晚安台灣的朋友
00 大家好夢
"""

# Long lines the chat sends whole: copypastas and a bot's gift notice (label 0, nothing on air).
LONG_LINES = (
    ("🎨 I HAVE BEEN PAINTING FOR 11 YEARS AND HAVE NEVER ONCE LET A WASH DRY WITHOUT "
     "TOUCHING IT 🎨 TODAY I LEARNED PATIENCE 🎨 COPY THIS IF YOUR SKY IS ALSO MUD 🎨"),
    ("Did you know that watercolour is the only medium where the paint decides what happens "
     "and you just take credit for it afterwards? Copy this if you have ever called a bloom "
     "'intentional' 💧"),
    ("I'm not saying this painting is good, but my mother walked past, saw the screen and "
     "asked when I am going to paint like THAT. Respectfully, I am an accountant."),
    ("Hey didi I know you're busy but I just wanted to say I started painting during "
     "lockdown because of your streams and last month I sold my first painting. Thank you."),
    ("chai_and_charcoal subscribed at Tier 2. They've subscribed for 19 months, currently on "
     "a 19 month streak!"),
    ("dadar_doodles is gifting 5 Tier 1 Subs to Rangrez Art Supply's community! They've "
     "gifted a total of 31 in the channel!"),
)

CHAT_BLOCKS = (INDIAN, HINGLISH, MUMBAI, STUDENTS, MALAYSIAN, MAINLAND, TAIWAN, TWITCH, BOTS,
               HARD, HOST, CHINESE_TALK, MORE_CHAT, ON_SHOW, PAINT_TALK, DESI_TALK, ZH_TALK,
               TWITCH_TALK, LATE_TALK)


def chat() -> list[tuple[int, int, str]]:
    """Every chat line written above, in block order: (label, on_air, text)."""
    return [line for block in CHAT_BLOCKS for line in _lines(block)] + [
        (0, 0, text) for text in LONG_LINES]


# -- the answer suite -------------------------------------------------------------------------

def _art() -> list[AnswerCase]:
    """The Mumbai art shop (INR): variants in the viewers' own words, the sold-out A3 pad, the
    last easels, per-piece asks, Indian English, Hinglish, Marathi and Chinese phrasing."""
    a = "art"
    return [
        # prices, variants named the way viewers name them
        case(a, "ma'am rate of the 24 shade watercolour box kindly", "price", sku="WC-KALA-24"),
        case(a, "12 pan wala set kitne ka hai", "price", "WATERCOLOUR-KALA", sku="WC-KALA-12"),
        case(a, "48色水彩多少钱一盒", "price", sku="WC-KALA-48"),
        case(a, "A4 cold press block rate?", "price", sku="PAD-MS-A4"),
        case(a, "A3 pad kiti la ahe", "price", sku="PAD-MS-A3"),
        case(a, "size 6 round kitne ka", "price", sku="BR-SBX-6"),
        case(a, "14号画笔多少钱一支", "price", sku="BR-SBX-14"),
        case(a, "24色油性彩铅多少钱", "price", sku="PENC-TJ-24"),
        case(a, "A4 landscape sketchbook how much", "price", sku="SKB-CHAI-A4L"),
        case(a, "twenty four tube acrylic set price", "price", sku="ACR-ZARI-24"),
        case(a, "马克笔80色多少钱", "price", sku="MKR-DT-80"),
        case(a, "H-frame easel price please", "price", sku="EASEL-HFRAME"),
        case(a, "桌面画架多少钱", "price", sku="EASEL-TABLE"),
        case(a, "18×24的画布一张多少钱", "price", sku="CNV-18X24"),
        case(a, "250 ml black ink rate", "price", sku="INK-BLK-250"),
        case(a, "深褐色墨水多少钱", "price", sku="INK-SEP-30"),
        case(a, "陶红色黏土500克多少钱", "price", sku="CLAY-TER-500"),
        case(a, "36 gouache set price", "price", sku="GCH-HOLI-36"),
        case(a, "A2切割垫多少钱", "price", sku="MAT-A2"),
        case(a, "6 black fineliners how much", "price", sku="PEN-RK-6BLK"),
        case(a, "12色针管笔多少钱", "price", sku="PEN-RK-12COL"),
        case(a, "putty eraser kitne ka hai", "price", sku="ERASER-KNEAD"),
        case(a, "this one how much didi", "price", "MAT-CUTRITE", sku="MAT-CUTRITE"),
        case(a, "呢个几钱", "price", "GOUACHE-HOLI", sku="GOUACHE-HOLI"),
        # stock, the sold-out A3 and the last easels among them
        case(a, "A3 pad in stock?", "stock", sku="PAD-MS-A3"),
        case(a, "A3水彩本还有货吗", "stock", "PAPER-MONSOON", sku="PAD-MS-A3"),
        case(a, "how many H-frame easels left", "stock", sku="EASEL-HFRAME"),
        case(a, "画架还剩几个", "stock", "EASEL-SAGWAN", sku="EASEL-SAGWAN"),
        case(a, "48 colour tin available hai?", "stock", sku="WC-KALA-48"),
        case(a, "80色马克笔还有吗", "stock", sku="MKR-DT-80"),
        case(a, "白色黏土一公斤还有货吗", "stock", sku="CLAY-WHT-1KG"),
        # what the listing says
        case(a, "are the kala paints lightfast", "fact", sku="WATERCOLOUR-KALA",
             fact="ASTM I or II"),
        case(a, "水彩盒里送笔吗", "fact", sku="WATERCOLOUR-KALA", fact="每盒附一支水笔"),
        case(a, "can my 8 year old use the kala set", "fact", sku="WATERCOLOUR-KALA",
             fact="not for children under 12 years"),
        case(a, "do i need to stretch the monsoon paper", "fact", sku="PAPER-MONSOON",
             fact="glued on all four sides"),
        case(a, "水彩本一本几张", "fact", sku="PAPER-MONSOON", fact="每本12张"),
        case(a, "is the pad good for acrylic pouring", "fact", sku="PAPER-MONSOON",
             fact="not for acrylic pours"),
        case(a, "brushes real sable hai ya synthetic", "fact", sku="BRUSH-SABLEX",
             fact="synthetic sable"),
        case(a, "彩铅可以用水化开吗", "fact", sku="PENCILS-TEJAS", fact="遇水不会化开"),
        case(a, "how many tejas colours are lightfast", "fact", sku="PENCILS-TEJAS",
             fact="36 of the 48 colours"),
        case(a, "速写本能平摊吗", "fact", sku="SKETCHBOOK-CHAI", fact="锁线装订可平摊"),
        case(a, "can I paint a t-shirt with the zari acrylics", "fact", sku="ACRYLIC-ZARI",
             fact="heat-set it with an iron"),
        case(a, "can i buy single duotone markers", "fact", sku="MARKERS-DUOTONE",
             fact="single markers are not sold"),
        case(a, "does the easel fold flat for travel", "fact", sku="EASEL-SAGWAN",
             fact="does not fold flat"),
        case(a, "H架最高放多大的画布", "fact", sku="EASEL-HFRAME", fact="60″"),
        case(a, "is the kora canvas ok for oils", "fact", sku="CANVAS-KORA",
             fact="takes both acrylic and oil"),
        case(a, "canvas ek piece ka price hai?", "fact", sku="CANVAS-KORA",
             fact="each canvas is sold singly"),
        case(a, "will the masi ink work in my fountain pen", "fact", sku="INK-MASI",
             fact="never in a fountain pen"),
        case(a, "墨水干了防水吗", "fact", sku="INK-MASI", fact="原液干后防水"),
        case(a, "clay ko oven me bake karna padega?", "fact", sku="CLAY-MITTI",
             fact="no kiln or oven needed"),
        case(a, "are the holi neons going to fade", "fact", sku="GOUACHE-HOLI",
             fact="the fluorescents fade in sunlight"),
        case(a, "can I leave the cutting mat in my car", "fact", sku="MAT-CUTRITE",
             fact="warps above 50°C"),
        case(a, "can I watercolour over the rekha lines", "fact", sku="PENS-REKHA",
             fact="waterproof"),
        case(a, "针管笔最细多少", "fact", sku="PEN-RK-6BLK", fact="0.05"),
        case(a, "does the khadi journal lie flat", "fact", sku="JOURNAL-KHADI",
             fact="does not lie fully flat"),
        case(a, "kneaded eraser ke saath case aata hai?", "fact", sku="ERASER-KNEAD",
             fact="plastic case is included"),
        # two prices at once
        case(a, "12色和24色水彩各多少钱", "compare", skus=["WC-KALA-12", "WC-KALA-24"]),
        case(a, "A4 vs A5 pad price difference", "compare", skus=["PAD-MS-A4", "PAD-MS-A5"]),
        case(a, "tabletop aur H frame dono ka rate", "compare",
             skus=["EASEL-TABLE", "EASEL-HFRAME"]),
        # policies
        case(a, "delivery charge to Thane?", "policy", policy="shipping"),
        case(a, "寄到孟买运费多少", "policy", policy="shipping"),
        case(a, "do you deliver to Shillong", "policy", policy="shipping-northeast"),
        case(a, "Port Blair ships?", "policy", policy="shipping-islands"),
        case(a, "can you send the markers to Havelock island", "policy", policy="shipping-islands"),
        case(a, "can ship to Singapore or not", "policy", policy="shipping-intl"),
        case(a, "可以寄马来西亚吗", "policy", policy="shipping-intl"),
        case(a, "Dadar shop se le sakte hai kya", "policy", policy="pickup"),
        case(a, "COD on a 7000 order possible?", "policy", policy="cod"),
        case(a, "能用支付宝付款吗", "policy", policy="payment"),
        case(a, "no cost EMI on the H-frame?", "policy", policy="payment"),
        case(a, "GST extra lagega kya", "policy", policy="gst"),
        case(a, "i need a B2B invoice with my GSTIN", "policy", policy="gst"),
        case(a, "school order of 40 kits any discount", "policy", policy="bulk"),
        case(a, "学校团购有折扣吗", "policy", policy="bulk"),
        case(a, "ink bottle came cracked, what now", "policy", policy="damaged"),
        case(a, "收到墨水漏了怎么办", "policy", policy="damaged"),
        # the live deals
        case(a, "any stream offer today ma'am", "deals"),
        case(a, "今天直播有什么优惠", "deals"),
        # must abstain
        case(a, "do you sell oil paints", "abstain", why="not carried"),
        case(a, "posca markers milenge?", "abstain", why="not carried"),
        case(a, "96 colour marker set rate", "abstain", sku="MARKERS-DUOTONE",
             why="a trap: no such set"),
        case(a, "A1 watercolour pad price?", "abstain", sku="PAPER-MONSOON",
             why="a trap: no such size"),
        case(a, "size 20 brush kitne ka", "abstain", sku="BRUSH-SABLEX",
             why="a trap: no such size"),
        case(a, "is the kala paint made with camel gum", "abstain", sku="WATERCOLOUR-KALA",
             why="not stated"),
        case(a, "how heavy is the tabletop easel box when shipped", "abstain",
             sku="EASEL-SAGWAN", why="not stated"),
        case(a, "canvas can go outdoors in the rain?", "abstain", sku="CANVAS-KORA",
             why="not stated"),
        case(a, "will the markers work on glass", "abstain", sku="MARKERS-DUOTONE",
             why="not stated"),
        case(a, "黏土干了会不会缩小", "abstain", sku="CLAY-MITTI", why="not stated"),
        case(a, "will the 48 set make me paint like the host", "abstain", sku="WATERCOLOUR-KALA",
             why="a trap: not in the listing"),
        case(a, "主播自己用的是什么牌子的水彩", "abstain", why="about the host"),
        case(a, "didi aap kaunsa paper use karte ho ghar pe", "abstain", why="about the host"),
        case(a, "how much is the painting you just made", "abstain",
             why="about the host: not a product"),
        case(a, "can I rent the H-frame for a month", "abstain", sku="EASEL-SAGWAN",
             why="not a policy the shop has"),
        case(a, "do you ship to Kathmandu", "policy", policy="shipping-intl"),
        case(a, "24色水彩多少新币", "price", sku="WC-KALA-24"),
        case(a, "mujhe gift wrap chahiye, hota hai?", "abstain", why="not a policy the shop has"),
    ]


def _heldout_shops() -> list[AnswerCase]:
    """Six earlier held-out shops, asked by the same viewers (Indians asking about voltages and
    delivery to India, Chinese viewers in simplified and traditional characters)."""
    g, b, f, p, y, t = "gadget", "beauty", "fitness", "pets", "baby", "tools"
    return [
        # gadget (GBP)
        case(g, "二万毫安的充电宝多少钱", "price", sku="POWERBANK-VOLT-20K"),
        case(g, "galaxy s24 clear case rate kya hai", "price", sku="CASE-S24-CLR"),
        case(g, "3 metre black braided cable how much", "price", sku="CABLE-USBC-3M-BLK"),
        case(g, "26800的充电宝补货了吗", "stock", sku="POWERBANK-VOLT-26K"),
        case(g, "frost black pro max case left?", "stock", sku="CASE-IP15PM-BLK"),
        case(g, "will the airlite pro survive my swimming class", "fact", sku="EARBUDS-AIRLITE-PRO",
             fact="do not swim"),
        case(g, "防丢器要月费吗", "fact", sku="TAG-FINDIT-4PK", fact="no subscription"),
        case(g, "smart plug 5GHz wifi pe chalega?", "fact", sku="PLUG-SMART-2PK",
             fact="2.4 GHz only"),
        case(g, "环形补光灯能放桌上吗", "fact", sku="RINGLIGHT-GLOWUP-10", fact="sits on a desk"),
        case(g, "1米和2米的线差多少钱", "compare", skus=["CABLE-USBC-1M-BLK", "CABLE-USBC-2M-BLK"]),
        case(g, "delivery cost to Manchester for one cable", "policy", policy="shipping"),
        case(g, "开过的耳机能退吗", "policy", policy="returns"),
        case(g, "does the speaker come in pink", "abstain", sku="SPEAKER-BOOMLET",
             why="not stated"),
        case(g, "有没有卖手机三脚架的蓝牙遥控器单买", "abstain", why="not carried"),
        # beauty (EUR)
        case(b, "100ml面霜多少钱", "price", sku="MOIST-HYDRA-100ML"),
        case(b, "berry crush lipstick price", "price", sku="LIP-BERRY-CRUSH"),
        case(b, "05焦糖色粉底还有吗", "stock", sku="FOUND-05-CARAMEL"),
        case(b, "nude rose kitne bache hai", "stock", sku="LIP-NUDE-ROSE"),
        case(b, "can i carry the aerolux dryer to India, we have 230 V", "fact", sku="DRYER-AEROLUX",
             fact="220-240 V"),
        case(b, "维C精华开封后能放多久", "fact", sku="SERUM-C15", fact="3个月"),
        case(b, "is the soleil sunscreen reef safe", "abstain", sku="SUNSCREEN-SOLEIL",
             why="not stated"),
        case(b, "香水留香几个小时", "fact", sku="PERFUME-NUIT", fact="6到8小时"),
        case(b, "30ml和100ml香水各多少", "compare", skus=["PERFUME-30ML", "PERFUME-100ML"]),
        case(b, "do you ship to Zurich", "policy", policy="shipping-limits"),
        case(b, "klarna pe le sakte hai?", "policy", policy="payment"),
        case(b, "有没有卖卸妆油", "abstain", why="not carried"),
        case(b, "is the foundation halal certified", "abstain", sku="FOUNDATION-SKINVEIL",
             why="not stated"),
        # fitness (USD)
        case(f, "5磅巧克力味蛋白粉多少钱", "price", sku="WHEY-CHOC-5LB"),
        case(f, "pair of the flexlift dumbbells cost", "price", sku="DUMBBELL-PAIR"),
        case(f, "vanilla 5 lb back in stock?", "stock", sku="WHEY-VAN-5LB"),
        case(f, "酸西瓜味氮泵还有吗", "stock", sku="PWO-SOUR-MELON"),
        case(f, "pre workout me kitna caffeine hai", "fact", sku="PREWORKOUT-VOLTAGE",
             fact="300 mg"),
        case(f, "肌酸要不要冲击", "fact", sku="CREATINE-PUREFORM", fact="不需要"),
        case(f, "does the smart scale need wifi", "fact", sku="SCALE-TALLY",
             fact="syncs over Bluetooth"),
        case(f, "6mm和10mm瑜伽垫差多少", "compare", skus=["MAT-6MM-BLACK", "MAT-10MM-BLACK"]),
        case(f, "shipping to Honolulu?", "policy", policy="shipping-limits"),
        case(f, "蛋白粉开了能退吗", "policy", policy="returns"),
        case(f, "is the whey made in the USA", "abstain", sku="WHEY-IRONCORE", why="not stated"),
        case(f, "有没有卖健身手环", "abstain", why="not carried"),
        # pets (GBP)
        case(p, "成犬6公斤狗粮多少钱", "price", sku="DOG-ADULT-6KG"),
        case(p, "the 8 metre lead price", "price", sku="LEAD-8M"),
        case(p, "adult 12kg dog food in stock?", "stock", sku="DOG-ADULT-12KG"),
        case(p, "鸭肉猫罐头还剩几包", "stock", sku="CAT-DUCK-12"),
        case(p, "can my kitten eat the purrfect pouches", "fact", sku="CATFOOD-PURRFECT",
             fact="adult cats from 1 year"),
        case(p, "猫砂能冲厕所吗", "fact", sku="LITTER-CLOUDCLUMP", fact="不能"),
        case(p, "does the flowy fountain have a battery", "fact", sku="FOUNTAIN-FLOWY",
             fact="no built-in battery"),
        case(p, "M号和L号狗窝各多少钱", "compare", skus=["BED-M", "BED-L"]),
        case(p, "delivery to Belfast cost", "policy", policy="shipping-limits"),
        case(p, "自动配送打几折", "policy", policy="repeat-save"),
        case(p, "is the rubber chew toy safe for parrots", "abstain", sku="TOY-TOUGHRING",
             why="not stated"),
        case(p, "有没有卖鸟笼", "abstain", why="not carried"),
        # baby (EUR)
        case(y, "4号纸尿裤多少钱", "price", sku="NAPPY-S4"),
        case(y, "stage 2 formula price", "price", sku="FORMULA-STAGE2"),
        case(y, "size 6 nappies back?", "stock", sku="NAPPY-S6"),
        case(y, "sand colour stroller available?", "stock", sku="STROLLER-SAND"),
        case(y, "奶瓶能用微波炉热奶吗", "fact", sku="BOTTLE-CALMFLOW", fact="do not microwave"),
        case(y, "can the bloom teether go in the freezer", "fact", sku="TEETHER-BLOOM",
             fact="never freeze it"),
        case(y, "安全座椅没有isofix能装吗", "fact", sku="CARSEAT-ORBIT360", fact="只能用ISOFIX安装"),
        case(y, "0.5托格和2.5托格睡袋价钱", "compare", skus=["SLEEP-05-0-6", "SLEEP-25-18-36"]),
        case(y, "can you deliver to Helgoland", "policy", policy="shipping-limits"),
        case(y, "纸尿裤订阅打几折", "policy", policy="nappy-club"),
        case(y, "is the high chair wood FSC certified", "abstain", sku="HIGHCHAIR-GROWUP",
             why="not stated"),
        case(y, "有没有卖婴儿浴盆", "abstain", why="not carried"),
        # tools (AUD)
        case(t, "4.0Ah电池多少钱", "price", sku="BATT-4AH"),
        case(t, "8 metre tape measure cost", "price", sku="TAPE-8M"),
        case(t, "the drill kit with the 4 amp hour battery in stock", "stock", sku="DRILL-KIT-4AH"),
        case(t, "6.0Ah电池还剩几个", "stock", sku="BATT-6AH"),
        case(t, "can the volta drill go into my brick wall", "fact", sku="DRILL-VOLTA18",
             fact="not for brick, concrete or masonry"),
        case(t, "冲击起子带电池吗", "fact", sku="IMPACT-VOLTA18", fact="不带"),
        case(t, "is the circular saw cordless", "fact", sku="SAW-CIRC-185",
             fact="corded and runs on 240 V"),
        case(t, "20升和30升吸尘器差多少钱", "compare", skus=["VAC-20L", "VAC-30L"]),
        case(t, "ship a battery to Auckland?", "policy", policy="shipping-nz"),
        case(t, "tradie discount with ABN?", "policy", policy="trade"),
        case(t, "is the workbench top made of Indian bamboo", "abstain", sku="BENCH-FOLDPRO",
             why="not stated"),
        case(t, "有没有卖电焊机", "abstain", why="not carried"),
    ]


def _heldout_shops2() -> list[AnswerCase]:
    """Seven more earlier held-out shops: jewellery in SGD, coffee in PHP, bedding in INR (the
    Indian viewers' home ground), car gear in MYR, garden in GBP, cycling in AUD, music in CAD."""
    j, w, d, c, n, e, m = "jewel", "brew", "bedding", "car", "garden", "cycle", "music"
    return [
        # jewel (SGD)
        case(j, "US 8 luna ring how much", "price", sku="RING-US8"),
        case(j, "0.5克拉吊坠多少钱", "price", sku="PENDANT-050CT"),
        case(j, "US 7 ring back in stock?", "stock", sku="RING-US7"),
        case(j, "58mm手镯还有几个", "stock", sku="JADE-58MM"),
        case(j, "is the aura necklace solid gold or plated", "fact", sku="NECKLACE-AURA",
             fact="not solid gold"),
        case(j, "珍珠耳钉是真珍珠吗", "fact", sku="EARRING-PEARL", fact="淡水养殖珍珠"),
        case(j, "can i shower with the meridian", "fact", sku="WATCH-MERIDIAN40",
             fact="10 ATM"),
        case(j, "钛戒能刻几个字", "fact", sku="BAND-TITAN6", fact="20个字符"),
        case(j, "40cm和45cm项链差多少", "compare", skus=["NECK-40CM", "NECK-45CM"]),
        case(j, "ship to Kota Kinabalu how long", "policy", policy="shipping-malaysia"),
        case(j, "耳钉戴过能退吗", "policy", policy="returns"),
        case(j, "is the jade bangle from a certified Myanmar mine", "abstain", sku="BANGLE-JADE",
             why="not stated"),
        case(j, "有没有卖男士手链", "abstain", why="not carried"),
        # brew (PHP)
        case(w, "500g sagada whole bean how much", "price", sku="SAGADA-500-WB"),
        case(w, "摩卡壶6杯的多少钱", "price", sku="MOKA-6CUP"),
        case(w, "sagada 500 filter grind available?", "stock", sku="SAGADA-500-FIL"),
        case(w, "滤纸还有货吗", "stock", sku="FILTER-PAPER-100"),
        case(w, "will the pourline kettle work in Taiwan 110 volt", "fact", sku="KETTLE-GOOSE-08",
             fact="220–240 V only"),
        case(w, "摩卡壶能用电磁炉吗", "fact", sku="MOKA-ALU", fact="not induction"),
        case(w, "is the matcha sweetened", "fact", sku="MATCHA-UJI-30", fact="no sugar added"),
        case(w, "磨豆机是陶瓷刀盘吗", "fact", sku="GRINDER-HAND-C40", fact="陶瓷錐刀"),
        case(w, "350和500随行杯差多少钱", "compare", skus=["TUMBLER-350", "TUMBLER-500"]),
        case(w, "寄台湾运费多少", "policy", policy="shipping-taiwan"),
        case(w, "COD po ba sa Cavite", "policy", policy="payment"),
        case(w, "is the barako fair trade certified", "abstain", sku="BEAN-BARAKO",
             why="not stated"),
        case(w, "有没有卖胶囊咖啡机", "abstain", why="not carried"),
        # bedding (INR)
        case(d, "queen indigo bedsheet rate", "price", sku="SHEET-QN-IND"),
        case(d, "7公斤重力毯多少钱", "price", sku="WEIGHTED-7KG"),
        case(d, "king size white bedsheet available hai?", "stock", sku="SHEET-KG-WHT"),
        case(d, "7 ft charcoal curtain in stock", "stock", sku="CURTAIN-7FT-CHAR"),
        case(d, "bedsheet me elastic hai kya", "fact", sku="SHEET-PERCALE-300", fact="flat sheet"),
        case(d, "真丝枕套是真丝还是缎面", "fact", sku="PILLOWCASE-SILK", fact="100%桑蚕丝"),
        case(d, "is the winter duvet enough for Delhi in January", "fact", sku="DUVET-MICRO",
             fact="North Indian winters"),
        case(d, "重力毯小孩能用吗", "fact", sku="BLANKET-WEIGHTED", fact="under 8 years"),
        case(d, "double aur queen protector ka price", "compare",
             skus=["PROTECTOR-DBL", "PROTECTOR-QN"]),
        case(d, "delivery free above how much in Pune", "policy", policy="shipping"),
        case(d, "no cost EMI on the weighted blanket?", "policy", policy="payment"),
        case(d, "is the percale sheet GOTS certified organic", "abstain",
             sku="SHEET-PERCALE-300", why="not stated"),
        case(d, "有没有卖蚊帐", "abstain", why="not carried"),
        # car (MYR)
        case(c, "128gb dashcam how much", "price", sku="VISTA-128GB"),
        case(c, "24寸雨刷多少钱", "price", sku="WIPER-24"),
        case(c, "KRX helmet XL got stock?", "stock", sku="KRX-XL"),
        case(c, "樱花香薰还有吗", "stock", sku="AROMA-SAKURA"),
        case(c, "honda city wiper size what", "fact", sku="WIPER-AEROFLEX",
             fact="26″ on the driver side"),
        case(c, "搭电宝能打24V罗里吗", "fact", sku="JUMPSTARTER-VOLTRA", fact="不能用在24V罗里"),
        case(c, "does the KRX have DOT", "fact", sku="HELMET-KRX", fact="not DOT certified"),
        case(c, "H4和H7灯泡各多少", "compare", skus=["LUMAX-H4", "LUMAX-H7"]),
        case(c, "ship to Kuching how much", "policy", policy="shipping-east"),
        case(c, "可以分期付款吗 用信用卡", "policy", policy="payment"),
        case(c, "will the LED bulbs fit a Perodua Axia", "abstain", sku="LED-LUMAX",
             why="not stated: a car the listing does not name"),
        case(c, "有没有卖轮胎", "abstain", why="not carried"),
        # garden (GBP)
        case(n, "17cm龟背竹多少钱", "price", sku="MONSTERA-17"),
        case(n, "2.4 metre raised bed price", "price", sku="RAISEDBED-240"),
        case(n, "24cm monstera in stock?", "stock", sku="MONSTERA-24"),
        case(n, "胡萝卜种子还有吗", "stock", sku="SEEDS-CARROT"),
        case(n, "can blueberries go in the greenroot compost", "fact", sku="COMPOST-PEATFREE",
             fact="not ericaceous"),
        case(n, "剪枝剪左手能用吗", "fact", sku="SECATEURS-KESTREL", fact="right-handed only"),
        case(n, "is the calathea safe for my cat", "fact", sku="CALATHEA-ORBIFOLIA",
             fact="pet safe"),
        case(n, "喂鸟器送鸟食吗", "fact", sku="FEEDER-SQUIRRELPROOF", fact="not included"),
        case(n, "15m和30m水管各多少钱", "compare", skus=["HOSE-15M", "HOSE-30M"]),
        case(n, "can you send the hose to Dublin", "policy", policy="shipping-ireland"),
        case(n, "植物死了能退吗", "policy", policy="plant-guarantee"),
        case(n, "is the monstera grown in the UK", "abstain", sku="MONSTERA-DELICIOSA",
             why="not stated"),
        case(n, "有没有卖割草机", "abstain", why="not carried"),
        # cycle (AUD)
        case(e, "L size urbano e-bike price", "price", sku="EBIKE-URB-L"),
        case(e, "14寸平衡车多少钱", "price", sku="JOEY-14"),
        case(e, "M size e-bike stock?", "stock", sku="EBIKE-URB-M"),
        case(e, "mini pump back in stock", "stock", sku="PUMP-POCKETROCKET"),
        case(e, "e-bike me throttle hai?", "fact", sku="EBIKE-URBANO", fact="no throttle"),
        case(e, "链条锁有几把钥匙", "fact", sku="LOCK-GRIPPER", fact="3把钥匙"),
        case(e, "is the cityshield tubeless ready", "fact", sku="TYRE-CITYSHIELD",
             fact="not tubeless-ready"),
        case(e, "备用电池能带上飞机吗", "fact", sku="BATTERY-URBANO",
             fact="over the airline limit"),
        case(e, "400 vs 800 lumen light set price", "compare", skus=["LIGHTS-400", "LIGHTS-800"]),
        case(e, "e-bike delivery to Perth?", "policy", policy="shipping-remote"),
        case(e, "free first service kab tak", "policy", policy="first-service"),
        case(e, "is the jersey fabric made from ocean plastic", "abstain", sku="JERSEY-ROO",
             why="not stated"),
        case(e, "有没有卖公路车", "abstain", why="not carried"),
        # music (CAD)
        case(m, "tenor uke price in CAD", "price", sku="UKE-KAHU-TEN"),
        case(m, "40瓦音箱多少钱", "price", sku="AMP-BLAZE-40"),
        case(m, "250 ohm headphones in stock?", "stock", sku="HP-HM70-250"),
        case(m, "小提琴1/4还有几把", "stock", sku="VIOLIN-1-4"),
        case(m, "can i put nylon strings on the D-20", "fact", sku="GUITAR-MAPLEWOOD",
             fact="built for steel strings"),
        case(m, "电钢琴送踏板吗", "fact", sku="PIANO-ARIA", fact="sustain pedal is included"),
        case(m, "does the solo have phantom power", "fact", sku="IFACE-SOLO",
             fact="48 V phantom power is on the Duo only"),
        case(m, "5A和5B鼓棒各多少", "compare", skus=["STICKS-5A", "STICKS-5B"]),
        case(m, "ship the piano to Yellowknife?", "policy", policy="shipping-north"),
        case(m, "can I pay with e-transfer", "policy", policy="payment"),
        case(m, "is the violin made in Europe", "abstain", sku="VIOLIN-ETUDE", why="not stated"),
        case(m, "有没有卖二胡", "abstain", why="not carried"),
    ]


def _dev_shops() -> list[AnswerCase]:
    """The development outdoor shop and the three shops of make_suite.SHOPS."""
    o, s, a, k = "outdoor", "sample", "apparel", "snack"
    return [
        # outdoor (USD)
        case(o, "4 person ridgeline tent price", "price", sku="TENT-RIDGE-4P"),
        case(o, "15磅狗粮多少钱", "price", sku="DOG-SALMON-15LB"),
        case(o, "slate grey boots available?", "stock", sku="BOOT-GRANITE-GREY"),
        case(o, "睡袋还有货吗", "stock", sku="BAG-SUMMIT-20"),
        case(o, "does the headlamp take AAA cells", "fact", sku="LAMP-TRAIL-400",
             fact="built-in 1500 mAh battery"),
        case(o, "滤水器能过滤病毒吗", "fact", sku="FILTER-SQUEEZE", fact="not viruses"),
        case(o, "trekking poles pair ka price hai?", "fact", sku="POLES-CARBON",
             fact="pair of two poles"),
        case(o, "红色和黑色背包各多少", "compare", skus=["PACK-DAY-20-RED", "PACK-DAY-20-BLACK"]),
        case(o, "ship to Anchorage?", "policy", policy="shipping-limits"),
        case(o, "afterpay chalega?", "policy", policy="payment"),
        case(o, "is the tent fly made of nylon or polyester", "abstain", sku="TENT-RIDGE",
             why="not stated"),
        case(o, "有没有卖吊床", "abstain", why="not carried"),
        # sample (CNY)
        case(s, "空气炸锅多少钱", "price", sku="AIRFRYER-6L"),
        case(s, "how much is the 65 inch tv in yuan", "price", sku="TV-4K-65"),
        case(s, "扫地机器人还有货吗", "stock", sku="VACUUM-ROBOT-X7"),
        case(s, "电饭煲够几口人用", "fact", sku="RICECOOKER-IH-4L", fact="2到8人"),
        case(s, "are the fuji apples waxed", "fact", sku="APPLE-FUJI-5KG", fact="not waxed"),
        case(s, "净水器要插电吗", "fact", sku="PURIFIER-RO-800", fact="needs a standard socket"),
        case(s, "玉米和酸奶各多少钱", "compare", skus=["CORN-SWEET-10", "YOGURT-GREEK-12"]),
        case(s, "寄新疆要几天", "policy", policy="shipping-remote"),
        case(s, "能用花呗分期吗", "policy", policy="payment"),
        case(s, "公司要专票可以开吗", "policy", policy="invoice"),
        case(s, "is the beef halal", "abstain", sku="BEEF-SHANK-1KG", why="not stated"),
        case(s, "有没有卖榴莲", "abstain", why="not carried"),
        # apparel (USD)
        case(a, "merino sweater price", "price", sku="SWEATER-MERINO"),
        case(a, "毛线帽多少钱", "price", sku="BEANIE-WOOL"),
        case(a, "merino sweater back in stock?", "stock", sku="SWEATER-MERINO"),
        case(a, "帆布鞋能机洗吗", "fact", sku="SNEAKER-CANVAS", fact="gentle cold cycle"),
        case(a, "white v neck see through hai kya", "fact", sku="TEE-VNECK",
             fact="not see-through"),
        case(a, "雨衣有帽子吗", "fact", sku="JACKET-RAIN", fact="adjustable hood"),
        case(a, "exchange for a bigger size free?", "policy", policy="returns"),
        case(a, "can i use alipay", "policy", policy="payment"),
        case(a, "are the jeans made in Bangladesh", "abstain", sku="JEANS-SLIM",
             why="not stated"),
        case(a, "有没有卖皮带", "abstain", why="not carried"),
        # snack (CNY)
        case(k, "牛肉干多少钱一包", "price", sku="JERKY-SPICY-250"),
        case(k, "海苔还有几包", "stock", sku="SEAWEED-CRISPY-12"),
        case(k, "芒果干是哪里产的", "fact", sku="MANGO-DRIED-500", fact="菲律宾宿务"),
        case(k, "are the mixed nuts salted", "fact", sku="NUTS-DAILY-30", fact="no added salt"),
        case(k, "奶茶粉能用冷水冲吗", "fact", sku="MILKTEA-POWDER-20", fact="先用少量热水化开"),
        case(k, "瓜子和芒果干各多少钱", "compare", skus=["SEEDS-SUNFLOWER-1KG", "MANGO-DRIED-500"]),
        case(k, "满多少包邮", "policy", policy="shipping"),
        case(k, "零食开了还能退吗", "policy", policy="returns"),
        case(k, "牛肉干是清真的吗", "abstain", sku="JERKY-SPICY-250", why="not stated"),
        case(k, "有没有卖辣条", "abstain", why="not carried"),
    ]


def _more_abstain() -> list[AnswerCase]:
    """More questions every shop must not answer: things none of them sells, what a listing
    leaves out, promises no listing makes, and the host."""
    return [
        case("art", "do you sell Winsor and Newton cotman", "abstain", why="not carried"),
        case("art", "有没有卖油画棒", "abstain", why="not carried"),
        case("art", "resin art kit milega?", "abstain", why="not carried"),
        case("art", "do you sell photo frames for the finished painting", "abstain",
             why="not carried"),
        case("art", "is the monsoon paper mould made or machine made", "abstain",
             sku="PAPER-MONSOON", why="not stated"),
        case("art", "水粉是哪里生产的", "abstain", sku="GOUACHE-HOLI", why="not stated"),
        case("art", "will the rekha pens work on fabric after washing", "abstain",
             sku="PENS-REKHA", why="not stated"),
        case("art", "how long does the 250 ml ink last once opened", "abstain", sku="INK-MASI",
             why="not stated"),
        case("art", "老师下次直播画什么", "abstain", why="about the host"),
        case("art", "how do you get your whites so clean didi", "abstain", why="about the host"),
        case("art", "can i pay in bitcoin", "abstain", why="not a policy the shop has"),
        case("art", "will the teak easel increase in value like furniture", "abstain",
             sku="EASEL-SAGWAN", why="a trap: not in the listing"),
        case("art", "买了48色会不会画得更好", "abstain", sku="WATERCOLOUR-KALA",
             why="a trap: not in the listing"),
        case("art", "is the clay good for my kid's dental mould", "abstain", sku="CLAY-MITTI",
             why="a trap: not in the listing"),
        case("gadget", "有没有卖笔记本电脑", "abstain", why="not carried"),
        case("gadget", "will the power bank charge my drone", "abstain", sku="POWERBANK-VOLT",
             why="not stated: a device the listing does not name"),
        case("gadget", "手机壳是哪里生产的", "abstain", sku="CASE-SHIELDY-CLEAR", why="not stated"),
        case("beauty", "will the serum remove my pigmentation in a week", "abstain",
             sku="SERUM-C15", why="a trap: not in the listing"),
        case("beauty", "口红含铅吗", "abstain", sku="LIPSTICK-VELOURS", why="not stated"),
        case("beauty", "do you sell hair oil", "abstain", why="not carried"),
        case("fitness", "蛋白粉是素食的吗", "abstain", sku="WHEY-IRONCORE", why="not stated"),
        case("fitness", "will the bands help me grow taller", "abstain", sku="BANDS-TENSIONPRO",
             why="a trap: not in the listing"),
        case("fitness", "do you sell treadmills", "abstain", why="not carried"),
        case("pets", "狗粮适合哈士奇吗", "abstain", sku="DOGFOOD-HEARTH", why="not stated"),
        case("pets", "will the harness fit my indie street dog", "abstain",
             sku="HARNESS-TRAILFIT", why="a trap: not in the listing"),
        case("pets", "do you sell fish food", "abstain", why="not carried"),
        case("baby", "奶粉是新西兰奶源吗", "abstain", sku="FORMULA-LUNA", why="not stated"),
        case("baby", "will the stroller fit in an auto rickshaw", "abstain", sku="STROLLER-ZIPPA",
             why="a trap: not in the listing"),
        case("baby", "do you sell cloth nappies", "abstain", why="not carried"),
        case("tools", "电钻能钻玻璃吗", "abstain", sku="DRILL-VOLTA18", why="not stated"),
        case("tools", "do you sell angle grinders", "abstain", why="not carried"),
        case("tools", "will the laser level work on 110V", "abstain", sku="LASER-CROSS360",
             why="not stated"),
        case("jewel", "戒指是印度做的吗", "abstain", sku="RING-LUNA-925", why="not stated"),
        case("jewel", "will the pearl studs make me look like a bollywood star", "abstain",
             sku="EARRING-PEARL", why="a trap: not in the listing"),
        case("jewel", "do you sell mangalsutra", "abstain", why="not carried"),
        case("brew", "咖啡豆是哪天烘的", "abstain", sku="BEAN-SAGADA", why="not stated"),
        case("brew", "do you sell masala chai", "abstain", why="not carried"),
        case("brew", "will the frother make dalgona coffee", "abstain", sku="FROTHER-WHISK",
             why="not stated"),
        case("bedding", "床单是几针缝的", "abstain", sku="SHEET-PERCALE-300", why="not stated"),
        case("bedding", "do you sell diwan sets", "abstain", why="not carried"),
        case("bedding", "will the blackout curtain stop the monsoon leak in my window", "abstain",
             sku="CURTAIN-BLACKOUT", why="a trap: not in the listing"),
        case("car", "行车记录仪能装在Innova上吗", "abstain", sku="DASHCAM-VISTA2K",
             why="not stated: a car the listing does not name"),
        case("car", "do you sell car batteries", "abstain", why="not carried"),
        case("car", "will the seat covers fit a Proton X70", "abstain", sku="SEATCOVER-COMFI",
             why="not stated: a car the listing does not name"),
        case("garden", "龟背竹一年能长多高", "abstain", sku="MONSTERA-DELICIOSA", why="not stated"),
        case("garden", "do you sell tulsi plants", "abstain", why="not carried"),
        case("garden", "will the grow light make my tomatoes ripen in a week", "abstain",
             sku="GROWLIGHT-SUNBAR", why="a trap: not in the listing"),
        case("cycle", "头盔是哪里生产的", "abstain", sku="HELMET-AEROLID", why="not stated"),
        case("cycle", "do you sell scooters", "abstain", why="not carried"),
        case("cycle", "can the e-bike climb the Dadar flyover", "abstain", sku="EBIKE-URBANO",
             why="a trap: not in the listing"),
        case("music", "有没有卖西塔琴", "abstain", why="not carried"),
        case("music", "do you sell tabla", "abstain", why="not carried"),
        case("music", "吉他的琴颈是什么木头", "abstain", sku="GUITAR-MAPLEWOOD", why="not stated"),
        case("outdoor", "帐篷是哪里生产的", "abstain", sku="TENT-RIDGE", why="not stated"),
        case("sample", "电视有没有印度的应用", "abstain", sku="TV-4K-65", why="not stated"),
        case("apparel", "do you sell kurtas", "abstain", why="not carried"),
        case("snack", "有没有卖印度零食", "abstain", why="not carried"),
        case("gadget", "充电宝能给无人机充电吗", "abstain", sku="POWERBANK-VOLT",
             why="not stated: a device the listing does not name"),
        case("beauty", "香水是哪个调香师调的", "abstain", sku="PERFUME-NUIT", why="not stated"),
        case("fitness", "跳绳能减肚子吗", "abstain", sku="ROPE-SWIFT", why="a trap: not in the listing"),
        case("pets", "狗窝适合兔子睡吗", "abstain", sku="BED-SNUGGLE", why="not stated"),
        case("baby", "睡袋是有机棉的吗", "abstain", sku="SLEEPBAG-DREAMY", why="not stated"),
        case("tools", "卷尺是哪个国家产的", "abstain", sku="TAPE-GRIPLOCK", why="not stated"),
        case("jewel", "翡翠手镯戴了能转运吗", "abstain", sku="BANGLE-JADE",
             why="a trap: not in the listing"),
        case("brew", "抹茶粉能减肥吗", "abstain", sku="MATCHA-UJI-30", why="a trap: not in the listing"),
        case("car", "有没有卖行李架", "abstain", why="not carried"),
        case("garden", "有没有卖兰花", "abstain", why="not carried"),
        case("cycle", "童座能装在折叠车上吗", "abstain", sku="CHILDSEAT-KOALA", why="not stated"),
        case("apparel", "牛仔裤是哪里生产的", "abstain", sku="JEANS-SLIM", why="not stated"),
        case("snack", "坚果是今年的新货吗", "abstain", sku="NUTS-DAILY-30", why="not stated"),
        case("outdoor", "头灯能当手电筒用吗", "abstain", sku="LAMP-TRAIL-400", why="not stated"),
    ]


def _heldout_shops3() -> list[AnswerCase]:
    """The earlier shops again, in the art show's viewers' own words: Hinglish, Marathi, Indian
    English, Malaysian and Taiwanese phrasing, art-Twitch slang."""
    return [
        case("gadget", "magdisc charger ke saath plug aata hai kya", "fact", sku="CHARGER-QI2-15W",
             fact="not included, use a 20 W USB-C wall plug"),
        case("gadget", "tracker tags Android phone pe chalenge?", "fact", sku="TAG-FINDIT-4PK",
             fact="android not supported"),
        case("gadget", "寄去印度可以吗 耳机", "policy", policy="shipping"),
        case("gadget", "liftdesk stand pe mera 16 inch laptop aayega", "fact", sku="STAND-LIFTDESK",
             fact="10 to 17.3 inches"),
        case("gadget", "boomlet speaker ka colour kaunsa hai", "abstain", sku="SPEAKER-BOOMLET",
             why="not stated"),
        case("gadget", "ring light with tripod kitne ka", "price", sku="RINGLIGHT-GLOWUP-10"),
        case("gadget", "有没有卖绘图板", "abstain", why="not carried"),
        case("beauty", "foundation 06 espresso ka rate", "price", sku="FOUND-06-ESPRESSO"),
        case("beauty", "curly hair wala shampoo hai kya stock me", "stock", sku="SHAMPOO-CURLY"),
        case("beauty", "洗发水天天用可以吗", "fact", sku="SHAMPOO-NATURA",
             fact="mild enough for daily washing"),
        case("beauty", "brush set 15 piece kitne ka", "price", sku="BRUSH-15PC"),
        case("beauty", "are the makeup brushes good for watercolour painting lol", "abstain",
             sku="BRUSHSET-ATELIER", why="a trap: not in the listing"),
        case("beauty", "寄印度吗 面霜", "policy", policy="shipping-limits"),
        case("beauty", "有没有卖指甲油", "abstain", why="not carried"),
        case("fitness", "gloves L size bache hai?", "stock", sku="GLOVES-L"),
        case("fitness", "protein bar me peanut hai kya", "fact", sku="BAR-CRUNCHLAB-12",
             fact="peanuts"),
        case("fitness", "摇摇杯能装热水吗", "fact", sku="SHAKER-BLENDPRO", fact="60°C"),
        case("fitness", "creatine 1 kg ka price", "price", sku="CREATINE-1000G"),
        case("fitness", "is the foam roller good for my back after painting all day", "abstain",
             sku="ROLLER-DEEPRELIEF", why="a trap: not in the listing"),
        case("fitness", "有没有卖瑜伽砖", "abstain", why="not carried"),
        case("fitness", "Mumbai bhejte ho dumbbells?", "policy", policy="shipping-limits"),
        case("pets", "puppy 12 kg bag kitne ka", "price", sku="DOG-PUPPY-12KG"),
        case("pets", "cat carrier stock me kab aayega", "stock", sku="CARRIER-VOYAGE"),
        case("pets", "驱虫滴剂能驱蛔虫吗", "fact", sku="SPOTON-FLEASHIELD", fact="not worms"),
        case("pets", "scratching post 7 kilo ki billi ke liye theek hai", "fact",
             sku="POST-SISALTOWER", fact="cats up to about 7 kg"),
        case("pets", "猫爬架是哪里做的", "abstain", sku="POST-SISALTOWER", why="not stated"),
        case("pets", "有没有卖猫薄荷", "abstain", why="not carried"),
        case("baby", "wipes flush kar sakte hai?", "fact", sku="WIPES-PUREAQUA", fact="not flushable"),
        case("baby", "high chair fold hota hai kya", "fact", sku="HIGHCHAIR-GROWUP",
             fact="does not fold"),
        case("baby", "监视器能用手机看吗 有app吗", "fact", sku="MONITOR-NESTVIEW", fact="没有App"),
        case("baby", "nappy cream 100 ml bacha hai?", "stock", sku="CREAM-100ML"),
        case("baby", "婴儿推车是哪里生产的", "abstain", sku="STROLLER-ZIPPA", why="not stated"),
        case("baby", "有没有卖婴儿背带", "abstain", why="not carried"),
        case("tools", "fast charger se do battery ek saath charge hogi?", "fact",
             sku="CHARGER-VOLTA-FAST", fact="one battery at a time"),
        case("tools", "安全眼镜能配近视吗", "fact", sku="GLASSES-CLEARVIEW",
             fact="not prescription lenses"),
        case("tools", "stainless screws box rate", "price", sku="SCREWS-SS304"),
        case("tools", "laser level kab wapas aayega stock me", "stock", sku="LASER-CROSS360"),
        case("tools", "有没有卖手锯", "abstain", why="not carried"),
        case("tools", "will the workbench hold my pottery wheel", "abstain", sku="BENCH-FOLDPRO",
             why="not stated"),
        case("jewel", "titanium band US 12 kitne bache", "stock", sku="TITAN-US12"),
        case("jewel", "首饰盒有镜子吗", "fact", sku="BOX-VELVET", fact="mirror yes"),
        case("jewel", "kids watch se swimming kar sakte hai?", "fact", sku="WATCH-TIKI-KIDS",
             fact="not swimming"),
        case("jewel", "charm bracelet 21 cm rate", "price", sku="CHARM-21CM"),
        case("jewel", "寄印度吗 项链", "policy", policy="shipping-worldwide"),
        case("jewel", "有没有卖鼻钉", "abstain", why="not carried"),
        case("brew", "french press ka extra glass milega", "fact", sku="PRESS-FRENCH-600",
             fact="not sold separately"),
        case("brew", "奶泡器送电池吗", "fact", sku="FROTHER-WHISK", fact="not included"),
        case("brew", "gift set kitne bache hai", "stock", sku="GIFT-BREWKIT"),
        case("brew", "耶加雪菲250克多少钱", "price", sku="YIRGA-250-WB"),
        case("brew", "is the oolong good for my sore throat after streaming", "abstain",
             sku="OOLONG-ALISHAN", why="a trap: not in the listing"),
        case("brew", "有没有卖印度咖啡豆", "abstain", why="not carried"),
        case("bedding", "jute doormat bahar rakh sakte hai", "fact", sku="DOORMAT-JUTE",
             fact="indoor use only"),
        case("bedding", "抱枕套带枕芯吗", "fact", sku="CUSHION-COVER-5", fact="不含枕芯"),
        case("bedding", "gift hamper kitne bache", "stock", sku="GIFT-HAMPER"),
        case("bedding", "towel set ocean blue ka rate", "price", sku="TOWEL-OCEAN"),
        case("bedding", "Singapore bhejte ho bedsheet?", "policy", policy="shipping-singapore"),
        case("bedding", "记忆棉枕头是哪里产的", "abstain", sku="PILLOW-MEMORY", why="not stated"),
        case("bedding", "do you sell a razai for Shimla winters", "abstain", why="not carried"),
        case("car", "car perfume refill milta hai kya", "fact", sku="PERFUME-AROMA",
             fact="sold as a complete clip only"),
        case("car", "吸尘器是无线的吗 车用那个", "fact", sku="VACUUM-CYCLO", fact="不是无线"),
        case("car", "rain suit XXL berapa", "price", sku="STORM-XXL"),
        case("car", "Trax gloves XL ada stock?", "stock", sku="TRAX-XL"),
        case("car", "寄新加坡头盔可以吗", "policy", policy="shipping-singapore"),
        case("car", "chain lube boleh guna untuk basikal?", "abstain", sku="LUBE-CHAINPRO",
             why="not stated"),
        case("car", "有没有卖车顶架", "abstain", why="not carried"),
        case("garden", "terracotta pots frost me theek hai?", "fact", sku="POTS-TERRACOTTA",
             fact="not frost proof"),
        case("garden", "绿篱机裸机带电池吗", "fact", sku="HEDGETRIMMER-CUTPRO", fact="裸机不送"),
        case("garden", "wildflower 1 kg pack rate", "price", sku="WILDFLOWER-1KG"),
        case("garden", "watering can back in stock when", "stock", sku="WATERINGCAN-GALV"),
        case("garden", "ship to Mumbai the grow light?", "policy", policy="shipping-ireland"),
        case("garden", "有没有卖多肉植物", "abstain", why="not carried"),
        case("garden", "will the slug pellets kill the snails in my Mumbai balcony", "abstain",
             sku="SLUG-CONTROL", why="a trap: not in the listing"),
        case("cycle", "kids balance bike me pedal hai kya", "fact", sku="BALANCE-JOEY",
             fact="no pedals"),
        case("cycle", "骑行服有女款吗", "fact", sku="JERSEY-ROO", fact="one unisex cut"),
        case("cycle", "trainer ke saath cassette aata hai", "fact", sku="TRAINER-TURBOX",
             fact="cassette is not included"),
        case("cycle", "29 inch tube ka rate", "price", sku="TUBE-29"),
        case("cycle", "child seat kitne bache hai", "stock", sku="CHILDSEAT-KOALA"),
        case("cycle", "寄新西兰头盔运费多少", "policy", policy="shipping-nz"),
        case("cycle", "有没有卖骑行水壶", "abstain", why="not carried"),
        case("music", "kids keyboard 3 saal ke bachche ke liye chalega", "fact",
             sku="KEYBOARD-KIDDO", fact="not suitable for children under 5 years"),
        case("music", "headphones wireless hai kya", "fact", sku="HEADPHONES-HARBOUR",
             fact="wired only"),
        case("music", "reeds tenor sax pe lagenge?", "fact", sku="REEDS-CANE",
             fact="alto saxophone only"),
        case("music", "capo rose gold rate", "price", sku="CAPO-RGD"),
        case("music", "調音器什麼時候補貨", "stock", sku="TUNER-CLIPTONE"),
        case("music", "do you ship the uke to Mumbai", "policy", policy="shipping-us"),
        case("music", "有没有卖手鼓", "abstain", why="not carried"),
        case("outdoor", "stove ke saath gas cylinder aata hai", "fact", sku="STOVE-PICO",
             fact="sold separately"),
        case("outdoor", "背包能放笔记本电脑吗", "fact", sku="PACK-DAY-20", fact="no laptop sleeve"),
        case("outdoor", "cat litter 20 lb rate", "price", sku="LITTER-CLUMP-20"),
        case("outdoor", "有没有卖登山绳", "abstain", why="not carried"),
        case("outdoor", "will the tent survive a Konkan monsoon", "abstain", sku="TENT-RIDGE",
             why="a trap: not in the listing"),
        case("sample", "鸡蛋破了赔吗 拍照就行吗", "fact", sku="EGG-FREERANGE-30",
             fact="48小时内拍照"),
        case("sample", "泰国香米是原装进口吗 有证明吗", "fact", sku="RICE-JASMINE-5KG",
             fact="泰国原装进口"),
        case("sample", "有没有卖印度香米", "abstain", why="not carried"),
        case("apparel", "jeans shrink hogi kya", "abstain", sku="JEANS-SLIM", why="not stated"),
        case("apparel", "T恤会不会缩水很多", "fact", sku="TEE-VNECK", fact="不到3%"),
        case("apparel", "rain jacket kitne ka hai", "price", sku="JACKET-RAIN"),
        case("snack", "seaweed bachchon ke liye theek hai", "fact", sku="SEAWEED-CRISPY-12",
             fact="popular with children"),
        case("snack", "瓜子是什么口味的", "fact", sku="SEEDS-SUNFLOWER-1KG", fact="焦糖"),
        case("snack", "have you got anything without chilli", "abstain",
             why="a trap: no listing says"),
    ]


def answers() -> list[AnswerCase]:
    """Every answer row written above."""
    return (_art() + _heldout_shops() + _heldout_shops2() + _heldout_shops3() + _dev_shops()
            + _more_abstain())


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
    art = sum(row["shop"] == "art" for row in rows)
    print(f"chat: {len(lines)} lines, {asks} asks ({asks / len(lines):.1%}), "
          f"{zh_lines} with Chinese -> {CHAT.name}")
    print(f"answers: {len(rows)} questions, {abstain / len(rows):.1%} must abstain, "
          f"{zh_rows / len(rows):.1%} Chinese, {art / len(rows):.1%} art -> {ANSWERS.name}")


if __name__ == "__main__":
    main()
