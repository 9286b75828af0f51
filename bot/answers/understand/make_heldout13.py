"""The thirteenth held-out set: data/chat_heldout13.tsv and data/answers_heldout13.jsonl.

Run: python -m bot.answers.understand.make_heldout13

Written by a ninth helper session started by the team, in one sitting, with no view of the
bot's code beyond the row format (cases.py, make_suite.py's docstring and shop lists,
train.read_corpus) and no view of how the bot does on any of it: the bench was never run on it.
Its shop is new (tests/fixtures/shops/brew_catalog.yaml: a coffee & tea shop in the Philippines
selling in PHP, ₱, that ships to Taiwan), and its viewers are new too: Filipino viewers in
Taglish ("magkano po", "meron pa po ba", "pa-mine po", "HM po", "sf po", "COD po?", "pm sent")
and Taiwanese viewers in traditional Chinese (多少錢, 還有嗎, 可以寄台灣嗎, 484, ㄉ), asking about
brewing use, voltage and induction from their own kitchen, variants by weight, grind and cup
size, several products in one line, and prices in other currencies.

Every question and almost every chat line was written by hand as viewers type; the chat's
noise that is formulaic in real streams (emote walls, gift and join notices, other bots'
commands and their replies, "mine N" claims, number chants) is filled out from hand-written
parts with a seeded random generator. Every `fact` is text of its product's listing. A line or
question whose normalised text equals one of another set under data/ is dropped (`_key`,
`_existing`). The team never reads this file's output, nor tunes on it: it measures only.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from bot.answers.understand.train import read_corpus
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT_FILE = "chat_heldout13.tsv"
ANSWERS_FILE = "answers_heldout13.jsonl"

# -- the chat corpus ---------------------------------------------------------------------------
# (label, on_air, lines): 1 = a shop ask the bot should answer, 0 = anything else. on_air: was a
# product on screen when it was typed.
CHAT: list[tuple[int, int, str]] = [
    # shop asks, Taglish and English, a product on screen
    (1, 1, """
HM po
hm po ate
HM PO??
hm po yung 1kg
hm po 250g
magkano po
magkano po ito
magkano po yan ate
magkano po yung nasa screen
mgkno po
mgkano po 500g
mag kano po 1 kilo
magkano po isang kilo
magkano po half kilo
magkano po kalahating kilo
how much po
how much po this
how much that one po
hw much po
hmmmm how much po
price po
price po ate
price pls
price pls ate 🙏
pricelist po
magkano po lahat lahat
meron pa po ba
meron pa po ba nito
meron pa ba 1kg
may stock pa po ba
may stock pa po?
avail pa po?
avail po
available pa po ba yung white
avail pa po ba yung 6 cup
ilan pa po natitira
ilan nalang po stocks
ubos na po ba?
sold out na po ba yung filter grind
out of stock na ba yung 500
ilang grams po
ilang grams po per cup
ilang grams po ba yan
ilang ml po yung tumbler
ilang cups po yung moka
ilang cups po yung 6 cup talaga
same in 6 cup?
same price po sa 6 cup?
and the 1kg?
and the 500g po?
how about the 500 ml?
pano po yung white nyan
meron po bang pink?
meron po kayang blue na kettle
may green po ba na tumbler
anong colors po available
ano pong kulay meron
pwede po ba sa induction
pwede po ba sa induction yung moka pot
pwede po ba yan sa induction stove namin
induction ready po ba
gagana po ba sa induction? induction kasi stove ko
my stove is induction will that work?
my stove is induction lang po
pwede po ba sa dishwasher
dishwasher safe po ba yan
pwede po ba i-dishwasher yung tumbler
gaano katagal po mainit
ilang oras po mainit yung kape sa tumbler
ilang hours po hot
keeps cold din po ba?
110v po ba yan?
110 volts po ba
will it work on 110v
pwede po ba sa 110v, dadalhin ko sa US
dual voltage po ba yung kettle
ilang watts po yung kettle
ano po temp range nyan
up to ilang degrees po yung kettle
can i set it to 80 degrees for matcha
stainless po ba yung burrs
ceramic po ba burrs nyan?
ano po burr nyan ceramic or steel
pwede po espresso grind sa grinder na yan
kaya po ba ng grinder espresso
gaano ka-fine po kaya
decaf po ba yan?
decaf po ba yung sagada
may caffeine po ba
is this decaf
organic po ba yan
organic po ba yung oolong
may asukal na po ba yung matcha
sweetened po ba yung matcha
may sugar po ba?
unsweetened po ba yan
light roast po ba to
medium roast po ba yan
dark roast po ba yung barako
anong roast po yan
ano lasa po nyan
ano po tasting notes
maasim po ba
mapait po ba yung barako
sour ba yung yirga?
saan po galing yung beans
where is it from po
arabica po ba yan o robusta
liberica po ba talaga yung barako
pwede po ba cold brew yan
pwede po ba pang cold brew
can i cold brew this
pang moka pot po ba yung barako
pwede po ba sa french press yung grind
anong grind po for french press
whole bean lang po ba
may ground na po ba
pwede po pa-grind
may espresso grind po ba yung yirga
ilang drip bags po sa isang box
ilang grams po each drip bag
ilang pcs po sa isang box
100 pcs po ba talaga yung filters
what size filter po 02 ba
fit po ba sa v60 yung filters
kasama na po battery?
may battery na po ba yung frother
need po ba ng batteries
AA po ba
ano po laman ng gift set
kasama po ba tumbler sa gift set
pwede po ba pumili ng grind sa gift set
may gift wrap po?
glass po ba yung french press or plastic
ilang ml po yung french press
ilang mugs po yung 600ml
may extra glass po ba kayo
mainit po ba hawakan yung moka
ilang minutes po i-brew
ano po ratio
how many grams for one cup
how many grams for 3 cup moka pot
ilang scoop po ng matcha per cup
pang latte po ba yung matcha
ilang servings po yung 30g matcha
ilang bowls po sa isang tin
what temp for oolong po
ilang steeps po yung oolong
ilang beses pwede i-refill yung tea leaves
mine po how much
mine po magkano
mine 1 po hm
mine po pero hm muna
mine ate, pero magkano po ulit?
MINE po, avail pa po ba?
pa-mine po, how much po yung 500g
""".strip()),
    # shop asks with no product on screen: policies, links, several products, other currencies
    (1, 0, """
sf po?
sf po to cebu
sf po sa davao?
how much sf po sa iloilo
magkano po shipping sa laguna
free sf po ba
free shipping po ba pag 1500 up?
may free shipping po ba
same day po ba sa QC
same day delivery po ba sa makati
next day po ba pag gabi na order
ilang days po sa mindanao
how many days po to bacolod
pag nag order po today kailan darating
ship po ba kayo sa baguio
ship po kayo sa province?
nagshi-ship po ba kayo abroad
COD po?
COD po ba?
cod available po?
cod po sa cavite?
pwede po COD sa bulacan
COD po ba kahit province
gcash po?
gcash po pwede?
pwede po maya
pwede po credit card
tumatanggap po kayo ng card
bank transfer po pwede?
paypal po?
may installment po ba
pano po mag order
paano po mag-order
how to order po
how to mine po
how to check out po
link po
link po pls
link pls
pa-link po
pa send po ng link
where can i order
saan po pwede mag order
may shopee po kayo?
may lazada po ba kayo
legit po ba
legit po ba to
legit seller po ba kayo
pwede po ba ibalik pag di ko gusto
pwede po ba i-return
pwede po ba i-return kahit nabuksan na
return policy po?
ilang days po return
may warranty po ba yung kettle
warranty po ng grinder?
ilang months warranty po ng frother
pag nasira po yung kettle pwede ipaayos
may promo po ba ngayon
any promo po?
promo code po?
discount po?
may discount po ba pag bulk
may sale po ba tonight
any freebies po
ano po mas mura, barako o sagada
alin po mas mura sagada or yirga
which is cheaper the moka or the french press
moka pot vs french press po alin mas maganda
HM po kettle and grinder
HM po sagada 250 tsaka barako 250
magkano po lahat ng gift set at tumbler
how much po matcha and frother
price list po ng lahat ng beans
ano po yung pinakamurang coffee nyo
may decaf po ba kayo
decaf beans po meron?
may robusta po kayo?
may espresso machine po kayo
espresso machine po meron ba
may milk po kayo?
meron po bang syrup
do you sell sencha
may green tea leaves po ba kayo
may capsules po kayo? nespresso
pod coffee po meron?
may 3 in 1 po kayo hahaha
may hario v60 dripper po ba kayo
dripper po meron?
scale po for coffee meron kayo?
how much in dollars
how much is that in usd
USD?
in dollars po?
magkano po sa dollars
hm po in USD para sa tita ko sa states
can i pay in usd
ship to taiwan?
ship po kayo taiwan?
do you ship to taipei
how long to kaohsiung
""".strip()),
    # Taiwanese viewers, traditional Chinese, a product on screen
    (1, 1, """
