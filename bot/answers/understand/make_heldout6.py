"""The sixth held-out set: live chat and shopper questions written by hand, in one session, by a
helper that never saw the bot's answers on them.

Run: python -m bot.answers.understand.make_heldout6 → data/chat_heldout6.tsv, answers_heldout6.jsonl

Who and how: written by a helper session started for issue 14, reading only the file formats
(cases.py, make_suite.py's docstring, train.read_corpus, tests/test_heldout5_data.py) and the
catalogs and policies of the shops the questions are about; it did not read the bot's
understanding code, any other held-out or dev generator, or any other labelled set, and it never
ran the bot or bench/understanding.py on these questions. Every question and most chat lines
are typed out below as viewers type them (slang, typos, emoji, caps, two asks in a line, numbers
in words, other currencies, per-unit asks, variants that exist and that do not, aspects no
listing states, things no shop carries, questions to the streamer); only the noise a platform or
another bot writes (emote walls, number spam, gift and sub notices, !points / !uptime output) is
put together from small parts with a seeded random generator, as those platforms do.

The questions cover the three development shops (make_suite.SHOPS) and a new one only this set
uses: a phone-accessories & small-electronics shop in GBP (tests/fixtures/shops/gadget_*.yaml,
make_suite.HELDOUT_SHOPS["gadget"]). A `fact` is text of the product's listing that a right
answer quotes; `abstain` is used only where the listing truly does not answer (or the thing is
not carried, or the question is for the streamer). A variant that does not exist is labelled with
the listing's options (a right answer states them; an abstention is not wrong).

The team never reads this file's output nor tunes on it: bench/understanding.py reports only its
totals, and train.TRAIN_CHAT leaves chat_heldout6.tsv out. Lines or questions whose normalised
text equals one in any other set under data/ are dropped (`_key`, `_existing`).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answers.understand.cases import AnswerCase, CaseExtras, case
from bot.answers.understand.train import read_corpus
from knowledge.text import normalize

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack is 3.12+; only the checker reads it

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout6.tsv"
ANSWERS = HERE / "answers_heldout6.jsonl"
CJK = re.compile(r"[\u4e00-\u9fff]")

# -- the gadget shop (GBP) -------------------------------------------------------------------
CH = "CHARGER-QI2-15W"
PB, PB10, PB20, PB26 = "POWERBANK-VOLT", "POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K", "POWERBANK-VOLT-26K"
EB = "EARBUDS-AIRLITE-PRO"
CB, CB1B, CB1W, CB2B, CB2W, CB3B = ("CABLE-USBC-BRAID", "CABLE-USBC-1M-BLK", "CABLE-USBC-1M-WHT",
                                    "CABLE-USBC-2M-BLK", "CABLE-USBC-2M-WHT", "CABLE-USBC-3M-BLK")
CS, CS15C, CS15B, CS15P, CSPMC, CSPMB, CSS24 = (
    "CASE-SHIELDY-CLEAR", "CASE-IP15-CLR", "CASE-IP15-BLK", "CASE-IP15PRO-CLR", "CASE-IP15PM-CLR",
    "CASE-IP15PM-BLK", "CASE-S24-CLR")
PL = "PLUG-SMART-2PK"
RL = "RINGLIGHT-GLOWUP-10"
SP = "SPEAKER-BOOMLET"
GL, GL15, GLPM, GLS24 = "GLASS-CLEARGUARD-3PK", "GLASS-IP15", "GLASS-IP15PM", "GLASS-S24"
ST = "STAND-LIFTDESK"
MT = "MOUNT-GRIPSTER"
TG = "TAG-FINDIT-4PK"
# -- the sample show (CNY) -------------------------------------------------------------------
BEEF, EGG, CORN, YOG = "BEEF-SHANK-1KG", "EGG-FREERANGE-30", "CORN-SWEET-10", "YOGURT-GREEK-12"
APPLE, RICE, TV, FRYER = "APPLE-FUJI-5KG", "RICE-JASMINE-5KG", "TV-4K-65", "AIRFRYER-6L"
VAC, COOKER, WATER, DUVET = ("VACUUM-ROBOT-X7", "RICECOOKER-IH-4L", "PURIFIER-RO-800",
                             "DUVET-GOOSE-WINTER")
# -- the apparel shop (USD) ------------------------------------------------------------------
JEANS, TEE, SWEATER, JACKET, SHOES, BEANIE = ("JEANS-SLIM", "TEE-VNECK", "SWEATER-MERINO",
                                              "JACKET-RAIN", "SNEAKER-CANVAS", "BEANIE-WOOL")
# -- the snack shop (CNY) --------------------------------------------------------------------
JERKY, NUTS, SEAWEED, MANGO, SEEDS, MILKTEA = (
    "JERKY-SPICY-250", "NUTS-DAILY-30", "SEAWEED-CRISPY-12", "MANGO-DRIED-500",
    "SEEDS-SUNFLOWER-1KG", "MILKTEA-POWDER-20")

NC = "not carried"
CASE_MODELS_ZH = "iPhone 15、iPhone 15 Pro、iPhone 15 Pro Max、三星Galaxy S24"  # the case's 适配 spec
HOST = "a question for the streamer"
NS = "not stated in the listing"


# -- the live-chat corpus ---------------------------------------------------------------------
# Label 1: a question the shop should answer (price, stock, link, shipping, a spec, a variant,
# a deal), however it is typed. Label 0: everything else, questions to the streamer included.
ASKS_EN = """
how much for the power bank
link??
link pls i cant find it
wheres the link for the earbuds
how much is the 20000 one
is the white cable back in stock
does the case fit iphone 15 pro
do u ship to scotland
can i pay with paypal
hw much is the ring light
how much is the speaker if its sold out will u restock
price on the charger?
is the screen protector a 3 pack or single
do the earbuds have anc
what colours does the cable come in
how long is the cable
does the smart plug work with google home
is there free delivery
how long does delivery take to manchester
can i return it if it doesnt fit my phone
whats the warranty on the earbuds
do you have the case in black for the pro max
how much is shipping to wales
is it cheaper if i buy 2
any discount code
is the tracker android compatible
do the buds come with a charging case
is the power bank allowed on planes
whats the battery life on the earbuds
can the power bank charge a switch
how many mah is the small one
how much are the earbuds after discount
is the laptop stand adjustable
does the laptop stand fold
what laptop sizes does the stand fit
car mount fit vertical vents?
can i get the screen protector for s24
how much is the 3 metre cable
does the ring light come with a phone holder
is the ring light usb powered
does the speaker have a mic
how many watts is the speaker
is the wireless charger magsafe
does the wireless charger come with a plug
how much is the wireless charger with the deal
can i buy just one smart plug
how much for the trackers
do the trackers beep
is the speaker waterproof
how much r the buds
is the case clear or frosted
is there a limit per person on the earbuds
when does the sale end
whats the cheapest thing tonight
how much is the beef
how much for the eggs
are the eggs free range
how much is the tv
does the tv have hdmi 2.1
is the air fryer dishwasher safe
how big is the air fryer
how much is the robot vacuum
does the vacuum mop too
how much is the rice cooker
whats the rice cooker capacity
how much is the water purifier
does the purifier come with installation
is the duvet goose or duck down
what sizes does the duvet come in
how much are the apples
how many apples in a box
is the corn cooked
how much is the yogurt
does the yogurt have sugar
how much is the rice
is the rice from thailand
how much are the jeans
do the jeans run small
what sizes do the jeans come in
is the tee cotton
does the tee shrink
is the sweater sold out
when is the sweater back
is the jacket waterproof
does the jacket have a hood
what colours does the rain jacket come in
how much are the sneakers
do the sneakers run big
is the beanie one size
how much is the beanie
how much is the jerky
how spicy is the jerky
how much are the nuts
are the nuts salted
how much is the seaweed
is the seaweed ok for kids
how much is the dried mango
is there sugar in the dried mango
how much are the sunflower seeds
how much is the milk tea powder
can i make the milk tea cold
how much is the matcha
is the oolong 100g or 250g
how much is the kettle
does the kettle keep warm
is the grinder good for espresso
how much is the frother
does the frother work with oat milk
is the coffee machine sold out
how much is the honey
is the honey raw
can i get the thermos in sand
how much is the 750ml thermos
do you ship to france
does it come in other colours
does it come in a bigger size
is it on sale
whats the price after the coupon
how do i buy
where do i buy it
how do i order
can i still get the deal if i order now
is shipping free over 25
do u deliver on saturdays
what payment methods
can i pay in installments
klarna??
does it come with a warranty
how do i claim the warranty
is this the same as the one on amazon
is it in stock
still available?
sold out already??
how many left
any left??
can i get 3
is there a max per order
price?
cost?
how much is it
how much rn
how much after discount
what does it cost with shipping
hows the battery life
is it waterproof
what's it made of
how heavy is it
does it fit iphone 15
does it work with android
is it compatible with samsung
what size is it
what colour is it
HOW MUCH
HOW MUCH IS IT
LINK PLS
LINK???
is it real leather
are the jeans stretchy
jeans in 34 inseam?
tee in navy in stock?
sneakers come in half sizes?
is the rain jacket packable
is the beanie itchy
how much is the jerky in dollars
how much in usd
how much in pounds
price in euros?
whats that in aud
how much per bag
how much per kg
how much each
is it per pack or each
how much for two
is there a bundle deal
how much for the bundle
do you do gift wrap
do u ship to the US
can i collect in store
can i change my address after ordering
where is my order lol i bought yesterday
when will it ship
the earbuds on sale till when
can u put the 26800 back up when it restocks, how much will it be
hey whats the difference between the 10k and 20k power bank apart from size
is the cable 100w or 60w
got a usb c cable thats 2m in white? whats it cost
would the s24 case fit an s24 plus
do the smart plugs have a physical button
can i schedule the smart plug to turn on the kettle at 7am
is the ring light bright enough for filming outside
ring light tripod how tall fully extended
will the laptop stand hold a 16 inch macbook
is the speaker loud enough for a bbq
can i pair 2 speakers for stereo
how many trackers come in the pack
what battery does the tracker use
do the tags work in the uk on find my
is the screen protector easy to put on, i always get bubbles
does the car mount hold a pro max with a case on
how strong are the magnets on the car mount
do you deliver to northern ireland
whats the return policy on opened earbuds
can i return the screen protector if i opened it
is the charger qi2 or just qi
can i see the power bank weight for the 20k
how much is the 2m black cable vs the 3m
is the clear case yellowing proof
whats the drop rating on the case
the 15 pro case in stock?
the pro max case in frost black left?
how much does it cost to ship 1 cable
if i buy the cable and the case do i get free delivery
whats the total for a case and a screen protector
can i use clearpay for the earbuds
do i get a receipt for my company
are the earbuds good for calls
how long do the earbuds take to charge
can you wear one earbud at a time
is the beef frozen when it arrives
how long is the tv warranty
does the robot vacuum have an app
can the air fryer do a whole chicken
is the duvet warm enough for scotland
is the rice new crop
how many cups of rice does the cooker do
is the purifier installation free
are the jeans true to size or size up
whats the fabric on the tee
is the merino sweater itchy on bare skin
is the rain jacket fully seam taped
do the canvas shoes have a cushioned insole
is the jerky really that spicy lol asking for a friend
are the nuts unsalted
how many grams is each nuts pack
is the seaweed lightly salted
is the mango sweetened
how big are the sunflower seeds
how do you make the hk milk tea
can the milk tea be made with cold milk
""".strip().splitlines()

ASKS_ZH = """
充电宝多少钱
链接呢
链接在哪 找不到
耳机链接发一下
两万毫安的多少
白色数据线还有吗
手机壳适配15pro吗
包邮吗亲
能用花呗吗
补光灯多少钱呀
音箱还会补货吗
无线充多少钱
钢化膜是三片吗
耳机有降噪吗
数据线有什么颜色
线多长啊
智能插座能连小爱吗
几天能到
能退吗
耳机保修多久
pro max有黑色的壳吗
运费多少
买两个便宜吗
有优惠券吗
防丢器安卓能用吗
充电宝能上飞机吗
耳机续航多久
充电宝能充switch吗
小的那个多少毫安
耳机打完折多少
笔记本支架能调高度吗
支架能折叠吗
车载支架适合竖的出风口吗
有三星s24的膜吗
三米的线多少钱
补光灯带手机夹吗
补光灯是usb供电吗
音箱有麦克风吗
音箱多少瓦
无线充支持磁吸吗
无线充送插头吗
智能插座能单买一个吗
防丢器多少钱
音箱防水吗
耳机多少
壳是透明的还是磨砂的
耳机限购几个
活动到几点结束
今晚最便宜的是哪个
牛肉多少钱一斤
鸡蛋多少钱一盒
是散养的吗
电视多少钱啊
电视有hdmi2.1吗
空气炸锅能进洗碗机吗
空气炸锅多大
扫地机器人多少
能拖地吗
电饭煲多少钱
电饭煲多大容量
净水器多少钱
净水器包安装吗
是鹅绒还是鸭绒
被子有几个尺寸
苹果多少钱一箱
一箱几个苹果
玉米是熟的吗
酸奶多少钱
酸奶加糖吗
大米多少钱一袋
是泰国的米吗
牛仔裤多少钱
牛仔裤偏小吗
牛仔裤有哪些码
T恤是纯棉的吗
T恤缩水吗
毛衣卖完了吗
毛衣什么时候补货
雨衣防水吗
雨衣有帽子吗
雨衣有几个颜色
帆布鞋多少钱
帆布鞋偏大吗
帽子是均码吗
牛肉干多少钱
牛肉干辣吗
坚果多少钱
坚果有盐吗
海苔多少钱
小孩能吃海苔吗
芒果干多少钱
芒果干有糖吗
瓜子多少钱一斤
奶茶粉怎么卖
奶茶能冷泡吗
抹茶粉多少钱
铁观音有几种规格
手冲壶多少钱
手冲壶能保温吗
磨豆机能磨意式吗
奶泡机多少
奶泡机能用燕麦奶吗
咖啡机卖完了吗
蜂蜜多少钱
蜂蜜是纯的吗
保温杯有沙色的吗
750的保温杯多少
有别的颜色吗
有大号吗
现在有活动吗
用券后多少钱
怎么买
在哪买
怎么下单
现在下单还有优惠吗
满多少包邮
周末发货吗
支持哪些付款方式
能分期吗
有保修吗
坏了怎么保修
跟某宝上的一样吗
还有货吗亲
还有吗还有吗
卖完了？
还剩多少
还剩几件
能拍三个吗
一个人限购几个
多少钱？？
多少米
多少钱啊主播
啥价
怎么卖的
到手价多少
打完折多少
含运费多少
续航多久
防水吗
什么材质的
有多重
苹果15能用吗
安卓能用吗
三星能用吗
多大尺寸
什么颜色的
多少钱！！！
链接！！！在哪
上链接啊主播 等半天了
上个链接呗 我要拍
是真皮吗
牛仔裤有弹力吗
有34裤长的吗
藏青色T恤有货吗
帆布鞋有半码吗
雨衣能收纳吗
帽子扎头吗
多少人民币
多少美元
换算成人民币多少
一包多少钱
一斤多少钱
一个多少钱
是一盒的价格还是一个的
两个多少钱
有套餐吗
套装多少钱
能开发票吗
寄海外吗
能改地址吗
什么时候发货
发什么快递
昨天拍的什么时候发啊
新疆包邮吗
偏远地区发吗
保质期多久
生产日期是什么时候的
是正品吗
有赠品吗
送什么赠品
能七天无理由吗
退货运费谁出
耳机活动到什么时候
26800毫安的什么时候补货 补了多少钱
一万和两万的充电宝除了大小还有啥区别
这个线是100瓦还是60瓦
两米白色的线还有吗 多少钱
s24的壳能给s24+用吗
智能插座上面有开关按钮吗
插座能定时早上七点开热水壶吗
补光灯户外拍够亮吗
三脚架拉到最高多高
支架能放16寸的macbook吗
音箱烧烤的时候声音够大吗
两个音箱能配对立体声吗
防丢器一盒几个
防丢器用什么电池
防丢器在英国能用苹果查找吗
钢化膜好贴吗 我老贴出气泡
车载支架吸得住带壳的pro max吗
车载支架磁力大吗
北爱尔兰能寄吗
耳机拆了还能退吗
钢化膜拆了还能退不
无线充是qi2的吗
两万的充电宝有多重
两米黑线和三米的差多少钱
透明壳会不会发黄啊
壳防摔怎么样
15pro的壳有货吗
pro max磨砂黑的壳还有吗
寄一根线运费多少
线和壳一起买包邮吗
壳加膜一共多少钱
耳机能用clearpay分期吗
能开公司发票吗
耳机打电话清楚吗
耳机充满要多久
能单只耳机用吗
牛肉到的时候是冻着的吗
电视保修几年啊
扫地机有app吗
空气炸锅能放整只鸡吗
这被子东北冬天够暖吗
大米是今年新米吗
电饭煲能煮几杯米
净水器免费安装吗
牛仔裤尺码正吗 要不要拍大一码
T恤什么面料
毛衣贴身穿扎不扎
雨衣压胶了吗
帆布鞋鞋垫软吗
牛肉干真的很辣吗
坚果是无盐的吗
坚果一小袋多少克
海苔咸不咸
芒果干甜吗
瓜子个头大吗
港式奶茶怎么冲
奶茶粉能用冷牛奶冲吗
""".strip().splitlines()

# Deictic asks: said while a product is on air (on_air is 1 for these lines).
DEICTIC = """
how much is this one
how much is that
this one still in stock?
does this come in black
is this waterproof
how big is it exactly
whats the battery on that
does that one fit a pro max
is this one the 20000
can this charge a laptop
how much for this
what about this one how much
the one in ur hand how much
the black one how much
the white one in stock?
this or the other one cheaper
that case how much
is that the 2m one
这个多少钱呀
这个还有吗
这个多大
这个什么颜色
这款防水吗
手上这个多少钱
这个能充电脑吗
这个是两万毫安的吗
这个适合苹果15吗
这个有黑色的吗
这个质量怎么样 保修吗
刚才那个多少钱
这个链接在哪
这款还有货没
主播手里那个多少
这个到手价多少
这个包邮吗
这个能退吗
""".strip().splitlines()

# Questions to the streamer, the mods or the chat: questions, but not the shop's to answer.
FOR_STREAMER = """
how old are you
where are you streaming from
what mic is that
what camera do u use
whats your setup
is that your cat
is that your dog in the back
are you from london
what time is it there
how long is stream today
when do u usually go live
are you married
do you have a girlfriend
whats ur name again
are u the owner of the shop
did you eat yet
are you tired
whats the song called
what game are we playing later
can you say hi to my mum
can u shout me out
is this live or a replay
why is the audio so quiet
can you turn the music down
whats ur zodiac sign
do you speak chinese
is that a real plant
how many viewers are we at
r u going to the event next week
what happened to the other host
is mod team hiring
who's the guy behind the camera
are you sick? your voice sounds different
did you change your hair
are we doing a giveaway today or nah
what was the giveaway keyword again
when is the draw
did anyone win last time
whats the discord link
whens the next stream
are you gonna play minecraft after
what's your favourite colour
do you like pineapple on pizza
is this your full time job
how did you start streaming
are u left handed
can you read my message pls
did you see my gift
why did you ban my friend
what does ANC even stand for lol asking chat
chat is it just me or is the stream lagging
chat who won the game last night
anyone else from leeds
anyone here from glasgow
is anyone else getting ads
mods can u pin the giveaway rules
主播多大了
主播哪里人
主播在哪个城市
主播今天几点下播
主播吃饭了吗
主播是单身吗
主播用的什么麦
主播用的什么手机直播
背景音乐叫什么
主播今天怎么这么帅
主播声音怎么哑了
主播昨天怎么没播
主播几点开播的
主播养的什么猫
后面那个人是谁
主播口红什么色号
主播头发在哪做的
主播会唱歌吗
主播是东北的吗
你们公司在哪
主播多高
主播有对象吗
主播累不累
主播喝的什么
主播能不能唱首歌
主播看看我
主播能念一下我的名字吗
主播记得我吗
主播什么星座
今天有抽奖吗
抽奖什么时候开
口令是啥来着
上次谁中奖了
管理员在吗
有没有人一起拼单
家人们你们都买了吗
有人买过吗 好用吗
有没有人是广东的
有没有湖南老乡
有人知道这是哪个主播吗
直播回放在哪看
为什么我看不到弹幕
卡了吗 是我卡了吗
怎么没声音了
画面怎么糊了
是录播吗
""".strip().splitlines()

CHAT_EN = """
lmaooo
LMAO
lol
lolol
hahahaha
hi chat
hi everyone
hello from london
hello from bristol 👋
evening all
good evening
gm
gn chat
first
first time catching the stream live
back again
just got here what did i miss
what did i miss
brb
back
bye everyone
gtg
love this stream
love u
ur the best
W stream
W
L
massive W
this is so wholesome
the vibes tonight
vibes are immaculate
chat is moving fast
chat calm down
chat is wild today
slow mode when
mods asleep
mods pls
ty mods
ty
thanks
thank you so much
thx for the tips
that was helpful
good to know
makes sense
fair enough
true
so true
facts
real
REAL
no way
no wayyyy
wait what
wait
huh
???
?
??
oh
ohhh
oh nice
nice
nice one
niceee
sick
sickkk
cool
so cool
that's actually cool
this is actually useful
damn
dang
omg
OMG
OMGGGG
bruh
bro
bro what
ok
okok
okay
k
yes
yesss
YES
no
nope
maybe
idk
idc
same
me too
same here
mood
big mood
relatable
i felt that
rip
rip my wallet
there goes my paycheck
my bank account is crying
my wallet said no
wallet: 💀
i have no self control
i said i wasnt gonna buy anything tonight
i came here to watch not to shop
ok im buying it
bought it
just bought 2
just ordered
ordered!!
got mine
just checked out
cart is full
done
done ✅
paid
order placed
mine came yesterday, great quality
i got the earbuds last month, love them
the cable i bought last time is still going strong
my power bank from here saved me at a festival
got the ring light last week and my zoom calls look so much better
my mum loves the speaker
the case yellowed a bit but still fine
bought the tracker for my suitcase, worked great in spain
my cat keeps stealing my earbuds lmao
cant afford anything but im here for the vibes
window shopping tonight
just here to chill
watching from work shh
watching on my lunch break
watching from the bus
watching from bed
cant sleep so here i am
its 3am here
its raining here
so cold today
happy friday
happy friday everyone
tgif
weekend finally
monday again ugh
its my birthday today
happy birthday to me
its my first stream here
been following for a year now
long time viewer first time chatter
lurking
lurk
back to lurking
chat say hi to my friend
say hi to my sister she's watching too
my friend sent me here
the host is so funny
the host is so chill
love the energy
energy is crazy tonight
ur voice is so calming
laughing so hard rn
im crying 😂
i cant breathe
dead
im dead
💀💀
this chat 😂
chat is unhinged
whoever said that 😂
who said that lol
bro said that with his chest
not the dog barking 😂
the dog wants the speaker too
the cat walked in lmaoo
the camera guy is trying his best
the audio is good now
audio fixed
stream is smooth today
lag
lagging
frozen?
its frozen for me
refresh fixed it
ok its back
we back
welcome back
welcome in
hey welcome
hi new people
hi lurkers
glad to be here
good stream as always
thanks for the stream
see you next week
see you friday
night night
sleep well chat
i need a power bank for my social battery
my social battery is at 1%
i am the sold out speaker of this friendship group
my brain is on 2.4 ghz only
my patience has a 10 kg max load
i need noise cancelling for my family
noise cancelling for my neighbours when
i need a screen protector for my heart
my ex was a lightning cable
my ex was a 1 m cable, too short
my dating life is like a tracker tag with a dead battery
i would put a tracker tag on my motivation if i could find it
the ring light makes everyone look 10 years younger apparently, not me tho
me and my phone at 1%: 🤝
i am literally a power bank for my friends' problems
that case survived my toddler, 3 m drop my foot, he threw it further
dont talk to me before my coffee
i need this energy in my life
this stream is my charging pad
i came for the gadgets i stayed for the jokes
ok but the host's desk setup is clean
whoever designed this overlay did a great job
the overlay is so clean
nice lighting today
is that new lighting? looks great
the thumbnail got me
the title got me
clickbait worked on me
""".strip().splitlines()

CHAT_ZH = """
哈哈哈哈
哈哈哈哈哈哈哈哈
笑死
笑死我了
笑不活了
绷不住了
绷
蚌埠住了
太好笑了
晚上好
晚上好呀家人们
主播晚上好
大家好
来了来了
我来了
刚来 错过了什么
错过了啥
又来了
天天来
打卡
打卡打卡
每日打卡
签到
报道
第一次来
新人报道
老粉来了
关注了
已关注
点关注不迷路
点赞了
赞赞赞
给主播点赞
爱了爱了
爱了
好评
支持主播
支持支持
必须支持
冲冲冲
冲
冲啊
加油
主播加油
加油加油
太棒了
牛
牛啊
牛逼
牛哇
绝了
绝绝子
yyds
永远的神
好家伙
好家伙好家伙
可以可以
不错不错
挺好
还行
一般般
确实
真的
真的假的
啊这
？？？
？
啊？
哦
哦哦
嗯嗯
好的
好滴
收到
懂了
明白了
学到了
涨知识了
原来如此
有道理
说得对
没毛病
对对对
是的是的
不是吧
离谱
太离谱了
我去
卧槽
天哪
妈呀
救命
破防了
泪目
感动
心疼主播
主播辛苦了
辛苦了
谢谢主播
谢谢
感谢
感谢分享
谢谢解答
谢谢管理
管理辛苦了
拍了
已拍
拍了拍了
已下单
下单了
刚拍完
付款了
已付款
买了两个
买了买了
抢到了
抢到了开心
没抢到
没抢到哭了
手慢了
手速不够
网太卡了拍不上
又没抢到
下次一定
等下次
等发工资再买
穷 买不起
钱包空了
钱包在哭泣
剁手
又剁手了
控制不住自己
说好不买的
本来只是来看看的
看看不说话
路过
路过看看
潜水
冒个泡
我就看看
围观
吃瓜
前排
前排围观
沙发
板凳
上次买的耳机很好用
上次买的充电宝出差用了一周
我妈用那个音箱跳广场舞
上次买的牛肉干已经吃完了
买过数据线 质量确实好
钢化膜贴歪了 哈哈哈我手残
手机壳用了半年没发黄
防丢器挂在猫身上了哈哈
我家猫天天抢我耳机
收到了 包装很好
物流挺快的
昨天到货了 好用
回购第三次了
老顾客了
好用 推荐
家人们冲
姐妹们冲
兄弟们冲
冲就完了
闭眼入
闭眼冲
不买后悔
性价比高
值了
划算
便宜
太便宜了
这价格可以
我的充电宝就是我的命
我就是个行走的充电宝
我的电量只剩1%了
我的社交电量为零
我需要一个降噪耳机屏蔽我妈
我需要给我老公装个防丢器
我的钱包需要一个防丢器
我的心需要贴个钢化膜
我的前任就是一根一米的线 太短了
我这人就是2.4G 只连得上慢的
我的耐心最大承重10公斤
主播说话太逗了
主播太可爱了
主播好温柔
主播声音好听
主播口才真好
主播好敬业
这个主播有意思
听主播说话好舒服
背景音乐好听
灯光今天真好看
画质好清楚
画面好清晰
今天人好多
人越来越多了
弹幕好多
弹幕刷太快了看不过来
管理员好凶
被禁言了刚才
刚才卡了
卡了
卡死了
好卡
又卡了
现在好了
好了好了
恢复了
声音小了点
听不清
没声音了
有声音了
下班了来看直播
上班摸鱼看直播
在地铁上看
躺床上看
睡不着来看看
凌晨三点了还在看
明天还要上班
周五快乐
周末愉快
今天下雨了
今天好冷
今天好热
吃饭了没
我生日今天
祝我生日快乐
新年快乐
晚安
晚安家人们
明天见
下次见
拜拜
走了走了
先撤了
溜了
下了
主播早点休息
""".strip().splitlines()

# Chants and hype: numbers, 扣1, 666, 上链接 as a chant, caps (label 0).
CHANTS = """
1
11
111
1111111
2
22222
扣1
扣11111
扣1扣1扣1
扣2
666
6666
666666666
6
66
233
2333
23333333
886
88
999
777
111111111111111111
上链接上链接上链接
上链接！上链接！上链接！
上链接 上链接 上链接 🔥
家人们一起扣上链接
扣上链接
刷起来 上链接
上链接上链接 冲冲冲
上车上车
上车
发车发车
开抢开抢
3 2 1 上链接！！！
等上链接
坐等上链接
等开价
等等等
来了来了来了
冲冲冲冲冲冲冲
GOGOGO
GO GO GO
LETS GOOO
LETSGOOOOO
LETS GOOOOOOO 🔥🔥🔥
POG
POGGERS
W W W
WWWWW
HYPE
HYPEEEE
HYPE HYPE HYPE
LFG
SEND IT
DROP THE LINK DROP THE LINK
DROP IT DROP IT
FLASH SALE FLASH SALE
SALE SALE SALE
1 1 1 1
11111 if ur buying
type 1 if you're from the uk
2 if ur just watching
1 for the cable 2 for the case
3
33333
""".strip().splitlines()


def questions() -> list[AnswerCase]:
    """Every labelled question, by shop; written by hand, one line each."""
    out: list[AnswerCase] = []

    def shop(name: str) -> Callable[..., None]:
        def add(question: str, expect: str, on_air: str | None = None,
                **kw: Unpack[CaseExtras]) -> None:
            out.append(case(name, question, expect, on_air, **kw))
        return add

    g, s, a, k = shop("gadget"), shop("sample"), shop("apparel"), shop("snack")

    # == gadget: phone accessories & small electronics, GBP ====================================
    # prices, incl. variants, per-unit asks, other currencies, numbers in words
    g("how much is the power bank", "price", sku=PB)
    g("20000mah one how much??", "price", PB, sku=PB20)
    g("充电宝两万毫安的多少钱", "price", sku=PB20)
    g("一万毫安那个多少钱呀", "price", sku=PB10)
    g("price of the 10k powerbank pls", "price", sku=PB10)
    g("how much in dollars for the earbuds", "price", sku=EB)
    g("耳机多少人民币", "price", sku=EB)
    g("HOW MUCH IS THE RING LIGHT", "price", sku=RL)
    g("ringlight price? and does it come w the tripod", "price", sku=RL)
    g("数据线多少钱一根", "price", sku=CB)
    g("how much for a 2 metre white cable", "price", sku=CB2W)
    g("3m cable price", "price", sku=CB3B)
    g("how much is the case for iphone 15 pro max", "price", sku=CSPMC)
    g("苹果15的手机壳多少钱", "price", sku=CS15C)
    g("how much are your chargers", "price", sku=CH)
    g("充电器多少钱 能便宜点不", "price", sku=CH)
    g("screen protector for s24 how much", "price", sku=GLS24)
    g("钢化膜一片多少钱", "price", sku=GL)
    g("防丢器多少钱一个", "price", sku=TG)
    g("how much per plug", "price", sku=PL)
    g("车载支架几镑", "price", sku=MT)
    g("is the wireless charger twenty five pounds or less", "price", sku=CH)
    g("这款多少钱呀", "price", RL, sku=RL)
    g("wait how much was that again 😅", "price", TG, sku=TG)
    # stock
    g("is the speaker in stock", "stock", sku=SP)
    g("音箱还有吗 想要两个", "stock", sku=SP)
    g("any earbuds left?? only 9??", "stock", sku=EB)
    g("耳机还剩几个", "stock", sku=EB)
    g("is the 26800 sold out", "stock", sku=PB26)
    g("26800毫安的还有货吗", "stock", sku=PB26)
    g("white 2m cable in stock?", "stock", sku=CB2W)
    g("黑色的壳 pro max还有吗", "stock", sku=CSPMB)
    g("is that one still available", "stock", PL, sku=PL)
    g("现在这个还有货不", "stock", SP, sku=SP)
    # facts: specs, FAQ answers, variants that exist and that do not
    g("三米的白色线有吗", "fact", sku=CB, fact="3 m, Black")
    g("do u have the case for iphone 14", "fact", sku=CS,
      fact="iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max, Galaxy S24")
    g("有没有iPhone 16的壳", "fact", sku=CS, fact=CASE_MODELS_ZH)
    g("do you have a 50000mah power bank", "fact", sku=PB, fact="10000 mAh, 20000 mAh, 26800 mAh")
    g("充电宝有5000毫安的小的吗", "fact", sku=PB, fact="10000毫安、20000毫安、26800毫安")
    g("can i bring the powerbank on a flight to spain", "fact", sku=PB, fact="100 Wh")
    g("does the power bank charge my macbook air", "fact", sku=PB, fact="Only small USB-C laptops")
    g("充电宝多重啊 一万的", "fact", sku=PB, fact="210")
    g("how many times does the 10000 charge an iphone", "fact", sku=PB, fact="about twice")
    g("无线充电器功率多大", "fact", sku=CH, fact="15瓦")
    g("does the wireless charger come with the plug thing", "fact", sku=CH, fact="20 W")
    g("无线充带不带插头", "fact", sku=CH, fact="不带插头")
    g("will the charger work with my samsung", "fact", sku=CH, fact="7.5 W")
    g("does the magsafe charger work thru a thick otterbox case", "fact", sku=CH, fact="5 mm")
    g("do the earbuds have noise cancelling", "fact", sku=EB, fact="35 dB")
    g("耳机降噪怎么样 地铁上能用吗", "fact", sku=EB, fact="35")
    g("earbds how long battery", "fact", sku=EB, fact="28 hours")
    g("耳机能戴着跑步吗 会不会进汗", "fact", sku=EB, fact="IPX4")
    g("can i wear the earbuds in the shower", "fact", sku=EB, fact="IPX4")
    g("do the earbuds come in white", "fact", sku=EB, fact="matte black")
    g("耳机有白色的吗", "fact", sku=EB, fact="哑光黑")
    g("do the earbuds support aptx", "fact", sku=EB, fact="SBC, AAC")
    g("is the cable good for a monitor", "fact", sku=CB, fact="USB 2.0")
    g("数据线支持多少瓦", "fact", sku=CB, fact="100")
    g("how long is the cable", "fact", sku=CB, fact="1 m, 2 m, 3 m")
    g("线有多长", "fact", sku=CB, fact="1米、2米、3米")
    g("智能插座能用苹果home吗", "fact", sku=PL, fact="Alexa and Google Home")
    g("智能插座最大功率多少", "fact", sku=PL, fact="3120")
    g("do the smart plugs need a hub", "fact", sku=PL, fact="no hub")
    g("ring light how tall does the tripod go", "fact", sku=RL, fact="160 cm")
    g("补光灯有几档亮度", "fact", sku=RL, fact="10")
    g("补光灯要插电吗", "fact", sku=RL, fact="USB")
    g("speaker waterproof?", "fact", sku=SP, fact="IP67")
    g("音箱能放泳池边吗 会不会进水", "fact", sku=SP, fact="IP67")
    g("does the speaker float in the pool", "fact", sku=SP, fact="sinks")
    g("钢化膜有苹果15pro的吗", "fact", sku=GL, fact="iPhone 15、iPhone 15 Pro Max、三星Galaxy S24")
    g("is the glass privacy or clear", "fact", sku=GL, fact="no privacy filter")
    g("钢化膜几片装", "fact", sku=GL, fact="3")
    g("laptop stand fit 17 inch?", "fact", sku=ST, fact="17.3")
    g("笔记本支架最高能调多高", "fact", sku=ST, fact="15")
    g("is the stand available in space grey", "fact", sku=ST, fact="silver")
    g("车载支架带无线充吗", "fact", sku=MT, fact="没有充电功能")
    g("do the trackers work with my samsung", "fact", sku=TG, fact="Find My")
    g("is there a monthly fee for the tracker tags", "fact", sku=TG, fact="no subscription")
    g("防丢器电池能用多久", "fact", sku=TG, fact="约1年")
    g("whats the battery on this", "fact", SP, sku=SP, fact="12 hours")
    g("does the case come in blue", "fact", sku=CS, fact="clear, frost black")
    g("手机壳有黑色的吗", "fact", sku=CS, fact="磨砂黑")
    # deals, compare, policies
    g("今晚有啥折扣", "deals")
    g("is anything discounted rn or nah", "deals")
    g("whats cheaper the car mount or the screen protector", "compare", skus=[MT, GL])
    g("充电宝和无线充哪个便宜", "compare", skus=[PB, CH])
    g("earbuds vs speaker which one costs less", "compare", skus=[EB, SP])
    g("包邮吗 满多少", "policy", policy="shipping")
    g("next day delivery available?", "policy", policy="shipping")
    g("can i return the earbuds if i dont like them", "policy", policy="returns")
    g("钢化膜拆了能退吗", "policy", policy="returns")
    g("whats the warranty on the power bank", "policy", policy="warranty")
    g("数据线保修多久", "policy", policy="warranty")
    g("可以支付宝付款不", "policy", policy="payment")
    g("clearpay?", "policy", policy="payment")
    # must abstain: not carried (incl. near misses), for the streamer, aspects not stated
    g("苹果16多少钱", "abstain", why=NC)
    g("do you have a 65w wall charger", "abstain", why="no wall charger; only a wireless one")
    g("do you have lightning cables", "abstain", why=NC)
    g("有苹果的lightning线吗", "abstain", why=NC)
    g("卖不卖ipad啊", "abstain", why=NC)
    g("有没有自拍杆", "abstain", why=NC)
    g("do you sell the airpods pro 2", "abstain", why="earbuds yes, AirPods no")
    g("有华为的充电头吗", "abstain", why=NC)
    g("有没有pixel 8的壳", "fact", sku=CS, fact=CASE_MODELS_ZH)
    g("主播在哪里直播呀", "abstain", why=HOST)
    g("主播是英国人吗", "abstain", why=HOST)
    g("speaker back in stock when??", "abstain", sku=SP, why="restock date " + NS)
    g("充电宝能带上高铁吗", "abstain", sku=PB, why="trains " + NS)
    g("earbuds work with ps5?", "abstain", sku=EB, why=NS)
    g("耳机打游戏延迟高吗", "abstain", sku=EB, why=NS)
    g("how loud is the speaker in db", "abstain", sku=SP, why=NS)
    g("does the screen protector cover the camera lens too", "abstain", sku=GL, why=NS)
    g("does the power bank have a display showing %", "abstain", sku=PB, why=NS)
    g("充电宝有数显吗", "abstain", sku=PB, why=NS)
    g("is the phone case biodegradable", "abstain", sku=CS, why=NS)
    g("手机壳有镜头保护吗", "abstain", sku=CS, why=NS)
    g("智能插座待机耗电多少", "abstain", sku=PL, why=NS)
    g("补光灯能夹在桌边吗", "abstain", sku=RL, why=NS)
    g("这个耳机是哪里产的", "abstain", EB, sku=EB, why=NS)
    g("laptop stand ok on a standing desk? does it wobble", "abstain", sku=ST, why=NS)
    g("防丢器能定位小孩吗 实时的那种", "abstain", sku=TG, why=NS)

    # == sample show: groceries & home appliances, CNY ========================================
    s("牛腱子现在啥价 贵不贵", "price", sku=BEEF)
    s("beef shank how much per kilo", "price", sku=BEEF)
    s("腱子肉一斤合多少钱", "price", sku=BEEF)
    s("how much r the eggs", "price", sku=EGG)
    s("鸡蛋一个合几毛钱", "price", sku=EGG)
    s("30 eggs for how much in usd", "price", sku=EGG)
    s("玉米几块钱一根啊", "price", sku=CORN)
    s("sweet corn price?? 🌽", "price", sku=CORN)
    s("酸奶12杯一共多少钱", "price", sku=YOG)
    s("how mcuh is the yogrt", "price", sku=YOG)
    s("greek yoghurt how much each cup", "price", sku=YOG)
    s("苹果10斤多少钱", "price", sku=APPLE)
    s("fuji apples how much per kg", "price", sku=APPLE)
    s("香米五公斤多少钱 是泰国的吗", "price", sku=RICE)
    s("how much is the rice and is it from thailand", "price", sku=RICE)
    s("how much is the 65 inch", "price", sku=TV)
    s("电视到手价多少", "price", sku=TV)
    s("two thousand nine hundred for the tv??", "price", sku=TV)
    s("air fryer how much in pounds", "price", sku=FRYER)
    s("😍😍 how much the airfryer 😍", "price", sku=FRYER)
    s("扫地机现在什么价位", "price", sku=VAC)
    s("the robot hoover how much", "price", sku=VAC)
    s("电饭锅咋卖的", "price", sku=COOKER)
    s("净水器加安装一共多少钱", "price", sku=WATER)
    s("how much is the goose down duvet", "price", sku=DUVET)
    s("羽绒被一床多少钱", "price", sku=DUVET)
    s("how much is this one", "price", FRYER, sku=FRYER)
    s("这个几块钱 老张", "price", CORN, sku=CORN)
    s("土鸡蛋还有没有货啊", "stock", sku=EGG)
    s("tv still available?", "stock", sku=TV)
    s("yogurt sold out yet", "stock", sku=YOG)
    s("空气炸锅还剩多少台", "stock", sku=FRYER)
    s("IS THE DUVET STILL AVAILABLE", "stock", sku=DUVET)
    s("香米还有多少袋", "stock", sku=RICE)
    s("这个还有几台 抢不到了", "stock", VAC, sku=VAC)
    s("how long do i braise the shank for", "fact", sku=BEEF, fact="90 minutes")
    s("牛肉是冷冻发货吗", "fact", sku=BEEF, fact="冷链")
    s("are the eggs brown or white shells", "fact", sku=EGG, fact="light brown")
    s("鸡蛋多大一个", "fact", sku=EGG, fact="50")
    s("is the corn cooked already or raw", "fact", sku=CORN, fact="steamed")
    s("玉米甜度多少", "fact", sku=CORN, fact="16")
    s("yogurt how much protein", "fact", sku=YOG, fact="8.5")
    s("酸奶保质期几天啊", "fact", sku=YOG, fact="21")
    s("yogurt lactose free? my stomach hates milk", "fact", sku=YOG, fact="lactose")
    s("苹果有多大个", "fact", sku=APPLE, fact="80-85")
    s("苹果甜不甜啊 糖度多少", "fact", sku=APPLE, fact="15")
    s("rice from where in thailand", "fact", sku=RICE, fact="Surin")
    s("煮香米水放多少合适", "fact", sku=RICE, fact="1.2")
    s("whats the refresh on the aurora tv, 60 or 120?", "fact", sku=TV, fact="120 Hz")
    s("电视能挂墙吗 送支架吗", "fact", sku=TV, fact="挂架")
    s("does the tv have hdmi 2.1 for my ps5", "fact", sku=TV, fact="HDMI 2.1")
    s("电视多重 一个人能搬吗", "fact", sku=TV, fact="18.5")
    s("how many watts does the airfryer pull", "fact", sku=FRYER, fact="1500 W")
    s("空气炸锅能烤多大的鸡", "fact", sku=FRYER, fact="1.3")
    s("does the air fryer come in black", "fact", sku=FRYER, fact="sage green")
    s("空气炸锅只有绿色吗", "fact", sku=FRYER, fact="牛油果绿")
    s("can i chuck the fryer basket in the dishwasher", "fact", sku=FRYER, fact="dishwasher safe")
    s("robot vac suction in pa?", "fact", sku=VAC, fact="6000")
    s("扫地机续航多久 大平层够吗", "fact", sku=VAC, fact="180")
    s("will the vacuum eat my cats poop lol", "fact", sku=VAC, fact="pet waste")
    s("电饭煲能煮粥吗", "fact", sku=COOKER, fact="porridge")
    s("rice cooker good for how many ppl", "fact", sku=COOKER, fact="8 people")
    s("电饭煲内胆是什么材质的 有涂层吗", "fact", sku=COOKER, fact="铜")
    s("does the water filter need a power socket", "fact", sku=WATER, fact="socket")
    s("被子有几个尺寸", "fact", sku=DUVET, fact="150×200")
    s("is the duvet machine washable", "fact", sku=DUVET, fact="Dry cleaning")
    s("被子会钻绒吗", "fact", sku=DUVET, fact="防钻绒")
    s("is it good for gaming", "fact", TV, sku=TV, fact="120 Hz")
    s("这个多重", "fact", BEEF, sku=BEEF, fact="1 kg")
    s("这款能放洗碗机吗", "fact", FRYER, sku=FRYER, fact="不粘炸篮")
    s("今天有什么福利", "deals")
    s("any coupon codes?", "deals")
    s("whats discounted tonight lao zhang", "deals")
    s("电视和扫地机哪个贵", "compare", skus=[TV, VAC])
    s("eggs vs corn which is cheaper", "compare", skus=[EGG, CORN])
    s("酸奶跟鸡蛋哪个便宜点", "compare", skus=[YOG, EGG])
    s("新疆能发吗", "policy", policy="shipping-remote")
    s("寄香港吗 我在九龙", "policy", policy="shipping-remote")
    s("how many days to shanghai", "policy", policy="shipping-standard")
    s("发什么快递 生鲜会不会化", "policy", policy="shipping-standard")
    s("can I return the air fryer if i dont like it", "policy", policy="returns")
    s("牛肉收到了能退吗", "policy", policy="returns")
    s("扫地机保修多久", "policy", policy="warranty")
    s("花呗分期可以吗", "policy", policy="payment")
    s("do you take credit card", "policy", policy="payment")
    s("能开发票吗 公司的", "policy", policy="invoice")
    s("beef halal or no??", "abstain", sku=BEEF, why=NS)
    s("牛肉有激素吗", "abstain", sku=BEEF, why=NS)
    s("鸡蛋是当天下的吗", "abstain", sku=EGG, why=NS)
    s("are the eggs omega 3", "abstain", sku=EGG, why=NS)
    s("玉米是有机的吗", "abstain", sku=CORN, why=NS)
    s("are the apples organic", "abstain", sku=APPLE, why=NS)
    s("tv does it have a camera for video calls", "abstain", sku=TV, why=NS)
    s("电视有没有开机广告", "abstain", sku=TV, why=NS)
    s("tv netflix app built in?", "abstain", sku=TV, why=NS)
    s("空气炸锅噪音大吗", "abstain", sku=FRYER, why=NS)
    s("扫地机器人能爬门槛吗 多高的能过", "abstain", sku=VAC, why=NS)
    s("does the robot vacuum work with alexa", "abstain", sku=VAC, why=NS)
    s("rice cooker has a steamer basket?", "abstain", sku=COOKER, why=NS)
    s("净水器滤芯多少钱一个", "abstain", sku=WATER, why="the cartridge price is not in the facts")
    s("净水器能去除水垢吗", "abstain", sku=WATER, why=NS)
    s("is the duvet ok for summer", "abstain", sku=DUVET, why=NS)
    s("羽绒被有异味吗", "abstain", sku=DUVET, why=NS)
    s("有iPhone15卖吗", "abstain", why=NC)
    s("小米手机多少钱", "abstain", why=NC)
    s("苹果平板多少钱", "abstain", why=NC)
    s("do u sell pork", "abstain", why=NC)
    s("有没有羊肉卷 涮火锅的", "abstain", why=NC)
    s("got any chicken breast", "abstain", why=NC)
    s("卖冰箱吗", "abstain", why=NC)
    s("洗衣机有吗 滚筒的", "abstain", why=NC)
    s("do you have a microwave", "abstain", why=NC)
    s("主播多大了", "abstain", why=HOST)
    s("张总今天穿的什么牌子", "abstain", why=HOST)
    s("where is lao zhang from", "abstain", why=HOST)
    s("主播结婚了吗", "abstain", why=HOST)
    s("how long have you been streaming for", "abstain", why=HOST)
    s("这个是哪里产的", "abstain", VAC, sku=VAC, why=NS)

    # == apparel: USD ===========================================================================
    a("how much r the jeans", "price", sku=JEANS)
    a("牛仔裤多少美金", "price", sku=JEANS)
    a("jeans in RMB how much", "price", sku=JEANS)
    a("how much for the black jeans", "price", sku=JEANS)
    a("jeans in size 32 how much", "price", sku=JEANS)
    a("v neck tee price in euros?", "price", sku=TEE)
    a("T恤一件多少钱", "price", sku=TEE)
    a("can i get 3 tees for like 50 bucks", "price", sku=TEE)
    a("sweater how much", "price", sku=SWEATER)
    a("毛衣多少钱 还有吗", "price", sku=SWEATER)
    a("raincoat price", "price", sku=JACKET)
    a("冲锋衣多少刀", "price", sku=JACKET)
    a("HOW MUCH ARE THE SNEAKERS", "price", sku=SHOES)
    a("小白鞋多少钱一双", "price", sku=SHOES)
    a("beanie how much", "price", sku=BEANIE)
    a("那个毛线帽啥价", "price", sku=BEANIE)
    a("is the jacket one twenty nine", "price", sku=JACKET)
    a("这件多少钱", "price", JACKET, sku=JACKET)
    a("how much is that", "price", JEANS, sku=JEANS)
    a("do you still have the merino", "stock", sku=SWEATER)
    a("tee still in stock? only 35 left??", "stock", sku=TEE)
    a("雨衣还有多少件", "stock", sku=JACKET)
    a("shoes in stock?", "stock", sku=SHOES)
    a("帽子有现货吗", "stock", sku=BEANIE)
    a("毛衣卖光了？", "stock", sku=SWEATER)
    a("jeans come in 27 waist?", "fact", sku=JEANS, fact="28 to 38")
    a("牛仔裤有40码吗", "fact", sku=JEANS, fact="28到38")
    a("what inseam lengths for the jeans", "fact", sku=JEANS, fact="30 / 32 / 34")
    a("jeans stretchy or nah", "fact", sku=JEANS, fact="stretch")
    a("牛仔裤是纯棉的吗", "fact", sku=JEANS, fact="98%")
    a("do the jeans come in light wash", "fact", sku=JEANS, fact="light wash")
    a("牛仔裤有白色的吗", "fact", sku=JEANS, fact="靛蓝、黑色、浅蓝")
    a("do u have the tee in 3xl", "fact", sku=TEE, fact="S, M, L, XL, XXL")
    a("T恤有粉色吗", "fact", sku=TEE, fact="白、黑、麻灰、藏青")
    a("is the white tee see thru", "fact", sku=TEE, fact="not see-through")
    a("T恤多厚 透不透", "fact", sku=TEE, fact="180")
    a("T恤是宽松版还是修身", "fact", sku=TEE, fact="常规版型")
    a("does the merino itch", "fact", sku=SWEATER, fact="extra-fine merino")
    a("毛衣有XXL吗", "fact", sku=SWEATER, fact="XS到XL")
    a("merino sweater in navy?", "fact", sku=SWEATER, fact="oatmeal, charcoal, forest green")
    a("毛衣能机洗吗", "fact", sku=SWEATER, fact="冷水手洗")
    a("is the rain jacket breathable", "fact", sku=JACKET, fact="10000 g")
    a("is teh jacket waterprof", "fact", sku=JACKET, fact="10000 mm")
    a("雨衣有帽子吗", "fact", sku=JACKET, fact="帽兜")
    a("does the rain jacket pack down small", "fact", sku=JACKET, fact="own pocket")
    a("雨衣有什么颜色", "fact", sku=JACKET, fact="黑、橄榄绿、信号橙")
    a("sneakers come in size 13?", "fact", sku=SHOES, fact="US 5 to 12")
    a("帆布鞋有46码吗", "fact", sku=SHOES, fact="35到45")
    a("can u wash the canvas shoes in the machine", "fact", sku=SHOES, fact="gentle cold cycle")
    a("beanie one size?", "fact", sku=BEANIE, fact="one size fits most")
    a("毛线帽有黄色吗", "fact", sku=BEANIE, fact="芥末黄")
    a("beanie made of pure wool?", "fact", sku=BEANIE, fact="70%")
    a("wat size r the jeans", "fact", sku=JEANS, fact="28 to 38")
    a("what sizes does it come in", "fact", TEE, sku=TEE, fact="S, M, L, XL, XXL")
    a("is it true to size", "fact", SHOES, sku=SHOES, fact="half a size")
    a("这个有黑色吗", "fact", BEANIE, sku=BEANIE, fact="黑、芥末黄、灰、红")
    a("what's on discount rn", "deals")
    a("有什么折扣活动吗今天", "deals")
    a("any promo codes?? 🙏", "deals")
    a("beanie or tee which is cheaper", "compare", skus=[BEANIE, TEE])
    a("雨衣和毛衣哪个贵", "compare", skus=[JACKET, SWEATER])
    a("shoes vs jeans price?", "compare", skus=[SHOES, JEANS])
    a("free shipping if i buy 2 tees?", "policy", policy="shipping")
    a("运费多少刀", "policy", policy="shipping")
    a("下单后多久到货", "policy", policy="shipping")
    a("can i exchange for a bigger size", "policy", policy="returns")
    a("不合适能换码吗", "policy", policy="returns")
    a("return window?", "policy", policy="returns")
    a("apple pay ok?", "policy", policy="payment")
    a("能分期吗 四期那种", "policy", policy="payment")
    a("paypal accepted?", "policy", policy="payment")
    a("jeans shrink after washing?", "abstain", sku=JEANS, why=NS)
    a("do the jeans have a button fly or zip", "abstain", sku=JEANS, why=NS)
    a("牛仔裤会掉裆吗", "abstain", sku=JEANS, why=NS)
    a("jacket has pit zips?", "abstain", sku=JACKET, why=NS)
    a("雨衣冬天穿保暖吗 有没有内胆", "abstain", sku=JACKET, why=NS)
    a("are the sneakers vegan", "abstain", sku=SHOES, why=NS)
    a("鞋底防滑吗 下雨天", "abstain", sku=SHOES, why=NS)
    a("is the beanie waterproof", "abstain", sku=BEANIE, why=NS)
    a("毛衣会起球吗", "abstain", sku=SWEATER, why=NS)
    a("T恤是哪里生产的", "abstain", sku=TEE, why=NS)
    a("merino back in stock next week?", "abstain", sku=SWEATER, why="restock " + NS)
    a("do you sell hoodies", "abstain", why=NC)
    a("有没有连衣裙", "abstain", why=NC)
    a("got socks?", "abstain", why=NC)
    a("有羽绒服吗", "abstain", why="a rain jacket is not a down jacket")
    a("do you have leather boots", "abstain", why=NC)
    a("有没有运动裤 要那种松紧的", "abstain", why=NC)
    a("any sunglasses", "abstain", why=NC)
    a("卖包吗 双肩包", "abstain", why=NC)
    a("what size is the host wearing", "abstain", why=HOST)
    a("how tall are u", "abstain", why=HOST)
    a("你是哪里人啊", "abstain", why=HOST)
    a("主播平时健身吗", "abstain", why=HOST)
    a("what material is it", "fact", BEANIE, sku=BEANIE, fact="70% wool 30% nylon")

    # == snack shop: CNY ========================================================================
    k("牛肉干多少钱一包", "price", sku=JERKY)
    k("jerky how much", "price", sku=JERKY)
    k("beef jerky in usd?", "price", sku=JERKY)
    k("牛肉干四十九块九吗", "price", sku=JERKY)
    k("每日坚果一袋多少钱", "price", sku=NUTS)
    k("mixed nuts price for the 30 pack", "price", sku=NUTS)
    k("海苔几块钱", "price", sku=SEAWEED)
    k("seaweed snacks how much", "price", sku=SEAWEED)
    k("芒果干多少一斤", "price", sku=MANGO)
    k("dried mango price pls", "price", sku=MANGO)
    k("瓜子一公斤多少钱", "price", sku=SEEDS)
    k("sunflower seeds how much per kg", "price", sku=SEEDS)
    k("奶茶粉一条多少钱", "price", sku=MILKTEA)
    k("hk milk tea how much", "price", sku=MILKTEA)
    k("多少钱一盒 奶茶", "price", sku=MILKTEA)
    k("how much is it rn", "price", MANGO, sku=MANGO)
    k("这个怎么卖的家人们", "price", NUTS, sku=NUTS)
    k("海苔还剩多少", "stock", sku=SEAWEED)
    k("is the seaweed running out", "stock", sku=SEAWEED)
    k("mango still available?", "stock", sku=MANGO)
    k("瓜子没卖完吧", "stock", sku=SEEDS)
    k("jerky in stock", "stock", sku=JERKY)
    k("坚果还有多少盒", "stock", sku=NUTS)
    k("还有几包", "stock", SEAWEED, sku=SEAWEED)
    k("牛肉干辣吗 我不太能吃辣", "fact", sku=JERKY, fact="特辣")
    k("is the jerky very spicy", "fact", sku=JERKY, fact="hot")
    k("jerky how many packs inside", "fact", sku=JERKY, fact="10")
    k("牛肉干保质期多久", "fact", sku=JERKY, fact="9")
    k("牛肉干是哪里产的", "fact", sku=JERKY, fact="四川")
    k("坚果有什么 有核桃吗", "fact", sku=NUTS, fact="核桃")
    k("nuts got salt on them?", "fact", sku=NUTS, fact="no added salt")
    k("每日坚果保质期", "fact", sku=NUTS, fact="6")
    k("seaweed ok for toddlers", "fact", sku=SEAWEED, fact="lightly salted")
    k("海苔是什么口味的", "fact", sku=SEAWEED, fact="海盐")
    k("芒果干哪里产的", "fact", sku=MANGO, fact="宿务")
    k("dried mango sugar added?", "fact", sku=MANGO, fact="lightly sweetened")
    k("芒果干软的还是硬的", "fact", sku=MANGO, fact="有嚼劲")
    k("瓜子是什么味的", "fact", sku=SEEDS, fact="焦糖")
    k("瓜子粒大不大啊", "fact", sku=SEEDS, fact="大颗粒")
    k("how do i make the milk tea iced", "fact", sku=MILKTEA, fact="little hot water")
    k("奶茶粉一条冲多少水", "fact", sku=MILKTEA, fact="150")
    k("奶茶粉保质期", "fact", sku=MILKTEA, fact="18")
    k("这个辣不辣", "fact", JERKY, sku=JERKY, fact="特辣")
    k("这个是甜的吗", "fact", SEEDS, sku=SEEDS, fact="焦糖")
    k("is this salty", "fact", NUTS, sku=NUTS, fact="no added salt")
    k("有没有满减", "deals")
    k("what's on promo", "deals")
    k("优惠券在哪领啊", "deals")
    k("牛肉干和芒果干哪个便宜", "compare", skus=[JERKY, MANGO])
    k("seeds or seaweed cheaper?", "compare", skus=[SEEDS, SEAWEED])
    k("奶茶粉跟坚果哪个贵", "compare", skus=[MILKTEA, NUTS])
    k("满多少包邮", "policy", policy="shipping")
    k("顺丰吗", "policy", policy="shipping")
    k("ship to guangzhou, how fast", "policy", policy="shipping")
    k("拆了能退吗", "policy", policy="returns")
    k("can i return unopened snacks", "policy", policy="returns")
    k("微信能付吗", "policy", policy="payment")
    k("visa card ok?", "policy", policy="payment")
    k("beef jerky halal?", "abstain", sku=JERKY, why=NS)
    k("坚果能给孕妇吃吗", "abstain", sku=NUTS, why=NS)
    k("any peanuts in the daily nuts? im allergic", "abstain", sku=NUTS, why="allergen traces " + NS)
    k("海苔是韩国的吗", "abstain", sku=SEAWEED, why=NS)
    k("seaweed gluten free?", "abstain", sku=SEAWEED, why=NS)
    k("mango vegan?", "abstain", sku=MANGO, why=NS)
    k("sunflower seeds shelled or in shell", "abstain", sku=SEEDS, why=NS)
    k("瓜子上火吗", "abstain", sku=SEEDS, why=NS)
    k("奶茶粉含咖啡因吗", "abstain", sku=MILKTEA, why=NS)
    k("is the milk tea sugar free", "abstain", sku=MILKTEA, why=NS)
    k("牛肉干硬不硬 老人能吃吗", "abstain", sku=JERKY, why=NS)
    k("有辣条吗", "abstain", why=NC)
    k("do u have crisps", "abstain", why=NC)
    k("有卖螺蛳粉吗", "abstain", why=NC)
    k("do you sell coca cola", "abstain", why=NC)
    k("有猪肉脯吗", "abstain", why="beef jerky yes, pork no")
    k("mango juice?", "abstain", why="dried mango yes, juice no")
    k("有珍珠奶茶吗 带珍珠的", "abstain", why="milk tea powder yes, bubble tea no")
    k("卖巧克力吗", "abstain", why=NC)
    k("主播吃这么多不胖吗", "abstain", why=HOST)
    k("主播是四川人吗", "abstain", why=HOST)
    k("what's ur fav snack", "abstain", why=HOST)
    k("这个热量高吗", "abstain", MANGO, sku=MANGO, why=NS)
    g("do you deliver to dublin", "policy", policy="shipping")
    g("klarna or clearpay which one do u take", "policy", policy="payment")
    g("iphone 16 pro max how much are you selling it for", "abstain", why=NC)
    g("hw old r u btw", "abstain", why=HOST)
    # == more for the development shops ========================================================
    s("老张这牛肉几成瘦啊 肥的多不多", "abstain", sku=BEEF, why=NS)
    s("beef shank bone in or boneless?", "abstain", sku=BEEF, why=NS)
    s("牛肉是整块的还是切好的", "abstain", sku=BEEF, why=NS)
    s("鸡蛋能做溏心蛋吗 给小孩吃的", "fact", sku=EGG, fact="煮熟")
    s("鸡蛋是哪个省的", "fact", sku=EGG, fact="河北")
    s("are those eggs double yolk lol", "abstain", sku=EGG, why=NS)
    s("鸡蛋能放多久 夏天", "abstain", sku=EGG, why=NS)
    s("玉米是糯的还是甜的", "abstain", sku=CORN, why="sweet corn, but waxy or not " + NS)
    s("corn gluten free?", "abstain", sku=CORN, why=NS)
    s("玉米能放冰箱冻吗", "abstain", sku=CORN, why=NS)
    s("玉米一根多重", "fact", sku=CORN, fact="250")
    s("酸奶孕妇能喝吗", "abstain", sku=YOG, why=NS)
    s("yoghurt got probiotics in it?", "fact", sku=YOG, fact="live cultures")
    s("酸奶是冷链发吗 夏天会不会坏", "fact", sku=YOG, fact="冷链")
    s("苹果是今年的新果吗", "abstain", sku=APPLE, why=NS)
    s("do the apples bruise in delivery, mine came bashed last time", "abstain", sku=APPLE, why=NS)
    s("苹果一箱大概几个", "fact", sku=APPLE, fact="16")
    s("香米是新米吗", "fact", sku=RICE, fact="新季")
    s("is the jasmine rice good for sushi", "abstain", sku=RICE, why=NS)
    s("大米有没有虫 放久了", "abstain", sku=RICE, why=NS)
    s("电视能连蓝牙耳机吗", "abstain", sku=TV, why=NS)
    s("does the telly do freeview", "abstain", sku=TV, why=NS)
    s("电视内存多大 卡不卡", "fact", sku=TV, fact="4 GB RAM")
    s("电视有几个hdmi口", "fact", sku=TV, fact="3")
    s("what size is the tv without the stand, will it fit 150cm wall", "fact", sku=TV, fact="1449")
    s("空气炸锅能烤蛋糕吗", "abstain", sku=FRYER, why=NS)
    s("空气炸锅有几个菜单", "fact", sku=FRYER, fact="8")
    s("airfryer has a window to see the food?", "fact", sku=FRYER, fact="window")
    s("空气炸锅最高多少度", "fact", sku=FRYER, fact="200")
    s("扫地机能自动倒垃圾吗", "fact", sku=VAC, fact="集尘")
    s("扫地机器人有多高 沙发底下能进吗", "fact", sku=VAC, fact="9.7")
    s("robot vacuum how loud at night", "fact", sku=VAC, fact="55 dB")
    s("扫地机能扫狗毛吗 掉毛很严重", "abstain", sku=VAC, why=NS)
    s("does the vacuum map multiple floors", "abstain", sku=VAC, why=NS)
    s("电饭煲能预约吗", "fact", sku=COOKER, fact="24")
    s("电饭煲有不粘涂层吗 安全吗", "fact", sku=COOKER, fact="PFOA")
    s("rice cooker made in japan?", "abstain", sku=COOKER, why=NS)
    s("电饭煲能蒸馒头吗", "abstain", sku=COOKER, why=NS)
    s("净水器要装在哪 厨房下面吗", "fact", sku=WATER, fact="厨下")
    s("净水器有废水吗 废水比多少", "abstain", sku=WATER, why=NS)
    s("water purifier does it remove fluoride", "abstain", sku=WATER, why=NS)
    s("净水器出水多快", "fact", sku=WATER, fact="2")
    s("被子多重 盖着压不压", "fact", sku=DUVET, fact="1.5")
    s("duvet cover included or just the insert?", "abstain", sku=DUVET, why=NS)
    s("被子有粉色的吗", "fact", sku=DUVET, fact="white")
    s("鹅绒被含绒量多少", "fact", sku=DUVET, fact="95%")
    s("能寄到台湾吗", "policy", policy="shipping-remote")
    s("付款后多久发货呀", "policy", policy="shipping-standard")
    s("家电坏了怎么修 要自己寄吗", "policy", policy="warranty")
    s("被子不喜欢能退吗 拆了塑封的", "policy", policy="returns")
    s("do you do ifapiao for company", "policy", policy="invoice")
    s("有没有卖猫粮的", "abstain", why=NC)
    s("卖不卖榴莲", "abstain", why=NC)
    s("got any olive oil", "abstain", why=NC)
    s("有电热毯吗 冬天用", "abstain", why="a duvet yes, an electric blanket no")
    s("有没有烤箱 不要空气炸锅", "abstain", why="an air fryer yes, an oven no")
    s("主播家里用的什么电视", "abstain", why=HOST)
    s("老张你几点下播", "abstain", why=HOST)
    s("how much is the beef and eggs together", "compare", skus=[BEEF, EGG])
    a("jeans have back pockets?", "fact", sku=JEANS, fact="five pockets")
    a("牛仔裤是高腰的吗", "fact", sku=JEANS, fact="中腰")
    a("牛仔裤会掉色吗 染裤子吗", "fact", sku=JEANS, fact="pre-washed")
    a("are the jeans bootcut", "fact", sku=JEANS, fact="tapered")
    a("do the jeans come in a 36 inseam", "fact", sku=JEANS, fact="30 / 32 / 34")
    a("牛仔裤有没有破洞款", "abstain", sku=JEANS, why=NS)
    a("jeans made in usa?", "abstain", sku=JEANS, why=NS)
    a("T恤领口会变形吗", "abstain", sku=TEE, why=NS)
    a("tee got a pocket?", "abstain", sku=TEE, why=NS)
    a("T恤能烘干吗", "fact", sku=TEE, fact="tumble dry low")
    a("is the tee organic cotton", "abstain", sku=TEE, why=NS)
    a("毛衣是羊绒的吗", "fact", sku=SWEATER, fact="100%美利奴羊毛")
    a("is the merino sweater machine washable on wool cycle", "fact", sku=SWEATER, fact="wool cycle")
    a("毛衣是高领的吗", "fact", sku=SWEATER, fact="圆领")
    a("sweater warm enough for -10?", "abstain", sku=SWEATER, why=NS)
    a("雨衣能当冲锋衣爬山吗", "abstain", sku=JACKET, why=NS)
    a("jacket got zip pockets", "fact", sku=JACKET, fact="2 zip hand pockets")
    a("雨衣防水多少", "fact", sku=JACKET, fact="10000")
    a("is the rain jacket ok for cycling, long at the back?", "abstain", sku=JACKET, why=NS)
    a("帆布鞋鞋垫能拿出来吗", "abstain", sku=SHOES, why=NS)
    a("sneaker sole rubber?", "fact", sku=SHOES, fact="vulcanised rubber")
    a("帆布鞋有红色的吗", "fact", sku=SHOES, fact="白、黑、红")
    a("sneakers come in green?", "fact", sku=SHOES, fact="white, black, red")
    a("鞋子是高帮还是低帮", "fact", sku=SHOES, fact="低帮")
    a("帽子能翻边吗", "fact", sku=BEANIE, fact="翻边")
    a("beanie got a pom pom?", "abstain", sku=BEANIE, why=NS)
    a("帽子大头能戴吗 我头围60", "abstain", sku=BEANIE, why="head size " + NS)
    a("do you ship to australia", "abstain", why="the policy names no destinations")
    a("满50包邮是美元吗", "policy", policy="shipping")
    a("穿过一次能退吗", "policy", policy="returns")
    a("有没有西装", "abstain", why=NC)
    a("do you have kids sizes", "abstain", why=NC)
    a("有没有围巾 配帽子的", "abstain", why="a beanie yes, a scarf no")
    a("got any rain boots to go with the jacket", "abstain", why="a rain jacket yes, boots no")
    a("有没有拖鞋", "abstain", why=NC)
    a("主播这身衣服是自己家的吗", "abstain", why=HOST)
    a("模特多高多重", "abstain", why=HOST)
    a("牛仔裤跟T恤一起买多少钱", "compare", skus=[JEANS, TEE])
    k("牛肉干是散装的吗 还是小包", "fact", sku=JERKY, fact="10小包")
    k("jerky ingredients?", "fact", sku=JERKY, fact="Sichuan pepper")
    k("牛肉干有没有不辣的", "fact", sku=JERKY, fact="特辣")
    k("牛肉干有添加剂吗 防腐剂", "abstain", sku=JERKY, why=NS)
    k("jerky is it chewy or soft", "abstain", sku=JERKY, why=NS)
    k("每日坚果里有腰果吗", "fact", sku=NUTS, fact="腰果")
    k("nuts roasted or raw", "fact", sku=NUTS, fact="roasted")
    k("坚果一天吃几袋", "fact", sku=NUTS, fact="每天一袋")
    k("坚果是今年新货吗", "abstain", sku=NUTS, why=NS)
    k("mixed nuts keto friendly?", "abstain", sku=NUTS, why=NS)
    k("海苔一包多少克", "fact", sku=SEAWEED, fact="4 g")
    k("海苔有芝麻吗 过敏", "fact", sku=SEAWEED, fact="芝麻油")
    k("seaweed spicy flavour available?", "fact", sku=SEAWEED, fact="sea salt")
    k("海苔能拌饭吗", "abstain", sku=SEAWEED, why=NS)
    k("芒果干配料有啥", "fact", sku=MANGO, fact="芒果、白砂糖")
    k("芒果干是泰国的吗", "fact", sku=MANGO, fact="菲律宾")
    k("mango slices thick or thin", "fact", sku=MANGO, fact="Thick")
    k("芒果干有二氧化硫吗", "abstain", sku=MANGO, why=NS)
    k("瓜子是原味的吗", "fact", sku=SEEDS, fact="焦糖")
    k("瓜子保质期几个月", "fact", sku=SEEDS, fact="8")
    k("瓜子好嗑吗 会不会有空壳", "abstain", sku=SEEDS, why=NS)
    k("are the seeds salted", "abstain", sku=SEEDS, why=NS)
    k("奶茶粉是红茶做的吗", "fact", sku=MILKTEA, fact="红茶")
    k("奶茶粉甜不甜 糖多吗", "abstain", sku=MILKTEA, why=NS)
    k("milk tea powder one box how many cups", "fact", sku=MILKTEA, fact="20")
    k("奶茶粉有植脂末吗", "abstain", sku=MILKTEA, why=NS)
    k("snacks ship to beijing same day?", "policy", policy="shipping")
    k("没拆封的能退吗 买多了", "policy", policy="returns")
    k("能用信用卡吗", "policy", policy="payment")
    k("有没有薯片 乐事的", "abstain", why=NC)
    k("卖不卖鸭脖", "abstain", why=NC)
    k("got any gummy bears", "abstain", why=NC)
    k("有牛肉粒吗 不要牛肉干", "abstain", why="beef jerky yes, beef bites no")
    k("有芒果布丁吗", "abstain", why="dried mango yes, pudding no")
    k("有没有奶茶杯 带吸管的", "abstain", why=NC)
    k("have u got any green tea", "abstain", why=NC)
    k("主播一天吃多少零食", "abstain", why=HOST)
    k("你们店开了几年了", "abstain", why="the shop's history " + NS)
    k("瓜子跟海苔哪个划算", "compare", skus=[SEEDS, SEAWEED])
    k("今天零食有什么活动", "deals")
    return out


# -- platform and bot noise, put together the way platforms and chat bots write it ----------
NAMES_EN = ["pixel", "mochi", "sam", "jess", "kev", "lily", "neo", "bean", "toast", "crumb",
            "moon", "fox", "ace", "zed", "biscuit", "gaz", "poppy", "reece", "hollie", "dex"]
NAME_TAILS = ["_uk", "99", "x", "_tv", "2k", "_", "007", "lol", "", "_gg", "1987", "xo"]
NAMES_ZH = ["小鱼", "阿杰", "猫猫", "大橙子", "糖糖", "不吃香菜", "夜猫子", "阿花", "小飞侠", "土豆",
            "奶茶续命", "早睡早起", "吃瓜群众", "快乐小狗", "咸鱼翻身"]
ZH_TAILS = ["", "呀", "同学", "123", "_", "酱", "666", "ovo"]
EMOTES = ["Kappa", "PogChamp", "LUL", "KEKW", "OMEGALUL", "monkaS", "Pog", "catJAM", "PepeHands",
          "Sadge", "EZ", "HeyGuys", "VoHiYo", "BibleThump", "Kreygasm", "<3", "NotLikeThis",
          "ResidentSleeper", "SeemsGood", "PepeLaugh"]
EMOJI = ["🔥", "😂", "👍", "❤️", "😍", "🎉", "💯", "👏", "🙌", "😭", "💀", "🤣", "✨", "🥰", "😎",
         "🤯"]
STICKERS = ["[doge]", "[微笑]", "[笑哭]", "[呲牙]", "[赞]", "[爱心]", "[鼓掌]", "[666]", "[比心]",
            "[玫瑰]", "[捂脸]", "[奸笑]", "[流泪]", "[害羞]"]
GIFTS = ["小心心", "辣条", "小电视飞船", "嘉年华", "玫瑰", "棒棒糖", "荧光棒", "粉丝灯牌", "人气票",
         "墨镜", "爱心", "啤酒"]
SONGS = ["lofi beats to shop to", "Dua Lipa - Levitating", "周杰伦 - 晴天", "Mr. Brightside",
         "Sweet Caroline", "陈奕迅 - 孤勇者", "Blinding Lights"]


def _noise(rnd: random.Random, n: int) -> list[str]:
    """`n` lines of emote walls, platform notices and other bots' commands and replies."""

    def en() -> str:
        return rnd.choice(NAMES_EN) + rnd.choice(NAME_TAILS)

    def zh() -> str:
        return rnd.choice(NAMES_ZH) + rnd.choice(ZH_TAILS)

    def wall() -> str:
        pool = rnd.choice([EMOTES, EMOJI, STICKERS])
        if rnd.random() < 0.5:
            e = rnd.choice(pool)
            return (" " if pool is EMOTES else rnd.choice(["", " "])).join([e] * rnd.randint(2, 12))
        return " ".join(rnd.choice(pool) for _ in range(rnd.randint(2, 7)))

    makers: list[Callable[[], str]] = [
        wall, wall, wall, wall,
        lambda: f"{en()} gifted {rnd.randint(1, 50)} subs to the community!",
        lambda: f"{en()} just subscribed with Prime!",
        lambda: f"{en()} subscribed at Tier 1. They've subscribed for {rnd.randint(2, 40)} months!",
        lambda: f"{en()} cheered {rnd.choice([100, 200, 500, 1000, 69, 420])} bits",
        lambda: f"{en()} is raiding with a party of {rnd.randint(3, 400)}!",
        lambda: f"{zh()} 送出了 {rnd.choice(GIFTS)} x{rnd.randint(1, 99)}",
        lambda: f"{zh()} 投喂了 {rnd.choice(GIFTS)}",
        lambda: f"感谢 {zh()} 送的{rnd.choice(GIFTS)}",
        lambda: f"{zh()} 开通了舰长",
        lambda: f"欢迎 {zh()} 进入直播间",
        lambda: f"{zh()} 关注了主播",
        lambda: rnd.choice(["!points", "!uptime", "!followage", "!discord", "!socials", "!song",
                            "!lurk", "!dice", "!commands", "!watchtime", "!gamble all"]),
        lambda: f"!gamble {rnd.choice([10, 50, 100, 500, 1000])}",
        lambda: f"!hug @{en()}",
        lambda: f"!so @{en()}",
        lambda: f"@{en()} you have {rnd.randint(5, 90000):,} points",
        lambda: f"{en()} has {rnd.randint(5, 90000)} channel points and is rank {rnd.randint(1, 3000)}",
        lambda: f"Stream has been live for {rnd.randint(0, 5)}h {rnd.randint(0, 59)}m",
        lambda: f"@{en()} has been following for {rnd.randint(1, 6)} years {rnd.randint(0, 11)} months",
        lambda: f"Now playing: {rnd.choice(SONGS)} (requested by {en()})",
        lambda: f"{en()} gambled {rnd.choice([10, 50, 100])} points and "
                f"{rnd.choice(['won', 'lost'])}! They now have {rnd.randint(0, 5000)} points",
        lambda: f"{en()} is now lurking, enjoy the stream!",
        lambda: f"{en()} rolled a {rnd.randint(1, 20)}",
        lambda: f"{zh()} 的积分：{rnd.randint(10, 9999)}",
        lambda: f"{zh()} 在直播间抽到了 {rnd.choice(GIFTS)}",
        lambda: "1" * rnd.randint(3, 30),
        lambda: "6" * rnd.randint(4, 25),
        lambda: "扣" + "1" * rnd.randint(2, 12),
        lambda: "2333" + "3" * rnd.randint(1, 15),
        lambda: "哈" * rnd.randint(5, 24),
        lambda: "W" * rnd.randint(3, 15),
        lambda: "LO" + "O" * rnd.randint(2, 10) + "L",
    ]
    return [rnd.choice(makers)() for _ in range(n)]


