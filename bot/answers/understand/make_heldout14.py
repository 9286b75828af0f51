"""The fourteenth held-out set: a live-chat corpus (data/chat_heldout14.tsv) and an answer suite
(data/answers_heldout14.jsonl), written by hand in one session by a helper with no view of the
bot's answers, its fixes or the earlier held-out generators (only their normalised text was
loaded, to drop repeats). The team never reads this file or its output: only bench totals.

Run: python -m bot.answers.understand.make_heldout14

The show: a bedding & home-textiles shop in rupees (tests/fixtures/shops/bedding_catalog.yaml,
make_suite.HELDOUT_SHOPS["bedding"]) selling to India and Singapore, watched by Indian viewers
typing Hinglish in Latin script ("kitna hai", "COD milega?", "king size mein hai kya") and Indian
English ("kindly share price", "do the needful", "revert"), and by mainland viewers in Douyin-style
simplified Chinese (家人们, 咋卖, 四件套, 1米8的床, 能机洗不). Beds are given in the viewer's own
measure (6x6.5 ft, 72x78 inch, 一米五). The answer suite also asks the shops the bot already
knows (sample, apparel, snack, outdoor) and the eight other held-out shops (gadget, beauty,
fitness, pets, baby, tools, jewel, brew).

Chat labels: 1 is a question or request the shop's facts or policies answer (price, stock, size,
colour, fabric, washing, delivery, payment, returns, deals, the link); 0 is everything else:
emotes, hype, chants (1, 扣1, 666, a wall of 上链接), "done" / "booked" / "+1" claims, gifts,
other bots' commands and their outputs, jokes and compliments with product words, and questions
to the streamer about herself ("didi which sheet do YOU use", "where is your studio").
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout14.tsv"
ANSWERS = HERE / "answers_heldout14.jsonl"


def _key(text: str) -> str:
    """The text as compared across sets: normalised, with spaces, punctuation and emoji gone
    (as the earlier sets key it: "good night everyone!" is "goodnighteveryone"); a line of
    emoji only is compared as written."""
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


def _lines(block: str) -> list[str]:
    return [t.strip() for t in block.strip().splitlines() if t.strip()]


# ---- chat: shop asks (label 1) ---------------------------------------------------------------
# with a product on air (deictic asks lean on it)
ASK_ON = """
kitna hai ye bedsheet
price kya hai bhai iska
di iska price pls
ye wala kitne ka hai di
stock hai?? queen size
queen size mein hai kya
king size mein hai kya ye
is it available in queen size?
kindly share price of this bedsheet
kindly share the price of the grey one
what is the cost of this set
cost of this one madam?
colour fast hai na?
colour toh nahi jayega na dhone pe
washing machine mein dhul sakta hai?
washing machine me daal sakte h kya isko
machine wash ho jayega?
COD milega?
cod available hai kya pune me
and king?
and double?
same in grey?
same in 9kg?
9 kg wala kitne ka
7kg ka price??
5 kg wala stock me hai?
blue colour hai isme?
indigo wala kitne ka hai
white queen ka rate batao
single bed ka kitna
single bed ka price bhejo di
double bed wala hai kya
double bed ka size kya hai
mera bed 6x6.5 ft hai konsa lu
my bed is 6x6.5 ft which size
72x78 inch bed ke liye konsa
72x78 inch?
5x6.5 ke bed ke liye queen theek hai?
pillow cover kitne aate hain set me
set me kitne pillow cover hai
2 pillow cover milenge na
is it fitted sheet or flat
elastic wala hai kya
sateen hai ya cotton?
pure cotton hai na?
100% cotton hai kya
thread count kitna hai
how many TC
TC?
egyptian cotton hai?
under 1500?
1.2k me milega?
2 hazaar ke andar hai kya
final price kya hai di
discount hai kya isme
koi offer chal raha hai?
any offer on this today
link bhejo
link pls
link kaha hai
how to order this
order kaise kare
kaise kharide
pls reply price
pls reply di stock
reply karo na kitna hai
bhaiya rate?
rate batao
rate??
price pls 🙏
price please mam
price plz
price ?
kitne ka?
kitne ka h
kitne ka hai ji
how much this
how much in SGD
SGD price?
USD?
how much in dollars
delivery kitne din me
delivery to bangalore how many days
kab tak aayega delhi me
delivery charge kitna hai
free delivery hai?
ship to singapore?
singapore ship karte ho?
return hota hai kya
return policy kya hai
exchange ho jayega size ka?
EMI hai kya
emi option?
upi chalega?
gpay se pay kar sakte hai
gsm kitna hai
GSM kya hai iska
ye towel 500 gsm hai na
towel ka size kya hai
kitne towel aate hai
towel ke colour konse hai
is it 4 towels or 1
per piece kitna pada
per towel kitna
ek towel kitne ka
curtain kitne ka hai
curtain per piece hai ya pair
7 ft wala hai?
9 feet ka curtain hai kya
5ft curtain price
door ke liye konsa curtain
rod milega sath me?
eyelet wala hai na
blackout hai ya normal
kitna dark hota hai room
curtain charcoal me hai 7 ft?
duvet winter wala kitne ka
winter wala hai king size me
ye down hai kya
duvet machine washable hai?
duvet ka gsm kitna
razai kitne ki hai
is this razai or comforter
ac room ke liye konsa
pillow pair ka rate
pillow 2 aate hai na
pillow memory foam hai?
memory foam pillow kitne ka
memory foam wala wash kar sakte hai?
cover washable hai na
pillow ka size kya hai
doormat kitne ka
doormat bahar rakh sakte hai?
outdoor use kar sakte hai mat ko
mat ka size
cushion cover me filler aata hai?
filler included hai?
cushion cover size 16x16 hai na
5 cover aate hai ki 1
mattress protector waterproof hai kya
protector noise karta hai?
queen protector kitne ka
mattress 8 inch hai fit hoga?
silk pillowcase real silk hai?
silk wala machine wash?
momme kitna hai
blush colour me hai silk wala
hamper me kya kya hai
hamper kitne ka
hamper stock me hai abhi?
name likh ke denge hamper pe?
这个多少钱
这个咋卖
啥价
这款啥价呀
四件套吗这个
是四件套还是三件套
几件套的
1米8的床用哪个
我家床1米5的用哪个
两米二的床有吗
一米五的床单多少钱
能机洗不
掉色不
起球吗
是纯棉的不
纯棉吗宝宝
全棉的吗
多少支的
发货快不
包邮吗
包邮不
新加坡能寄吗
这个有灰色吗
有蓝色的没
有粉色吗
还有货吗
有无现货
特大号还有吗
king的有没有
上链接 床单的
主播上个链接呗
链接在哪
几号链接
怎么拍
一米多少钱 窗帘
窗帘一片还是一对
窗帘多高的
2米7的窗帘有吗
带挂钩吗窗帘
遮光效果咋样
被子多重
被子冬天够暖不
被子是羽绒的吗
被子能机洗吗
枕头是一对的价吗
枕头记忆棉吗
记忆棉枕能洗吗
重力毯几斤
重力毯9公斤多少钱
7公斤的还有吗
浴巾几条
浴巾多大的
浴巾掉毛不
抱枕套带芯吗
抱枕套几个
隔尿垫防水吗
隔尿垫有声音吗
真丝的吗这个枕套
真丝枕套能机洗不
多少人民币
人民币多少
多少新币
能分期吗
能货到付款吗
能退吗
七天无理由吗
有优惠吗
有券吗
现在下单送啥
"""
# with nothing on air
ASK_OFF = """
bedsheet ka price kya hai
queen size bedsheet kitne ki hai
king size bedsheet stock me hai?
kindly share price of king size bedsheet
kindly share the price list
please share price of blackout curtains 7 ft
kindly revert with price of weighted blanket 7kg
do the needful and share link of towel set
pls revert on COD for chennai
what is the cost of the silk pillowcase
what is the cost of mattress protector king size
is the duvet available in queen size?
is the bedsheet available in single?
is the weighted blanket available in 9 kg?
is COD available for jaipur
does cod work in singapore
can i pay by upi
is net banking accepted
emi on duvet possible?
how many days delivery to kochi
delivery to guwahati kitne din
mumbai delivery 2 din me hoga?
singapore delivery kitna time lagega
singapore shipping charges?
do you ship to dubai
return kar sakte hai pillow?
pillow return hota hai kya
silk pillowcase return possible?
monogram wala hamper return hoga?
towel ka return policy
bedsheet colour fast hai kya
towel colour chodta hai?
bedsheet percale hai ya sateen
is the bedsheet sateen
bedsheet egyptian cotton hai kya
is the duvet down filled
down duvet hai kya aapke paas
egyptian cotton sheets hai?
microfiber duvet machine washable?
weighted blanket glass beads hai ya plastic
weighted blanket wash kaise kare
weighted blanket bacchon ke liye?
memory foam pillow price
memory foam pillow ka cover washable hai?
fibre pillow ka rate
takiya kitne ka hai
chadar kitne ki hai
parda kitne ka hai
razai ka daam kya hai
doormat outdoor me chalega?
jute doormat price
cushion cover set price
cushion cover with filler?
16x16 cushion cover hai?
mattress protector queen size price
is mattress protector noisy
silk pillowcase 22 momme hai?
silk pillowcase blush colour stock
gift hamper price
gift hamper stock left?
diwali hamper hai kya
towel set 4 ka price
towel 500 gsm?
bath towel sand colour available
curtain 9ft stock
curtain 7 ft charcoal available?
blackout curtain price for 5 ft window
curtain rod sath me aati hai?
double bed bedsheet grey stock
queen indigo bedsheet price
king white bedsheet available?
single bedsheet white kitne ka
bedsheet 2 pillow cover ke sath?
fitted bedsheet hai kya
what offers are running today
any deal tonight
aaj ka offer kya hai
sale hai kya aaj
koi combo offer?
which is cheaper duvet or weighted blanket
queen bedsheet vs king bedsheet price difference
silk pillowcase ya fibre pillow konsa sasta
bedsheet or towel set which is cheaper
how much is the duvet in SGD
price in USD for weighted blanket
床单多少钱
床单四件套多少钱
一米八的床单有吗
大床的床单啥价
特大床单还有货吗
床单是平纹还是贡缎
床单是埃及棉吗
床单纯棉吗
床单会缩水吗
床单掉色吗
被子多少钱
冬被多少钱
羽绒被有吗
蚕丝被有吗
被子能水洗吗
纤维被盖着热不热
枕头一对多少
记忆棉枕头多少钱
记忆棉枕头能机洗吗
重力毯多少钱一条
重力毯9公斤还有吗
重力毯是玻璃珠的吗
遮光窗帘多少钱一片
窗帘带杆吗
窗帘有2米1的吗
浴巾套装多少钱
浴巾是纯棉的吗
浴巾克重多少
地垫多少钱
脚垫能放门外吗
抱枕套多少钱
抱枕套带芯吗宝宝
防水床笠多少钱
隔尿垫大床的多少
真丝枕套多少钱
真丝枕套是桑蚕丝吗
真丝枕套几姆米
礼盒多少钱
礼盒还有几个
包邮吗家人们问
多少钱包邮
运费多少
几天能到
发什么快递
寄新加坡多少运费
能寄到国内吗
能退货吗
枕头能退吗
能用支付宝吗
能微信付吗
可以分期吗
有什么优惠
今天有活动吗
被子和重力毯哪个便宜
床单和被子哪个贵
"""


# ---- chat: everything else (label 0) ----------------------------------------------------------
CHAT_ON = """
1
11
111
1111111
done
done di
done ✅
booked
booked 2
booked queen grey
order done 😍
ordered!!
maine le liya
le liya maine bhi
+1
+1 queen
+1 for king
+2
me too
mujhe bhi chahiye
mujhe bhi 😍
wow
woww so pretty
beautiful colour
sooo soft lag raha hai
bahut sundar hai
ekdum hotel jaisa
looks like 5 star hotel bedsheet
mast hai
zabardast
kya baat hai
nice di
nice nice
superb quality lag rahi
grey wala best hai
indigo one is 🔥
white is classic yaar
mujhe white pasand hai
blue wala acha lag raha
colour thoda dark hai screen pe
screen pe alag dikh raha hoga
already have this one, love it
last month liya tha, bahut acha hai
mere paas 2 hai already
meri mummy ko bhi pasand aaya
mummy ko dikhaya, she said buy
papa bolenge aur bedsheet??
wife ne bola le lo
husband ko mat batana 🤫
sasta hai yaar
costly hai thoda
bahut mehenga
itna mehenga 😭
worth it hai
paisa vasool
salary aane do phir lungi
end of month 😢
budget nahi hai abhi
next sale me lungi
wishlist me daal diya
cart me add kar diya
cart full ho gaya 😂
added to cart
payment ho gaya
upi se pay kar diya
paid ✅
order id aa gaya
mera order confirm hua
shipped message aaya
got mine yesterday 😍
kal delivery hui thi
received, quality top
reviews ache hai
review dekh ke aayi hu
di aapka bedsheet kitna sundar hai background me
di ur bedroom looks so cozy
di aap kitni cute ho
di aap bahut pyari lag rahi ho
didi which sheet do YOU use
di aap khud konsa use karti ho
didi aap kahan se ho
where is your studio
studio kaha hai aapka
di aapka studio mumbai me hai?
di aapki saree bahut sundar hai
di earrings kaha se li
didi aapki awaaz bahut sweet hai
di aaj late kyu aaye
di kal live aaoge?
kal kitne baje live
next live kab hai
di lunch kiya?
di chai pi lo pehle
didi shaadi ho gayi aapki?
di aap married ho? 🙈
di insta id kya hai
di whatsapp number do
di hello from lucknow
hello from patna 🙏
hi from kerala
namaste didi 🙏
namaste everyone
good evening di
gm all
gn di
bye di
jai shree ram
radhe radhe
sat sri akal ji
vanakkam
hi from chennai
hi from singapore 🇸🇬
watching from SG
watching from dubai 👋
first time aaya hu live pe
first time here
pehli baar dekh raha hu
regular viewer hu di
daily dekhti hu aapko
notification aaya toh aa gayi
late ho gayi 😅
kya miss kiya
what did i miss
abhi kya chal raha
screen freeze ho gaya
video atak raha hai
lag ho raha hai
network issue hai mera
awaz nahi aa rahi
audio low hai
awaaz thodi badhao
mic door hai
camera blur hai
zoom karo na
close up dikhao
thoda paas dikhao
flip karke dikhao
peeche ka side dikhao
light kam hai
background music band karo
song konsa hai
song ka naam?
bacche ro rahe hai mere ghar 😂
yeh bedsheet dekh ke neend aa gayi 😴
main toh live dekhte dekhte so gaya tha 😂
so gaya tha, ab uthaa
neend aa rahi hai weighted blanket dekh ke
ye blanket ke neeche toh subah tak nahi uthunga 😂
bedsheet itni soft ki office nahi jaunga
towel dekh ke nahane ka mann kar gaya 😂
curtain laga ke din me raat kar dunga
mera boss ko ye blackout curtain bhejo 😂
pati ko bhi blanket ke neeche daba dungi 😂
doormat pe welcome likha hai kya 😂
welcome welcome
pillow fight!!!
takiya ladai 😂
razai season aa gaya
sardi aa gayi bhai
delhi me abhi se thand
chennai me toh garmi hai 🥵
mumbai rain 🌧️
bangalore weather 😍
ac 18 pe chal raha
ac bill dekho pehle 😂
light chali gayi
power cut again
inverter pe dekh rahi hu
battery 5% 😭
phone charge pe hai
chai time ☕
samosa kha raha hu live dekhte
maggi bana rahi hu
khana bana rahi hu saath saath
mera beta bhi dekh raha
meri beti ko pink pasand hai
pink hi lena tha mujhe 😭
haha
hahaha
lol
lmao 😂
😂😂😂
🤣🤣🤣
😍😍😍😍
❤️❤️❤️
💕💕
🔥🔥🔥🔥
👏👏👏
🙏🙏🙏
😴😴😴
🛏️🛏️🛏️
🛌
✨✨✨
💯💯💯
😭😭
🥰🥰🥰🥰🥰
👍👍
😘😘
🤩🤩🤩
❤️🔥❤️🔥❤️🔥
🛏️😴🛏️😴🛏️😴
💤💤💤💤
OMG
omg so nice
yaaay
yayyy sale
let's gooo
GO GO GO
BUY BUY BUY
SALE SALE SALE
LOOT LO
LOOT LO BHAI
JALDI KARO
FAST FAST
HURRY UP GUYS
STOCK KHATAM HONE WALA HAI
LAST PIECES
DIWALI DHAMAKA
BEDSHEET BEDSHEET BEDSHEET
QUEEN QUEEN QUEEN
KING KING KING
GREY GREY GREY
1 1 1 1 1
111111111111
11 11 11
222
3333
666 di
6666666
777
7 7 7
99
100
9kg 9kg 9kg
done done done
booked booked
+1 +1 +1
wah wah
waah di
kya quality hai
kamaal hai
mind blowing
osm
awsm di
gud
v nice
nyc
superrr
ekdum mast
dhasu
jhakaas
bindaas
full paisa vasool
dil khush ho gaya
maza aa gaya
thank you di
thanks di
thanku 🙏
ty mam
thank you so much
love you di ❤️
love u didi
big fan di
fan from nagpur
aapka live best hota hai
aapki vibe ❤️
aap itna energy kaha se laati ho
di aap thak gaye honge
di paani pi lo
di rest karo thoda
di aapka voice crack hua 😂
di aaj saree mast hai
di background me plant kaha se liya
di wo lamp kaha se liya
di aapke ghar ka curtain bhi yahi hai?
di aapka cat dikh raha tha 😍
billi aa gayi frame me 😂
cat on the bed 😹
billi ko bhi blanket chahiye
dog ne bedsheet faad di thi meri 😭
mere kutte ke liye bhi lena padega
bacchon ne colour kar diya tha pichli bedsheet pe
hostel me aisi bedsheet kabhi nahi mili
hostel days yaad aa gaye
shaadi ke liye dekh rahi hu
shaadi me gift karungi
diwali pe gift dungi
rakhi pe bhai ko dungi 😂
mummy ke birthday pe
anniversary gift idea ✅
gift ke liye best
packaging sundar hai
box bahut classy
unboxing video dalo
reels pe dekha tha
insta pe dekha tha ye
youtube pe review dekha
friend ne recommend kiya
colleague ne bataya aapke baare me
yeh 2nd time le rahi hu
3rd order hai mera
repeat customer ✋
loyal customer hu di
aapke towel best hai
last time ka towel abhi tak naya hai
pichli baar ka pillow thoda flat ho gaya
okok
ok di
ok
hmm
hmmm
achha
acha theek hai
theek hai
sahi hai
haan
haan ji
ji
ji di
nahi
na
bas
chalo
chalo bye
abhi aati hu
brb
ek min
wait
ruko
ruko zara
sabr karo
patience guys
shhh
chup raho sab 😂
spam mat karo
mods please
report kar do isko
block him
fake id hai ye
ye log kaun hai
家人们好
家人们晚上好
宝宝们来了
来了来了
来啦来啦
我来了
打卡
打卡打卡
签到
第一次来
新人报道
老粉来了
主播好美
主播好漂亮
主播今天好好看
主播声音好听
主播辛苦了
主播喝口水
主播加油
主播冲冲冲
好看
好好看啊
太好看了
颜色好高级
这个灰色好高级
白色好干净
靛蓝好看
质感好好
看着就好软
看着好舒服
看着就想睡
看困了
我已经躺下了
我在被窝里看直播
我在床上看呢
盖着被子看直播的举手
举手🙋
🙋‍♀️
哈哈哈
哈哈哈哈哈
笑死
笑死我了
绝了
绝绝子
yyds
冲
冲冲冲
买买买
抢抢抢
已拍
已拍已拍
拍了
拍了两件
已下单
下单了
付款了
已付
已抢到
抢到了
没抢到😭
手慢了
又没抢到
好难抢
秒没
秒空
扣1
扣1扣1
1111
11111111
666
666666
6666666666
999
888
上链接上链接上链接
上链接上链接上链接上链接
上链接！上链接！
快上链接快上链接
安排安排
安排上
必须安排
想要
想要想要
我也想要
蹲
蹲一个
蹲蹲
等等我
等我发工资
月底了没钱
穷
太穷了买不起
钱包空了
钱包在哭泣
剁手
又剁手了
控制不住我自己
已经买了三套了
家里床单够用十年了😂
我妈说别买了
老公说家里够了
我老公不让买😭
偷偷买
给我妈买
给婆婆买一套
结婚用
搬新家了
刚装修完
宿舍用
学生党
打工人
下班了来看
上班摸鱼看直播
领导来了先撤
回来了
刚回来
去洗澡了
洗完澡来了
吃饭去了
饿了
好困
睡不着
失眠的人来了
凌晨还在看
熬夜冠军
早点睡吧各位
晚安
晚安家人们
拜拜
明天见
明天还播吗
几点下播
主播几点下播
主播是哪里人
主播多大了
主播结婚了吗
主播你家床单是哪个
主播你用的哪款
主播在哪个城市
主播是印度人吗
主播会说中文吗
主播中文好好
主播中文说得真好
翻译一下
听不懂
说的啥
英语听不懂啊
字幕呢
有中文吗
有没有中国人
中国人扣1
广东的扣1
北京的来了
上海的在吗
新加坡的有吗
我在新加坡
我在印度
在孟买的中国人
印度的床单真好看
印度棉出名的
纯棉的就是舒服
夏天就得纯棉
冬天盖纤维被可以的
我家那条鹅绒被太热了
羽绒被太贵了
我有一条重力毯睡得超香
重力毯压着好有安全感
窗帘一拉白天变黑夜
遮光窗帘真的救命
上夜班的需要
浴巾软不软都看克数
真丝枕套对头发好
真丝要手洗的麻烦
猫把我床单抓破了
狗子睡我床上
猫主子已经占了床
娃尿床了😂
娃每天画地图
隔尿垫是刚需
刷礼物了
送你小心心
小心心送上
给主播点赞
点赞点赞
赞赞赞
关注了
已关注
关注主播不迷路
点关注
分享了
转发了
粉丝团加入了
灯牌亮起来
灯牌
求关注
回关
互关
互粉吗
有人吗
人好少
人好多
好热闹
刷屏了
别刷屏
管理员在吗
房管呢
主播看我
主播理理我
主播看看我
主播念一下我的名字
被主播念到了好开心
啊啊啊啊
啊啊啊主播
呜呜呜
嘿嘿
嘻嘻
哦
嗯
嗯嗯
好的
好
好吧
行
可以
不错
挺好
还行
一般般
就这？
太贵了吧
不便宜
有点贵
还挺便宜的
物美价廉
性价比高
值
真值
不值
犹豫了
再看看
考虑一下
先收藏
收藏了
加购了
加购物车了
购物车里躺着呢
"""
CHAT_OFF = """
hi everyone
hello hello
hellooo
heyy
yo
sup chat
kaise ho sab
sab theek?
kya haal hai
kab start hoga
live kab start hoga
waiting di
waiting for bedsheet
intezaar hai
aaj kya launch ho raha
aaj kya hai
today's theme?
abhi start nahi hua?
countdown shuru
5 min aur
start karo di
start start start
chalu karo
yaha koi hai
anyone from hyderabad?
anyone from kolkata?
koi gujarati hai?
kem cho
kaisan baa
marathi lok kuthe ahet
bengali keu ache?
tamil makkal?
malayalis assemble
punjabi aa gaye 😎
hello from ghaziabad
hi from noida
hello from indore
hi from bhopal
hey from ahmedabad
namaskar from pune
pranam from varanasi
hello from nepal
hi from dhaka
watching from canada 🇨🇦
hello from london
from jurong 👋
tampines here
sg aunty here 😂
i am from malaysia
is this live or recorded
live hai ya recorded
recording hai kya
ye kaun si app hai
which platform is this
new phone hai mera
mera phone hang ho raha
wifi slow
data khatam
recharge karna hai
office se dekh raha hu
boss dekh lega 😂
meeting me hu chupke se
class me hu 🤫
exam hai kal phir bhi yaha
padhai karo bhai
mummy daant rahi hai
khana ready hai bye
dinner time
chai peene gaya tha
pet dard ho raha
sir dard
thak gaya aaj
monday blues
friday feeling
weekend plan?
weekend pe kya kar rahe ho sab
movie dekhi kal
cricket score kya hai
india jeet gaya kya
kohli ka century 🔥
match chal raha hai yaar
ipl kab se
rain aa gayi
baarish ho rahi hai
mausam mast hai
garmi se haal behaal
thand lag rahi
fog bahut hai delhi me
pollution 😷
traffic me phasa hu
metro me hu
bus me dekh raha
ghar pahuch gaya
abhi uthaa
subah subah live?
good morning sabko
good night everyone
shubh ratri
happy diwali
happy holi 🎨
eid mubarak
merry christmas
happy new year
aaj mera birthday hai 🎂
happy birthday to me
hbd bro
congrats
badhai ho
shaadi season chal raha
shaadi me jaana hai
cousin ki shaadi hai
nayi naukri lagi
job chali gayi 😢
salary kab aayegi
emi bhar bhar ke thak gaya
loan wala phone aa raha
spam call again
hello? koi sun raha hai
sunai de raha hai?
kuch dikh nahi raha
black screen
screen kaali hai
reload kiya
app update karo
logout ho gaya
login nahi ho raha
comment nahi ho raha
mere comments dikh rahe?
test
test test
testing 123
..
...
?
??
!!!
hmm ok
k
kk
okk
okay
alright
sure
yes
no
maybe
idk
pata nahi
kya pata
koi nahi
chalta hai
jane do
bas karo
hadd hai
kya bakwas
kuch bhi
lol ok
bruh
bro
bhai
bhai log
guys
dosto
sabko pranam
bhaiyo aur behno 😂
mitron 😂
jai hind
vande mataram
bharat mata ki jai
!points
!uptime
!discord
!insta
!socials
!followage
!watchtime
!song
!rank
!so @priya_home
!hug @didi
!lurk
!commands
!rules
!giveaway
!join
!help
!coins
!daily
StreamElements: @rahul_k has 1,240 points
Nightbot: Stream has been live for 1 hour 12 minutes
Nightbot: Follow on insta @dreamweave.live for drops
Nightbot: Please be respectful in chat 🙏
StreamElements: Giveaway started! type !join to enter
StreamElements: @anjali22 won the giveaway 🎉
Moobot: no links in chat please
Fossabot: @spam_king has been timed out for 600 seconds
giveaway kab hai
giveaway me kya milega
giveaway jeet gayi!!!
kabhi giveaway nahi jeeta 😭
winner kaun
mera naam lo di
shoutout do na
shoutout please
di mera naam padho
di hi bolo mujhe
di ek baar hi bol do
di reply karo na
di notice me
di dekho na
ignore kar rahe ho 😢
di aap mujhe reply nahi karti
koi reply nahi karta yaha
spam mat karo yaar
chup kar
toxic log
report
blocked
bye bye
tata
phir milenge
kal milte hai
see you tomorrow
take care di
khayal rakhna
sweet dreams sab ko
jaldi sona sab
main sone ja raha
neend aa gayi
uth gaya abhi
alarm baj gaya
snooze 5 min 😴
ye live meri lori hai 😂
live sunte sunte so jaati hu roz
aapki awaaz se neend aati hai di 😂
insomnia wale haath uthao
3 baje tak jaagta hu
raat ko phone mat chalao
bedsheet dekh ke ghar ki yaad aayi
hostel ki chadar 😭
pg wali bedsheet se toh better hai
mere room ka parda phat gaya hai lol
curtains ki baat hi alag hai
mummy ne naya parda lagaya kal
towel se yaad aaya nahana hai
nahana hai abhi 😂
gym jaana tha
yoga mat lena hai mujhe
sofa naya liya maine
naya ghar liya 🏠
griha pravesh hai next week
shifting chal rahi hai
packing me busy
movers aa gaye
sab saaman bikhra hai
kamra saaf karna hai
bed bhi naya chahiye ab
palang toot gaya 😂
purana palang
diwan pe so jaata hu
zameen pe sota hu garmi me
chatai best hai garmi me
cooler on hai
fan full speed
ac service karani hai
geyser kharab
mera phone 2% pe
charger dhoond raha
earphone laga ke dekh raha
headphones on 🎧
volume full
mute tha 😂
unmute kiya abhi
家人们晚安
宝宝们早
早上好
中午好
晚上好呀
大家好
大家晚上好
在吗在吗
开播了吗
还没开始吗
怎么还不开播
等好久了
终于开播了
准时来了
又来晚了
错过了什么
刚才讲的啥
刚进来
进来看看
路过
路过看看
随便看看
逛逛
看看不买
只看不买
白嫖
白嫖党来了
潜水
冒泡
冒个泡
诈尸
哈喽
嗨
hello呀
有人在吗
人呢
卡了
好卡
卡成ppt了
声音小
没声音了
黑屏了
画面糊了
网不好
信号不好
重进一下
又掉线了
手机没电了
充电去了
我先去做饭
我去吃个饭
吃饭了吗大家
今天好累
上了一天班
下班了
终于周五了
周末愉快
明天还要上班
明天早起
早点睡
不睡觉等什么
夜猫子报道
熬夜党
失眠了
睡不着来看看
听着声音好催眠
主播声音好治愈
听着就想睡觉
睡了睡了
我睡着了又醒了😂
天冷了
降温了
好冷啊
好热啊
下雨了
台风来了
北方已经供暖了
南方没暖气好冷
开空调睡觉
空调房盖被子才舒服
今天是什么节日
双十一快到了
今天发工资
发工资了开心
穷得吃土
生活不易
加油打工人
考研的同学加油
考试加油
孩子睡了终于有空
娃刚睡着
带娃好累
宝妈来了
宝爸在此
婆婆来了先走
老公回来了
下线了
先撤了
走了走了
拜拜了
下次见
再见
溜了溜了
遁了
👋👋
👋
🌙
🌙✨
😴💤
💤
🥱
🥱🥱
🤣
😁😁
😅
🙂
🙃
😶
🤔🤔
🤗
😊😊
🥺
😢
😤
🙄
👀
👀👀👀
🎉🎉
🎁
🌹🌹🌹
💐
🍵
☕☕
🍜
🏠
🇮🇳🇮🇳🇮🇳
🇸🇬
"""
# more of the same show, later in the evening (the duvet, the blanket and the curtains on air)
ASK_MORE = """
duvet ka winter wala double me kitne ka
razai double bed winter kitni ki
kya ye razai dhul jayegi machine me
ac room ke liye 200 gsm theek hai?
blanket 9 kg bahut heavy toh nahi
mere liye konsa weight 60 kg hu
weighted blanket single bed ke liye hai?
blanket ka size kya hai inch me
curtain 4 feet wide hai?
mere door 7 feet ka hai konsa lu
window 5 feet ki hai beige le lu? price?
curtain ek side ka price hai na
beige me 9 ft hai?
charcoal 5 ft milega?
towel sand colour stock?
ocean blue towel kitne bache
silk pillowcase silver kitne ka
silver wala stock hai
champagne colour dikhana.. price?
hamper me monogram free hai?
hamper kitne din me aayega mumbai
protector double bed ka rate
protector king size 78x72 hai na
mattress 10 inch ka hai chalega protector?
doormat ka size inch me
cushion cover zip wala hai?
memory foam pillow kitna uncha hai
pillow soft hai ya hard
bedsheet ek aur offer me milegi?
combo me sasta milega kya
2 bedsheet lu toh discount?
delivery chennai kab tak
noida 3 din me aayega?
kolkata delivery free hai?
cod limit kitni hai
5000 se upar cod hoga?
credit card emi 3 months?
returns me paisa kab wapas
size galat aaya toh exchange?
被子冬季款多少钱
被子单人的多少
被子多大尺寸
重力毯多大
重力毯能机洗吗
重力毯小孩能用吗
窗帘宽多少
窗帘有几个颜色
窗帘带不带挂钩
米色窗帘还有吗
浴巾沙色还有不
浴巾一条多大
真丝枕套银色多少钱
真丝枕套几个颜色
枕套是一个的价吗
礼盒里面有啥
礼盒能刻字吗
隔尿垫多厚的床垫能用
地垫多大
地垫能洗吗
抱枕套什么面料
记忆棉枕多高
记忆棉枕头有味道吗
枕头软还是硬
买两套有优惠吗
满减吗
发顺丰吗
寄新加坡要交税吗
能开发票吗
可以用信用卡分期吗
七天内能换吗
"""
CHAT_MORE = """
被子看着好蓬松
这被子盖着肯定舒服
我家那条被子都结块了
去年买的被子还行
冬天必须来一条
北方暖气房盖这个正好
南方冬天湿冷需要
重力毯真的好睡
压着睡好有安全感
我妈失眠想给她买
睡觉打呼噜的来了😂
我老公打呼噜能治吗哈哈
遮光窗帘一拉我能睡到中午
周末睡懒觉神器
窗帘颜色好高级
米色百搭
炭灰好有质感
我家窗帘是绿色的
浴巾好厚啊
沙色好温柔
海洋蓝好清爽
真丝枕套摸着好滑
香槟色好贵气
粉色少女心
礼盒好精致
送闺蜜正好
送妈妈正好
过年送礼
婚房布置
新房要买一堆
家里猫会抓坏吧
狗子掉毛粘床单😭
地垫好看
黄麻的好有质感
抱枕套花纹好看
扎染风我爱了
隔尿垫宝妈必备
我家娃已经用上了
这个价格可以
印度卢比换算一下
一千多卢比是多少人民币来着
卢比好便宜
汇率多少
听说印度棉很好
印度的纺织品真的可以
主播的口音好可爱
主播英语好好
主播说印地语吗
听不懂也要看
我就看看热闹
凑热闹来的
来学英语的
来学印地语的
namaste 是什么意思
主播背后的床真好看
主播家好大
主播的猫好可爱
猫咪出镜了
猫猫好乖
主播的耳环好看
主播的衣服好好看
纱丽好美
印度风好美
直播间好温馨
灯光好暖
背景音乐好听
这首歌叫啥
歌名是啥
好催眠的直播
听着听着就困了
已经睡着一个了😂
下次躺着看
边泡脚边看
边吃边看
边敷面膜边看
一边加班一边看
老板在后面我先溜
今天双休
明天休息熬个夜
夜班刚下
凌晨三点的我
睡不着就来这
这直播间适合失眠的人
主播天天几点播
主播下次什么时候播
主播明天见
主播晚安
家人们晚安好梦
今天收获满满
今天买爆了
钱包瘪了
下个月吃土
双十一再来
等大促
先蹲着
蹲降价
蹲个优惠券
看完再决定
我再想想
跟老公商量一下
问问我妈
截图了
截图发给闺蜜
闺蜜说好看
拉闺蜜来了
我喊我姐来看
分享给群里了
给直播间点赞了
点了一万个赞
手都点酸了
灯牌点亮
粉丝团等级升了
刷个小礼物
送个小心心给主播
小心心x10
么么哒
比心
爱了爱了
好温柔的主播
主播笑起来好甜
主播今天心情不错
主播嗓子哑了
主播多喝热水
主播辛苦啦早点休息
大家散了吧
人越来越多了
好多人在抢
手速不够
又是没抢到的一天
网太卡了抢不到
下次一定
这次一定
冲鸭
家人们冲
宝宝们冲
1111111111
扣1扣1扣1
666666666
上链接上链接
上车上车
已上车
我也上车了
滴滴上车
上车打卡
好评
五星好评
回购了
第三次回购
老顾客了
质量没得说
上次买的很好用
洗了几次还是很新
没有掉色
"""
CHAT_MORE_EN = """
this live is my sleep podcast 😴
di you look sleepy too 😂
duvet dekh ke hi garmi lag gayi 🥵
chennai walo ko duvet ki zarurat nahi 😂
delhi walo ke liye perfect
shimla se hu, razai season 🥶
manali me toh 2 razai lagti hai
mere nana ji ki razai 20 kilo ki thi 😂
weighted blanket = mummy ki razai 😂
dadi ki razai was the original weighted blanket
9 kg blanket ke neeche se kaun niklega subah 😂
blanket ke neeche chhup jaunga monday ko
curtain laga ke office se chhutti 😂
blackout curtain = vampire mode 🧛
day shift walo ko nahi chahiye
night shift nurse here, need this
call center wale bhai log 🙋
bpo night shift gang
towel ko saree bana lu kya 😂
towel hai ya kambal itna mota 😂
gsm is grams per square metre for those asking
thread count jyada matlab better? mujhe nahi pata tha
percale and sateen dono alag hote hai, sikha aaj
aaj kuch naya seekha
knowledge mil gayi aaj
di aap teacher ban jao 😂
di aapka explanation best
di aap itna detail me batati ho ❤️
silk pillowcase se baal ache rehte hai, meri sis use karti
meri friend ne gift kiya tha silk wala
mere baal frizzy hai 😭
skin care gang 🙋‍♀️
jute doormat pe pehle tha mera kutta soya 😂
welcome mat pe guest kaha hai 😂
ghar pe guest aane wale hai diwali pe
diwali safai shuru
ghar ka makeover chal raha
cushion cover change karne ka time
purane cushion cover bore ho gaye
sofa pe 5 cushions hai mere
mattress protector toh baccho wale ghar me must
bacche ne kal raat... 😂
potty training chal rahi hai 😅
hamper dekh ke diwali feel aa gayi
gift hamper for my didi's wedding maybe
wedding season = hamper season
budget wedding hai bhai 😂
cousin ki shaadi me ye dunga
saas ko gift karna hai 😬
saas ko impress karna hai
bahu ke liye lena hai
shaadi ke baad pehli diwali
first home 🏠 first bedsheet
naye ghar ki pehli shopping
rent pe rehta hu par acha bedsheet chahiye
pg me rehti hu, single bed ka dekh rahi
hostel me single hi chalega
college hostel bed 2.5 ft ka hota hai 😭
mera bed bada hai room chota 😂
bed hi bed hai room me
diwan hai mere paas
sofa cum bed hai
floor bed gang
japanese style floor bed
king size bed ka sapna 😂
ek din king size bed lunga
queen size bed hai par queen nahi hai 😂
main hi queen hu 👑
ghar ka king toh papa hai 😂
bhai ne sab order karwa diya mere card se 😭
papa ka card 💳 😎
salary credited 🤑
aaj hi salary aayi
mahine ka end hai bhai
budget khatam 😭
abhi toh sirf dekh rahi hu
window shopping
sirf dekhne aaye
timepass
bored tha
kuch kaam nahi tha
ghar pe akela hu
sab so gaye ghar pe
mummy so gayi, main live dekh rahi 🤫
papa ne TV band karwa diya toh phone pe
net slow hai gaon me
gaon se dekh raha hu
village connection
bihar se pyar
up wale aa jao
rajasthan se ram ram
haryana se 🙏
gujarat thi kem cho
kerala se namaskaram
assam se hello
odisha se namaskar
jharkhand se johar
andhra nundi hello
karnataka inda namaskara
mp se hu
chhattisgarh ❤️
uttarakhand se 🏔️
goa susegad 🏖️
"""


# Lines the chat is full of that come from the platform and other bots: gifts, joins, bot
# replies. Written as the platform writes them; the names and counts vary, as in a real log.
NAMES = ["priya_s", "rohit.k", "anjali22", "sneha_home", "vikram99", "pooja.decor", "arjun_m",
         "neha.r", "kavya_k", "rahul0707", "meena_aunty", "sunil.kumar", "divya_shop", "amit_ji",
         "simran.k", "harsh_v", "tanvi_b", "deepak_88", "ritu.g", "karthik_s", "lakshmi_r",
         "fatima.z", "gurpreet_k", "nisha_m", "aakash_p", "shreya.d", "manoj_t", "ayesha_k",
         "小美", "阿花", "大白兔", "睡不醒的猫", "晴天", "一只鱼", "糖糖", "小熊软糖", "Lily_sg",
         "kopi_auntie", "jasmine.t", "weiming88"]
GIFTS_EN = ["Rose", "Heart", "Finger Heart", "Doughnut", "Perfume", "Cap", "Sunglasses", "Galaxy",
            "Lion", "Teddy", "Chai", "Diya", "Rangoli", "Ice Cream", "Thumbs Up"]
GIFTS_ZH = ["小心心", "玫瑰", "粉丝灯牌", "人气票", "棒棒糖", "大啤酒", "鲜花", "跑车", "墨镜",
            "加油鸭", "爱你哟", "热气球"]


def _platform_lines(rnd: random.Random) -> list[str]:
    out: list[str] = []
    for name in NAMES:
        zh = bool(re.search(r"[\u4e00-\u9fff]", name))
        for _ in range(3):
            if zh:
                g = rnd.choice(GIFTS_ZH)
                out.append(rnd.choice([f"{name} 送出了 {g} x{rnd.randint(1, 30)}",
                                       f"{name} 送给主播 {rnd.randint(1, 9)}个{g}",
                                       f"{name} 来了", f"{name} 点亮了粉丝团",
                                       f"欢迎 {name} 进入直播间", f"{name} 分享了直播间"]))
            else:
                g = rnd.choice(GIFTS_EN)
                out.append(rnd.choice([f"{name} sent {g} x{rnd.randint(1, 50)}",
                                       f"{name} sent a {g} 🎁", f"{name} joined",
                                       f"{name} is now following", f"{name} shared the live",
                                       f"@{name} has {rnd.randint(20, 9000):,} points",
                                       f"@{name} watched for {rnd.randint(2, 300)} hours",
                                       f"@{name} followed {rnd.randint(2, 40)} days ago",
                                       f"{name} liked the live ❤️ x{rnd.randint(5, 500)}"]))
    for _ in range(40):
        h, m = rnd.randint(0, 3), rnd.randint(1, 59)
        tip = rnd.choice([21, 51, 101, 251, 501])
        out.append(rnd.choice([f"Nightbot: live for {h}h {m}m",
                               f"StreamElements: uptime {h} hours {m} minutes",
                               f"Nightbot: @{rnd.choice(NAMES)} -> the live started {h}h {m}m ago",
                               f"Moobot: @{rnd.choice(NAMES)} please don't spam 🙏",
                               f"StreamElements: {rnd.choice(NAMES)} just tipped ₹{tip}",
                               f"Fossabot: {rnd.choice(NAMES)} timed out ({rnd.choice([60, 300, 600])}s)"]))
    emotes = ["😍", "🔥", "❤️", "😂", "🙏", "😴", "🛏️", "💤", "✨", "👏", "🥰", "💯", "🎉", "😭"]
    for _ in range(70):
        e = rnd.sample(emotes, rnd.randint(1, 3))
        out.append(" ".join(x * rnd.randint(2, 6) for x in e))
    chants = ["1", "11", "扣1", "666", "上链接", "冲", "done", "+1", "booked", "LOOT", "SALE",
              "queen", "king", "grey", "9kg", "买", "要", "来了"]
    for _ in range(60):
        c = rnd.choice(chants)
        out.append((" " if rnd.random() < 0.5 else "").join([c] * rnd.randint(3, 9)))
    return out


# ---- the answer suite --------------------------------------------------------------------------
B, S, AP, SN, OD = "bedding", "sample", "apparel", "snack", "outdoor"
G, BE, F, P, BA, T, J, BR = ("gadget", "beauty", "fitness", "pets", "baby", "tools", "jewel",
                             "brew")
SHEET, DUVET, PFIB, PMEM = "SHEET-PERCALE-300", "DUVET-MICRO", "PILLOW-FIBRE-PAIR", "PILLOW-MEMORY"
WB, CUR, TOW, MAT = "BLANKET-WEIGHTED", "CURTAIN-BLACKOUT", "TOWEL-SET4", "DOORMAT-JUTE"
CUSH, PROT, SILK, HAMP = ("CUSHION-COVER-5", "PROTECTOR-DRYGUARD", "PILLOWCASE-SILK",
                          "GIFT-HAMPER")
NC = "not carried"
UN = "the listing does not say"
HOST = "to the streamer"


def _bedding() -> list[AnswerCase]:
    return [
        # prices, by size, weight, panel, colour; the viewer's own words
        case(B, "kitna hai ye bedsheet queen size grey", "price", SHEET, sku="SHEET-QN-GRY"),
        case(B, "di queen white ka rate kya hai", "price", SHEET, sku="SHEET-QN-WHT"),
        case(B, "single bed wali white bedsheet kitne ki hai", "price", None, sku="SHEET-SGL-WHT"),
        case(B, "kindly share price of double bedsheet in grey colour", "price", None,
             sku="SHEET-DBL-GRY"),
        case(B, "price kya hai bhai indigo wala queen", "price", SHEET, sku="SHEET-QN-IND"),
        case(B, "what is the cost of the 9 kg weighted blanket", "price", None, sku="WEIGHTED-9KG"),
        case(B, "same in 7kg?", "price", WB, sku="WEIGHTED-7KG"),
        case(B, "5 kilo wala blanket kitne ka", "price", WB, sku="WEIGHTED-5KG"),
        case(B, "7 ft curtain beige price pls", "price", CUR, sku="CURTAIN-7FT-BEIGE"),
        case(B, "nine feet curtain charcoal kitne ka hai", "price", None, sku="CURTAIN-9FT-CHAR"),
        case(B, "5 ft window wala parda ka rate", "price", None, sku="CURTAIN-5FT-BEIGE"),
        case(B, "9 ft curtain per metre kitna padega", "price", CUR, sku="CURTAIN-9FT-CHAR"),
        case(B, "winter duvet king size kitne ki hai", "price", None, sku="DUVET-KG-WIN"),
        case(B, "double all season razai ka price", "price", None, sku="DUVET-DBL-AS"),
        case(B, "single duvet how much in SGD", "price", DUVET, sku="DUVET-SGL-AS"),
        case(B, "towel set price? per towel kitna pada", "price", TOW, sku=TOW),
        case(B, "ek takiya kitne ka? pair me hai na", "price", PFIB, sku=PFIB),
        case(B, "memory foam pillow ka price batao di", "price", None, sku=PMEM),
        case(B, "jute doormat USD?", "price", None, sku=MAT),
        case(B, "cushion cover 5 wala set kitne ka, per piece kitna", "price", None, sku=CUSH),
        case(B, "queen mattress protector ka cost", "price", None, sku="PROTECTOR-QN"),
        case(B, "blush silk pillowcase 2 hazaar ke andar hai?", "price", SILK, sku="SILK-BLUSH"),
        case(B, "gift hamper kitne ka hai diwali ke liye", "price", None, sku=HAMP),
        case(B, "大床灰色床单啥价", "price", None, sku="SHEET-QN-GRY"),
        case(B, "单人白色的床单咋卖", "price", SHEET, sku="SHEET-SGL-WHT"),
        case(B, "重力毯9公斤的多少人民币", "price", WB, sku="WEIGHTED-9KG"),
        case(B, "七公斤的重力毯多少钱", "price", None, sku="WEIGHTED-7KG"),
        case(B, "冬季款被子特大号多少钱", "price", None, sku="DUVET-KG-WIN"),
        case(B, "记忆棉枕头啥价啊家人们", "price", None, sku=PMEM),
        case(B, "纤维枕头一对多少钱", "price", None, sku=PFIB),
        case(B, "浴巾四条装多少钱 一条合多少", "price", None, sku=TOW),
        case(B, "2米1的窗帘米色多少钱", "price", CUR, sku="CURTAIN-7FT-BEIGE"),
        case(B, "真丝枕套香槟色多少钱", "price", None, sku="SILK-CHAMPAGNE"),
        case(B, "特大号隔尿垫多少", "price", None, sku="PROTECTOR-KG"),
        case(B, "抱枕套一套多少钱", "price", None, sku=CUSH),
        # stock, incl. sold out
        case(B, "king white bedsheet stock hai?", "stock", None, sku="SHEET-KG-WHT"),
        case(B, "king grey available? pls reply", "stock", SHEET, sku="SHEET-KG-GRY"),
        case(B, "queen indigo kitne bache hai", "stock", SHEET, sku="SHEET-QN-IND"),
        case(B, "7 ft charcoal curtain stock me hai kya", "stock", CUR, sku="CURTAIN-7FT-CHAR"),
        case(B, "9kg blanket kitne piece left", "stock", None, sku="WEIGHTED-9KG"),
        case(B, "hamper abhi available hai?", "stock", None, sku=HAMP),
        case(B, "特大床的白色床单还有吗", "stock", None, sku="SHEET-KG-WHT"),
        case(B, "炭灰色2米1的窗帘有货不", "stock", CUR, sku="CURTAIN-7FT-CHAR"),
        case(B, "粉色真丝枕套还剩几个", "stock", SILK, sku="SILK-BLUSH"),
        # facts, incl. the ones whose answer is no
        case(B, "is the bedsheet egyptian cotton? kindly revert", "fact", SHEET,
             sku=SHEET, fact="not Egyptian cotton"),
        case(B, "sateen hai ya percale?", "fact", SHEET, sku=SHEET, fact="percale"),
        case(B, "thread count kitna hai iska", "fact", SHEET, sku=SHEET, fact="300 TC"),
        case(B, "elastic wala fitted hai kya", "fact", SHEET, sku=SHEET, fact="flat sheet"),
        case(B, "mera bed 6x6.5 ft hai konsa size lu", "fact", SHEET, sku=SHEET,
             fact="Take the King"),
        case(B, "colour fast hai na? dhone pe rang toh nahi jayega", "fact", SHEET, sku=SHEET,
             fact="colour-fast reactive dyes"),
        case(B, "pillow cover kitne milenge queen me", "fact", SHEET, sku=SHEET,
             fact="2 pillow covers"),
        case(B, "is the duvet down? my son has allergy", "fact", DUVET, sku=DUVET,
             fact="100% polyester microfiber"),
        case(B, "razai washing machine mein dhul sakti hai?", "fact", DUVET, sku=DUVET,
             fact="machine wash at 30°C"),
        case(B, "winter duvet gsm kitna hai", "fact", DUVET, sku=DUVET, fact="350 GSM"),
        case(B, "are these pillows memory foam??", "fact", PFIB, sku=PFIB, fact="polyester fibre"),
        case(B, "pillow ka price 1 ka hai ya 2 ka", "fact", PFIB, sku=PFIB, fact="sold as a pair"),
        case(B, "memory foam pillow washing machine me daal sakte?", "fact", PMEM, sku=PMEM,
             fact="the foam must never be washed"),
        case(B, "memory pillow cover nikal ke dho sakte hai?", "fact", None, sku=PMEM,
             fact="zip cover is machine washable"),
        case(B, "weighted blanket me plastic pellets hai kya", "fact", WB, sku=WB,
             fact="glass beads"),
        case(B, "70 kilo hu konsa weight lu", "fact", WB, sku=WB, fact="7 kg for about 70 kg"),
        case(B, "curtain pair me aata hai ya single", "fact", CUR, sku=CUR, fact="one panel"),
        case(B, "rod sath me milega?", "fact", CUR, sku=CUR, fact="rod is not included"),
        case(B, "kitne eyelets hai ek panel me", "fact", CUR, sku=CUR, fact="8 steel eyelets"),
        case(B, "towel kitne gsm ka hai", "fact", TOW, sku=TOW, fact="500 GSM"),
        case(B, "towel size in cm?", "fact", TOW, sku=TOW, fact="70×140 cm"),
        case(B, "doormat bahar balcony me rakh sakte hai baarish me?", "fact", MAT, sku=MAT,
             fact="for indoor use only"),
        case(B, "cushion cover ke saath filler aata hai?", "fact", CUSH, sku=CUSH,
             fact="covers only"),
        case(B, "mattress protector waterproof hai na? baby hai ghar me", "fact", PROT, sku=PROT,
             fact="TPU membrane"),
        case(B, "protector sote time plastic jaisa awaaz karta hai?", "fact", PROT, sku=PROT,
             fact="noiseless"),
        case(B, "silk pillowcase machine wash ho sakta?", "fact", SILK, sku=SILK,
             fact="hand wash only"),
        case(B, "real silk hai ya satin? momme kitna", "fact", SILK, sku=SILK, fact="22 momme"),
        case(B, "床单是贡缎的吗", "fact", SHEET, sku=SHEET, fact="平纹"),
        case(B, "是纯棉的不", "fact", SHEET, sku=SHEET, fact="100%纯棉"),
        case(B, "掉色不 深色的", "fact", SHEET, sku=SHEET, fact="不掉色"),
        case(B, "1米8的床用哪个", "fact", SHEET, sku=SHEET, fact="选特大床（King）款"),
        case(B, "这个是四件套吗", "fact", SHEET, sku=SHEET, fact="含床单1条、枕套2个"),
        case(B, "被子能机洗不", "fact", DUVET, sku=DUVET, fact="30度轻柔模式机洗"),
        case(B, "被子是羽绒的吗宝宝们问", "fact", DUVET, sku=DUVET, fact="不含羽绒"),
        case(B, "记忆棉枕能丢洗衣机吗", "fact", PMEM, sku=PMEM, fact="枕芯不能洗"),
        case(B, "重力毯里面是玻璃珠吗", "fact", WB, sku=WB, fact="玻璃微珠"),
        case(B, "窗帘遮光多少", "fact", CUR, sku=CUR, fact="90%"),
        case(B, "抱枕套带芯不", "fact", CUSH, sku=CUSH, fact="不含枕芯"),
        case(B, "真丝枕套能机洗不", "fact", SILK, sku=SILK, fact="只能冷水手洗"),
        case(B, "隔尿垫有沙沙声吗", "fact", PROT, sku=PROT, fact="静音"),
        # policies
        case(B, "COD milega? jaipur", "policy", None, policy="payment"),
        case(B, "upi se pay ho jayega? gpay hai mere paas", "policy", None, policy="payment"),
        case(B, "no cost emi hai kya", "policy", None, policy="payment"),
        case(B, "bangalore delivery kitne din me", "policy", None, policy="shipping"),
        case(B, "free delivery kitne ke upar", "policy", None, policy="shipping"),
        case(B, "singapore ship karte ho? charges?", "policy", None, policy="shipping-singapore"),
        case(B, "pillow return kar sakte hai agar pasand na aaye", "policy", None,
             policy="returns"),
        case(B, "exchange policy kya hai 7 din?", "policy", None, policy="returns"),
        case(B, "colour bleed hua toh replace karoge?", "policy", None, policy="care"),
        case(B, "能货到付款吗", "policy", None, policy="payment"),
        case(B, "寄新加坡几天到", "policy", None, policy="shipping-singapore"),
        case(B, "孟买几天能到", "policy", None, policy="shipping"),
        case(B, "枕头可以退吗", "policy", None, policy="returns"),
        # deals and comparisons
        case(B, "aaj ka offer kya hai di", "deals"),
        case(B, "koi sale chal rahi hai abhi?", "deals"),
        case(B, "家人们现在有啥优惠", "deals"),
        case(B, "memory foam pillow ya fibre pillow pair, konsa sasta", "compare",
             skus=[PMEM, PFIB]),
        case(B, "doormat and cushion covers which is cheaper", "compare", skus=[MAT, CUSH]),
        case(B, "5公斤重力毯和礼盒哪个便宜", "compare", skus=["WEIGHTED-5KG", HAMP]),
        # must abstain: aspects the listing does not state
        case(B, "bedsheet shrink hoga kya pehli dhulai me", "abstain", SHEET, sku=SHEET, why=UN),
        case(B, "起球吗 这个床单", "abstain", SHEET, sku=SHEET, why=UN),
        case(B, "is the cotton organic?", "abstain", SHEET, sku=SHEET, why=UN),
        case(B, "duvet ka weight kitna hai kg me", "abstain", DUVET, sku=DUVET, why=UN),
        case(B, "被子有多重", "abstain", DUVET, sku=DUVET, why=UN),
        case(B, "pillow washing machine me dal sakte hai? fibre wala", "abstain", PFIB, sku=PFIB,
             why=UN),
        case(B, "weighted blanket garmi me garam lagega?", "abstain", WB, sku=WB, why=UN),
        case(B, "重力毯带被套吗", "abstain", WB, sku=WB, why=UN),
        case(B, "curtain washing machine me dho sakte?", "abstain", CUR, sku=CUR, why=UN),
        case(B, "towel machine wash kar sakte?", "abstain", TOW, sku=TOW, why=UN),
        case(B, "浴巾速干吗", "abstain", TOW, sku=TOW, why=UN),
        case(B, "doormat kis colour ka hai", "abstain", MAT, sku=MAT, why=UN),
        case(B, "cushion cover konse colours me hai", "abstain", CUSH, sku=CUSH, why=UN),
        case(B, "silk kahan ka hai china ka?", "abstain", SILK, sku=SILK, why=UN),
        case(B, "hamper diwali se pehle pahuch jayega 100%?", "abstain", HAMP, sku=HAMP, why=UN),
        case(B, "这个有粉色的吗 床单", "fact", SHEET, sku=SHEET, fact="白色、灰色、靛蓝"),
        case(B, "blue towel hai? royal blue", "fact", TOW, sku=TOW, fact="Ocean Blue or Sand"),
        # must abstain: not carried (incl. the near misses)
        case(B, "egyptian cotton sheets milenge?", "abstain", None, why=NC),
        case(B, "down duvet hai kya aapke paas? goose wala", "abstain", None, why=NC),
        case(B, "羽绒被有卖吗", "abstain", None, why=NC),
        case(B, "蚕丝被多少钱", "abstain", None, why=NC),
        case(B, "sofa cover kitne ka hai", "abstain", None, why=NC),
        case(B, "bath robe hai kya towel jaisa", "abstain", None, why=NC),
        case(B, "mattress bhi bechte ho? 6 inch", "abstain", None, why=NC),
        case(B, "有被套卖吗", "abstain", None, why=NC),
        case(B, "凉席多少钱", "abstain", None, why=NC),
        case(B, "fitted sheet milegi king size", "abstain", None, why=NC),
        case(B, "table cloth hai?", "abstain", None, why=NC),
        # must abstain: to the streamer
        case(B, "didi which sheet do YOU use at home", "abstain", SHEET, why=HOST),
        case(B, "where is your studio di", "abstain", None, why=HOST),
        case(B, "主播你家用的哪款床单", "abstain", None, why=HOST),
        case(B, "di aapke peeche wala lamp kitne ka hai", "abstain", None, why=HOST),
    ]


def _known_shops() -> list[AnswerCase]:
    """The dev shops (sample, apparel, snack, outdoor), asked the way this show's viewers ask."""
    return [
        # sample (CNY)
        case(S, "beef shank kitne ka hai bhai 1 kg", "price", None, sku="BEEF-SHANK-1KG"),
        case(S, "牛腱子一斤啥价", "price", None, sku="BEEF-SHANK-1KG"),
        case(S, "tv 65 inch ka rate kya hai in rupees", "price", None, sku="TV-4K-65"),
        case(S, "电视多少人民币 65寸那个", "price", None, sku="TV-4K-65"),
        case(S, "air fryer ka price pls reply", "price", "AIRFRYER-6L", sku="AIRFRYER-6L"),
        case(S, "空气炸锅还有货没", "stock", None, sku="AIRFRYER-6L"),
        case(S, "robot vacuum stock hai?", "stock", None, sku="VACUUM-ROBOT-X7"),
        case(S, "鸡蛋30个的还有吗", "stock", None, sku="EGG-FREERANGE-30"),
        case(S, "apples waxed hai kya", "fact", "APPLE-FUJI-5KG", sku="APPLE-FUJI-5KG",
             fact="not waxed"),
        case(S, "玉米是转基因的不", "fact", None, sku="CORN-SWEET-10", fact="非转基因"),
        case(S, "yogurt me sugar dala hai?", "fact", None, sku="YOGURT-GREEK-12",
             fact="No added sugar"),
        case(S, "tv ki warranty kitni", "fact", "TV-4K-65", sku="TV-4K-65", fact="3 years"),
        case(S, "duvet goose down hai na? razai wala", "fact", None, sku="DUVET-GOOSE-WINTER",
             fact="95% white goose down"),
        case(S, "鹅绒被能水洗吗", "fact", None, sku="DUVET-GOOSE-WINTER", fact="建议干洗"),
        case(S, "电饭煲几个人够吃", "fact", None, sku="RICECOOKER-IH-4L", fact="2到8人"),
        case(S, "purifier ka filter kitne time me change", "fact", None, sku="PURIFIER-RO-800",
             fact="every 12 months"),
        case(S, "能寄香港吗", "policy", None, policy="shipping-remote"),
        case(S, "花呗能分期吗 电视", "policy", None, policy="payment"),
        case(S, "鸡蛋和玉米哪个便宜", "compare", skus=["EGG-FREERANGE-30", "CORN-SWEET-10"]),
        case(S, "koi deal chal rahi hai abhi", "deals"),
        case(S, "egyptian cotton bedsheet hai aapke paas?", "abstain", None, why=NC),
        case(S, "枕头多少钱", "abstain", None, why=NC),
        case(S, "air fryer ka basket steel ka hai ya plastic", "abstain", "AIRFRYER-6L",
             sku="AIRFRYER-6L", why=UN),
        case(S, "电视能挂在卫生间吗", "abstain", "TV-4K-65", sku="TV-4K-65", why=UN),
        case(S, "rice basmati hai kya", "fact", "RICE-JASMINE-5KG", sku="RICE-JASMINE-5KG",
             fact="Hom Mali jasmine rice"),
        case(S, "鸡蛋是有机认证的吗", "abstain", None, sku="EGG-FREERANGE-30", why=UN),
        case(S, "苹果是阿克苏的吗", "fact", "APPLE-FUJI-5KG", sku="APPLE-FUJI-5KG", fact="烟台"),
        case(S, "主播你家电视什么牌子", "abstain", None, why=HOST),
        case(S, "mutton hai kya", "abstain", None, why=NC),
        case(S, "羊肉卷有吗", "abstain", None, why=NC),
        # apparel (USD)
        case(AP, "jeans kitne ki hai in rupees", "price", None, sku="JEANS-SLIM"),
        case(AP, "牛仔裤咋卖", "price", "JEANS-SLIM", sku="JEANS-SLIM"),
        case(AP, "v neck tee price? under 1500 rupees?", "price", None, sku="TEE-VNECK"),
        case(AP, "sweater stock hai kya", "stock", None, sku="SWEATER-MERINO"),
        case(AP, "毛衣还有吗", "stock", None, sku="SWEATER-MERINO"),
        case(AP, "rain jacket me hood hai na", "fact", "JACKET-RAIN", sku="JACKET-RAIN",
             fact="adjustable hood"),
        case(AP, "jeans ka kapda kya hai stretch hai kya", "fact", "JEANS-SLIM", sku="JEANS-SLIM",
             fact="98% cotton 2% elastane"),
        case(AP, "T恤会缩水不", "fact", None, sku="TEE-VNECK", fact="缩水不到3%"),
        case(AP, "帆布鞋尺码准不", "fact", None, sku="SNEAKER-CANVAS", fact="尺码标准"),
        case(AP, "beanie chubhti hai kya", "fact", None, sku="BEANIE-WOOL",
             fact="nylon blend keeps it from itching"),
        case(AP, "sweater itchy hai? bare skin pe", "fact", "SWEATER-MERINO",
             sku="SWEATER-MERINO", fact="soft enough to wear on bare skin"),
        case(AP, "帽子有几个颜色", "fact", None, sku="BEANIE-WOOL", fact="黑、芥末黄、灰、红"),
        case(AP, "return kitne din me", "policy", None, policy="returns"),
        case(AP, "包邮吗 满多少", "policy", None, policy="shipping"),
        case(AP, "paytm chalega?", "policy", None, policy="payment"),
        case(AP, "jeans or jacket konsa sasta", "compare", skus=["JEANS-SLIM", "JACKET-RAIN"]),
        case(AP, "有什么折扣吗 衣服", "deals"),
        case(AP, "kurta hai kya", "abstain", None, why=NC),
        case(AP, "saree bhi bechte ho?", "abstain", None, why=NC),
        case(AP, "有没有羽绒服", "abstain", None, why=NC),
        case(AP, "jeans me pink colour hai", "fact", "JEANS-SLIM", sku="JEANS-SLIM",
             fact="indigo, black, light wash"),
        case(AP, "jacket ka weight kitna hai", "abstain", "JACKET-RAIN", sku="JACKET-RAIN", why=UN),
        case(AP, "毛衣能机洗吗", "fact", None, sku="SWEATER-MERINO", fact="冷水手洗"),
        case(AP, "鞋子防水吗", "abstain", None, sku="SNEAKER-CANVAS", why=UN),
        case(AP, "T恤是哪里产的", "abstain", "TEE-VNECK", sku="TEE-VNECK", why=UN),
        case(AP, "di aapne jo top pehna hai wo kaha se", "abstain", None, why=HOST),
        case(AP, "jeans ka rise kya hai low ya mid", "fact", "JEANS-SLIM", sku="JEANS-SLIM",
             fact="Mid rise"),
        # snack (CNY)
        case(SN, "牛肉干多少钱一包", "price", None, sku="JERKY-SPICY-250"),
        case(SN, "mixed nuts kitne ka 30 pack", "price", None, sku="NUTS-DAILY-30"),
        case(SN, "海苔还有几包", "stock", None, sku="SEAWEED-CRISPY-12"),
        case(SN, "dried mango stock?", "stock", None, sku="MANGO-DRIED-500"),
        case(SN, "jerky bahut teekha hai kya", "fact", "JERKY-SPICY-250", sku="JERKY-SPICY-250",
             fact="Properly hot"),
        case(SN, "nuts me namak hai?", "fact", None, sku="NUTS-DAILY-30", fact="no added salt"),
        case(SN, "芒果干加糖没", "fact", None, sku="MANGO-DRIED-500", fact="少量白砂糖"),
        case(SN, "奶茶粉冷水能冲不", "fact", None, sku="MILKTEA-POWDER-20", fact="先用少量热水化开"),
        case(SN, "瓜子大颗不", "fact", None, sku="SEEDS-SUNFLOWER-1KG", fact="大颗粒品种"),
        case(SN, "seaweed bacchon ke liye theek hai?", "fact", None, sku="SEAWEED-CRISPY-12",
             fact="popular with children"),
        case(SN, "mango kaha ka hai", "fact", None, sku="MANGO-DRIED-500", fact="Cebu"),
        case(SN, "满多少包邮", "policy", None, policy="shipping"),
        case(SN, "拆了能退吗 零食", "policy", None, policy="returns"),
        case(SN, "can i pay by card", "policy", None, policy="payment"),
        case(SN, "海苔和瓜子哪个便宜", "compare", skus=["SEAWEED-CRISPY-12", "SEEDS-SUNFLOWER-1KG"]),
        case(SN, "零食有啥活动", "deals"),
        case(SN, "namkeen hai kya haldiram wala", "abstain", None, why=NC),
        case(SN, "辣条有吗", "abstain", None, why=NC),
        case(SN, "jerky halal hai?", "abstain", "JERKY-SPICY-250", sku="JERKY-SPICY-250", why=UN),
        case(SN, "坚果是哪国的", "abstain", None, sku="NUTS-DAILY-30", why=UN),
        case(SN, "奶茶粉有咖啡因吗", "abstain", None, sku="MILKTEA-POWDER-20", why=UN),
        case(SN, "chocolate milenge?", "abstain", None, why=NC),
        case(SN, "主播你最爱吃哪个", "abstain", None, why=HOST),
        case(SN, "瓜子是原味的吗", "fact", None, sku="SEEDS-SUNFLOWER-1KG", fact="焦糖"),
        # outdoor (USD)
        case(OD, "headlamp kitne ka hai", "price", None, sku="LAMP-TRAIL-400"),
        case(OD, "30 lb dog food price", "price", None, sku="DOG-SALMON-30LB"),
        case(OD, "四人帐篷多少钱", "price", None, sku="TENT-RIDGE-4P"),
        case(OD, "same in 4 person?", "price", "TENT-RIDGE", sku="TENT-RIDGE-4P"),
        case(OD, "睡袋还有吗", "stock", None, sku="BAG-SUMMIT-20"),
        case(OD, "grey boots available?", "stock", None, sku="BOOT-GRANITE-GREY"),
        case(OD, "black backpack stock hai", "stock", "PACK-DAY-20", sku="PACK-DAY-20-BLACK"),
        case(OD, "headlamp me AAA cell lagta hai?", "fact", "LAMP-TRAIL-400", sku="LAMP-TRAIL-400",
             fact="built-in 1500 mAh battery"),
        case(OD, "stove ke saath gas aata hai?", "fact", "STOVE-PICO", sku="STOVE-PICO",
             fact="sold separately"),
        case(OD, "帐篷防雨吗", "fact", None, sku="TENT-RIDGE", fact="外帐3000毫米防水"),
        case(OD, "litter flush kar sakte hai?", "fact", None, sku="LITTER-CLUMP-20",
             fact="never the toilet"),
        case(OD, "filter virus hata deta hai?", "fact", None, sku="FILTER-SQUEEZE",
             fact="not viruses"),
        case(OD, "登山杖一对的价吗", "fact", None, sku="POLES-CARBON", fact="一对"),
        case(OD, "幼犬能吃这个狗粮不", "fact", None, sku="DOG-SALMON", fact="成犬粮"),
        case(OD, "do you ship to india", "policy", None, policy="shipping-limits"),
        case(OD, "能寄新加坡吗", "policy", None, policy="shipping-limits"),
        case(OD, "tent warranty kitni", "policy", None, policy="warranty"),
        case(OD, "headlamp or stove konsa sasta", "compare", skus=["LAMP-TRAIL-400", "STOVE-PICO"]),
        case(OD, "any sale on camping stuff", "deals"),
        case(OD, "tent me mosquito net hai?", "abstain", "TENT-RIDGE", sku="TENT-RIDGE", why=UN),
        case(OD, "backpack me laptop aayega?", "fact", None, sku="PACK-DAY-20", fact="no laptop sleeve"),
        case(OD, "kayak hai kya", "abstain", None, why=NC),
        case(OD, "有卖鱼竿吗", "abstain", None, why=NC),
        case(OD, "headlamp ka colour kya hai", "abstain", None, sku="LAMP-TRAIL-400", why=UN),
        case(OD, "dog food me chicken hai kya", "abstain", None, sku="DOG-SALMON", why=UN),
        case(OD, "帐篷几斤重 双人的", "fact", None, sku="TENT-RIDGE", fact="2.1公斤"),
        case(OD, "bhai aap khud trek pe jaate ho?", "abstain", None, why=HOST),
    ]