多少錢
多少錢？
這個多少錢
這款多少錢
這個多少
這多少
多少錢啊
一包多少
一罐多少錢
一斤多少
半斤多少錢
一公斤多少錢
一公斤的多少
半公斤多少
一百克多少錢
每100克多少
還有嗎
還有貨嗎
還有嗎？？
還有沒有
賣完了嗎
白色還有嗎
黑色的還有貨嗎
粉色有嗎
有藍色的嗎
有其他顏色嗎
有幾種顏色
6杯的還有嗎
6杯份多少
3杯份多少錢
150克的多少
75克的還有嗎
500毫升的多少錢
350的還有嗎
這款是淺焙嗎
這是深焙還是淺焙
是中焙嗎
烘焙度是什麼
這支豆子什麼風味
喝起來酸嗎
會很苦嗎
有低咖啡因的嗎
這是低因的嗎
是無咖啡因嗎
有機的嗎
是有機認證嗎
有農藥檢驗嗎
有加糖嗎
抹茶有糖嗎
一包幾克
一盒幾包
一罐幾克
一罐可以泡幾杯
可以做冷萃嗎
可以冷泡嗎
可以做冰滴嗎
這個幾度
這個最高幾度
可以調溫度嗎
溫度可以調到80度嗎
能保溫多久
保溫幾小時
我家電壓110V能用嗎
台灣110V可以用嗎
是220V嗎
電壓是多少
功率多少瓦
可以用電磁爐嗎
我家是電磁爐可以用嗎
可以放洗碗機嗎
能進洗碗機嗎
是玻璃的嗎
玻璃是耐熱的嗎
容量多少
幾毫升
可以泡幾杯
刀盤是陶瓷的還是不鏽鋼
是不鏽鋼刀盤嗎
可以磨義式嗎
有幾段刻度
電池要自己買嗎
要裝電池嗎
禮盒裡面有什麼
禮盒有送杯子嗎
豆子可以幫忙磨嗎
有磨好的粉嗎
有義式研磨的嗎
產地是哪裡
是阿拉比卡嗎
海拔多高
一杯要放幾克
手沖要幾克粉
水溫幾度
可以回沖幾次
484淺焙
484有機的
484低因
這款484阿里山的
這個484 220V
這支是不是衣索比亞
主播這個多少
主播 這個還有嗎
小幫手 這個多少錢
請問這款多少錢
請問還有庫存嗎
請問可以用電磁爐嗎
請問一包多重
請問是原豆嗎
""".strip()),
    # Taiwanese viewers with no product on screen: policies, several products, NT$
    (1, 0, """
可以寄台灣嗎
有寄台灣嗎
能寄台灣嗎？
寄台灣運費多少
寄台北要幾天
寄高雄多久到
運費多少
運費怎麼算
免運門檻多少
滿多少免運
台灣要付關稅嗎
會被課稅嗎
可以超商取貨嗎
可以用信用卡嗎
怎麼付款
可以貨到付款嗎
可以LINE Pay嗎
可以退貨嗎
拆封可以退嗎
有保固嗎
手沖壺保固多久
磨豆機保固幾年
多少台幣
台幣多少
換算台幣多少
大概幾塊台幣
可以用台幣付嗎
美金多少
蝦皮有賣嗎
有蝦皮賣場嗎
momo有賣嗎
有官網嗎
怎麼買
要怎麼下單
連結在哪
給個連結
求連結
上链接
上連結
有什麼優惠
現在有折扣嗎
有優惠碼嗎
有什麼活動嗎
買兩包有折嗎
烏龍跟抹茶哪個便宜
耶加跟巴拉科哪個比較便宜
摩卡壺跟法壓壺哪個好
手沖壺跟磨豆機一起買多少
抹茶和奶泡器一共多少
有賣咖啡機嗎
有義式咖啡機嗎
有賣膠囊嗎
有賣綠茶嗎 不是抹茶那種
有賣紅茶嗎
有賣東方美人嗎
有低因咖啡豆嗎
有濾杯嗎
有賣咖啡秤嗎
有賣奶茶嗎
有賣珍奶嗎
""".strip()),
    # the same shops' other viewers, asks in simplified Chinese and mainland slang
    (1, 0, """
包邮吗
多少钱一包
还有货吗 那个乌龙
抹茶多少钱
摩卡壶电磁炉能用吗
保温杯能进洗碗机吗
手冲壶110伏能用吗
磨豆机是陶瓷刀盘吗
滤挂一盒几包
有没有低因的
发货要几天
能寄大陆吗
咋买
怎么拍
链接发一下
""".strip()),
]

# not shop asks: chat, chants, claims, gifts, bots, jokes with product words, streamer questions
NOISE: list[tuple[int, str]] = [
    (1, """
mine
mine po
MINE
MINE PO
mine 2
MINE 2
mine 2 po
mine 3 po
mine po 1kg
mine po 250 whole bean
mine po barako 2
mine 1 sagada
mine po ate 😍
mine mine mine
MINEEE
mineeee po
pa-mine po
pa mine po 2
pa-mine po yung white
mine po 6 cup
mine po tumbler 500
mine po gift set
mine po sana 🙏
minee po ate
mine po 1 oolong
mine po matcha
mine po yung frother
pm sent
pm sent po
pm sent po ate
pm sent na po
sent pm po
check pm po
check inbox po
paid na po
paid via gcash po
sent na po gcash
sent na po payment
done po
done na po
noted po
noted po ate
ok po
okay po
opo
opo ate
sige po
salamat po
thank you po
ty po
tysm po
ingat po
godbless po
""".strip()),
    (0, """
hello po
hello po ate
hi ate
hi po sa lahat
good evening po
good eve po mga ka-kape
gandang gabi po
present po
present ate
here na po
late na ako 😭
kakapasok ko lang po
first time ko po dito
new follower po
from cebu po
from davao po
watching from qatar po
watching from dubai 🇦🇪
watching from taipei
shoutout po
pa-shoutout po ate
shout out sa mga taga pampanga
hi mama nag live ka
ang ganda ng background
ang cute ng mug mo ate
ganda ng mug mo
love your mug ate
where did u get your mug haha
ate yung mug mo po ba binebenta? joke lang
ur mug is so cute omg
that mug is giving
nice mug
ang aesthetic ng set up
grabe yung latte art ni ate
sana all marunong mag latte art
coffee is my personality lol
3 cups na ko today send help
4th cup ko na to haha
di ako makatulog dahil sa kape
kape muna bago lahat
kape is life
barako is life
walang kape walang buhay
caffeine addict here 🙋
coffee before talkie
hindi ako tao pag wala akong kape
nanginginig na ako sa kape lol
my blood type is coffee
decaf is a crime lol
decaf is just brown water
ang bango siguro nyan
amoy kape dito sa bahay hahaha
naamoy ko na through the screen
sarap siguro nyan
ang sarap tingnan
nakakagutom
nakakauhaw naman
ang init ngayon
ang lamig dito sa baguio
umuulan dito sa QC
brownout dito sa amin
lag po
lag ate
nag lag
choppy po
nawala audio
no audio po
wala pong sound
naputol po
back na
brb
brb kain lang
bbl
matutulog na ako
goodnight po
night po ate
haha
hahaha
hahahahaha
HAHAHAHA
lol
lmao
char
charot
omg
grabe
grabeee
sana all
aww
ang cute
cute
ayiee
wow
wowww
nice
nice one
galing
ang galing ni ate
idol
idol talaga
lodi
petmalu
solid
solid po
legit solid to
legit sarap nung barako na binili ko last week
nakabili na ako dati ang sarap
repeat buyer here 🙋
suki na po ako
suki here
yung binili ko last time ubos na agad
nadeliver na po yung order ko thank u
dumating na yung moka ko ang ganda
ang bilis ng delivery last time
gamit ko na yung kettle ang ganda
favorite ko yung yirga
yung oolong grabe ang bango
ang mahal ng kettle hmp
ang mahal pero sulit
sulit naman
budget meal muna ako this month haha
wala pa sahod 😭
sa 15 pa sahod
pag may sahod na
abangan ko sahod
ipon muna ako
next payday ko bibilhin
wishlist ko yan
add to cart na
sana mag sale
sana may promo next week
ang mura na nyan actually
mas mura pa sa starbucks
starbucks who
sbux is overrated
mas masarap pa sa coffee shop
ate pahingi
pahingi po isa
libre mo naman kami ate
give away po
sana manalo ako
join po sa raffle
join
joined
joining po
1
11
111
1111111
2
22222
3
+1
+1 po
me too
same
same po
ako din
ako rin po
kami din po
up
up po
bump
boost
""".strip()),
    # questions to the streamer, not to the shop
    (0, """