def _key(text: str) -> str:
    """A line's normalised text: case-folded, full-width folded, punctuation, spaces and emoji
    dropped (empty for a line of only those; compare the raw text then)."""
    return re.sub(r"[\W_]+", "", normalize(text))


def _existing() -> set[str]:
    """The normalised text of every line and question in the other sets under data/."""
    seen: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path != CHAT:
            texts, _, _ = read_corpus(path)
            seen |= {_key(t) or t for t in texts}
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path != ANSWERS:
            for line in path.read_text(encoding="utf-8").splitlines():
                q = str(json.loads(line)["question"])
                seen.add(_key(q) or q)
    return seen


def chat(existing: set[str], seed: int = 606) -> list[tuple[int, int, str]]:
    """(label, on_air, text) rows: the hand-written lines, then as much platform noise as keeps
    the share of questions near 22%, shuffled into a show whose products come and go on air."""
    rnd = random.Random(seed)
    taken: set[str] = set()
    rows: list[tuple[int, bool, str]] = []  # label, said of the product on air, text

    def keep(label: int, deictic: bool, text: str) -> None:
        text = text.strip()
        key = _key(text) or text
        if text and key not in existing and key not in taken:
            taken.add(key)
            rows.append((label, deictic, text))

    for t in ASKS_EN + ASKS_ZH:
        keep(1, False, t)
    for t in DEICTIC:
        keep(1, True, t)
    for t in FOR_STREAMER + CHAT_EN + CHAT_ZH + CHANTS:
        keep(0, False, t)
    asks = sum(r[0] for r in rows)
    want = max(1500, round(asks / 0.22)) - len(rows)
    while want > 0:
        before = len(rows)
        for t in _noise(rnd, want):
            keep(0, False, t)
        want -= len(rows) - before
    rnd.shuffle(rows)
    out: list[tuple[int, int, str]] = []
    air, left = False, 0
    for label, deictic, text in rows:
        if left == 0:  # a segment of the show: a product on air (about 2 in 3) or not
            air, left = rnd.random() < 0.65, rnd.randint(15, 70)
        left -= 1
        out.append((label, int(air or deictic), text))
    return out


def main() -> None:
    existing = _existing()
    rows = chat(existing)
    with CHAT.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in rows:
            f.write(f"{label}\t{air}\t{text}\n")
    cases: list[AnswerCase] = []
    seen: set[str] = set()
    for row in questions():
        key = _key(row["question"])
        if key in existing or key in seen:
            print("dropped (in another set):", row["question"])
            continue
        seen.add(key)
        cases.append(row)
    with ANSWERS.open("w", encoding="utf-8") as f:
        for row in cases:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    zh_lines = sum(bool(CJK.search(t)) for _, _, t in rows)
    print(f"chat_heldout6: {len(rows)} lines, {sum(r[0] for r in rows)} questions, "
          f"{zh_lines} Chinese; answers_heldout6: {len(cases)} questions")


if __name__ == "__main__":
    main()