def _other_heldout_shops() -> list[AnswerCase]:
    """The eight other held-out shops, asked by this show's viewers."""
    return [
        # gadget (GBP)
        case(G, "power bank 20000 kitne ka", "price", None, sku="POWERBANK-VOLT-20K"),
        case(G, "26800mah wala stock me hai?", "stock", "POWERBANK-VOLT", sku="POWERBANK-VOLT-26K"),
        case(G, "充电宝一万毫安的多少钱", "price", None, sku="POWERBANK-VOLT-10K"),
        case(G, "3 metre cable ka price per metre kitna", "price", None, sku="CABLE-USBC-3M-BLK"),
        case(G, "2米白色的线多少钱", "price", None, sku="CABLE-USBC-2M-WHT"),
        case(G, "speaker stock hai kya", "stock", None, sku="SPEAKER-BOOMLET"),
        case(G, "charger ke saath plug aata hai?", "fact", "CHARGER-QI2-15W",
             sku="CHARGER-QI2-15W", fact="use any USB-C wall plug of 20 W or more"),
        case(G, "earbuds pehen ke swimming kar sakte?", "fact", "EARBUDS-AIRLITE-PRO",
             sku="EARBUDS-AIRLITE-PRO", fact="do not swim or shower with them"),
        case(G, "防丢器安卓手机能用不", "fact", None, sku="TAG-FINDIT-4PK", fact="只支持苹果"),
        case(G, "智能插座支持5G wifi不", "fact", None, sku="PLUG-SMART-2PK", fact="只能连2.4G Wi-Fi"),
        case(G, "screen guard privacy wala hai?", "fact", None, sku="GLASS-CLEARGUARD-3PK",
             fact="no privacy filter"),
        case(G, "car mount phone charge karta hai?", "fact", "MOUNT-GRIPSTER",
             sku="MOUNT-GRIPSTER", fact="no charging coil"),
        case(G, "india me delivery karte ho?", "policy", None, policy="shipping"),
        case(G, "earbuds return ho sakte use karne ke baad", "policy", None, policy="returns"),
        case(G, "cable or case konsa sasta", "compare",
             skus=["CABLE-USBC-1M-BLK", "CASE-IP15-CLR"]),
        case(G, "有没有华为的手机壳", "abstain", None, why="no Huawei cases; not carried"),
        case(G, "laptop bechte ho kya", "abstain", None, why=NC),
        case(G, "power bank ka colour kya hai", "abstain", "POWERBANK-VOLT", sku="POWERBANK-VOLT",
             why=UN),
        case(G, "音箱有几种颜色", "abstain", None, sku="SPEAKER-BOOMLET", why=UN),
        case(G, "smartwatch hai?", "abstain", None, why=NC),
        # beauty (EUR)
        case(BE, "sunscreen spf 50 kitne ka", "price", None, sku="SUN-SPF50"),
        case(BE, "nude rose lipstick kitne bache", "stock", None, sku="LIP-NUDE-ROSE"),
        case(BE, "04 honey foundation available?", "stock", "FOUNDATION-SKINVEIL",
             sku="FOUND-04-HONEY"),
        case(BE, "香水100毫升的多少钱", "price", None, sku="PERFUME-100ML"),
        case(BE, "sheet mask stock hai?", "stock", None, sku="MASK-HYDRA-10"),
        case(BE, "sunscreen white cast deta hai kya", "fact", "SUNSCREEN-SOLEIL",
             sku="SUNSCREEN-SOLEIL", fact="clear on every skin tone"),
        case(BE, "洗发水有硅油不", "fact", None, sku="SHAMPOO-NATURA", fact="无硅油"),
        case(BE, "hair dryer india me chalega? 230v", "fact", "DRYER-AEROLUX", sku="DRYER-AEROLUX",
             fact="220-240 V"),
        case(BE, "toothbrush shower me use kar sakte?", "fact", None, sku="TOOTHBRUSH-SONIQ",
             fact="IPX7"),
        case(BE, "香水留香多久", "fact", None, sku="PERFUME-NUIT", fact="6到8小时"),
        case(BE, "面膜能天天敷吗", "fact", None, sku="MASK-HYDRA-10", fact="每周2到3次"),
        case(BE, "opened perfume return hoga?", "policy", None, policy="returns"),
        case(BE, "klarna hai? ya cod", "policy", None, policy="payment"),
        case(BE, "kajal hai kya", "abstain", None, why=NC),
        case(BE, "有没有眼影盘", "abstain", None, why=NC),
        case(BE, "moisturiser me spf hai?", "abstain", "MOIST-HYDRA", sku="MOIST-HYDRA", why=UN),
        case(BE, "口红是哪国生产的", "abstain", None, sku="LIPSTICK-VELOURS", why=UN),
        case(BE, "di aap konsi lipstick lagati ho", "abstain", None, why=HOST),
        case(BE, "brush set 15 pieces price", "price", None, sku="BRUSH-15PC"),
        # fitness (USD)
        case(F, "whey chocolate 5 lb kitne ka", "price", None, sku="WHEY-CHOC-5LB"),
        case(F, "vanilla 5 pound stock hai?", "stock", "WHEY-IRONCORE", sku="WHEY-VAN-5LB"),
        case(F, "肌酸一公斤多少钱", "price", None, sku="CREATINE-1000G"),
        case(F, "dumbbell pair ka rate", "price", None, sku="DUMBBELL-PAIR"),
        case(F, "跳绳还有吗", "stock", None, sku="ROPE-SWIFT"),
        case(F, "whey me lactose hai? mujhe problem hoti", "fact", "WHEY-IRONCORE",
             sku="WHEY-IRONCORE", fact="about 1 g of lactose per scoop"),
        case(F, "pre workout me caffeine kitna", "fact", None, sku="PREWORKOUT-VOLTAGE",
             fact="300 mg"),
        case(F, "肌酸要冲击期吗", "fact", None, sku="CREATINE-PUREFORM", fact="不需要"),
        case(F, "蛋白棒有花生吗", "fact", None, sku="BAR-CRUNCHLAB-12", fact="含花生"),
        case(F, "dumbbell gira sakte hai?", "fact", "DUMBBELL-FLEXLIFT", sku="DUMBBELL-FLEXLIFT",
             fact="do not drop them"),
        case(F, "scale ko wifi chahiye?", "fact", None, sku="SCALE-TALLY", fact="Bluetooth"),
        case(F, "yoga mat lilac 6mm hai?", "stock", "MAT-ZENGRIP", sku="MAT-6MM-LILAC"),
        case(F, "ship to india?", "policy", None, policy="shipping-limits"),
        case(F, "opened protein return?", "policy", None, policy="returns"),
        case(F, "creatine or shaker which is cheaper", "compare",
             skus=["CREATINE-300G", "SHAKER-600ML"]),
        case(F, "treadmill hai kya", "abstain", None, why=NC),
        case(F, "有没有瑜伽服", "abstain", None, why=NC),
        case(F, "whey veg hai? vegetarian?", "abstain", "WHEY-IRONCORE", sku="WHEY-IRONCORE",
             why=UN),
        case(F, "泡沫轴什么颜色", "abstain", None, sku="ROLLER-DEEPRELIEF", why=UN),
        case(F, "bhai tumhara bicep kitna hai 😂", "abstain", None, why=HOST),
        # pets (GBP)
        case(P, "puppy food 6 kg kitne ka", "price", None, sku="DOG-PUPPY-6KG"),
        case(P, "adult 12kg dog food stock", "stock", None, sku="DOG-ADULT-12KG"),
        case(P, "猫粮鸭肉味还有几袋", "stock", None, sku="CAT-DUCK-12"),
        case(P, "8米的牵引绳多少钱", "price", None, sku="LEAD-8M"),
        case(P, "cat carrier available hai?", "stock", None, sku="CARRIER-VOYAGE"),
        case(P, "dog food grain free hai kya", "fact", "DOGFOOD-HEARTH", sku="DOGFOOD-HEARTH",
             fact="not grain free"),
        case(P, "驱虫滴剂猫能用不", "fact", None, sku="SPOTON-FLEASHIELD", fact="仅限狗狗使用"),
        case(P, "dog bed waterproof hai?", "fact", "BED-SNUGGLE", sku="BED-SNUGGLE",
             fact="not waterproof"),
        case(P, "harness se pulling band hogi?", "fact", None, sku="HARNESS-TRAILFIT",
             fact="not a no-pull harness"),
        case(P, "猫砂能冲厕所吗", "fact", None, sku="LITTER-CLOUDCLUMP", fact="膨润土矿砂"),
        case(P, "小猫能吃这个湿粮吗", "fact", None, sku="CATFOOD-PURRFECT", fact="1岁以上成猫粮"),
        case(P, "delivery to scotland highlands?", "policy", None, policy="shipping-limits"),
        case(P, "subscribe karne pe discount?", "policy", None, policy="repeat-save"),
        case(P, "bird cage hai?", "abstain", None, why=NC),
        case(P, "有没有鱼缸", "abstain", None, why=NC),
        case(P, "chew toy kis colour ka hai", "fact", "TOY-TOUGHRING", sku="TOY-TOUGHRING",
             fact="orange"),
        case(P, "狗窝里面是什么棉", "fact", None, sku="BED-SNUGGLE", fact="再生聚酯纤维"),
        case(P, "treats or chew toy konsa sasta", "compare",
             skus=["TREAT-CHICKEN-100G", "TOY-TOUGHRING"]),
        case(P, "di aapka dog ka naam kya hai", "abstain", None, why=HOST),
        case(P, "pets ka kuch offer hai aaj", "deals"),
        # baby (EUR)
        case(BA, "size 4 nappy kitne ka", "price", None, sku="NAPPY-S4"),
        case(BA, "size 6 diaper stock hai?", "stock", "NAPPY-SOFTSTEP", sku="NAPPY-S6"),
        case(BA, "一段奶粉多少钱", "price", None, sku="FORMULA-STAGE1"),
        case(BA, "推车沙色的还有吗", "stock", None, sku="STROLLER-SAND"),
        case(BA, "baby monitor stock?", "stock", None, sku="MONITOR-NESTVIEW"),
        case(BA, "stroller newborn ke liye hai?", "fact", "STROLLER-ZIPPA", sku="STROLLER-ZIPPA",
             fact="from 6 months"),
        case(BA, "wipes flush kar sakte?", "fact", None, sku="WIPES-PUREAQUA",
             fact="not flushable"),
        case(BA, "奶瓶能进洗碗机吗", "fact", None, sku="BOTTLE-CALMFLOW", fact="洗碗机上层"),
        case(BA, "监视器能用手机看不", "fact", None, sku="MONITOR-NESTVIEW", fact="没有App"),
        case(BA, "high chair fold hoti hai?", "fact", None, sku="HIGHCHAIR-GROWUP",
             fact="does not fold"),
        case(BA, "teether freezer me rakh sakte?", "fact", "TEETHER-BLOOM", sku="TEETHER-BLOOM",
             fact="never freeze it"),
        case(BA, "nappy club subscription discount kitna", "policy", None, policy="nappy-club"),
        case(BA, "cod milega germany me?", "policy", None, policy="payment"),
        case(BA, "crib hai kya", "abstain", None, why=NC),
        case(BA, "有没有婴儿床", "abstain", None, why=NC),
        case(BA, "bodysuit me buttons hai ya zip", "fact", "BODYSUIT-COZY3",
             sku="BODYSUIT-COZY3", fact="nickel-free poppers"),
        case(BA, "湿巾是哪国产的", "abstain", None, sku="WIPES-PUREAQUA", why=UN),
        case(BA, "teether or nappy cream which is cheaper", "compare",
             skus=["TEETHER-BLOOM", "CREAM-50ML"]),
        case(BA, "di aapka baby kitna bada hai", "abstain", None, why=HOST),
        case(BA, "1.0 tog 18-36 months sleeping bag price", "price", None, sku="SLEEP-10-18-36"),
        # tools (AUD)
        case(T, "drill 2ah kit kitne ka", "price", None, sku="DRILL-KIT-2AH"),
        case(T, "4ah drill kit stock hai", "stock", "DRILL-VOLTA18", sku="DRILL-KIT-4AH"),
        case(T, "6.0电池多少钱", "price", None, sku="BATT-6AH"),
        case(T, "激光水平仪有货吗", "stock", None, sku="LASER-CROSS360"),
        case(T, "8米卷尺多少", "price", None, sku="TAPE-8M"),
        case(T, "drill se concrete wall me hole hoga?", "fact", "DRILL-VOLTA18",
             sku="DRILL-VOLTA18", fact="not for brick, concrete or masonry"),
        case(T, "impact driver ke saath battery aati hai?", "fact", None, sku="IMPACT-VOLTA18",
             fact="bare tool"),
        case(T, "卷尺有英寸吗", "fact", None, sku="TAPE-GRIPLOCK", fact="只有公制"),
        case(T, "safety glasses power wale milenge?", "fact", None, sku="GLASSES-CLEARVIEW",
             fact="not prescription lenses"),
        case(T, "shop vac me hepa filter hai?", "fact", "VAC-WETDRY", sku="VAC-WETDRY",
             fact="HEPA filter is sold separately"),
        case(T, "ship to india?", "policy", None, policy="shipping-nz"),
        case(T, "click and collect kaha se", "policy", None, policy="pickup"),
        case(T, "hammer hai kya", "abstain", None, why=NC),
        case(T, "有没有电锤", "abstain", None, why=NC),
        case(T, "drill kitna heavy hai", "fact", "DRILL-VOLTA18", sku="DRILL-VOLTA18", fact="1.6 kg"),
        case(T, "工作台能承重多少", "fact", None, sku="BENCH-FOLDPRO", fact="150公斤"),
        case(T, "tape or glasses konsa sasta", "compare", skus=["TAPE-5M", "GLASSES-CLEARVIEW"]),
        case(T, "bhai aap carpenter ho kya", "abstain", None, why=HOST),
        case(T, "tools pe koi deal?", "deals"),
        # jewel (SGD)
        case(J, "silver ring US 6 kitne ka", "price", None, sku="RING-US6"),
        case(J, "US 7 ring stock hai?", "stock", "RING-LUNA-925", sku="RING-US7"),
        case(J, "项链45厘米的多少钱", "price", None, sku="NECK-45CM"),
        case(J, "手镯58的还有几个", "stock", None, sku="JADE-58MM"),
        case(J, "0.5 carat pendant price in rupees", "price", None, sku="PENDANT-050CT"),
        case(J, "ring real gold hai?", "fact", "RING-LUNA-925", sku="RING-LUNA-925",
             fact="no gold in it"),
        case(J, "necklace me extender hai?", "fact", None, sku="NECKLACE-AURA",
             fact="no extender chain"),
        case(J, "手表能戴着游泳不", "fact", None, sku="WATCH-MERIDIAN40", fact="不能潜水"),
        case(J, "翡翠是A货吗", "fact", None, sku="BANGLE-JADE", fact="天然A货"),
        case(J, "charm bracelet ke saath charms aate hai?", "fact", None, sku="BRACELET-CHARMLY",
             fact="sold bare"),
        case(J, "kids watch se swimming?", "fact", "WATCH-TIKI-KIDS", sku="WATCH-TIKI-KIDS",
             fact="not swimming or bathing"),
        case(J, "ship to india karte ho?", "policy", None, policy="shipping-worldwide"),
        case(J, "earrings return ho sakte?", "policy", None, policy="returns"),
        case(J, "mangalsutra hai?", "abstain", None, why=NC),
        case(J, "有没有金手镯", "abstain", None, why=NC),
        case(J, "jewellery box pe lock hai?", "fact", "BOX-VELVET", sku="BOX-VELVET",
             fact="there is no lock"),
        case(J, "珍珠耳钉重多少克", "abstain", None, sku="EARRING-PEARL", why=UN),
        case(J, "polishing cloth or ring sizer which is cheaper", "compare",
             skus=["CLOTH-3PK", "SIZER-RING"]),
        case(J, "di aapne jo jhumke pehne hai wo yaha milenge?", "abstain", None, why=HOST),
        case(J, "titanium band pe naam likhwa sakte?", "fact", None, sku="BAND-TITAN6",
             fact="free inside engraving"),
        # brew (PHP)
        case(BR, "sagada 1kg whole bean kitne ka", "price", None, sku="SAGADA-1KG-WB"),
        case(BR, "500g filter sagada stock?", "stock", "BEAN-SAGADA", sku="SAGADA-500-FIL"),
        case(BR, "抹茶粉多少钱", "price", None, sku="MATCHA-UJI-30"),
        case(BR, "滤纸还有吗", "stock", None, sku="FILTER-PAPER-100"),
        case(BR, "gift set kitne bache", "stock", None, sku="GIFT-BREWKIT"),
        case(BR, "moka pot induction pe chalega?", "fact", "MOKA-ALU", sku="MOKA-ALU",
             fact="aluminium does not work on induction"),
        case(BR, "kettle india me 230v chalega?", "fact", None, sku="KETTLE-GOOSE-08",
             fact="220–240 V"),
        case(BR, "保温杯能放洗碗机不", "fact", None, sku="TUMBLER-THERMO", fact="请手洗"),
        case(BR, "抹茶有加糖吗", "fact", None, sku="MATCHA-UJI-30", fact="无添加糖"),
        case(BR, "grinder ke blades steel ke hai?", "fact", "GRINDER-HAND-C40",
             sku="GRINDER-HAND-C40", fact="burrs are ceramic"),
        case(BR, "sagada decaf hai?", "fact", None, sku="BEAN-SAGADA", fact="we do not sell decaf"),
        case(BR, "cod available?", "policy", None, policy="payment"),
        case(BR, "filter coffee powder hai south indian wala?", "abstain", None, why=NC),
        case(BR, "有没有速溶咖啡", "abstain", None, why=NC),
        case(BR, "french press dishwasher safe hai?", "fact", "PRESS-FRENCH-600",
             sku="PRESS-FRENCH-600", fact="dishwasher safe"),
        case(BR, "磨豆机有几种颜色", "abstain", None, sku="GRINDER-HAND-C40", why=UN),
        case(BR, "moka pot or french press konsa sasta", "compare",
             skus=["MOKA-3CUP", "PRESS-FRENCH-600"]),
        case(BR, "bhai aap roz kitni coffee peete ho", "abstain", None, why=HOST),
        case(BR, "coffee pe offer?", "deals"),
    ]