ate where are you from
ate taga saan ka po
taga saan po kayo
ate ilang taon ka na po
how old are u ate
ate may boyfriend ka na?
single ka po ba ate
ate anong pangalan mo
whats ur name ate
what coffee do YOU drink
what coffee do you drink ate
ano favorite mo ate
ate ano iniinom mo ngayon
ano yang iniinom mo ate
what are you drinking rn
ate kape ba yan o tsaa
ilang kape ka a day ate
how many cups do you drink a day
ate di ka ba nenerbyos sa kape
ate barista ka ba dati
nag barista ka po ba
ate san ka nag aral ng coffee
how long have you been selling
kailan ka nagsimula mag live
ate anong oras ka matutulog
ate kumain ka na?
kumain na po ba kayo
ate ano ulam nyo
ate pagod ka na?
ate ang ganda mo
ate ang ganda ng boses mo
ate kamukha mo si liza soberano
ate anong lipstick mo
ate saan mo nabili blouse mo
ate is that your cat
ate sino kasama mo
sino yung nasa likod
may pusa ka po?
ate what phone do you use for live
anong camera gamit nyo
ate anong mic mo
ate what song is that
anong kanta yan
pa-play naman ng sb19
ate kanta ka naman
ate sayaw ka hahaha
ate nanood ka ng game kagabi
ate ginebra ka ba
ate may tiktok ka?
ate anong ig mo
ate pa-follow back
ate kailan ka ulit mag live
live ka bukas?
same time tomorrow po?
ate anong oras live mo sa sunday
""".strip()),
]

# Taiwanese and Chinese chat that is not an ask
NOISE_ZH = """
哈哈哈
哈哈哈哈哈
笑死
笑死我了
XD
XDDD
ㄏㄏ
好喔
好ㄉ
好der
好的ㄛ
嗨嗨
嗨~
主播晚安
大家晚安
晚安各位
安安
剛來
剛下班來看
來了來了
報到
簽到
台北報到
高雄報到
台中來了
新竹人報到
從桃園來的
第一次看
新來的
老粉報到
追蹤了
已追蹤
按讚了
分享出去了
+1
+1111
1
1111
扣1
扣11111
666
666666
6
厲害
好厲害
太強了
好猛
真的假的
真假
484真的
484在開玩笑
是不是真的啦
不是吧
蛤
蛤？？
哇
哇塞
好香喔
看起來好好喝
好想喝
隔著螢幕都聞到香味
口水流下來了
我也想喝一杯
好渴
我現在就在喝咖啡
我剛喝完第三杯
今天第四杯了
咖啡是我的血液
沒咖啡我會死
不喝咖啡無法上班
咖啡因成癮中
喝太多咖啡手在抖
喝了咖啡睡不著
晚上喝咖啡的都是勇者
低因咖啡是異端XD
烏龍茶好香
阿里山的茶真的不錯
我阿嬤家就在阿里山
嘉義人表示驕傲
我比較喜歡喝茶
我是茶派
咖啡派舉手
茶派舉手
抹茶控在這
抹茶拿鐵最好喝
我家有一台摩卡壺
我家那台手沖壺用五年了
我上次買的已經喝完了
上次買的豆子很好喝
已經回購三次了
收到了很好喝
東西收到了謝謝
寄台灣好快
主播好可愛
主播好漂亮
主播聲音好好聽
主播的杯子好可愛
主播的馬克杯好好看
主播杯子哪買的 開玩笑的
主播的拉花好美
主播好會
小幫手辛苦了
辛苦了
謝謝主播
謝謝分享
感謝
讚
讚讚讚
好棒
好美
好可愛
太可愛了吧
愛了愛了
我要存錢
月底了沒錢
窮到只能看
下個月再買
等發薪水
薪水還沒來
錢包在哭
剁手
已經剁手了
又要破產了
買不起只能看
看看就好
只是來看看
路過
路過看看
沒聲音
聲音好小
聲音斷斷續續
卡卡的
好卡
畫面黑了
畫面卡住了
重新整理就好了
網路好爛
我先去洗澡
先去吃飯
我去泡咖啡
晚點回來
先睡了
明天要上班
晚安
掰掰
拜拜
下次見
加油
主播加油
衝
衝衝衝
抽獎
我要抽
參加抽獎
抽我抽我
中獎了嗎
我沒中
好可惜
恭喜
恭喜中獎
主播幾歲
主播是台灣人嗎
主播你在哪裡
主播住哪
主播會講中文喔
主播中文好好
主播你平常喝什麼咖啡
主播你一天喝幾杯
主播你喜歡淺焙還是深焙
主播你有男朋友嗎
主播你是咖啡師嗎
主播要不要來台灣玩
主播去過阿里山嗎
主播吃飯了沒
主播累不累
主播唱首歌
背景音樂是什麼
這首歌叫什麼
你的耳環好看
你的衣服哪買的
旁邊那隻是你的貓嗎
貓貓好可愛
狗狗出鏡了
菲律賓現在幾點
菲律賓很熱嗎
我去過馬尼拉
我去過宿霧玩
宿霧好美
我在菲律賓工作
我是菲律賓華僑
想去碧瑤
上链接上链接上链接
上連結上連結上連結上連結
上上上
上車
上車了
已上車
我上車了
下單了
已下單
剛下單了
拍了
已拍
付款了
已付款
轉帳了
私訊你了
已私訊
看私訊
""".strip()


def _zh_more() -> str:
    return ""

# -- the answer suite --------------------------------------------------------------------------
def P(shop: str, q: str, sku: str, on_air: str | None = None) -> AnswerCase:
    return case(shop, q, "price", on_air, sku=sku)


def S(shop: str, q: str, sku: str, on_air: str | None = None) -> AnswerCase:
    return case(shop, q, "stock", on_air, sku=sku)


def F(shop: str, q: str, sku: str, fact: str, on_air: str | None = None) -> AnswerCase:
    return case(shop, q, "fact", on_air, sku=sku, fact=fact)


def POL(shop: str, q: str, policy: str) -> AnswerCase:
    return case(shop, q, "policy", None, policy=policy)


def D(shop: str, q: str) -> AnswerCase:
    return case(shop, q, "deals", None)


def C(shop: str, q: str, a: str, b: str) -> AnswerCase:
    return case(shop, q, "compare", None, skus=[a, b])


def A(shop: str, q: str, why: str, sku: str | None = None, on_air: str | None = None) -> AnswerCase:
    if sku:
        return case(shop, q, "abstain", on_air, why=why, sku=sku)
    return case(shop, q, "abstain", on_air, why=why)


B = "brew"
BREW: list[AnswerCase] = [
    # prices, Taglish
    P(B, "magkano po yung sagada 250g whole bean", "SAGADA-250-WB"),
    P(B, "HM po 1kg sagada", "SAGADA-1KG-WB"),
    P(B, "hm po yung barako half kilo espresso grind", "BARAKO-500-ESP"),
    P(B, "mgkno po yirga 1 kilo", "YIRGA-1KG-WB"),
    P(B, "price po ng kettle white", "KETTLE-WHITE"),
    P(B, "magkano po moka 6 cup", "MOKA-6CUP"),
    P(B, "same in 6 cup? magkano", "MOKA-6CUP", "MOKA-ALU"),
    P(B, "and the 1kg? hm po", "SAGADA-1KG-WB", "BEAN-SAGADA"),
    P(B, "mine po how much yung tumbler 500", "TUMBLER-500"),
    P(B, "how much po the hand grinder? in dollars po sana", "GRINDER-HAND-C40"),
    P(B, "magkano po isang box ng drip bags", "DRIPBAG-HOUSE-10"),
    P(B, "hm po french press", "PRESS-FRENCH-600"),
    P(B, "HM PO GIFT SET 🎁🎁", "GIFT-BREWKIT"),
    P(B, "ate magkano po ito", "OOLONG-ALISHAN", "OOLONG-ALISHAN"),
    P(B, "how much is this po, USD?", "FROTHER-WHISK", "FROTHER-WHISK"),
    P(B, "how much is two hundred fifty grams of the barako whole bean", "BARAKO-250-WB"),
    P(B, "per 100g magkano lumalabas yung 1kg sagada", "SAGADA-1KG-WB"),
    # prices, traditional Chinese
    P(B, "阿里山烏龍150克多少錢", "OOLONG-150G"),
    P(B, "烏龍茶75g一罐多少", "OOLONG-75G"),
    P(B, "抹茶一罐多少台幣", "MATCHA-UJI-30"),
    P(B, "這個多少錢", "MOKA-ALU", "MOKA-ALU"),
    P(B, "手沖壺黑色多少錢", "KETTLE-BLACK"),
    P(B, "耶加雪菲一公斤多少", "YIRGA-1KG-WB"),
    P(B, "巴拉科半公斤多少錢", "BARAKO-500-ESP"),
    P(B, "濾掛一盒多少錢啊", "DRIPBAG-HOUSE-10"),
    P(B, "磨豆機多少 換台幣大概多少", "GRINDER-HAND-C40"),
    P(B, "那個保溫杯350的多少", "TUMBLER-350"),
    P(B, "法壓壺多少錢ㄚ", "PRESS-FRENCH-600"),
    P(B, "烏龍一斤多少錢", "OOLONG-ALISHAN"),
    P(B, "禮盒多少", "GIFT-BREWKIT"),
    # stock
    S(B, "meron pa po ba sagada 500g filter grind?", "SAGADA-500-FIL"),
    S(B, "paper filters avail pa po?", "FILTER-PAPER-100"),
    S(B, "gift set ilan nalang po natira", "GIFT-BREWKIT"),
    S(B, "avail pa po ba 6 cup", "MOKA-6CUP", "MOKA-ALU"),
    S(B, "may stock pa po yung white na kettle?", "KETTLE-WHITE"),
    S(B, "yirga 1kg meron pa?? 🥺", "YIRGA-1KG-WB"),
    S(B, "還有白色的嗎", "KETTLE-WHITE", "KETTLE-GOOSE-08"),
    S(B, "濾紙還有貨嗎", "FILTER-PAPER-100"),
    S(B, "150克的烏龍還有嗎", "OOLONG-150G"),
    S(B, "禮盒還剩幾盒", "GIFT-BREWKIT"),
    S(B, "奶泡器賣完了嗎", "FROTHER-WHISK"),
    S(B, "meron po kayong kettle? yung pang pour over", "KETTLE-GOOSE-08"),
    # facts, many of them a "no"
    F(B, "pwede po ba sa induction yung moka pot", "MOKA-ALU", "not induction compatible"),
    F(B, "my stove is induction, will the 3 cup work?", "MOKA-3CUP", "not induction compatible"),
    F(B, "摩卡壺可以用電磁爐嗎 我家只有電磁爐", "MOKA-ALU", "不適用電磁爐"),
    F(B, "110V po ba yung kettle? dadalhin ko sa states", "KETTLE-GOOSE-08", "not for 110 V"),
    F(B, "我家電壓110V能用嗎", "KETTLE-GOOSE-08", "不適用110伏特", "KETTLE-GOOSE-08"),
    F(B, "這個幾度", "KETTLE-GOOSE-08", "40到100度", "KETTLE-GOOSE-08"),
    F(B, "up to ilang degrees po yung kettle, pwede 80 for matcha?", "KETTLE-GOOSE-08",
      "40–100 °C"),
    F(B, "dishwasher safe po ba yung tumbler", "TUMBLER-THERMO", "not dishwasher safe"),
    F(B, "隨行杯可以丟洗碗機嗎", "TUMBLER-THERMO", "不可放洗碗機"),
    F(B, "ilang oras po mainit yung kape sa tumbler", "TUMBLER-THERMO", "keeps hot 6 hours"),
    F(B, "decaf po ba yung sagada? bawal kasi ako caffeine", "BEAN-SAGADA", "not decaf"),
    F(B, "這是低因的嗎", "BEAN-SAGADA", "不是，是一般含咖啡因的阿拉比卡", "BEAN-SAGADA"),
    F(B, "organic po ba yung oolong", "OOLONG-ALISHAN", "not organic-certified"),
    F(B, "烏龍茶有農藥檢驗嗎", "OOLONG-ALISHAN", "SGS農藥殘留檢驗合格"),
    F(B, "may asukal na po ba yung matcha or unsweetened", "MATCHA-UJI-30", "no sugar added"),
    F(B, "抹茶粉有加糖嗎", "MATCHA-UJI-30", "無添加糖"),
    F(B, "stainless po ba yung burrs ng grinder", "GRINDER-HAND-C40", "ceramic burrs"),
    F(B, "刀盤是不鏽鋼的嗎", "GRINDER-HAND-C40", "陶瓷錐刀", "GRINDER-HAND-C40"),
    F(B, "ilang grams po per cup", "BEAN-SAGADA", "15 g of coffee to 250 ml", "BEAN-SAGADA"),
    F(B, "how many grams for one cup? and how many grams for the 3 cup moka",
      "MOKA-3CUP", "about 15 g of espresso grind"),
    F(B, "可以做冷萃嗎", "BEAN-SAGADA", "16 to 18 hours", "BEAN-SAGADA"),
    F(B, "烏龍可以冷泡嗎 要泡多久", "OOLONG-ALISHAN", "冷藏8小時"),
    F(B, "這款是淺焙嗎", "BEAN-BARAKO", "深焙", "BEAN-BARAKO"),
    F(B, "耶加484淺焙", "BEAN-YIRGA", "淺焙"),
    F(B, "anong roast po yung sagada, medium ba?", "BEAN-SAGADA", "medium roast"),
    F(B, "ano po tasting notes ng yirga, maasim ba", "BEAN-YIRGA", "jasmine, lemon, bergamot"),
    F(B, "arabica po ba yung barako o robusta?", "BEAN-BARAKO", "Liberica (not arabica)"),
    F(B, "may espresso grind po ba yung yirga 250?", "BEAN-YIRGA", "not offered for this bean"),
    F(B, "一包幾克", "DRIPBAG-HOUSE-10", "每包10克", "DRIPBAG-HOUSE-10"),
    F(B, "ilang pcs po sa isang box ng drip bag", "DRIPBAG-HOUSE-10", "10 drip bags of 10 g"),
    F(B, "kasama na po ba battery ng frother?", "FROTHER-WHISK", "not included"),
    F(B, "glass po ba yung french press or plastic", "PRESS-FRENCH-600", "borosilicate glass"),
    F(B, "法壓壺可以放洗碗機嗎", "PRESS-FRENCH-600", "玻璃壺和濾網可放洗碗機"),
    F(B, "ano po laman ng gift set? may tumbler?", "GIFT-BREWKIT", "350 ml Thermo Go tumbler"),
    F(B, "禮盒的豆子可以選研磨嗎", "GIFT-BREWKIT", "禮盒裡是原豆"),
    F(B, "saan po galing yung sagada beans", "BEAN-SAGADA", "Mountain Province"),
    F(B, "烏龍海拔多高", "OOLONG-ALISHAN", "1400公尺"),
    F(B, "ilang servings po yung 30g matcha", "MATCHA-UJI-30", "about 15 bowls"),
    F(B, "meron po bang pink na kettle", "KETTLE-GOOSE-08", "Matte black"),
    F(B, "100 pcs po ba talaga filters? 02 size?", "FILTER-PAPER-100", "02 cone"),
    F(B, "磨豆機可以磨義式嗎", "GRINDER-HAND-C40", "義式到法壓"),
    F(B, "巴拉科適合摩卡壺嗎", "BEAN-BARAKO", "適合，選義式細研磨"),
    # policies
    POL(B, "sf po to cebu?", "shipping"),
    POL(B, "same day po ba sa QC pag order ngayon", "shipping"),
    POL(B, "free sf po ba pag 1500 up", "shipping"),
    POL(B, "COD po?", "payment"),
    POL(B, "pwede po gcash or maya", "payment"),
    POL(B, "可以寄台灣嗎 運費多少", "shipping-taiwan"),
    POL(B, "寄高雄要幾天", "shipping-taiwan"),
    POL(B, "pwede po i-return yung beans kahit nabuksan na", "returns"),
    POL(B, "拆封了可以退嗎", "returns"),
    POL(B, "warranty po ng grinder ilang months", "warranty"),
    POL(B, "可以用信用卡付款嗎 寄台灣的", "payment"),
    # deals and compare
    D(B, "may promo po ba ngayon?"),
    D(B, "有什麼優惠嗎"),
    C(B, "alin po mas mura, barako or sagada 250 whole bean?", "BARAKO-250-WB", "SAGADA-250-WB"),
    C(B, "烏龍跟抹茶哪個便宜", "OOLONG-ALISHAN", "MATCHA-UJI-30"),
    C(B, "moka 3 cup vs french press which one is cheaper", "MOKA-3CUP", "PRESS-FRENCH-600"),
    # must abstain: not carried, not stated, the streamer
    A(B, "may decaf beans po ba kayo", "no decaf is sold"),
    A(B, "有低咖啡因的豆子嗎", "no decaf is sold"),
    A(B, "may espresso machine po kayo?", "not carried: only a moka pot"),
    A(B, "有賣義式咖啡機嗎", "not carried"),
    A(B, "do you sell sencha or green tea leaves", "not carried: only matcha powder"),
    A(B, "有賣東方美人嗎", "not carried: only the Alishan oolong"),
    A(B, "may nespresso capsules po", "not carried"),
    A(B, "meron po kayong v60 dripper?", "not carried: only filters"),
    A(B, "有賣咖啡秤嗎", "not carried"),
    A(B, "蝦皮有賣嗎", "no policy says"),
    A(B, "legit po ba kayo", "no policy says"),
    A(B, "ate where are you from", "a question to the streamer"),
    A(B, "what coffee do YOU drink ate", "a question to the streamer"),
    A(B, "主播你平常喝什麼咖啡", "a question to the streamer"),
    A(B, "ate ilang cups ka a day hahaha", "a question to the streamer"),
    A(B, "is the kettle lid BPA free", "not stated", "KETTLE-GOOSE-08"),
    A(B, "gaano kaingay po yung grinder", "not stated", "GRINDER-HAND-C40"),
    A(B, "pwede po ba sa oven yung moka", "not stated", "MOKA-ALU"),
    A(B, "ilang mg caffeine po ng matcha per cup", "not stated", "MATCHA-UJI-30"),
    A(B, "halal certified po ba yung drip bags", "not stated", "DRIPBAG-HOUSE-10"),
    A(B, "may straw po ba yung tumbler", "not stated", "TUMBLER-THERMO"),
    A(B, "expiry po ng beans? gaano katagal bago masira", "not stated", "BEAN-SAGADA"),
    A(B, "奶泡器可以水洗嗎", "not stated", "FROTHER-WHISK"),
    A(B, "烏龍茶咖啡因高嗎", "not stated", "OOLONG-ALISHAN"),
    A(B, "這個保溫杯可以裝碳酸飲料嗎", "not stated", "TUMBLER-THERMO", "TUMBLER-THERMO"),
    A(B, "磨豆機的刀盤可以換嗎", "not stated", "GRINDER-HAND-C40"),
    A(B, "法壓壺是哪裡製造的", "not stated", "PRESS-FRENCH-600"),
]

OTHERS: list[AnswerCase] = [
    # the sample show (CNY)
    P("sample", "magkano po yung beef shank", "BEEF-SHANK-1KG"),
    P("sample", "牛腱子一斤多少錢", "BEEF-SHANK-1KG"),
    P("sample", "how much in dollars the air fryer po", "AIRFRYER-6L"),
    P("sample", "這個多少", "RICECOOKER-IH-4L", "RICECOOKER-IH-4L"),
    P("sample", "hm po eggs 30pcs", "EGG-FREERANGE-30"),
    P("sample", "蘋果十斤多少錢", "APPLE-FUJI-5KG"),
    P("sample", "電視機多少台幣", "TV-4K-65"),
    S("sample", "avail pa po yung duvet", "DUVET-GOOSE-WINTER"),
    S("sample", "酸奶還有貨嗎", "YOGURT-GREEK-12"),
    S("sample", "meron pa po ba robot vacuum", "VACUUM-ROBOT-X7"),
    F("sample", "pwede po ba sa dishwasher yung basket ng air fryer", "AIRFRYER-6L",
      "dishwasher safe"),
    F("sample", "玉米是熟的嗎", "CORN-SWEET-10", "蒸熟後真空包裝"),
    F("sample", "may wax po ba yung apples", "APPLE-FUJI-5KG", "not waxed"),
    F("sample", "ilang watts po yung air fryer", "AIRFRYER-6L", "1500 W"),
    F("sample", "電視保固多久", "TV-4K-65", "整機保修3年"),
    F("sample", "香米是泰國進口的嗎", "RICE-JASMINE-5KG", "泰國原裝進口"),
    F("sample", "kaya po ba carpet ng robot vacuum", "VACUUM-ROBOT-X7", "boosts suction on carpet"),
    F("sample", "被子可以水洗嗎", "DUVET-GOOSE-WINTER", "建議干洗"),
    POL("sample", "運費怎麼算", "shipping-standard"),
    POL("sample", "pwede po ba ibalik pag sira", "returns"),
    POL("sample", "can i pay with gcash po", "payment"),
    D("sample", "any promo po tonight"),
    D("sample", "現在有什麼折扣"),
    C("sample", "電飯煲跟氣炸鍋哪個便宜", "RICECOOKER-IH-4L", "AIRFRYER-6L"),
    C("sample", "alin mas mura, eggs or yogurt po", "EGG-FREERANGE-30", "YOGURT-GREEK-12"),
    A("sample", "may iphone po kayo", "not carried"),
    A("sample", "有賣咖啡機嗎", "not carried"),
    A("sample", "magkano po yung rice cooker na 110v", "not stated: no 110 V model",
      "RICECOOKER-IH-4L"),
    A("sample", "air fryer po ba is 110v compatible", "not stated", "AIRFRYER-6L"),
    A("sample", "電視可以掛牆嗎 牆是石膏板的", "not stated: plasterboard", "TV-4K-65"),
    A("sample", "蛋是有機的嗎", "not stated", "EGG-FREERANGE-30"),
    A("sample", "halal po ba yung beef", "not stated", "BEEF-SHANK-1KG"),
    A("sample", "淨水器可以過濾海水嗎", "not stated", "PURIFIER-RO-800"),
    A("sample", "ate anong rice cooker gamit mo sa bahay", "a question to the streamer"),
    A("sample", "主播你吃過這個牛肉嗎", "a question to the streamer"),
    A("sample", "掃地機可以爬樓梯嗎", "not stated", "VACUUM-ROBOT-X7"),
    A("sample", "yung yogurt po ba pwede sa baby 6 months", "not stated", "YOGURT-GREEK-12"),
    A("sample", "有賣冷氣嗎", "not carried"),
    A("sample", "may electric fan po kayo", "not carried"),
    # the apparel shop (USD)
    P("apparel", "hm po jeans", "JEANS-SLIM"),
    P("apparel", "牛仔褲多少台幣", "JEANS-SLIM"),
    P("apparel", "magkano po yung v neck", "TEE-VNECK"),
    P("apparel", "這件多少", "JACKET-RAIN", "JACKET-RAIN"),
    P("apparel", "price po ng beanie, in pesos po sana", "BEANIE-WOOL"),
    P("apparel", "帆布鞋多少錢", "SNEAKER-CANVAS"),
    S("apparel", "merino sweater avail pa po?", "SWEATER-MERINO"),
    S("apparel", "毛衣還有嗎", "SWEATER-MERINO"),
    S("apparel", "meron pa po ba v neck", "TEE-VNECK"),
    F("apparel", "anong colors po ng v neck", "TEE-VNECK", "white, black, heather grey, navy"),
    F("apparel", "雨衣是防水的嗎還是只有防潑水", "JACKET-RAIN", "全防水"),
    F("apparel", "may hood po ba yung jacket", "JACKET-RAIN", "adjustable hood"),
    F("apparel", "T恤會縮水嗎", "TEE-VNECK", "首次洗涤缩水不到3%"),
    F("apparel", "ano po material ng jeans", "JEANS-SLIM", "98% cotton 2% elastane"),
    F("apparel", "帆布鞋可以丟洗衣機嗎", "SNEAKER-CANVAS", "gentle cold cycle"),
    F("apparel", "makati po ba yung merino", "SWEATER-MERINO", "does not itch"),
    F("apparel", "鞋子有半號嗎", "SNEAKER-CANVAS", "half sizes"),
    F("apparel", "beanie po ba one size", "BEANIE-WOOL", "one size fits most"),
    F("apparel", "may pink po ba na sneakers", "SNEAKER-CANVAS", "white, black, red"),
    POL("apparel", "sf po to manila", "shipping"),
    POL("apparel", "可以換尺寸嗎 不合穿", "returns"),
    POL("apparel", "pwede po paypal", "payment"),
    D("apparel", "may sale po ba today"),
    C("apparel", "外套跟毛衣哪個比較便宜", "JACKET-RAIN", "SWEATER-MERINO"),
    A("apparel", "may dress po kayo?", "not carried"),
    A("apparel", "有賣泳衣嗎", "not carried"),
    A("apparel", "may plus size po ba na 4XL sa tee", "not stated: sizes stop at XXL", "TEE-VNECK"),
    A("apparel", "牛仔褲會掉色到沙發嗎", "not stated", "JEANS-SLIM"),
    A("apparel", "is the beanie made in the philippines", "not stated", "BEANIE-WOOL"),
    A("apparel", "雨衣有反光條嗎", "not stated", "JACKET-RAIN"),
    A("apparel", "ate anong size mo sa jeans", "a question to the streamer"),
    A("apparel", "主播穿幾號", "a question to the streamer"),
    A("apparel", "may anti-slip po ba yung sole pang ulan", "not stated", "SNEAKER-CANVAS"),
    A("apparel", "毛衣可以烘乾嗎 會不會縮", "not stated", "SWEATER-MERINO"),
    A("apparel", "may socks po kayo", "not carried"),
    A("apparel", "有賣皮帶嗎", "not carried"),
    # the snack shop (CNY)
    P("snack", "magkano po dried mango", "MANGO-DRIED-500"),
    P("snack", "牛肉乾一包多少", "JERKY-SPICY-250"),
    P("snack", "hm po mixed nuts 30 packs", "NUTS-DAILY-30"),
    P("snack", "瓜子一公斤多少錢", "SEEDS-SUNFLOWER-1KG"),
    P("snack", "這個多少台幣", "MILKTEA-POWDER-20", "MILKTEA-POWDER-20"),
    P("snack", "price po ng seaweed, in USD po", "SEAWEED-CRISPY-12"),
    S("snack", "海苔還有嗎", "SEAWEED-CRISPY-12"),
    S("snack", "avail pa po ba yung beef jerky", "JERKY-SPICY-250"),
    F("snack", "maanghang po ba yung jerky", "JERKY-SPICY-250", "mala"),
    F("snack", "芒果乾有加糖嗎", "MANGO-DRIED-500", "加了少量白砂糖"),
    F("snack", "taga cebu po ba yung mango", "MANGO-DRIED-500", "Cebu, Philippines"),
    F("snack", "堅果有加鹽嗎", "NUTS-DAILY-30", "没有加盐"),
    F("snack", "ilang grams po per pack ng nuts", "NUTS-DAILY-30", "30 × 25 g"),
    F("snack", "奶茶粉可以冷水沖嗎", "MILKTEA-POWDER-20", "先用少量热水化开"),
    F("snack", "pwede po ba sa bata yung seaweed", "SEAWEED-CRISPY-12", "popular with children"),
    F("snack", "牛肉乾保存期限多久", "JERKY-SPICY-250", "9个月"),
    F("snack", "ilang ml ng tubig per sachet ng milk tea", "MILKTEA-POWDER-20", "150 ml hot water"),
    POL("snack", "運費多少", "shipping"),
    POL("snack", "pwede po i-return pag expired", "returns"),
    POL("snack", "怎麼付款", "payment"),
    D("snack", "有什麼優惠"),
    C("snack", "芒果乾跟牛肉乾哪個便宜", "MANGO-DRIED-500", "JERKY-SPICY-250"),
    C("snack", "which is cheaper po, seeds or seaweed", "SEEDS-SUNFLOWER-1KG", "SEAWEED-CRISPY-12"),
    A("snack", "may chicharon po kayo", "not carried"),
    A("snack", "有賣鳳梨酥嗎", "not carried"),
    A("snack", "halal po ba yung beef jerky", "not stated", "JERKY-SPICY-250"),
    A("snack", "芒果乾是有機的嗎", "not stated", "MANGO-DRIED-500"),
    A("snack", "vegan po ba yung milk tea powder", "not stated", "MILKTEA-POWDER-20"),
    A("snack", "瓜子是哪裡產的", "not stated", "SEEDS-SUNFLOWER-1KG"),
    A("snack", "ate favorite mo ba yung jerky", "a question to the streamer"),
    A("snack", "主播你最愛吃哪個", "a question to the streamer"),
    A("snack", "may peanuts po ba yung mixed nuts? allergic ako", "not stated: the listing "
      "names its nuts but says nothing of traces", "NUTS-DAILY-30"),
    A("snack", "海苔有幾卡", "not stated", "SEAWEED-CRISPY-12"),
    A("snack", "may polvoron po kayo", "not carried"),
    # the outdoor shop (USD)
    P("outdoor", "magkano po yung 4 person tent", "TENT-RIDGE-4P"),
    P("outdoor", "頭燈多少錢", "LAMP-TRAIL-400"),
    P("outdoor", "hm po dog food 15lb", "DOG-SALMON-15LB"),
    P("outdoor", "這雙多少", "BOOT-GRANITE", "BOOT-GRANITE"),
    P("outdoor", "登山杖一對多少台幣", "POLES-CARBON"),
    S("outdoor", "avail pa po ba yung black daypack", "PACK-DAY-20-BLACK"),
    S("outdoor", "睡袋還有嗎", "BAG-SUMMIT-20"),
    S("outdoor", "xl harness meron pa po?", "HARNESS-EASY-XL"),
    S("outdoor", "灰色的登山鞋還有嗎", "BOOT-GRANITE-GREY"),
    F("outdoor", "kasama na po ba gas sa stove", "STOVE-PICO", "not included"),
    F("outdoor", "頭燈可以用4號電池嗎", "LAMP-TRAIL-400", "built-in 1500 mAh battery"),
    F("outdoor", "waterproof po ba yung headlamp? pang ulan", "LAMP-TRAIL-400", "IPX4"),
    F("outdoor", "濾水器可以過濾病毒嗎", "FILTER-SQUEEZE", "not viruses"),
    F("outdoor", "pwede po ba i-flush yung cat litter", "LITTER-CLUMP-20", "never the toilet"),
    F("outdoor", "帳篷冬天可以用嗎", "TENT-RIDGE", "3-season"),
    F("outdoor", "may laptop sleeve po ba yung backpack", "PACK-DAY-20", "no laptop sleeve"),
    F("outdoor", "狗糧是無穀的嗎", "DOG-SALMON", "brown rice and oats"),
    F("outdoor", "ilang lumens po", "LAMP-TRAIL-400", "400 lumens", "LAMP-TRAIL-400"),
    F("outdoor", "登山杖可以折疊嗎", "POLES-CARBON", "不是折叠款"),
    POL("outdoor", "sf po to davao", "shipping"),
    POL("outdoor", "可以退貨嗎", "returns"),
    POL("outdoor", "may warranty po ba yung tent", "warranty"),
    D("outdoor", "any deals po tonight"),
    C("outdoor", "帳篷跟睡袋哪個貴", "TENT-RIDGE", "BAG-SUMMIT-20"),
    A("outdoor", "may kayak po kayo", "not carried"),
    A("outdoor", "有賣釣竿嗎", "not carried"),
    A("outdoor", "bulletproof po ba yung tent lol", "not stated", "TENT-RIDGE"),
    A("outdoor", "頭燈有紫外線模式嗎", "not stated", "LAMP-TRAIL-400"),
    A("outdoor", "kasya po ba sa carry on yung stove", "not stated", "STOVE-PICO"),
    A("outdoor", "睡袋可以兩個人睡嗎", "not stated", "BAG-SUMMIT-20"),
    A("outdoor", "ate nag hike ka na ba sa pulag", "a question to the streamer"),
    A("outdoor", "主播有去露營過嗎", "a question to the streamer"),
    A("outdoor", "vegan po ba yung dog food", "not stated", "DOG-SALMON"),
    A("outdoor", "登山鞋有寬楦嗎", "not stated: only regular width is listed", "BOOT-GRANITE"),
    # the gadget shop (GBP)
    P("gadget", "hm po power bank 20000", "POWERBANK-VOLT-20K"),
    P("gadget", "充電線2米白色多少", "CABLE-USBC-2M-WHT"),
    P("gadget", "這個多少錢", "EARBUDS-AIRLITE-PRO", "EARBUDS-AIRLITE-PRO"),
    S("gadget", "26800 avail pa po?", "POWERBANK-VOLT-26K"),
    S("gadget", "藍牙喇叭還有嗎", "SPEAKER-BOOMLET"),
    F("gadget", "may plug na po ba yung wireless charger", "CHARGER-QI2-15W", "not included"),
    F("gadget", "充電寶可以帶上飛機嗎", "POWERBANK-VOLT", "100瓦时以下"),
    F("gadget", "pwede po ba sa android yung tracker", "TAG-FINDIT-4PK", "not supported"),
    F("gadget", "耳機可以戴著游泳嗎", "EARBUDS-AIRLITE-PRO", "IPX4只防汗防溅"),
    F("gadget", "smart plug po ba pwede sa 5ghz wifi", "PLUG-SMART-2PK", "2.4 GHz only"),
    POL("gadget", "可以寄菲律賓嗎", "shipping"),
    POL("gadget", "warranty po ng earbuds?", "warranty"),
    D("gadget", "may discount po ba gadgets ngayon"),
    C("gadget", "手機殼跟保護貼哪個便宜", "CASE-SHIELDY-CLEAR", "GLASS-CLEARGUARD-3PK"),
    A("gadget", "may iphone 16 case po kayo", "not carried: cases fit iPhone 15 models and S24"),
    A("gadget", "有賣平板嗎", "not carried"),
    A("gadget", "speaker po ba may FM radio", "not stated", "SPEAKER-BOOMLET"),
    A("gadget", "行動電源有無線充電嗎", "not stated", "POWERBANK-VOLT"),
    A("gadget", "ate anong phone mo", "a question to the streamer"),
    # the beauty shop (EUR)
    P("beauty", "magkano po sunscreen spf50", "SUN-SPF50"),
    P("beauty", "香水100毫升多少錢", "PERFUME-100ML"),
    P("beauty", "hm po this", "LIPSTICK-VELOURS", "LIPSTICK-VELOURS"),
    S("beauty", "04 honey avail pa po", "FOUND-04-HONEY"),
    S("beauty", "面膜還有貨嗎", "MASK-HYDRA-10"),
    F("beauty", "吹風機台灣110V可以用嗎", "DRYER-AEROLUX", "not for 110 V countries"),
    F("beauty", "may white cast po ba yung sunscreen", "SUNSCREEN-SOLEIL", "no white cast"),
    F("beauty", "洗髮精有矽靈嗎", "SHAMPOO-NATURA", "无硅油"),
    F("beauty", "pwede po ba sa oily skin yung moisturizer", "MOIST-HYDRA",
      "dry, normal and sensitive skin"),
    F("beauty", "香水可以留香多久", "PERFUME-NUIT", "6到8小时"),
    POL("beauty", "pwede po ba ibalik pag nabuksan na lipstick", "returns"),
    POL("beauty", "運費多少", "shipping"),
    D("beauty", "有什麼優惠嗎 美妝"),
    C("beauty", "精華液跟防曬哪個便宜", "SERUM-C15", "SUNSCREEN-SOLEIL"),
    A("beauty", "may pink na lipstick po ba, yung baby pink", "no such shade: the colours are "
      "Ruby Red, Nude Rose, Berry Crush and Coral Pop", "LIPSTICK-VELOURS"),
    A("beauty", "有賣指甲油嗎", "not carried"),
    A("beauty", "pregnancy safe po ba yung serum", "not stated", "SERUM-C15"),
    A("beauty", "口紅會沾杯嗎", "not stated", "LIPSTICK-VELOURS"),
    A("beauty", "ate anong skincare mo", "a question to the streamer"),
    # the fitness shop (USD)
    P("fitness", "magkano po whey chocolate 5lb", "WHEY-CHOC-5LB"),
    P("fitness", "肌酸一公斤多少錢", "CREATINE-1000G"),
    P("fitness", "how much po this in pesos", "MAT-ZENGRIP", "MAT-ZENGRIP"),
    S("fitness", "vanilla 5lb meron pa po?", "WHEY-VAN-5LB"),
    S("fitness", "跳繩賣完了嗎", "ROPE-SWIFT"),
    F("fitness", "ilang mg caffeine po sa pre workout", "PREWORKOUT-VOLTAGE", "300 mg per scoop"),
    F("fitness", "蛋白粉可以用熱水沖嗎", "WHEY-IRONCORE", "40度以下"),
    F("fitness", "need po ba wifi yung scale", "SCALE-TALLY", "no Wi-Fi"),
    F("fitness", "啞鈴是一對的價格嗎", "DUMBBELL-FLEXLIFT", "选“一对”是两只"),
    F("fitness", "may peanuts po ba yung protein bar", "BAR-CRUNCHLAB-12", "peanuts"),
    POL("fitness", "sf po pa-cebu", "shipping"),
    POL("fitness", "蛋白粉開了可以退嗎", "returns"),
    D("fitness", "any promo po sa whey"),
    C("fitness", "肌酸跟蛋白棒哪個便宜", "CREATINE-PUREFORM", "BAR-CRUNCHLAB-12"),
    A("fitness", "halal po ba yung whey", "not stated", "WHEY-IRONCORE"),
    A("fitness", "有賣跑步機嗎", "not carried"),
    A("fitness", "yoga mat po ba pwede sa labas, sa damuhan", "not stated", "MAT-ZENGRIP"),
    A("fitness", "彈力帶有乳膠過敏的可以用嗎", "not stated: latex is listed, nothing on allergy",
      "BANDS-TENSIONPRO"),
    A("fitness", "coach ilang kilo ka nagbubuhat", "a question to the streamer"),
    # the pets shop (GBP)
    P("pets", "magkano po cat food salmon", "CAT-SALMON-12"),
    P("pets", "狗窩L號多少", "BED-L"),
    P("pets", "hm po yung 8m na tali", "LEAD-8M"),
    S("pets", "adult 12kg po avail pa?", "DOG-ADULT-12KG"),
    S("pets", "航空箱還有嗎", "CARRIER-VOYAGE"),
    F("pets", "pwede po ba sa pusa yung spot on", "SPOTON-FLEASHIELD", "never use it on cats"),
    F("pets", "貓砂可以沖馬桶嗎", "LITTER-CLOUDCLUMP", "不能，是膨润土矿砂"),
    F("pets", "waterproof po ba yung dog bed", "BED-SNUGGLE", "not waterproof"),
    F("pets", "狗糧是無穀的嗎", "DOGFOOD-HEARTH", "不是，含糙米和燕麦"),
    F("pets", "may plug na po yung fountain", "FOUNTAIN-FLOWY", "use any USB wall plug"),
    POL("pets", "運費多少錢", "shipping"),
    POL("pets", "pwede po ba i-return yung dog food pag ayaw ng aso", "returns"),
    D("pets", "有優惠嗎 寵物的"),
    C("pets", "狗零食跟貓罐頭哪個便宜", "TREATS-PUREBITES", "CATFOOD-PURRFECT"),
    A("pets", "may bird cage po kayo", "not carried"),
    A("pets", "有賣倉鼠籠嗎", "not carried"),
    A("pets", "chew toy po ba pwede sa tuta 2 months", "not stated", "TOY-TOUGHRING"),
    A("pets", "貓抓柱可以換麻繩嗎", "not stated", "POST-SISALTOWER"),
    A("pets", "ate anong breed ng aso mo", "a question to the streamer"),
    # the baby shop (EUR)
    P("baby", "magkano po diaper size 4", "NAPPY-S4"),
    P("baby", "奶粉二段多少錢", "FORMULA-STAGE2"),
    P("baby", "hm po this po", "STROLLER-ZIPPA", "STROLLER-ZIPPA"),
    S("baby", "監視器還有嗎", "MONITOR-NESTVIEW"),
    S("baby", "sand color stroller po avail pa", "STROLLER-SAND"),
    F("baby", "pwede po ba sa dishwasher yung teether", "TEETHER-BLOOM", "not dishwasher safe"),
    F("baby", "奶粉是無乳糖的嗎", "FORMULA-LUNA", "含乳糖"),
    F("baby", "pang newborn po ba yung stroller", "STROLLER-ZIPPA", "from 6 months"),
    F("baby", "安全座椅沒有ISOFIX能裝嗎", "CARSEAT-ORBIT360", "只能用ISOFIX安装"),
    F("baby", "pwede po ba i-flush yung wipes", "WIPES-PUREAQUA", "not flushable"),
    POL("baby", "可以寄台灣嗎 嬰兒用品", "shipping-limits"),
    POL("baby", "pwede po gcash", "payment"),
    D("baby", "may promo po sa diapers"),
    C("baby", "奶瓶跟固齒器哪個便宜", "BOTTLE-CALMFLOW", "TEETHER-BLOOM"),
    A("baby", "may crib po kayo", "not carried"),
    A("baby", "有賣學步車嗎", "not carried"),
    A("baby", "hypoallergenic po ba yung diaper, may rashes kasi baby ko", "not stated",
      "NAPPY-SOFTSTEP"),
    F("baby", "餐椅可以用到幾歲", "HIGHCHAIR-GROWUP", "6个月到3岁"),
    A("baby", "奶瓶多久要換一個", "not stated", "BOTTLE-CALMFLOW"),
    A("baby", "ate ilang taon na baby mo", "a question to the streamer"),
    # the tools shop (AUD)
    P("tools", "magkano po drill kit 2ah", "DRILL-KIT-2AH"),
    P("tools", "雷射水平儀多少", "LASER-CROSS360"),
    P("tools", "hm po yung 8m tape", "TAPE-8M"),
    S("tools", "4ah kit avail pa po?", "DRILL-KIT-4AH"),
    S("tools", "工作台還有嗎", "BENCH-FOLDPRO"),
    F("tools", "pwede po ba sa concrete yung drill", "DRILL-VOLTA18", "no hammer mode"),
    F("tools", "電鑽是無刷的嗎", "DRILL-VOLTA18", "有刷电机"),
    F("tools", "may battery na po yung impact driver", "IMPACT-VOLTA18", "bare tool"),
    F("tools", "卷尺有英寸嗎", "TAPE-GRIPLOCK", "只有公制"),
    F("tools", "cordless po ba yung circular saw", "SAW-CIRC-185", "corded"),
    POL("tools", "ship po kayo sa pilipinas", "shipping-nz"),
    POL("tools", "可以退貨嗎 沒用過", "returns"),
    D("tools", "any sale po sa tools"),
    C("tools", "電池跟快充哪個便宜", "BATT-VOLTA18", "CHARGER-VOLTA-FAST"),
    A("tools", "may welding machine po kayo", "not carried"),
    A("tools", "有賣梯子嗎", "not carried"),
    A("tools", "pwede po ba sa 220v yung fast charger, dito sa pinas", "not stated: the listing "
      "says 240 V AC and an Australian plug, nothing on Philippine sockets",
      "CHARGER-VOLTA-FAST"),
    A("tools", "安全眼鏡有防藍光嗎", "not stated", "GLASSES-CLEARVIEW"),
    A("tools", "kuya marunong ka ba mag karpintero", "a question to the streamer"),
    # the jewel shop (SGD)
    P("jewel", "magkano po ring size 8", "RING-US8"),
    P("jewel", "0.5克拉的吊墜多少錢", "PENDANT-050CT"),
    P("jewel", "hm po this in pesos", "NECKLACE-AURA", "NECKLACE-AURA"),
    S("jewel", "size 7 ring avail pa po?", "RING-US7"),
    S("jewel", "兒童手錶還有幾支", "WATCH-TIKI-KIDS"),
    F("jewel", "real gold po ba yung necklace", "NECKLACE-AURA", "not solid gold"),
    F("jewel", "戒指可以改圈嗎", "RING-LUNA-925", "不能改圈"),
    F("jewel", "pwede po bang i-swimming yung watch", "WATCH-MERIDIAN40", "swimming yes"),
    F("jewel", "手鐲是A貨嗎", "BANGLE-JADE", "无酸洗、无染色、无注胶"),
    F("jewel", "kasama na po ba charms sa bracelet", "BRACELET-CHARMLY", "not included"),
    POL("jewel", "ship po ba kayo sa philippines", "shipping-worldwide"),
    POL("jewel", "可以分期嗎", "payment"),
    D("jewel", "may promo po ba sa jewelry"),
    C("jewel", "珍珠耳環跟項鍊哪個便宜", "EARRING-PEARL", "NECKLACE-AURA"),
    A("jewel", "may anklet po kayo", "not carried"),
    A("jewel", "有賣男生項鍊嗎 粗一點的", "not carried"),
    A("jewel", "may rose gold po ba yung ring", "no rose gold variant; not stated", "RING-LUNA-925"),
    A("jewel", "手錶有夜光嗎", "not stated", "WATCH-MERIDIAN40"),
    A("jewel", "ate totoo ba yung suot mong singsing", "a question to the streamer"),
]

MORE: list[AnswerCase] = [
    # more asks over the other shops: many a "don't know", many in traditional Chinese
    A("sample", "牛肉是清真的嗎", "not stated", "BEEF-SHANK-1KG"),
    A("sample", "電視有附遙控器嗎 要另外買嗎", "not stated", "TV-4K-65"),
    A("sample", "氣炸鍋可以烤蛋糕嗎", "not stated", "AIRFRYER-6L"),
    A("sample", "電鍋台灣電壓110可以用嗎", "not stated: voltage", "RICECOOKER-IH-4L"),
    A("sample", "有賣微波爐嗎", "not carried"),
    A("sample", "有賣iPad嗎", "not carried"),
    A("sample", "主播你家用哪一台電視", "a question to the streamer"),
    F("sample", "酸奶要冷藏嗎 可以放多久", "YOGURT-GREEK-12", "2到6度冷藏保质期21天"),
    F("sample", "雞蛋破了怎麼辦", "EGG-FREERANGE-30", "破损的蛋全部退款"),
    P("sample", "香米五公斤多少錢", "RICE-JASMINE-5KG"),
    F("apparel", "牛仔褲有高腰的嗎", "JEANS-SLIM", "Mid rise"),
    A("apparel", "外套可以機洗嗎", "not stated", "JACKET-RAIN"),
    A("apparel", "有賣內衣嗎", "not carried"),
    A("apparel", "有賣包包嗎", "not carried"),
    A("apparel", "帽子有兒童的尺寸嗎", "not stated", "BEANIE-WOOL"),
    A("apparel", "主播身高多少", "a question to the streamer"),
    F("apparel", "毛衣是什麼材質", "SWEATER-MERINO", "100%美利奴羊毛"),
    P("apparel", "毛線帽多少錢", "BEANIE-WOOL"),
    A("snack", "牛肉乾素食可以吃嗎", "not stated", "JERKY-SPICY-250"),
    A("snack", "有賣泡麵嗎", "not carried"),
    A("snack", "有賣牛軋糖嗎", "not carried"),
    A("snack", "奶茶粉有咖啡因嗎", "not stated", "MILKTEA-POWDER-20"),
    A("snack", "海苔是韓國的嗎", "not stated", "SEAWEED-CRISPY-12"),
    F("snack", "瓜子什麼口味", "SEEDS-SUNFLOWER-1KG", "焦糖"),
    F("snack", "每日堅果裡面有什麼", "NUTS-DAILY-30", "核桃、腰果、巴旦木"),
    P("snack", "海苔一箱多少", "SEAWEED-CRISPY-12"),
    A("outdoor", "帳篷有附地墊嗎", "not stated", "TENT-RIDGE"),
    A("outdoor", "頭燈可以夾在帽子上嗎", "not stated", "LAMP-TRAIL-400"),
    A("outdoor", "有賣睡墊嗎", "not carried"),
    A("outdoor", "有賣登山背包40升的嗎", "not carried: only a 20 L daypack"),
    A("outdoor", "爐子可以上飛機嗎", "not stated", "STOVE-PICO"),
    F("outdoor", "爐頭多重", "STOVE-PICO", "95克"),
    F("outdoor", "睡袋幾度可以用", "BAG-SUMMIT-20", "舒适温度零下7度"),
    S("outdoor", "紅色背包還有嗎", "PACK-DAY-20-RED"),
    F("gadget", "耳機有降噪嗎 可以接兩台嗎", "EARBUDS-AIRLITE-PRO", "主动降噪最高35分贝"),
    A("gadget", "有賣智慧手錶嗎", "not carried"),
    A("gadget", "無線充電器可以充手錶嗎", "not stated", "CHARGER-QI2-15W"),
    A("gadget", "行動電源有幾種顏色", "not stated", "POWERBANK-VOLT"),
    F("gadget", "充電線可以傳影像嗎 接螢幕", "CABLE-USBC-BRAID", "not video"),
    P("gadget", "防丟器多少錢", "TAG-FINDIT-4PK"),
    A("beauty", "防曬可以給狗狗用嗎", "not stated", "SUNSCREEN-SOLEIL"),
    A("beauty", "有賣假睫毛嗎", "not carried"),
    A("beauty", "粉底液有試用包嗎", "not stated", "FOUNDATION-SKINVEIL"),
    A("beauty", "面霜是哪國製造的", "not stated", "MOIST-HYDRA"),
    F("beauty", "電動牙刷可以洗澡用嗎", "TOOTHBRUSH-SONIQ", "IPX7防水"),
    P("beauty", "替換刷頭8入多少", "HEADS-8PK"),
    A("fitness", "蛋白粉可以給小孩喝嗎", "not stated", "WHEY-IRONCORE"),
    A("fitness", "有賣飛輪嗎", "not carried"),
    A("fitness", "瑜伽墊可以水洗嗎", "not stated", "MAT-ZENGRIP"),
    A("fitness", "手套有女生的尺寸嗎", "not stated", "GLOVES-GRIPGUARD"),
    F("fitness", "體脂秤用什麼電池", "SCALE-TALLY", "3节7号电池"),
    P("fitness", "草莓口味的多少", "WHEY-STRAW-2LB"),
    A("pets", "狗窩可以給貓睡嗎", "not stated", "BED-SNUGGLE"),
    A("pets", "有賣鳥飼料嗎", "not carried"),
    A("pets", "伸縮牽繩晚上會反光嗎", "not stated", "LEAD-REELX"),
    A("pets", "貓罐頭是哪裡做的", "not stated", "CATFOOD-PURRFECT"),
    F("pets", "小貓可以吃這個濕糧嗎", "CATFOOD-PURRFECT", "幼猫请吃幼猫粮"),
    P("pets", "鮭魚皮零食多少", "TREAT-SALMON-100G"),
    A("baby", "尿布有夜用的嗎", "not stated", "NAPPY-SOFTSTEP"),
    A("baby", "有賣嬰兒床嗎", "not carried"),
    A("baby", "推車可以用在沙灘嗎", "not stated", "STROLLER-ZIPPA"),
    A("baby", "濕紙巾是哪個國家做的", "not stated", "WIPES-PUREAQUA"),
    F("baby", "奶粉開罐可以放多久", "FORMULA-LUNA", "4周内吃完"),
    P("baby", "連身衣3到6個月的多少", "BODY-3-6-OAT"),
    A("tools", "電鑽有附LED燈嗎", "not stated", "DRILL-VOLTA18"),
    A("tools", "有賣電焊機嗎", "not carried"),
    A("tools", "吸塵器可以吸貓毛嗎", "not stated", "VAC-WETDRY"),
    A("tools", "工作台有輪子嗎", "not stated", "BENCH-FOLDPRO"),
    F("tools", "鑽頭可以打水泥嗎", "BITS-HSS-19", "不能打水泥"),
    P("tools", "螺絲不鏽鋼的多少", "SCREWS-SS304"),
    A("jewel", "項鍊可以戴著睡覺嗎", "not stated", "NECKLACE-AURA"),
    A("jewel", "有賣情侶對戒嗎", "not carried"),
    A("jewel", "首飾盒可以放手錶嗎", "not stated", "BOX-VELVET"),
    F("jewel", "珍珠耳環有夾式的嗎", "EARRING-PEARL", "studs for pierced ears"),
    F("jewel", "鈦戒可以刻字嗎", "BAND-TITAN6", "免费内圈刻字"),
    P("jewel", "手鐲56的多少", "JADE-56MM"),
    # more in the brew shop's neighbours' voices: Taglish asks that must abstain
    A("sample", "ate may frozen lumpia po kayo", "not carried"),
    A("apparel", "may barong po kayo pang kasal", "not carried"),
    A("snack", "may dried pusit po", "not carried"),
    A("outdoor", "may hammock po kayo", "not carried"),
    A("gadget", "ilang grams po yung cable", "not stated", "CABLE-USBC-BRAID"),
    A("beauty", "may whitening po ba yung sunscreen", "not stated", "SUNSCREEN-SOLEIL"),
    A("fitness", "ilang kg po yung bigat ng shaker", "not stated", "SHAKER-BLENDPRO"),
    F("pets", "pwede po ba sa aspin yung harness, mga 15kg? anong size", "HARNESS-TRAILFIT",
      "pick by chest girth, not weight"),
    A("baby", "may lampin po kayo na tela", "not carried"),
    A("tools", "may grinder po kayo pang tiles", "not carried"),
    A("jewel", "pwede po ba magpa-reserve hanggang sahod", "no policy says"),
]


# -- formulaic noise, filled out from hand-written parts (seeded) -------------------------------
USERS = ["Juan_dlc", "mariel.santos", "kuya_jay", "tita_baby", "Pau_0923", "jhen2x", "ninong_ben",
         "cafe_girl_ph", "ronron", "Bea_M", "kape_lover88", "momshie_len", "xiaoyu_tw",
         "阿豪", "小美", "咖啡控阿明", "Jessie林", "台南小胖", "koko_tpe", "奶茶妹", "mikko.r",
         "ivy_chen", "pogi_ako", "beshie_kim", "Lola_Nena", "drei.v", "yuki_hsu", "阿嬤的孫子"]
EMOTES = ["😍", "🔥", "☕", "❤️", "🥰", "😂", "🤣", "👏", "🙏", "💯", "✨", "🎉", "😋", "🤤", "💖",
          "🇵🇭", "🇹🇼", "KEKW", "PogChamp", "LUL", "Kappa", "<3", ":)", ":D", "xD", "[愛心]", "[讚]",
          "[哈哈]", ":face-blue-smiling:", ":hand-pink-waving:"]
GIFTS_EN = ["Rose", "Heart", "Coffee", "Finger Heart", "Doughnut", "Galaxy", "Lion", "Star"]
GIFTS_ZH = ["小心心", "愛心", "咖啡", "玫瑰", "星星", "火箭", "跑車", "啤酒"]
BOT_CMDS = ["!points", "!uptime", "!discord", "!socials", "!followage", "!watchtime", "!lurk",
            "!song", "!shop", "!rules", "!gamble 100", "!hug", "!slots", "!duel"]
MINE_WHAT = ["", " po", " 1kg", " 250", " 250g", " 500g", " barako", " sagada", " yirga", " white",
             " black", " 3 cup", " 6 cup", " 350", " 500ml", " oolong", " matcha", " frother",
             " gift set", " drip bag", " po ate", " po 🙏", " po 😍", " po sana"]


def _generated(rnd: random.Random) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for _ in range(520):  # emote walls, with a word now and then
        kinds = rnd.sample(EMOTES, rnd.choice((1, 1, 2, 3)))
        wall = " ".join(rnd.choice(kinds) for _ in range(rnd.randint(2, 9)))
        word = rnd.choice(["", "", "", "ate ", "grabe ", "yesss ", "sarap ", "好香 ", "哇 ", "讚 ",
                           "LETS GO ", "ang cute ", "love it ", "鬼 "])
        out.append((0, rnd.randint(0, 1), word + wall))
    for _ in range(330):  # gift and join notices
        u = rnd.choice(USERS)
        out.append((0, rnd.randint(0, 1), rnd.choice([
            f"{u} sent {rnd.randint(1, 30)} {rnd.choice(GIFTS_EN)}",
            f"{u} sent a {rnd.choice(GIFTS_EN)} {rnd.choice(EMOTES)}",
            f"{u} gifted {rnd.randint(1, 20)} subs!",
            f"{u} joined",
            f"{u} shared the live",
            f"{u} followed the host",
            f"{u} 送出了 {rnd.choice(GIFTS_ZH)} x{rnd.randint(1, 99)}",
            f"{u} 送了{rnd.randint(1, 10)}個{rnd.choice(GIFTS_ZH)}",
            f"{u} 進入直播間",
            f"{u} 分享了直播",
            f"感謝 {u} 的{rnd.choice(GIFTS_ZH)}",
            f"thank you {u} for the {rnd.choice(GIFTS_EN).lower()} po"])))
    for _ in range(300):  # other bots' commands and their replies
        u = rnd.choice(USERS)
        out.append((0, rnd.randint(0, 1), rnd.choice([
            rnd.choice(BOT_CMDS),
            f"{rnd.choice(BOT_CMDS)} @{rnd.choice(USERS)}",
            f"StreamElements: @{u} has {rnd.randint(10, 9999):,} points",
            f"Nightbot: the stream has been live for {rnd.randint(0, 3)}h {rnd.randint(1, 59)}m",
            f"Nightbot: @{u} has been following for {rnd.randint(2, 40)} weeks",
            f"Moobot: @{u} is now lurking ☕",
            f"StreamElements: {u} won {rnd.randint(10, 500)} points in roulette",
            f"小幫手: 感謝 {u} 追蹤",
            f"Wizebot: {u} 已簽到 第{rnd.randint(1, 60)}天"])))
    for _ in range(260):  # "mine" claims and number chants
        n = rnd.choice(["", " 1", " 2", " 3", " 2 po", " 3 po", " x2", " 5"])
        out.append((0, 1, rnd.choice([
            f"{rnd.choice(['mine', 'MINE', 'Mine', 'mine!', 'pa-mine', 'MINE PO'])}"
            f"{rnd.choice(MINE_WHAT)}{n}",
            "1" * rnd.randint(2, 14), "扣" + "1" * rnd.randint(1, 9), "6" * rnd.randint(3, 12),
            "+" + "1" * rnd.randint(2, 6), "2" * rnd.randint(3, 9)])))
    return out


def _key(text: str) -> str:
    """A line's text for telling repeats: normalised (NFKC, case-fold, traditional read as
    simplified), with spaces, punctuation and emoji gone."""
    return re.sub(r"[\W_]+", "", normalize(text))


def _existing() -> set[str]:
    """The keys (else the text) of every line and question of the other sets under data/."""
    seen: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name != CHAT_FILE:
            texts, _, _ = read_corpus(path)
            seen |= {_key(t) or t for t in texts}
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name != ANSWERS_FILE:
            for line in path.read_text(encoding="utf-8").splitlines():
                q = str(json.loads(line)["question"])
                seen.add(_key(q) or q)
    return seen


def chat() -> list[tuple[int, int, str]]:
    rows: list[tuple[int, int, str]] = []
    for label, air, block in CHAT:
        rows += [(label, air, t.strip()) for t in block.splitlines() if t.strip()]
    rnd = random.Random(13)
    for claims, block in NOISE:  # claims ("mine", "pm sent") are made with a product on air
        for t in block.splitlines():
            if t.strip():
                rows.append((0, 1 if claims else rnd.randint(0, 1), t.strip()))
    rows += [(0, rnd.randint(0, 1), t.strip()) for t in NOISE_ZH.splitlines() if t.strip()]
    rows += _generated(rnd)
    old = _existing()
    out: list[tuple[int, int, str]] = []
    keys: set[str] = set()
    for label, air, text in rows:
        k = _key(text) or text
        if k in old or k in keys or "\t" in text:
            continue
        keys.add(k)
        out.append((label, air, text))
    rnd.shuffle(out)
    return out


def answers() -> list[AnswerCase]:
    old = _existing()
    out: list[AnswerCase] = []
    keys: set[str] = set()
    for row in BREW + OTHERS + MORE:
        k = _key(row["question"])
        if not k or k in old or k in keys:
            continue
        keys.add(k)
        out.append(row)
    return out


def main() -> None:
    lines = chat()
    with (HERE / CHAT_FILE).open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        f.writelines(f"{label}\t{air}\t{text}\n" for label, air, text in lines)
    rows = answers()
    (HERE / ANSWERS_FILE).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(json.dumps({"chat": len(lines), "asks": sum(x[0] for x in lines),
                      "chat_zh": sum(bool(re.search(r"[\u4e00-\u9fff]", x[2])) for x in lines),
                      "questions": len(rows)}))


if __name__ == "__main__":
    main()