def _mainland_viewers() -> list[AnswerCase]:
    """More of the mainland viewers' asks over the other shops: short Douyin-style Chinese, many
    of them about things the shops do not carry or do not state."""
    return [
        # sample
        case(S, "牛肉是哪里的", "fact", "BEEF-SHANK-1KG", sku="BEEF-SHANK-1KG", fact="锡林郭勒"),
        case(S, "酸奶要冷藏不", "fact", None, sku="YOGURT-GREEK-12", fact="2到6度冷藏"),
        case(S, "有卖猪肉吗", "abstain", None, why=NC),
        case(S, "有没有榴莲", "abstain", None, why=NC),
        case(S, "扫地机能爬多高的坎", "abstain", None, sku="VACUUM-ROBOT-X7", why=UN),
        case(S, "电视支持几个人同时投屏", "abstain", "TV-4K-65", sku="TV-4K-65", why=UN),
        case(S, "主播吃过这个牛肉吗", "abstain", "BEEF-SHANK-1KG", why=HOST),
        case(S, "香米多少钱一袋", "price", None, sku="RICE-JASMINE-5KG"),
        case(S, "净水器包安装不", "fact", None, sku="PURIFIER-RO-800", fact="免费上门安装"),
        # apparel
        case(AP, "冲锋衣多少钱", "price", None, sku="JACKET-RAIN"),
        case(AP, "帆布鞋还有货不", "stock", None, sku="SNEAKER-CANVAS"),
        case(AP, "有没有连衣裙", "abstain", None, why=NC),
        case(AP, "有卖袜子吗", "abstain", None, why=NC),
        case(AP, "牛仔裤有紫色的吗", "fact", "JEANS-SLIM", sku="JEANS-SLIM", fact="靛蓝、黑色、浅蓝"),
        case(AP, "毛线帽是纯羊毛的吗", "fact", None, sku="BEANIE-WOOL", fact="70%羊毛"),
        case(AP, "主播穿多大码", "abstain", None, why=HOST),
        # snack
        case(SN, "牛肉干是哪里产的", "fact", None, sku="JERKY-SPICY-250", fact="四川"),
        case(SN, "有没有薯片", "abstain", None, why=NC),
        case(SN, "坚果一袋多少克", "fact", None, sku="NUTS-DAILY-30", fact="25克"),
        case(SN, "海苔是韩国的吗", "abstain", None, sku="SEAWEED-CRISPY-12", why=UN),
        case(SN, "芒果干孕妇能吃吗", "abstain", None, sku="MANGO-DRIED-500", why=UN),
        case(SN, "奶茶粉多少钱", "price", None, sku="MILKTEA-POWDER-20"),
        case(SN, "主播最近胖了没", "abstain", None, why=HOST),
        # outdoor
        case(OD, "头灯多少钱", "price", None, sku="LAMP-TRAIL-400"),
        case(OD, "炉头送气罐不", "fact", None, sku="STOVE-PICO", fact="不送"),
        case(OD, "有没有户外椅", "abstain", None, why=NC),
        case(OD, "登山鞋是哪国产的", "abstain", None, sku="BOOT-GRANITE", why=UN),
        # gadget
        case(G, "无线充带插头不", "fact", None, sku="CHARGER-QI2-15W", fact="不带插头"),
        case(G, "有没有平板电脑", "abstain", None, why=NC),
        case(G, "耳机有几种颜色", "fact", "EARBUDS-AIRLITE-PRO", sku="EARBUDS-AIRLITE-PRO",
             fact="哑光黑"),
        case(G, "充电宝能上飞机吗", "fact", None, sku="POWERBANK-VOLT", fact="可以随身带上飞机"),
        case(G, "手机壳有iPhone14的吗", "fact", None, sku="CASE-SHIELDY-CLEAR",
             fact="iPhone 15、iPhone 15 Pro"),
        case(G, "数据线是原装的吗", "abstain", None, sku="CABLE-USBC-BRAID", why=UN),
        # beauty
        case(BE, "防晒多少钱", "price", None, sku="SUN-SPF30"),
        case(BE, "面霜油皮能用不", "fact", None, sku="MOIST-HYDRA", fact="大油皮夏天可能觉得偏滋润"),
        case(BE, "有没有卸妆油", "abstain", None, why=NC),
        case(BE, "维C精华孕妇能用吗", "abstain", None, sku="SERUM-C15", why=UN),
        case(BE, "吹风机几档风", "fact", None, sku="DRYER-AEROLUX", fact="三档温度两档风速"),
        case(BE, "主播用的什么色号", "abstain", None, why=HOST),
        # fitness
        case(F, "蛋白粉用开水冲行不", "fact", None, sku="WHEY-IRONCORE", fact="40度以下"),
        case(F, "氮泵脸发麻正常吗", "fact", None, sku="PREWORKOUT-VOLTAGE", fact="β-丙氨酸"),
        case(F, "有没有跑步机", "abstain", None, why=NC),
        case(F, "哑铃多少钱一对", "price", None, sku="DUMBBELL-PAIR"),
        case(F, "体脂秤几节电池", "fact", None, sku="SCALE-TALLY", fact="3节7号电池"),
        case(F, "瑜伽垫多长", "fact", None, sku="MAT-ZENGRIP", fact="183×61厘米"),
        # pets
        case(P, "狗粮幼犬2公斤多少钱", "price", None, sku="DOG-PUPPY-2KG"),
        case(P, "有没有仓鼠笼", "abstain", None, why=NC),
        case(P, "伸缩绳能遛两只狗吗家人们", "fact", None, sku="LEAD-REELX", fact="一次只能牵一只狗"),
        case(P, "饮水机要插电不", "fact", None, sku="FOUNTAIN-FLOWY", fact="USB供电"),
        case(P, "狗零食是国产的吗", "abstain", None, sku="TREATS-PUREBITES", why=UN),
        # baby
        case(BA, "奶粉是无乳糖的吗", "fact", None, sku="FORMULA-LUNA", fact="含乳糖"),
        case(BA, "纸尿裤几号适合8公斤", "fact", None, sku="NAPPY-SOFTSTEP", fact="3号6-10公斤"),
        case(BA, "有没有吸奶器", "abstain", None, why=NC),
        case(BA, "安全座椅没有isofix能装不", "fact", None, sku="CARSEAT-ORBIT360",
             fact="只能用ISOFIX安装"),
        case(BA, "餐椅多少钱", "price", None, sku="HIGHCHAIR-GROWUP"),
        # tools
        case(T, "电钻多少钱", "price", None, sku="DRILL-KIT-2AH"),
        case(T, "电池能用在牧田上吗", "fact", None, sku="BATT-VOLTA18", fact="只适配伏塔18V工具"),
        case(T, "有没有角磨机", "abstain", None, why=NC),
        case(T, "吸尘器能吸水不", "fact", None, sku="VAC-WETDRY", fact="干湿两用"),
        case(T, "钻头能打瓷砖不", "fact", None, sku="BITS-HSS-19", fact="不适合瓷砖"),
        # jewel
        case(J, "项链是纯金的不", "fact", None, sku="NECKLACE-AURA", fact="不是实心金"),
        case(J, "戒指能改圈吗", "fact", None, sku="RING-LUNA-925", fact="不能改圈"),
        case(J, "有没有黄金戒指", "abstain", None, why=NC),
        case(J, "手表多少钱 钢带的", "price", None, sku="WATCH-STEEL"),
        case(J, "钻石吊坠有证书不", "fact", None, sku="PENDANT-LABDIA", fact="IGI证书"),
        case(J, "首饰盒能刻字吗", "abstain", None, sku="BOX-VELVET", why=UN),
        # brew
        case(BR, "摩卡壶电磁炉能用不", "fact", None, sku="MOKA-ALU", fact="不适用电磁炉"),
        case(BR, "有没有咖啡机", "abstain", None, why=NC),
        case(BR, "手冲壶多少钱", "price", None, sku="KETTLE-BLACK"),
        case(BR, "耶加雪菲酸不酸", "fact", None, sku="BEAN-YIRGA", fact="明亮的果酸"),
        # more of the bedding shop's mainland viewers
        case(B, "两米二的床有床单吗", "abstain", None,
             why="2.2 m is wider than the King's 6 ft bed; no size for it"),
        case(B, "主播这个床单起不起球啊", "abstain", SHEET, sku=SHEET, why=UN),
        case(B, "被套能单买吗", "abstain", None, why=NC),
        case(B, "乳胶枕有吗", "abstain", None, why=NC),
        case(B, "窗帘能定做尺寸吗", "abstain", CUR, sku=CUR, why=UN),
        case(B, "主播住在哪个城市", "abstain", None, why=HOST),
    ]


def _not_here() -> list[AnswerCase]:
    """Things the other shops do not carry or do not say, and asks to their hosts."""
    return [
        case(S, "do you have paneer", "abstain", None, why=NC),
        case(S, "有卖大闸蟹吗", "abstain", None, why=NC),
        case(S, "空气炸锅能做蛋糕吗", "abstain", "AIRFRYER-6L", sku="AIRFRYER-6L", why=UN),
        case(S, "冰箱多少钱", "abstain", None, why=NC),
        case(AP, "有没有男士西装", "abstain", None, why=NC),
        case(AP, "jeans ki length kitni hai 32 ke upar?", "fact", "JEANS-SLIM", sku="JEANS-SLIM",
             fact="30 / 32 / 34 inches"),
        case(AP, "外套是哪年的款", "abstain", None, sku="JACKET-RAIN", why=UN),
        case(SN, "有没有螺蛳粉", "abstain", None, why=NC),
        case(SN, "牛肉干是真牛肉吗还是合成的", "abstain", None, sku="JERKY-SPICY-250",
             why="not stated beyond the ingredients"),
        case(SN, "kaju katli milegi?", "abstain", None, why=NC),
        case(OD, "有没有防晒衣", "abstain", None, why=NC),
        case(OD, "睡袋能拼接两个吗", "abstain", None, sku="BAG-SUMMIT-20", why=UN),
        case(OD, "tent ka colour kya hai", "abstain", "TENT-RIDGE", sku="TENT-RIDGE", why=UN),
        case(G, "有没有苹果原装充电器", "abstain", None, why=NC),
        case(G, "充电宝有几种颜色", "abstain", None, sku="POWERBANK-VOLT", why=UN),
        case(G, "iphone 16 ka case hai?", "fact", None, sku="CASE-SHIELDY-CLEAR",
             fact="iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max, Galaxy S24"),
        case(BE, "有没有男士洗面奶", "abstain", None, why=NC),
        case(BE, "香水是哪国的", "abstain", None, sku="PERFUME-NUIT", why=UN),
        case(BE, "mehendi cone hai kya", "abstain", None, why=NC),
        case(F, "有没有健身腰带", "abstain", None, why=NC),
        case(F, "蛋白粉是哪国产的", "abstain", None, sku="WHEY-IRONCORE", why=UN),
        case(F, "bhai mass gainer hai?", "abstain", None, why=NC),
        case(P, "有没有猫爬架", "abstain", None, why=NC),
        case(P, "狗粮是哪国产的", "abstain", None, sku="DOGFOOD-HEARTH", why=UN),
        case(P, "主播家几只猫", "abstain", None, why=HOST),
        case(BA, "有没有纸尿裤拉拉裤", "abstain", None, why=NC),
        case(BA, "奶瓶是玻璃的还是塑料的", "abstain", None, sku="BOTTLE-CALMFLOW", why=UN),
        case(BA, "主播有孩子吗", "abstain", None, why=HOST),
        case(T, "有没有梯子", "abstain", None, why=NC),
        case(T, "电钻是哪国产的", "abstain", None, sku="DRILL-VOLTA18", why=UN),
        case(T, "主播会用电钻吗", "abstain", None, why=HOST),
        case(J, "有没有银手镯", "abstain", None, why=NC),
        case(J, "吊坠链子能换长的吗", "abstain", None, sku="PENDANT-LABDIA", why=UN),
        case(J, "主播戴的那条项链是哪款", "abstain", None, why=HOST),
        case(BR, "有没有挂耳咖啡的滤杯", "abstain", None, why=NC),
        case(BR, "抹茶是哪年的", "abstain", None, sku="MATCHA-UJI-30", why=UN),
        case(BR, "主播一天喝几杯咖啡", "abstain", None, why=HOST),
        case(BR, "滤挂多少钱一盒", "price", None, sku="DRIPBAG-HOUSE-10"),
        case(OD, "bhai aapka tent kaha lagaya tha last trip pe", "abstain", None, why=HOST),
        case(SN, "有没有无糖的牛肉干", "abstain", None, why="no sugar-free jerky; not carried"),
        case(AP, "has the beanie got a pom pom?", "abstain", "BEANIE-WOOL", sku="BEANIE-WOOL",
             why=UN),
        case(G, "有没有游戏手柄", "abstain", None, why=NC),
        case(J, "量戒圈还有吗", "stock", None, sku="SIZER-RING"),
        case(BA, "睡袋2.5托格6到18个月的还有吗", "stock", None, sku="SLEEP-25-6-18"),
        case(F, "手套L码还有几副", "stock", None, sku="GLOVES-L"),
        case(G, "三米黑色数据线多少钱", "price", None, sku="CABLE-USBC-3M-BLK"),
        case(P, "胸背M码黑色多少钱", "price", None, sku="HARNESS-M-BLACK"),
        case(T, "30升吸尘器多少钱", "price", None, sku="VAC-30L"),
        case(BE, "刷头8个装多少钱", "price", None, sku="HEADS-8PK"),
    ]


def chat_rows(seen: set[str]) -> list[tuple[int, int, str]]:
    """(label, on_air, text), each line once, none equal to a line of another set."""
    rnd = random.Random(1414)
    blocks = [(1, 1, _lines(ASK_ON)), (1, 0, _lines(ASK_OFF)), (0, 1, _lines(CHAT_ON)),
              (0, 0, _lines(CHAT_OFF)), (1, 1, _lines(ASK_MORE)), (0, 1, _lines(CHAT_MORE)),
              (0, 0, _lines(CHAT_MORE_EN)),
              (0, 0, _platform_lines(rnd))]
    rows, mine = [], set()
    for label, air, texts in blocks:
        for t in texts:
            k = _key(t)
            if k in seen or k in mine:
                continue
            mine.add(k)
            rows.append((label, air, t))
    rnd.shuffle(rows)
    return rows


def answer_rows(seen: set[str]) -> list[AnswerCase]:
    rows, mine = [], set()
    for row in _bedding() + _known_shops() + _other_heldout_shops() + _mainland_viewers() + _not_here():
        k = _key(row["question"])
        if k in seen or k in mine:
            continue
        mine.add(k)
        rows.append(row)
    return rows


def main() -> None:
    seen = _existing()
    chat = chat_rows(seen)
    with CHAT.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in chat:
            f.write(f"{label}\t{air}\t{text}\n")
    rows = answer_rows(seen)
    with ANSWERS.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{CHAT.name}: {len(chat)} lines, {sum(r[0] for r in chat)} asks; "
          f"{ANSWERS.name}: {len(rows)} questions")


if __name__ == "__main__":
    main()
