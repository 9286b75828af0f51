"""The seventeenth held-out set: a chat corpus (data/chat_heldout17.tsv) and an answer suite
(data/answers_heldout17.jsonl), written by hand in one session by a helper with no view of the
bot's answers, its fixes or the earlier held-out generators (only their normalised text was
loaded, to drop repeats). The team never reads this file or its output: only bench totals.

The show: a Melbourne bicycle, e-bike & cycling-gear shop (tests/fixtures/shops/cycle_*.yaml, AUD)
live on a Tuesday evening, the host riding the Urbano e-bike on a trainer, then holding up
helmets, tubes, lube, locks, lights and the kids' balance bike. The viewers: Australians and
New Zealanders in their own slang (arvo, servo, treadly, lid, "chuck us the link", "sweet as",
"chur"), Indian and South-Asian viewers in Indian English and Hinglish ("price pls sir", "kitna
hai", "COD available?", "do the needful"), mainland Chinese viewers in internet slang (yyds, 绝绝子,
蹲一个, 扣1, 上链接, 电驴多少钱), Singaporean and Australian Chinese mixing English into Chinese ("这个
helmet几钱", "deliver去Sydney要多久"), Hong Kong and Taiwan viewers in traditional characters and
Cantonese (單車幾錢, 有冇貨), and cycling-community Twitch and YouTube chatters: jargon (groupset,
cadence or torque sensor, hub motor, tubeless, PSI, Strava, KOM), Gen-Z slang, emote walls,
copypastas, other bots' commands and their outputs, raids, sub and gift notices, "1" and 扣1
chants, "+1", "ordered!", questions to the host, cycling talk that names products but asks
nothing, and questions that are not for the shop.

Chat labels: 1 is a question or request the shop's facts or policies answer (price, stock,
size or fit, compatibility, specs, delivery, payment, returns, warranty, deals, "send the link"),
asked with or without a question mark, in one word or many; 0 is everything else. on_air says
whether a product was on air when the line was written (deictic asks, "how much this one",
呢個幾錢, are written on air).

The answer suite: rows in the shape of bot/answers/understand/cases.py, a quarter on the cycle
shop (variants in the viewer's own words, the sold-out M frame, per-unit asks, numbers in words,
other units, Australian slang and Indian English), the rest on the eleven earlier held-out shops
(gadget to garden), the outdoor development shop and the three dev shops; a third or more must
be abstained on (products not carried, things the listings do not say, questions to the host,
road rules, discounts the shop never offered).

Run: python -m bot.answers.understand.make_heldout17
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout17.tsv"
ANSWERS = HERE / "answers_heldout17.jsonl"


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


def _lines(block: str) -> list[str]:
    """The chat lines of a block, one a line, as written (blank lines skipped)."""
    return [line.strip() for line in block.splitlines() if line.strip()]


# -- chat: shop asks with a product on air (label 1, on_air 1) -------------------------------
ASK_ON_AIR = """
how much is it mate
how much is this one mate
hows much for the medium
is the medium still going
is the large still going or has it sold out
reckon it'd fit a 5 foot 2 sheila
reckon the small would fit me, im 5 foot 4
how many k's on a charge
how many ks does she get on one charge
can I ride it on the footpath
what's the go with afterpay on this one
chuck us the link
chuck us the link for the lid mate
any chance of a discount for a tradie
is that the 14 amp hour battery on it
does she come with a charger
does it ship to perth or nah
how long would it take to get one to Tassie
can I grab it from the shop in brunswick
does that lid come in a bigger size
what size lid for a 59cm noggin
how heavy is the treadly
how heavy is she with the battery in
is that the ochre one
got the ochre one in a large
can that take a kid seat on the back
will the koala seat go on that rack
how fast does she go
does it go more than 25
can you derestrict it
throttle or pedal only on this one
is it waterproof or what
can I hose it down after a muddy ride
what gears has it got
hydraulic brakes or cable on that
what tyres come on it
is it a torque sensor or cadence
does the battery come out
can I charge the battery off the bike
how long to charge it from flat
warranty on the motor?
how long's the warranty on that battery
can I send it back if the missus hates it
how much to get it delivered to geelong
is delivery free on the bike
does it come built or in a box
do I have to put it together myself
do you guys do zip
can I afterpay the whole bike
price on the large one mate?
whats the price for the 120cm one
is that lock long enough for a pole and both wheels
how heavy's the long one
does the lock come with spare keys
sweet as, can you send that helmet to Auckland
chur bro does that ship to welly
how much is shipping to NZ for the lid
can I get the ebike sent to christchurch
is the helmet legal in NZ
price pls sir
price of this one pls sir
kitna hai ye
ye kitne ka hai bhai
bhai price batao iska
available?
medium available sir?
COD available for this?
ship to india?
ship to bangalore possible sir
EMI option on this cycle?
original or copy?
is the shimano original sir
bro what is the range
sir range kitna deta hai
range in km please tell sir
battery capacity sir?
how much watt motor is this
top speed how much sir
what is warranty on this sir
warranty kitne saal ki hai
sir size chart for this helmet please
helmet for 58 cm head which size sir
sir can you share the link of this
link pls sir
sir any discount possible on this
best final price sir?
L size available or not sir
plz tell weight of this ebike
kids cycle for 2 year old baby ok?
this balance cycle is for what age
这个多少
这个多少米
这个电驴多少钱
续航多少公里
这个能上牌吗
包邮吗这个
有现货吗
M码还有吗
中号的还有货吗
大号的头盔卖多少
这个头盔有几个尺码
头围58戴哪个码
这个能跑多快
最高时速多少啊
可以解限速吗
有没有油门的
电池能拆下来充吗
充满电要多久
电池多大的
电机多少瓦
这车防水吗
下雨天能骑吗
后面能装儿童座椅吗
车重多少斤
身高160骑哪个码
我一米八骑L码可以吗
求链接求链接
上链接!!!
链接在哪里啊
这个有优惠吗
今天直播间有活动吗
这个能分期吗
支持支付宝吗
可以用微信付吗
这个寄新西兰不
能寄回国内吗
悉尼几天能到
墨尔本可以自提吗
不喜欢可以退吗
这个保修多久
电池保几年
送充电器吗
这个是几寸的
这个颜色还有L吗
这个尺码怎么选
这个helmet几钱
有M size吗
deliver去Sydney要多久
这个e-bike几钱啊
有L size吗还有stock吗
can寄去Perth吗
这个lock几长
battery可以remove吗
afterpay可以用吗
有discount吗boss
这个jersey有XL吗
price多少ah
呢個幾錢
呢架車幾錢
呢個頭盔有冇大碼
有冇M碼
有冇貨先
呢款有冇得分期
電池幾耐充滿
呢個保養幾耐
呢架車幾重
這台幾公斤
這個燈多亮
這台車可以寄台灣嗎
cadence sensor or torque sensor?
hub motor or mid drive on that
Shimano or SRAM on this?
what groupset is on it
are those tyres tubeless ready
what psi do I run those tyres at
max psi on them
does the trainer take a 12x142 thru axle
does that trainer come with a cassette
is the trainer zwift compatible
whats the max watts on that trainer
can I put clipless pedals on it
is that a wet or dry lube
does that lube work in the wet
how many lumens is the front
runtime on high for that 800?
does the rear light have a daytime flash mode
does that mount fit 31.8 bars
will the mount hold a pixel 8 pro
can the mount go on an aero bar
bestie how much is the lid
lowkey need that helmet, price?
no cap how much is the ebike
fr how many km does it do
is it capped at 25 or more
how much this one
how much for that one
this one in stock?
what size is that one
that one come in L?
is this one waterproof
is this the 800 lumen one
the one she's holding, price?
the thing on screen how much
that lock how heavy
the small one how much
medium one how much is it
the big one price pls
does that come in black
how much for the pump she just showed
is the pump back in stock
when is that pump coming back
the tube she's holding is that 29?
is that tube presta or schrader
will that tube fit a 700x28
does that tube fit my 27.5 x 2.3
how many tubes in the box
is that price per tube or a pack
how much per ml is the big bottle
five hundred ml one how much
price for the small lube bottle
is that lube ok on ebike chains
can that lube go near disc brakes
is the balance bike got brakes
does the 12 inch one have a brake
how old for the 14 inch one
my son is 3 and 95cm tall which one
can my 2 yo use the joey
max weight on that child seat?
will the child seat fit my carbon road bike
how old does bub need to be for the seat
will the seat go on a 130mm wide rack
how much is the child seat
how many of the child seats left
is the spare battery same as the one on the bike
how much is the ten point four
how much is the 14ah spare on its own
does the spare come with a charger
will that battery fit my fiido
can I take the battery on the plane to bali
how many charge cycles does it last
jersey in medium ochre still there?
does the jersey run small
is the jersey womens cut
is the jersey UPF rated
how many pockets on the jersey
price for the XL jersey
is the L eucalyptus sold out
what colours does that jersey come in
what chest size is a large
the trainer how much
how loud is the trainer
does the trainer need power
can I put the urbano on the trainer
how heavy is the trainer
the light set how much
800 lumen set price
are the lights usb c
are the lights rain proof
do the lights fit an aero seatpost
does the front light have a helmet mount
phone mount price
does the phone mount charge the phone
will the mount fit my motorbike
how big a phone fits in that
will my iphone 15 pro max fit with a case
how much is the tyre
is that tyre price for one or two
what size tyres are they
is the 38c one ok on an ebike
puncture proof or just resistant
twenty nine inch tube how much
how much for a couple of the 700c tubes
if I buy 4 tubes is it cheaper
is there a bundle price for helmet plus lights
whats the deal on the ebike tonight
is the RRP 2599 or what
how much off is the launch price
price in AUD or USD?
is GST included in that
车筐在哪里 没有车筐吗哈哈
does the urbano come with a basket or just the rack
how many kg can go on that rack
can I fit panniers on that rack
does it have a bell
is there a suspension fork on it
what's the step over height on the small
how low is the step through on it
does the s fit someone 152cm
my wife is 5 ft, will the small work
im 190 is the large big enough
what's the weight limit on it, I'm 110 kilos
will it get me up the 1 in 20 lol
how many assist levels does it have
is the battery lockable
does the display show the battery percent
does it have a walk assist mode
what brand are the brakes
what size rotors on it
how wide are the tyres on it
can I put wider tyres on it
is the charger fast or standard
how long does the battery last before it needs replacing
is it a samsung battery inside
what's the motor torque in nm
can it do 25 both ways to work on one charge
does the rear light run off the main battery
is the RRP really 2599
how much is the helmet with the lights together
helmet and lights bundle price?
does the lid have a visor
does the lid fit over a ponytail
is that the 52-56 or the big one
what's the weight of the lid she's holding
the lights, do they come with the usb cable
how many modes on the rear light
will the front light fit my helmet
does that tube come with a spare valve core
do you sell patch kits with the tubes
how long is the valve on the 29er tube
is the lube ok in the rain
how many rides per bottle of that lube
can I use the big lube bottle to refill the small one
does that lock fit through both wheels and the frame
is the chain lock sold secure rated
what happens if I lose the keys
does the jersey have a silicone gripper at the hem
is the zip full length on that jersey
whats the chest size on the medium jersey
is the trainer compatible with thru axle bikes
can the trainer do erg mode
how steep can the trainer simulate
does the balance bike seat go high enough for a 5 year old
what's the inseam range on the 14 inch
how heavy is the 12 inch joey
can the koala seat go on the front
does the child seat have a harness
are the footrests adjustable on that seat
这个车有几档助力
这个电池可以锁吗
这个车有避震吗
这个灯能装头盔上吗
这个锁有几把钥匙
这个骑行服有几个口袋
这个头盔多重
这个内胎是什么气嘴
这个轮胎多宽
这个平衡车几公斤
这个座椅能装前面吗
这个骑行台能连蓝牙吗
这个链条油一瓶能用多久
这个打气筒能打多少psi
呢個鎖有幾長
呢架車有冇避震
呢頂頭盔幾重
呢個燈可唔可以裝頭盔
呢款平衡車有冇剎車
"""

# -- chat: shop asks with nothing on air (label 1, on_air 0) ---------------------------------
ASK_OFF_AIR = """
how much is the urbano e-bike
price on the urbano in a small?
is the medium urbano sold out
do you still have the pocket rocket pump
when will the mini pump be back in stock
how much are the 700x25 tubes
do the 27.5 tubes come with presta valves
are the tubes sold in packs or single
what sizes does the roo jersey come in
does the roo jersey come in xl eucalyptus
how much is the 500ml lube
which is cheaper per ml the 120 or the 500
how much is the koala seat
does the koala seat fit a carbon frame
whats the max weight on the koala child seat
how much is the joey balance bike
does the joey have brakes
how much is the spare battery in 14ah
does the urbano spare battery fit a fiido
do you ship batteries to NZ
can you ship the e-bike to perth
how much is bike delivery to a metro address
free delivery over how much
whats shipping to darwin
do you ship to hobart
how long does shipping to alice springs take
how much is shipping out to ballarat
do you do click and collect
what are the shop hours in brunswick
can I test ride at the store
can I pay with zip
whats the afterpay limit
do you take amex
do you accept crypto
whats your return policy
can I return a helmet if it doesn't fit
can I return the ebike after a test ride
is there a free service with the bike
when is the free service due
what does the warranty cover on the urbano
is the frame warranty lifetime
does the warranty cover the battery
any deals on today
whats on sale this week
any bundle deals with the helmet
is there a discount code going
how much is the aerolid in 57-61
do you have the aerolid in 52 56
is the aerolid AS/NZS certified
does the aerolid have mips
how heavy is the aerolid
how much are the beacon lights
beacon 800 still on special?
how long do the beacon lights last on flash
is the quadgrip mount ok for a 35mm bar
how much is the gripper lock
gripper 90 or 120 which should I get
how much is the turbo x trainer
does the turbo x come with a cassette
does the turbo-x work with rouvy
is the cityshield tubeless
how much is cityshield 700x32
how much does the cityshield 38 weigh
any tubeless sealant in the shop
do you sell kids helmets
do you have any mtb shoes
do you sell mudguards on their own
do you stock shimano cleats
do you do bike fits
is the urbano any good up hills
how steep a hill can the urbano climb
what is the urbano max rider weight
can the urbano carry 25kg on the rack
is the urbano rego free
do I need a licence for the urbano
how much is the urbano in large
when does the medium urbano come back
can I preorder the medium urbano
how many urbano smalls left
do you still have the joey 14
how many joey 12s left
is the jersey made in australia
whats the jersey made of
can I wash the jersey in the machine
do you ship to fiji
do you ship to singapore
do you send to the UK
do you ship to india sir
ship to mumbai possible?
COD available in melbourne?
EMI available on the urbano sir
kitna hai urbano ebike ka price
sir spare battery ka price kya hai
sir balance bike price?
sir tell price of chain lock 120 cm
bhai helmet ka size kaise choose kare
koi offer hai kya aaj
is the chain lube original slick or local brand
电驴多少钱
urbano电助力车多少钱
Urbano续航多少公里
电单车能上牌吗
全场包邮吗
小号的电助力车还有货吗
中号什么时候补货
打气筒还有货吗
打气筒什么时候到货
内胎多少钱一条
29寸内胎有现货吗
27.5的内胎是什么气嘴
链条油有大瓶的吗
500毫升链条油多少钱
锁有多长的
链条锁多重
头盔有MIPS吗
头盔有澳洲认证吗
骑行服有XL吗
骑行服什么面料
车灯多少流明
车灯防水吗
手机支架适合什么手机
平衡车几岁能骑
两岁宝宝能骑平衡车吗
儿童座椅最大承重多少
儿童座椅碳纤维车能装吗
备用电池多少钱
备用电池能用在别的电动车上吗
电池可以带上飞机吗
骑行台带飞轮吗
骑行台能连zwift吗
骑行台多少钱
防刺轮胎多少钱一条
轮胎是真空胎吗
寄西澳要多久
寄塔州多少运费
可以寄新西兰吗
新西兰能寄电池吗
墨尔本哪里可以自提
门店几点开门
能用afterpay吗
付款能走支付宝吗
货到付款可以吗
可以分期付款吗
退货要运费吗
骑过了还能退吗
这车车架保几年
电池保修多久
有免费保养吗
首保是什么时候
今天有什么优惠
有没有满减
头盔和车灯一起买有优惠吗
上链接啊主播
求个电驴链接
有冇得寄香港
單車頭盔幾錢
電單車有冇貨
幾時補貨
平衡車啱幾歲
可唔可以分期
呢度可唔可以自取
請問電池保固多久
有沒有免費保養
騎行台可以接zwift嗎
內胎一條多少錢
車燈可以充電嗎
有冇優惠
electric bike几钱
helmet有大size吗
这个shop有click and collect吗
lights是USB-C充电的吗
lube有大瓶的吗
tube有29 inch吗
pump几时restock
jersey有small吗
我在Brisbane deliver要几天
can用PayPal吗
ebike warranty几年
is the shop open on public holidays
are you open on anzac day for click and collect
can I book the free service online
how do I claim the battery warranty
what's covered in the first service
is the first service free for the joey too
can I return the lock if it's too heavy
do you refund shipping if it's faulty
how long do refunds take
can I exchange the jersey for a bigger size
does free shipping apply to the urbano
is bike delivery cheaper to geelong than to ballarat
do you ship to launceston
how long does it take to get to kalgoorlie
does the ebike go by road to perth
can you ship a helmet to dunedin
can I get tubes sent to queenstown
do you have a store in sydney
can I pay part in store part online
does zip work on the trainer
can I use afterpay and a gift card
do you take paypal
does the urbano come with lights
is the urbano good for a 15km commute with hills
does the aerolid fit a 62cm head
do the cityshield tyres fit the urbano
can I get the joey in pink
is the quadgrip mount ok for a samsung s24 ultra
what lumens do I need for the bay trail at night
are the beacons bright enough for bush tracks
can the gripper lock wrap around a tree
是墨尔本哪个门店可以提货
周一门店开门吗
首保要预约吗
骑行服大了可以换小一码吗
退款多久到账
电池保修怎么申请
寄朗塞斯顿要多久
新西兰可以寄内胎吗
悉尼有门店吗
骑行台能用zip分期吗
能用PayPal付款吗
电助力车自带车灯吗
头盔62厘米的头能戴吗
防刺胎能装在urbano上吗
平衡车有粉色的吗
手机支架能夹三星S24 Ultra吗
"""

# -- chat: everything else, with a product on air (label 0, on_air 1) ------------------------
CHAT_ON_AIR = """
heaps good that one
ripper of a bike
that's a ripper colour
strewth that's a nice treadly
fair dinkum that looks comfy
she'll be right in the rain with those guards
too easy, sold
no worries take your time
good on ya for showing the brakes close up
bloody oath that's a good price
yeah nah not for me but looks mint
nah yeah actually I'm keen
stoked with mine, had it a year
sweet as
chur
mean as bro
that's choice
hard out that's flash
i reckon the small would be too small for me lol
my missus would kill me if I bought another bike
me mate's got one of these, rides it to the servo every arvo
riding it to the servo for a sausage roll, the dream
this arvo I'm going for a spin on mine
rode past a magpie this morning and survived
swooping season is back, need a lid with spikes lol
that lid looks like a mushroom lmao
helmet hair is real
the ochre is giving 70s vibes
eucalyptus green is so aussie
love that step through frame
my nan could ride that
my nan does ride one of those actually
the kickstand is such a small thing but so good
mudguards on a commuter, chefs kiss
hydraulic discs are a game changer
8 speed is plenty for the city
hub motors are fine for flat melbourne
brunswick hills are not hills
ive done sydney rd on a bike, terrifying
the battery clicks out nice
that charger is chunky
wow 24 kilos is heavy but its an ebike
my back hurts just looking at her lift it
lift with your legs!!
careful dont drop it
the trainer noise is so quiet wow
zwift on that would be sick
I'd fall off that trainer lol
ok the lights are bright
blinded me through the screen
my eyes 😭
that rear light is so bright
800 lumens is car headlight territory
lumens go brrr
the mount looks solid
my phone fell off a cheap mount once, rip
rip my iphone 11
tubes are tubes
that tube is cute
who gets excited about inner tubes, me apparently
lube content, we love it
lube on a chain is life
a clean chain is a happy chain
my chain is so rusty rn
she's dripping it on so carefully
the lock looks like it could anchor a ship
that chain lock is thicc
lock it or lose it
got my bike nicked from flinders st last year
bolt cutters go brrr
the balance bike is adorable
my kid would love the joey
tiny bike!!!
baby bike 😍
so cute omg
the child seat looks comfy tbh
I want a child seat for my dog lol
my dog would ride in that
the jersey is fire
that jersey fits her well
lycra gang
no lycra no ride
kits look fast
pump looks tiny
pocket rocket lol what a name
love a mini pump
1
11
111
1111
11111
+1
+1 for the lid
1 for the medium
1 for the large
+1 jersey
扣1
扣1扣1
111111111
1 1 1
done
done ✅
ordered!
ordered the small
just ordered the lid 🙌
checked out
checked out, thanks!
got it
bought!
bought two tubes lol
added to cart
in the cart
got the last small lets gooo
W
W host
W bike
W deal
huge W
massive W
L internet
L lag
fr fr
no cap thats clean
lowkey want it
highkey want it
bestie you look so good on it
slay
she ate
this bike ate
its giving commuter princess
main character energy
vibes
the vibes are immaculate
real
so real
based
bussin
sheesh
sheeeeesh
ong
bet
ngl thats nice
ngl the ochre is ugly
the ochre grows on you
idk about the ochre
mid
it's mid tbh
not mid at all
KEKW
KEKW KEKW KEKW
PogChamp
PogChamp PogChamp
Pog
POGGERS
LUL
LUL LUL LUL
Kappa
Kappa Kappa
OMEGALUL
monkaS
monkaS she almost dropped it
Sadge
Sadge sold out
catJAM
catJAM catJAM catJAM
5Head
EZ Clap
Clap
PepeHands
:bike: :bike: :bike:
:bike::bike::bike::bike:
🚲🚲🚲
🚲🚲🚲🚲🚲🚲
🚴‍♀️🚴‍♀️🚴‍♀️
🚴🚴🚴🚴
🔥🔥🔥
🔥🔥
😍😍😍
😂😂😂
💀💀💀
👀
👀👀👀
🙏🙏
❤️❤️❤️
🤣
😭😭
⚡⚡⚡
🔋🔋
🦘🦘🦘
haha
hahaha
hahahahaha
lmao
lmaooo
lol
lolol
omg
omg yes
oh wow
wow
woww
nice
nice one
nice!!
cool
so cool
sick
thats sick
mint
clean
looks clean
beautiful
gorgeous bike
stunning
love it
love this
love love love
amazing
awesome
brilliant
fantastic
wicked
yes please
want
want want want
need
i need this
take my money
shut up and take my money
my wallet is crying
my bank account says no
payday can't come soon enough
waiting for payday
pay day friday then im buying
me and my empty wallet watching
window shopping only
just browsing
just looking
im broke
so broke rn
saving up for it
one day
someday
dream bike
goals
life goals
too expensive for me
cheaper than a car
cheaper than a myki lol
cheaper than uber every day
fuel prices are insane, ebike makes sense
petrol is 2.20 here
this is why I ride
bike to work gang
i commute 12km each way
my commute is 8k
i ride 30 k's a day
that range would do my week
that would get me to work and back twice
i live at the top of a hill so ebike it is
my knees need an ebike
my knees are cooked
cheating lol
ebikes are cheating
ebikes are not cheating
motor doping
roadies gonna hate
roadies in shambles
mamil energy
no mamils were harmed
lycra louts unite
i'm a fair weather rider
melbourne weather is four seasons in one day
rained on me 3 times today
it's pouring here
sunny in perth
40 degrees here today
cold in hobart
windy as in welly
freezing in christchurch
good riding weather in bris
humid af in darwin
she's so good at this
host is so good
best host
love this host
host is funny
host is cute
host has great energy
you explain things well
great explanation
very clear thanks
thanks for explaining
thanks for showing
thanks!
thanks mate
cheers mate
cheers
ta
ta mate
legend
absolute legend
you're a legend
mad
mad respect
respect
hello sir from chennai
very nice product sir
super bro
nice video sir
good product
sir you are explaining very nicely
sir I am your big fan
pls reply
sir reply
sir pls reply
reply sir
reply pls
please notice me sir
hi mam
mam you are looking nice
do the needful
kindly do the needful
very good sir
good sir
thank you sir
jai hind
namaste sir
namaste from pune
hello from hyderabad
love from delhi
watching from kolkata
superb
too good
outstanding
first class
top class
class
full paisa vasool
nice cycle
nice cycle sir
cycle is looking very nice
in india this would cost double
in india we use hero cycles
my dad had a hero cycle
atlas cycle memories
my first cycle was a bsa
来了来了
来啦
来了家人们
主播好
主播晚上好
大家好
哈喽
hello 大家
打卡
打卡打卡
签到
第一次来
新人报道
路过
路过看看
围观
看看
看看而已
好看
好帅
好酷
好漂亮
好可爱
可爱死了
太可爱了
小朋友骑肯定好可爱
这个颜色好看
这个绿色好看
黄色的好丑
黄色有点土
车好看
头盔好丑哈哈
头盔像蘑菇
蘑菇头哈哈哈
主播好美
主播好飒
主播骑车好帅
主播腿好长
yyds
电驴yyds
绝绝子
这车绝绝子
绝了
太绝了
牛
牛啊
牛逼
666
6666666
厉害了
可以可以
不错不错
还行
一般般
有点贵
好贵
太贵了
贵了
买不起
穷
穷哭了
钱包在哭
看看就好
等发工资
发工资就买
下个月再说
心动了
心动
想要
好想要
馋了
种草了
被种草了
拔草了
冲
冲冲冲
冲鸭
买买买
已拍
已拍已拍
拍了
拍了拍了
已下单
下单了
付款了
抢到了
抢到了开心
没抢到
手慢了
又没抢到
蹲一个
蹲蹲
蹲
蹲补货
在蹲
蹲链接
等等我
我也要
+1
我也想要
同款
我有同款
我家有一辆一样的
我骑的就是这个
我老公也想要
我老婆不让买
老婆说不行
老公说太贵
我妈骑这个正好
给我爸买一辆
给孩子买
孩子很喜欢
宝宝会喜欢
哈哈哈
哈哈哈哈哈
哈哈哈哈哈哈哈
笑死
笑死我了
笑不活了
笑出猪叫
绷不住了
破防了
泪目
哭了
awsl
啊啊啊啊
好耶
芜湖
芜湖起飞
起飞
稳
稳了
真香
太香了
香
爱了
爱了爱了
爱了爱了爱了
爱住了
啊这
离谱
好家伙
好家伙这么贵
我的天
天哪
卧槽
我去
哇
哇塞
哇哦
好厉害
专业
很专业
讲得好
讲得真清楚
学到了
学到了学到了
涨知识了
原来如此
懂了
明白了
好的
好的好的
收到
ok
OK的
可以
行
嗯嗯
对对对
是的
确实
真的
真的假的
不会吧
骗人的吧
有道理
说得对
支持
支持主播
支持一下
加油
主播加油
加油加油
辛苦了
主播辛苦了
谢谢主播
谢谢
感谢
多谢
澳洲骑车的人越来越多了
墨尔本好多人骑电驴送外卖
悉尼也很多
我在布里斯班
我在珀斯
我在阿德莱德
我在奥克兰
我在新西兰
在国内看直播
国内的电驴便宜多了
国内电驴要上牌
国内电动车满街都是
雅迪爱玛都比这个便宜
这个比国内贵好多
汇率算一下好贵
澳币太贵了
人民币一万多了
一万多块的电驴
呢架車好靚
好靚
好正
正呀
勁
好勁
幾好
都幾好
唔錯
好貴
太貴啦
貴過頭
買唔落手
睇下先
睇吓
等我諗下
諗諗
我都想要
想要呀
頭盔好得意
好得意
好可愛
細路仔騎一定好得意
哈哈哈哈好好笑
主播好靚女
多謝主播
辛苦晒
加油呀
支持
好看耶
好讚
讚
讚讚讚
超讚
好美
這台好帥
台灣騎Ubike就好
台北騎車好危險
好想要喔
心動了啦
下班來看
剛下班
吃飯配直播
在捷運上看
the way she clicked that battery in was so satisfying
that step through would be perfect for my mum's dodgy hip
my physio told me to get an ebike for my knee, might be a sign
the rack on the back is perfect for my work bag
I'd put a milk crate on that rack straight away
milk crate on the rack is peak melbourne
that kickstand looks sturdier than mine
my old kickstand snapped in a week
the mudguards actually cover the tyre properly, rare
cheap mudguards rattle like crazy
i love that the lights are built in
built in lights means I can't forget them, big win for me
she rides it so smoothly on the trainer
the trainer is so quiet I can hear the chain lol
ok now I want a trainer for winter
my living room has no space for a trainer sadly
my cat would attack that trainer
my dog would lose it at the trainer noise
that helmet colour matches nothing I own lol
charcoal goes with everything tbh
helmet with a built in light is genius
my helmet light fell off on chapel st
i lost three rear lights last year to thieves
lights get nicked in the city so fast
the light strap thing looks easy
800 lumens would light up the whole merri creek trail
my current front light is like a candle
I ride the capital city trail at night, need better lights
these lights would be great for the bay trail
the phone mount grip looks serious
my phone ejected off a pothole once lol
potholes on sydney rd are a crime
tubes are the most boring product and I'm here for it
how is she making inner tubes interesting
she's so passionate about tubes haha
presta valves confuse me every single time
I always break the presta tip off
schrader gang, I use servo air
servo air pump for my bike tyres works fine
lube dripping asmr
that lube bottle is cute
my chain squeaks like a mouse
the chain squeak on my commute is embarrassing
that lock would weigh down my backpack lol
I carry two locks in the city
my lock is heavier than my bike
u lock gang
the chain lock looks like it came off a ship
the jersey pockets are so handy for snacks
three pockets = three bananas
i keep my phone keys and a muesli bar in mine
ochre jersey on a sunny day would look unreal
that eucalyptus colour is so nice on camera
the balance bike is so small 🥹
my niece would go nuts for that balance bike
my nephew learnt on one, riding a pedal bike at 4
balance bikes are way better than training wheels honestly
the kid seat looks comfy enough for me
my toddler would fall asleep in that seat instantly
the pump is cute, pocket sized
a mini pump saved me on the tan track once
the tyres look grippy
that reflective sidewall looks cool in the light
the reflective tyres light up on camera haha
my bike weighs less than the ebike battery lol
the battery looks like a water bottle
that charger brick is huge
she keeps saying 90 percent assembled, love it
assembly videos are my favourite genre
I'd still pay someone to assemble it
my ikea skills are not bike assembly skills
watching her lift the ebike gives me anxiety
not the ebike wobbling on the stand 😬
the stand is doing a lot of work
the camera angle on the brakes was nice
can we get a close up of the gears again, that was cool
zoom in zoom in
the lighting in the studio is so good today
love the new studio setup
the plant in the background is thriving
the bike wall behind you is goals
is that a vintage peugeot on the wall behind you, love it
the neon sign behind her is cute
her energy tonight is unmatched
she's on fire tonight
she's selling me things I didn't know I needed
I came for a helmet and now I want everything
my cart is getting dangerous
my cart has 5 things already help
adding the lights to my cart rn
putting the tubes in my basket, always need spares
already own the lock, can confirm it's heavy
I have the AeroLid, super comfy
i've had the urbano for 6 months, no issues
had the urbano since christmas, love it
my partner rides the urbano to work every day
my neighbour has the urbano in small, she's tiny and it fits
got my mum the koala seat for her grandkids
bought the joey for my son's birthday last year, best present
the beacon lights are so bright on my commute
cityshields on my commuter, no flats in a year
the slick lube is the only one that doesn't gunk my chain
quadgrip has survived a year of potholes on my bike
I still use the pocket rocket from 3 years ago
the turbo x got me through lockdown
lockdown zwift era memories
lockdown made everyone buy bikes
remember when bikes were sold out everywhere in 2020
bike shortage 2020 was wild
1 for the lid please
1 ochre medium
1 for tubes
+1 lights
+1 helmet
11111 lid
扣1要头盔
扣1要电驴
1111要内胎
主播这个头盔戴着好可爱
头盔上还有尾灯好方便
这个灯好亮啊眼睛都花了
亮瞎了
八百流明太夸张了
这个车灯晚上骑肯定很安全
电驴好看
这个电驴颜值好高
这个颜色我喜欢
后面的货架可以放外卖箱哈哈
感觉很适合通勤
通勤神器
买菜神器
接娃神器
宝宝坐在后面好可爱
儿童座椅看起来好安全
平衡车太萌了
小朋友骑平衡车好可爱
我家娃两岁半天天骑平衡车
我家孩子三岁骑平衡车
骑行台好安静
骑行台在家刷zwift好爽
冬天在家骑骑行台
链条油滴得好专业
链条一响就心烦
我的链条生锈了
锁好粗啊
这锁小偷都剪不断吧
锁比车还重哈哈
骑行服好看
骑行服颜色好特别
赭石黄好复古
这个绿好像桉树叶
打气筒好小巧
这个打气筒能放口袋里
内胎有什么好讲的哈哈
主播讲内胎都讲得这么开心
法嘴美嘴傻傻分不清
我老是把法嘴气门芯弄断
轮胎看起来很耐扎
反光胎皮好酷
主播好会卖
主播口才真好
主播讲得太专业了
主播骑车姿势好标准
主播别摔了
小心别摔
吓我一跳差点倒了
哈哈哈主播手忙脚乱
主播今天状态好好
这个直播间好温馨
背景墙上的车好多
背景那辆老车好好看
墙上挂的是复古公路车吗好美
呢架車好型
個頭盔好得意
啲燈好光
光到盲咗
鎖好大條
平衡車好可愛
細路仔坐後面好得意
件衫好靚色
主播好識講
主播好專業
這頂安全帽好可愛
車燈好亮喔
平衡車好萌喔
這台電輔車好美
騎行台好安靜喔
主播好會介紹
sir this cycle is very nice looking
this helmet is looking very nice mam
very good light sir, in india we need this
in bangalore this cycle will be very useful
my son also wants balance cycle
this is very costly for indian people
in rupees it is almost 1.3 lakh
1.3 lakh for cycle is too much yaar
bhai ye toh bike jaisa hai
bhai ye cycle mast hai
ebike in india is costly too
chain lock is very strong looking sir
sir your explanation is very good
mam you are explaining like a teacher
"""

# -- chat: everything else, nothing on air (label 0, on_air 0) -------------------------------
CHAT_OFF_AIR = """
g'day from Perth
g'day all
gday gday
morning from Bris
evening from Melbourne
arvo everyone
good arvo
hello from Auckland
kia ora from Wellington
kia ora whanau
howdy from Adelaide
hey from Hobart
hi from Darwin
hello from Cairns
hi from Geelong
evening from Canberra
hi from the Goldy
hi from Newcastle
watching from Ballarat
hello from Bendigo
greetings from Dunedin
hi from Christchurch
hello from Sydney's inner west
hi from Fremantle
yo yo yo
hey hey
hiya
heyyy
sup
sup chat
chat is quiet tonight
chat is popping tonight
chat is wild
chat behave
mods asleep
mods are awake
mods pls
ban him lol
who let him in
first time watching
first time here
long time viewer first time chatter
lurking
just lurking
back from lurk
brb
brb dinner
back
im back
what did I miss
did I miss the helmet bit
missed the start
late again
just got home
just got off the bike
just finished a ride
just did beach road
did the 1 in 20 this morning
did the dandenongs today legs are dead
yarra trail was packed
capital city trail gang
merri creek trail is my commute
st kilda rd bike lane is a dream now
upfield path lets gooo
got doored on chapel st last week, all good now
a tram track got me again
tram tracks are the enemy
i hate tram tracks
melbourne drivers are wild
sydney drivers are worse
perth drivers don't indicate
bris has the best bikeways
canberra is bike heaven
hobart is all hills
adelaide is so flat
wellington wind is something else
auckland traffic is cooked
magpie got me on the way home
got swooped twice today
cable ties on the helmet work for magpies
zip ties on the lid, old school
my old helmet cracked in a crash lol
my lid saved my life in 2019
always wear a helmet kids
helmets are mandatory here anyway
mandatory helmet laws debate incoming
dont start the helmet law debate
here we go helmet debate
lube on a chain is life
wax > lube fight me
waxed chains are the best
hot wax gang
i use wd40 on my chain 😬
wd40 is not lube!!!
chain lube on the rotors ruined my week
contaminated pads are the worst
got a flat on the way to work again
third puncture this week
goatheads everywhere
glass on the bike lane every day
tubeless is overrated
tubeless changed my life
tubeless burped on me once, never again
tubes for life
tubeless sealant everywhere in my garage
my floor pump is older than me
i run 80 psi on my road bike
i run 28 psi on the mtb
psi is a personality trait
29ers for life
27.5 is more fun
26 is dead
700c or nothing
gravel bikes are just road bikes with bigger tyres
gravel is the future
n+1
n+1 rule
the correct number of bikes is n+1
my wife says n-1
my garage has 6 bikes
i have too many bikes
you can never have too many bikes
my first bike was a malvern star
malvern star memories
my dad's old peugeot
grew up on a bmx
bmx kids unite
had a dragstar as a kid
remember the repco bikes
kmart bike gang
kmart bikes are fine for kids
my kid learned on a balance bike in a week
balance bikes are the best invention
skipped training wheels completely
training wheels are so 1990
my daughter is 4 and rides better than me
my son crashed into the fence lol
kids grow out of bikes so fast
hand me downs are the way
my e-bike battery died on beach road
my ebike battery lasts forever
ebike commute changed my life
lost 10 kilos since I started riding
riding to work saves me 300 a month
parking in the city is 40 bucks a day
sold my car last year, no regrets
no car household
car free since 2020
shimano > sram
sram > shimano
campagnolo for the purists
di2 is so nice
mechanical shifting forever
eTap is witchcraft
11 speed is enough
12 speed is overkill
1x is the way
2x for the road
my derailleur is bent again
rear mech hanger snapped
gear indexing is my nemesis
i can't true a wheel to save my life
spoke wrench skills = zero
strava or it didn't happen
got a KOM today!!!
lost my KOM to a e-bike lol
strava segments are toxic
strava flyby stalking
my ftp is 210
ftp test tomorrow, pray for me
zwift racing is brutal
zwift on a tuesday night with the boys
watopia forever
alpe du zwift done
rouvy is nicer scenery
trainer sweat puddle
indoor riding is so boring
outdoor > indoor
riding in the rain builds character
fenders for winter
mudguards are ugly but practical
my bum hurts from the saddle
chamois cream is a must
bib shorts > normal shorts
lycra is not a crime
cafe ride sunday anyone
coffee ride is the best ride
coffee stop is the real reason i ride
smashed avo and a flat white after the ride
bunnings sausage sizzle after the ride
servo pie on the way home
who won the tour today
did pogacar win again
pogacar is a machine
vingegaard looks tired
tour de france is on sbs tonight
sbs cycling commentary is the best
missing phil liggett
go caleb ewan
robbie mcewen legend
cadel 2011 never forget
cadel evans great ocean road race next month
tour down under in adelaide anyone going
tdu this year was hot
watching the vuelta later
giro was mental this year
paris roubaix is my favourite race
what song is this
song name?
what's the song
banger song
this song slaps
turn the music up
music too loud
music is too loud can't hear her
can't hear you
audio is low
audio is out of sync
your mic is muted
mic muted!!
no sound
sound is back
lag
laggy
stream is lagging
stream froze
frozen
buffering
is it just me or is it lagging
refresh fixed it
the stream died
we're back
is this live
is this live or recorded
is this a replay
when's the next stream
next stream when
are you streaming tomorrow
stream on thursday?
what time do you stream usually
how long is the stream tonight
what bike do you ride
what bike do YOU ride
what's your personal bike
do you ride every day
how many km did you ride this week
how far did you ride today
do you commute by bike
are you sponsored
are you sponsored by urbano
where do you live
are you in melbourne
which suburb are you in
how tall are you
how old are you
are you married
do you have kids
is that your dog in the back
is that your cat
cat cam pls
whats your strava
whats your insta
are you on tiktok
do you race
have you done the 3 peaks
what's your ftp
whats your favourite ride
favourite cafe in brunswick?
do you work at the shop
how long have you been doing this
did you used to race
are you a mechanic
you should do a bike maintenance stream
you should do a ride vlog
do a Q&A stream
can you say hi to my mum
say hi to my sister
shoutout pls
shoutout to perth
shout out to the kiwis
happy birthday to me lol
its my birthday today
happy birthday!!
hbd
congrats
congrats on 10k followers
10k lets go
new follower here
just followed
followed!
subbed
resubbed for 6 months
!discord
!uptime
!socials
!song
!commands
!lurk
!followage
!bike
!specs
!shop
!giveaway
!points
!watchtime
!so @pedalpals
!hug
Nightbot: Join the crew on Discord: discord.gg/spokeandstone
Nightbot: The stream has been live for 1 hour 12 minutes
Nightbot: Follow on Insta @spokestone.cycles for shop drops
Nightbot: Current song: Tame Impala - The Less I Know The Better
Nightbot: Commands: !discord !socials !uptime !song !giveaway
Nightbot: giveaway entries close at 9pm AEST
StreamElements: @ripperrider has been following for 2 years 3 months
StreamElements: @kiwi_crank now has 1,240 points
StreamElements: @aussiepedaller is now lurking in the bushes
StreamElements: Thanks for the follow @gravelgrrl !
StreamElements: @muddy_mick, you have watched for 14 hours
Moobot: Be nice in chat or the magpies will get you
Moobot: No links in chat please
Moobot: @spamlord was timed out for 10 minutes
Moobot: slow mode is on
ripperrider just subscribed with Prime!
kiwi_crank subscribed at Tier 1. They've subscribed for 7 months!
gravelgrrl gifted 5 Tier 1 subs to the community!
gravelgrrl gifted a sub to muddy_mick!
thanks for the gifted sub gravelgrrl
ty for the gift sub!!
muddy_mick is raiding with 48 viewers
RAID 🚴 PEDAL PALS RAID 🚴
PEDAL PALS RAID PEDAL PALS RAID
raid from the zwift stream!
hi from the raid
we come in peace
raiders welcome!!
welcome raiders
thanks for the raid
the raid has arrived
hype train!!!
HYPE TRAIN LEVEL 3
cheer100
cheer500 for the ebike segment
bits for the host
pedalpals.tv check my stream
follow me on twitch pedalpals
check out my channel
ig @kiwi.crank.rides
my strava is strava.com/athletes/4281
youtube.com/@gravelgrrl
someone in chat selling followers lol
don't click that link
reported
i'm not a bot
are you a bot
bot
this chat has bots
the chat bot is savage
magpie copypasta incoming
🦅 SWOOP SWOOP it's magpie season 🦅 tie your zip ties or die trying 🦅
I am once again asking for the e-bike segment 🧤
Imagine paying 2k for an e-bike when you could just pedal harder. Me, who has never pedaled harder: 🗿
this is the way
This is the way
copy that
10-4
roger
noted
facts
true
true that
agreed
same
same here
me too
mood
big mood
relatable
it be like that
such is life
sadness
rip
oof
ouch
yikes
bruh
bro
brooo
dude
duuude
mate
oi
oi oi oi
aussie aussie aussie
oi oi oi!
go the blues
go the maroons
go pies
carn the dees
up the saints
go the all blacks
kiwis > aussies
aussies > kiwis
pavlova is ours
pav is a kiwi thing
vegemite on toast before a ride
marmite > vegemite
tim tams after the ride
hot chips at the beach
a sausage in bread
democracy sausage
tradie life
on the tools all day
smoko
smoko time
knock off time
beers after the ride
coldie after work
stubby holder
thongs not flip flops
thongs and a bike, bad idea
budgie smugglers
sunnies on
slip slop slap
sunscreen before rides
uv is cooked today
hay fever is killing me
daylight saving ends soon
its dark at 5pm now
winter riding is grim
summer riding is sweaty
its so hot i could fry an egg on my top tube
bike shops are so expensive now
prices went up everywhere
cost of living is brutal
rent is insane in melbourne
the economy lol
inflation got my bike budget
saving for a new wheelset
dream bike is a canyon
canyon direct to consumer is good
trek is the best
specialized gang
giant is underrated
merida anyone
cannondale forever
cervelo is too pricey
brompton for the train commute
bromptons are cute
cargo bikes are the future
the school run on a cargo bike
cargo bike dads are the best dads
lime bikes everywhere
lime scooters in the river lol
e-scooters are a menace
e-scooter riders on the footpath drive me mad
footpath riding is legal for kids here
bike lanes need to be wider
more bike lanes please
write to your council about bike lanes
bicycle network membership is worth it
ride2work day was fun
around the bay in a day this year
done the great vic bike ride
amy gillett foundation
a metre matters
ride safe everyone
stay safe out there
be seen be safe
lights on at night please
hi vis saves lives
i wear hi vis everywhere
hi vis is a personality
what's up everyone
how is everyone
how's everyone going
hows your week been
good thanks
doing well
all good here
not bad
could be worse
tired
so tired
long day
cooked
im cooked
big day at work
work was brutal
monday feels
tuesday already
hump day
nearly friday
friday vibes
weekend soon
weekend ride plans?
going riding saturday
rain forecast for the weekend ugh
hope it doesn't rain
gn everyone
night all
gotta go
gotta go to bed
gotta run
see ya
see ya next time
bye
bye bye
catch ya
catch ya later
hooroo
hooroo all
ka kite
laters
peace
peace out
ciao
good night
nighty night
have a good night
sleep well
thanks for the stream
thanks for the stream!!
great stream
best stream
fun stream
good stream tonight
loved this
learned a lot
will be back
see you thursday
sir good evening
good morning sir
good morning from india
good night sir
hi sir how are you
sir how are you
how are you sir
i am fine sir
sir where are you from
sir which country
sir are you from australia
sir i want to come to australia
sir how to get job in australia
sir what is your salary
sir please make video on cycle repair
sir make video on gear shifting
sir please teach
sir you are my inspiration
sir please give heart
sir please pin my comment
pin my comment
heart my comment
notice me senpai
sir i sent you message on insta
sir check your dm
check dm
dm me
i am from nepal
hello from kathmandu
hello from dhaka
love from bangladesh
hello from lahore
love from sri lanka
hi from colombo
greetings from kerala
mallu here
tamil here
punjabi here
gujarati bhai yahan
kaise ho sab
sab badhiya
badhiya hai
bahut badhiya
bahut acha
mast hai
ekdum mast
zabardast
kya baat hai
wah
wah wah
arre wah
bhai kya baat
bhai maza aa gaya
maza aa gaya
bhai tu great hai
bhai op
op bhai
ek number
bindaas
chalo
chalo bye
phir milenge
theek hai
acha
acha acha
haan
haan bhai
nahi yaar
yaar
dekh rahe hain
main bhi dekh raha hu
cycle chalana pasand hai
bachpan mein cycle chalate the
papa ki cycle
mumbai mein cycle chalana mushkil hai
bangalore traffic mein ebike best
delhi pollution mein cycle nahi
pune has nice cycle tracks
chennai heat is too much for cycling
大家晚上好
晚上好
早上好
中午好
下午好
晚安
晚安大家
拜拜
先走了
明天见
下次见
溜了溜了
睡了
困了
好困
刚下班回来
下班了
加班中
摸鱼看直播
上班摸鱼
在地铁上
在公交上
在吃饭
边吃边看
吃了吗
吃饭没
今天好累
累死了
好热
好冷
下雨了
墨尔本又下雨
墨尔本天气真善变
一天四季
悉尼今天好热
布村好晒
澳洲紫外线太强了
澳洲的鸟好凶
喜鹊啄人
被喜鹊追着啄
袋鼠
袋鼠出没
考拉好可爱
羊驼
澳洲生活
澳洲留学生报道
留学生在吗
同学们好
有墨大的吗
有莫纳什的吗
新州的朋友
维州的举个手
我在墨尔本东区
我在box hill
我在clayton
博士山的来了
在奥克兰打工
打工人
打工人打工魂
社畜
社畜下班
周末去骑车
周末有人约骑吗
骑行的朋友们好
骑友们好
骑行圈
公路车
山地车
我骑公路车的
我是山地车党
死飞
死飞党
折叠车
小布
小布真好看
大行折叠车
捷安特
美利达
崔克
闪电
喜德盛
国产车也很好
国货之光
禧玛诺
速联
套件
变速
碟刹
圈刹
油碟
线碟
真空胎
开胎
扎胎了
又扎胎了
补胎补到手软
打气打到手酸
骑了50公里
今天骑了30公里
今天骑了100公里
刷了个KOM
Strava打卡
佳明
码表
心率带
功率计
爬坡好累
爬坡党
下坡好爽
逆风
顺风
大逆风
腿废了
屁股疼
坐垫太硬
骑行裤
锁鞋
卡踏
摔了
摔车了
又摔了
人没事车没事
车比人重要
装备党
装备党又来了
败家
剁手
又剁手了
手剁了
理性消费
冷静
冷静一下
不要冲动
冲动是魔鬼
钱包告急
月光族
吃土
要吃土了
这个月吃土
省钱
省着点
电驴送外卖
外卖小哥都骑这个
美团
饿了么
国内外卖电动车
我们这边禁摩
禁电
电动车充电起火好可怕
电池起火新闻
电池安全很重要
楼道不能充电
哈哈哈主播好搞笑
主播声音好好听
主播是哪里人
主播多高啊
主播骑什么车
主播今天骑车了没
主播有对象吗
主播结婚了吗
主播几岁
主播住哪
主播是澳洲人吗
主播会说中文吗
主播说句中文
主播教我骑车
什么歌
这首歌叫什么
背景音乐是什么
好听
歌好听
声音小
听不见
卡了
好卡
卡成PPT
网不好
刷新一下
黑屏了
好了好了
恢复了
是直播吗
是回放吗
几点下播
下次什么时候播
明天还播吗
每天都播吗
关注了
已关注
点关注不迷路
点赞
点赞点赞
给主播点赞
双击666
小心心
送你小心心
送花
刷个礼物
礼物走一波
谢谢老板
老板大气
大哥大气
榜一大哥
欢迎新朋友
欢迎欢迎
欢迎进入直播间
新朋友点点关注
家人们谁懂啊
家人们
集美们
姐妹们
兄弟们
兄弟们冲
宝子们
宝宝们
大家好呀
各位好
嗨
嗨嗨
来了老弟
来咯
在呢
在的
在
我在
有人吗
人呢
人好少
人好多
好热闹
好多人
弹幕好多
刷屏了
别刷屏
禁言他
管理员呢
房管
大家好早晨
早晨
早晨呀
晏晝
食咗飯未
食咗
收工
收工啦
放工
返工
好攰
好攰呀
好熱
落雨
香港好熱
香港踩單車好難
沙田單車徑
大埔踩車
吐露港
屯門單車徑
單車友
踩單車
踩車
我都有踩
我冇車
冇錢
窮
好窮
月尾
等出糧
出糧先
出咗糧就買
睇完先
喂
喂喂
係咪
係呀
唔係
冇問題
搞掂
得
得閒
冇得頂
正
正嘢
好嘢
勁嘢
犀利
好犀利
主播好犀利
主播講得好好
多謝晒
拜拜
聽日見
早抖
早唞
台灣人報到
台中來了
高雄報到
台北捷運
騎Ubike
河濱自行車道
環島
騎車環島
單車環島
北宜
武嶺
上武嶺
好累喔
好熱喔
下雨了啦
吃飽了
宵夜
追劇
看直播配飯
晚安囉
掰掰
先這樣
明天見囉
took the long way home along the yarra tonight, so worth it
did the kew boulevard loop before work, legs are toast
rode to williamstown for fish and chips on sunday
the ferry to portarlington with the bike is such a good day out
rode the rail trail at warburton last weekend, stunning
lilydale to warburton trail is underrated
the o'keefe rail trail is so pretty in autumn
murray to mountains rail trail on the bucket list
did the great victorian rail trail with my dad
otago rail trail in NZ was a highlight of my life
the timber trail in NZ is incredible
rotorua trails are the best in the world, fight me
riding in queenstown is unreal
mt buller trails opened last week
stromlo forest park in canberra is sick
you yangs for mtb, anyone?
lysterfield is my local mtb spot
smiths gap is brutal
dandenongs climb to sky high is a killer
1 in 20 after work is my therapy
beach road on a saturday is a peloton zoo
the hell ride on beach road back in the day
sydney harbour bridge cycleway ramp is steep
centennial park laps before work
west head in sydney is beautiful
mt coot-tha in brisbane is a nice climb
perth has the best river paths
kings park loop in perth at sunrise
adelaide hills rides are the best in australia
norton summit on a sunday
riding in hobart is all hills and wind
mt wellington from hobart is a beast
kunanyi climb done, dead
darwin waterfront ride in the dry season is lovely
got a puncture on the west gate punt path
the punt to spotswood is such a cute commute
stuck behind a tram on brunswick st
e-scooter nearly took me out on swanston st
some guy in a ute yelled at me today
had a nice driver wave me through today, rare
a magpie followed me for two blocks
plovers are worse than magpies
spur winged plovers are terrifying
the swooping map website is a lifesaver in spring
wombat on the road in the dark gave me a fright
kangaroo jumped across the trail in front of me
saw an echidna on the rail trail today
koala in a tree at the you yangs
cockatoos screaming at me all ride
the kookaburra laughed at my climbing
possum ran across my path last night
snake on the bike path in summer nope
huntsman in my helmet once. never again
checked my helmet for spiders ever since
aussie wildlife makes riding exciting
it's so windy in melbourne I went backwards
headwind both ways, classic melbourne
the northerly is brutal today
hot northerly, stay hydrated everyone
carry water in summer, seriously
had heat stroke on a ride once, don't be me
4pm start for summer rides, too hot otherwise
winter mornings are so dark and cold
frost on the saddle this morning
gloves season has begun
my fingers froze on the way to work
rain jacket in the bag always
got caught in a hailstorm on the ride home
melbourne hail is no joke
flooding on the merri creek path again
the path was closed for floods, detour hell
council finally fixed the pothole on my street
the new protected bike lane on exhibition st is great
the pop up bike lanes are staying, yay
the bike lane is full of parked cars again
delivery drivers parking in the bike lane 😤
uber eats riders on ebikes everywhere
ebike delivery riders are working so hard
hats off to the delivery riders in the rain
the bike counter on princes bridge says 4000 today
bike parking at the station is always full
got my bike locked at flinders st for 9 hours, survived
my seat got stolen at the uni
seat thieves are the worst
quick release skewers = free wheels for thieves
my friend lost a wheel to thieves on lygon st
register your bike on bike index folks
engrave your frame number
took a photo of my serial number just in case
insured my bike after the last one got stolen
home insurance covers my bike, check yours
had my ebike battery stolen once, thieves know
always take the battery inside
charge your ebike battery on a hard surface, safety first
lithium fires are scary, charge in the garage
never charge overnight next to your bed
my ebike battery is 3 years old and still fine
battery range drops a lot in winter for me
cold weather kills my ebike range
my commute uses 30% of my battery each way
ebike on eco mode all day every day
turbo mode on the hills, eco on the flats
I pedal harder on my ebike than my road bike honestly
ebikes get more people riding, that's a win
my 70 year old dad rides 40km a week on his ebike
my grandma got an ebike and now she beats me up hills
e-mtb at the local trails is getting popular
emtb haters will hate
trail etiquette: say hi when you pass
ring your bell on shared paths please
shared paths are a nightmare on weekends
dog on an extendable lead on the path = chaos
walkers with headphones never hear my bell
I say passing on your right every time
thanks to the runner who moved over today
path rage is real
ride two abreast debate again lol
ride2work day breakfast at fed square was great
critical mass still a thing in melbourne?
the bike film festival was good this year
the melbourne bike share from years ago, remember those blue bikes
blue share bikes in the yarra era
oBike era was chaos
lime bikes are expensive per minute now
neuron scooters are everywhere in brisbane
the tour down under crowds were huge
saw the peloton go past in the adelaide hills, insane speed
cadel's race was windy this year
watched the nationals in ballarat, so good
nationals on buninyong hill is a great day out
the commonwealth games track cycling was epic
anna meares legend
the velodrome at dISC is so cool
track day at the velodrome was terrifying and fun
fixie phase in 2012 we all had it
my fixie days are over, knees said no
single speed commuter gang
hub gear commuter, zero maintenance
belt drive is the future
internal gear hub fans where you at
rohloff people are a special breed
pinion gearbox is witchcraft
I just learnt to true a wheel this weekend
youtube taught me everything about bike maintenance
park tool videos are the best
calvin from park tool is a legend
my first time bleeding brakes was a disaster
brake bleed kit was the best purchase
disc brake rub drives me insane
ting ting ting from my rotor all ride
derailleur ghost shifting is haunting me
my chain jumped off on a climb lol
snapped my chain sprinting for a sign
bought a chain checker, chain was cooked
replace your chain before it eats your cassette
cassette and chain replaced, bank account cried
wax vs lube debate round 47
chain cleaning on sunday is my zen
degreaser everywhere in the laundry, partner not happy
bike in the lounge room, partner not happy either
my bikes live in my bedroom
bike hooks on the wall saved my apartment
bike storage in apartments is impossible
strata won't let me keep my bike on the balcony
the lift at my apartment barely fits my bike
carried my ebike up 3 flights of stairs, never again
folding bikes on the train make sense
took my bike on the train to geelong
bikes on trains outside peak only, remember
bike racks on buses in canberra are great
brisbane buses should have bike racks
bike on the ferry in sydney works well
my kid's school has a bike bus now
bike bus to school every friday, so cute
the kids at my school all ride now
teaching my daughter to ride this weekend
my son can ride without training wheels now, so proud
took the training wheels off today!!
kids bike skills park is the best weekend activity
the pump track at the local park is packed
pump tracks are great for kids
bmx track racing for my son on saturdays
my daughter wants a pink bike with streamers
streamers on handlebars are a classic
a bell with a unicorn on it, she insists
helmet with cat ears for my kid
kids helmets with spikes are hilarious
our family of 4 rides to the market every saturday
the farmers market ride is our sunday ritual
ride to the pub for a parma
chicken parmi after a long ride
pot of pale at the end of the ride
pint after a ride is mandatory
kombucha after the ride for me
flat white at the cafe halfway
the cafe in lorne after the great ocean road ride
great ocean road ride is stunning
did around the bay 210k last year, never again
3 peaks challenge this year, pray for me
did the 3 peaks, cried on back of falls
the audax ride was 300k, I'm broken
gravel grinder in the otways on the weekend
gravel riding in the wombat forest is beautiful
bikepacking the high country next month
bikepacking setup is my new obsession
frame bags are so handy
saddle bag, top tube bag, handlebar roll, I'm a pack mule
camping by bike is the best holiday
my longest ride was 160k
first 100k ride done today!!
new personal best on the 1 in 20
lost my strava streak today 😭
strava says I rode 4000km this year
my weekly goal is 100km
kudos on strava is my love language
gave you kudos on strava yesterday host
whoever named the strava segment "the wall" was right
ride with gps vs strava routes debate
komoot for planning, strava for showing off
garmin died mid ride, no data, did it even happen
wahoo elemnt gang
my bike computer is my phone and that's fine
heart rate zone 2 life
zone 2 for days
intervals on the trainer tonight, wish me luck
vo2 max intervals are pure pain
ftp test made me see my ancestors
coach says I need more rest days
rest day today, watching streams instead
foam rolling after the ride hurts so good
my quads are on fire
saddle sore is the worst
got a bike fit, no more knee pain
bike fit changed my life
cleats were set up wrong for years
clipped in and fell over at the lights, classic
everyone falls over clipping in once
flat pedals are underrated
i ride in my work shoes, no shame
lycra at the cafe is a look
the cafe looks at us weird in lycra
helmet hair at the office every day
shower at work is essential for bike commuting
end of trip facilities at my work are amazing
no shower at work, so ebike it is
ebike means I arrive not sweaty, a win
my office finally got bike parking
salary sacrifice for ebikes when australia
bike to work scheme in the uk is so good, we need it here
ride to work days should be public holidays lol
bike lanes vs parking debate at council again
councils should plant more trees on bike routes
shade on bike paths please
water fountains on bike paths please
drinking fountain on the capital city trail saved me today
the toilets on the bay trail are closed again
the bike repair stations on the trails are great
used the public bike pump at the library, life saver
chat is so wholesome tonight
this chat is the best chat on twitch
love this community
wholesome bike chat
chat is full of legends
nice to see the regulars here
the usual crew is in tonight
hi to all the regulars
missed you all last week
I was away last stream, what happened
did you do the giveaway last week
who won the giveaway
I never win giveaways lol
entered the giveaway
hope I win the giveaway this time
giveaway when
!giveaway entered
@kiwi_crank hey mate long time
@ripperrider how's the new bike
@gravelgrrl did you finish the gravel race
@muddy_mick mate you still owe me a coffee
@pedalpals thanks for the raid earlier
@aussiepedaller your strava pics are great
@spinningsophie congrats on the century ride
@bikebro_88 told you the lid would be on tonight
@melb_commuter see you on the merri creek trail
@tassie_devil_rides how's the weather down there
@perth_pedals hi from the other side of the country
@kiwi_crank chur
Nightbot: Don't forget to follow so you know when we're live next!
Nightbot: Shop link is in the description below the stream
Nightbot: We are live Tuesday and Thursday 7pm AEST
StreamElements: @tassie_devil_rides just reached 500 points!
StreamElements: @spinningsophie has been watching for 32 hours
StreamElements: gravelgrrl is now the top chatter this week!
Moobot: Remember to keep chat friendly 🚲
Moobot: @bikebro_88 please don't spam caps
Moobot: Links are only allowed for mods and VIPs
spinningsophie just subscribed with Prime. They've subscribed for 3 months!
bikebro_88 gifted 10 Tier 1 subs to the community!
tassie_devil_rides is gifting 3 subs in the channel!
melb_commuter converted from a Prime sub to a Tier 1 sub!
perth_pedals cheered 200 bits
ty bikebro for the gifted sub!!!
thanks for the gifty
the gifted subs are flowing tonight
raid from the trailbuilders stream!!
TRAILBUILDERS RAID 🪚🚵 TRAILBUILDERS RAID 🪚🚵
gravel gang raid 🌾🚲 gravel gang raid 🌾🚲
hello from the velodrome stream raid
we got raided by pedalpals, welcome in!
raiders say hi to the host
ripperrider: first time in this chat, came from the raid
hi I'm from the raid, what's this stream about
oh it's a bike shop stream, cool
didn't know bike shops streamed
this is like qvc for bikes lol
qvc but make it cycling
home shopping network but for cyclists haha
this stream is dangerous for my wallet
I should not be watching this on payday
my partner banned me from watching this stream
my wife thinks I'm watching the footy
don't tell my wife I'm here
wife approved purchase finally
husband says no more bikes, watching anyway
the bike budget is blown for the year
sold my old bike on marketplace to fund a new one
facebook marketplace bike scams are everywhere
bought a second hand bike, it was stolen, got my money back luckily
check serial numbers when buying second hand
gumtree bike hunting this weekend
my first road bike was from gumtree, $200 special
that $200 gumtree bike is still going
copypasta time: I don't always ride an ebike but when I do I tell everyone on strava
Did you ever hear the tragedy of Darth Derailleur the Wise? It's not a story the mechanics would tell you 🚲
Everyone gangsta till the magpie starts swooping 🦅🦅🦅
🚲 BIKE CHAT ASSEMBLE 🚲 BIKE CHAT ASSEMBLE 🚲
PEDAL HARDER PEDAL HARDER PEDAL HARDER
kudos kudos kudos kudos
what's the best sunscreen for riding in summer
what music does the host listen to when riding
do you guys sponsor any local teams
is the host doing the around the bay ride
host have you ever crashed badly
host what's your favourite rail trail
host do you like gravel or road more
host do you race crits
what's the host's cafe order
host do you have a dog that comes to the shop
who does the shop's instagram photos, they're great
where was that intro video filmed
what camera is the stream on
what mic are you using, sounds great
is your lighting a ring light
is the stream on youtube too
can I watch the replay on youtube later
where do I find old streams
is there a podcast version lol
what's the next stream about
will you do a kids bike special
will you review a cargo bike next time
can you do a tyre pressure explainer stream
do a bike fit explainer next time please
make a video about ebike batteries please
sir please make video in hindi also
sir upload on youtube also
sir which software you use for streaming
sir how many subscribers you have
sir please come to india for stream
india mein kab aaoge sir
sir your accent is very nice
sir australia is looking beautiful
sir is australia safe for cycling
sir i will come to melbourne next year for masters
sir which university is good for masters in melbourne
sir melbourne weather is good?
sir do you know virat kohli
cricket match score kya hai
india vs australia match today, who is watching
aussies will win the test, sorry india fans
border gavaskar trophy banter in a bike stream lol
sir my cycle chain is always coming out what to do
sir my tyre is flat every week
my cycle is very old, 10 years
my dad cycles 20 km daily at age 60
in my village everyone uses cycle
cycling is very good for health sir
doctor told me to cycle daily
i started cycling for weight loss, lost 8 kg
morning cycling in pune is very nice
sunday cycling group in bangalore is very big
cubbon park cycling on sunday morning
marine drive cycling in mumbai early morning
delhi to gurgaon cycling is dangerous
chennai ecr ride with my club
hyderabad has a new cycling track with solar roof
cycle day in gurgaon every sunday
kolkata cycling ban on some roads is sad
墨尔本今天风好大
骑车上班被风吹得倒退
今天下班骑车淋成落汤鸡
早上骑车好冷手都冻僵了
冬天骑车要戴手套
夏天骑车太晒了
澳洲太阳太毒了骑车要涂防晒
骑车被喜鹊啄了一下头
春天骑车戴头盔防喜鹊
路上看到袋鼠了
骑车看到考拉在树上
小路上有蛇吓死我了
墨尔本的电车轨道好危险
车轮卡进电车轨道摔了一跤
今天被一辆ute按喇叭了
澳洲司机对骑车的人还挺友好的
悉尼的司机好凶
墨尔本自行车道越来越多了
雅拉河边骑车好舒服
周末骑去st kilda看海
海滩路骑车的人好多
周末去骑了一趟丹德农山
上坡骑到怀疑人生
下坡好刺激
第一次骑100公里好累
今天骑了60公里腿酸
公路车骑起来好快
我的山地车好重
换了一辆碳纤维公路车
碳纤维车架好贵
二手车在facebook上买的
二手车被偷了好心疼
车子在火车站被偷了
以后都把车锁两把锁
车座都被偷过
电驴电池拿回家充
电池千万别在卧室充电
锂电池起火太可怕了
我电驴冬天续航掉得好厉害
用经济模式续航长很多
送外卖的都骑电驴
在墨尔本送外卖一天骑100公里
国内的共享单车好方便
国内骑车的人好多
国内电动车都要上牌了
回国骑共享单车好便宜
澳洲的共享单车好贵
lime单车按分钟收费太贵了
墨大门口一排lime
上学骑车十分钟就到了
每天骑车去学校
骑车上班省了好多油钱
油价太贵了还是骑车好
骑车减肥效果好
骑了三个月瘦了五公斤
骑车对膝盖好
医生让我多骑车
骑行俱乐部周末约骑
华人骑行群有人吗
墨尔本华人骑友加我
周末有没有一起骑的
周六早上七点集合
骑完去喝咖啡
骑车的终点是咖啡馆
骑完去吃早茶
骑完吃个饺子
环青海湖骑行是我的梦想
川藏线骑行好想去
骑行318是我的梦想
环岛骑行太美了
台湾环岛骑了九天
日本骑行也很美
新西兰骑行风景太美了
皇后镇骑车好爽
主播去过新西兰骑车吗
主播有没有骑过川藏线
主播会不会说普通话
主播教教我们换内胎
主播下次讲讲怎么保养链条
主播下次讲讲电驴电池
下次可以讲讲儿童自行车吗
主播下播后去骑车吗
主播你喜欢公路车还是山地车
主播的车是什么牌子的
主播骑车多少年了
主播是不是专业运动员
主播参加过比赛吗
直播间的背景音乐好好听
这是什么歌好好听
能放首中文歌吗
弹幕太快了看不过来
有人在吗哈哈
今天人好多啊
今天直播间好热闹
第一次刷到这个直播间
从抖音过来的
从小红书过来的
小红书上看到你们店
朋友推荐来的
关注好久了
老粉报到
老粉了
每期都看
终于等到直播了
等了一个星期
好久没直播了
这周直播两次吗
下周还有直播吗
直播回放在哪看
今天几点开始的
我来晚了错过了什么
刚才讲的头盔我没看到
能再讲一遍吗哈哈
嗨呀错过了前面
香港踩單車要去新界
大埔海濱公園踩車好舒服
屯門去元朗單車徑
沙田城門河踩車
吐露港公路周末好多人踩車
香港單車徑又窄又多人
香港踩車要小心巴士
我喺墨爾本讀書
喺澳洲踩車好舒服
澳洲啲路好闊
墨爾本啲天氣好難估
今朝踩車返學好凍
台北河濱騎車超舒服
淡水騎到八里
日月潭環湖騎車好美
花東縱谷騎車好漂亮
台灣騎車環島超推
在墨爾本騎車上班
澳洲的腳踏車好貴
台灣的捷安特便宜多了
捷安特是台灣之光
美利達也是台灣的
"""

# -- the answer suite -------------------------------------------------------------------------
# The cycle shop: variants in the viewer's words, the sold-out M frame and pump, per-unit asks,
# numbers in words, feet, pounds and miles, Australian slang and Indian English.
CYCLE: list[AnswerCase] = [
    case("cycle", "the large urbano how much mate", "price", "EBIKE-URBANO", sku="EBIKE-URB-L"),
    case("cycle", "how much is the small e-bike", "price", sku="EBIKE-URB-S"),
    case("cycle", "the medium one how much", "price", "EBIKE-URBANO", sku="EBIKE-URB-M"),
    case("cycle", "L码的电驴多少钱", "price", sku="EBIKE-URB-L"),
    case("cycle", "大号头盔多少钱", "price", sku="HELMET-5761"),
    case("cycle", "how much for the lid in 52-56", "price", sku="HELMET-5256"),
    case("cycle", "twenty nine inch tube how much each", "price", sku="TUBE-29"),
    case("cycle", "700x25c tube price per tube?", "price", sku="TUBE-700X25"),
    case("cycle", "27.5寸内胎一条几钱", "price", sku="TUBE-275"),
    case("cycle", "five hundred ml lube whats the price", "price", sku="LUBE-500"),
    case("cycle", "how much per ml is the 120 ml lube", "price", sku="LUBE-120"),
    case("cycle", "120厘米的链条锁多少钱", "price", sku="LOCK-120"),
    case("cycle", "price for the 90 cm lock pls sir", "price", sku="LOCK-90"),
    case("cycle", "the 14Ah battery, how much?", "price", sku="BATT-14AH"),
    case("cycle", "10.4Ah的备用电池几钱", "price", sku="BATT-104AH"),
    case("cycle", "14寸平衡车多少钱", "price", sku="JOEY-14"),
    case("cycle", "how much is that thing on the handlebars", "price", "MOUNT-QUADGRIP",
         sku="MOUNT-QUADGRIP"),
    case("cycle", "呢部機幾錢呀", "price", "TRAINER-TURBOX", sku="TRAINER-TURBOX"),
    case("cycle", "800 lumen set kitna hai", "price", sku="LIGHTS-800"),
    case("cycle", "xl jersey in ochre price?", "price", sku="JERSEY-XL-OCH"),
    case("cycle", "儿童座椅多少钱一个", "price", sku="CHILDSEAT-KOALA"),
    case("cycle", "700x38 tyre, whats the price for one", "price", sku="TYRE-700X38"),
    case("cycle", "how much for a pair of the 32c tyres", "price", sku="TYRE-700X32"),
    case("cycle", "这个座椅多少", "price", "CHILDSEAT-KOALA", sku="CHILDSEAT-KOALA"),
    case("cycle", "medium urbano still going or all gone", "stock", "EBIKE-URBANO", sku="EBIKE-URB-M"),
    case("cycle", "中号电助力车还有货吗", "stock", sku="EBIKE-URB-M"),
    case("cycle", "how many small urbanos left", "stock", sku="EBIKE-URB-S"),
    case("cycle", "29 inch tube in stock?", "stock", sku="TUBE-29"),
    case("cycle", "pump back in stock yet?", "stock", sku="PUMP-POCKETROCKET"),
    case("cycle", "打气筒还有吗", "stock", sku="PUMP-POCKETROCKET"),
    case("cycle", "how many child seats left", "stock", sku="CHILDSEAT-KOALA"),
    case("cycle", "L码桉树绿骑行服还有吗", "stock", sku="JERSEY-L-EUC"),
    case("cycle", "14Ah的电池还有几个", "stock", sku="BATT-14AH"),
    case("cycle", "got the big lid in stock", "stock", sku="HELMET-5761"),
    case("cycle", "有冇14寸平衡車", "stock", sku="JOEY-14"),
    case("cycle", "any 800 lumen sets left", "stock", sku="LIGHTS-800"),
    case("cycle", "does it have a throttle", "fact", "EBIKE-URBANO", sku="EBIKE-URBANO",
         fact="no throttle"),
    case("cycle", "电池能拆下来吗", "fact", "EBIKE-URBANO", sku="EBIKE-URBANO", fact="可拆卸"),
    case("cycle", "how many k's does she do on a full battery", "fact", "EBIKE-URBANO", sku="EBIKE-URBANO",
         fact="40–80 km"),
    case("cycle", "这个电驴续航多少公里", "fact", sku="EBIKE-URBANO", fact="40–80公里"),
    case("cycle", "电单车能上牌吗还是不用", "fact", sku="EBIKE-URBANO", fact="不用驾照"),
    case("cycle", "is the urbano waterproof", "fact", sku="EBIKE-URBANO", fact="not waterproof"),
    case("cycle", "torque sensor or cadence on the urbano", "fact", sku="EBIKE-URBANO",
         fact="cadence sensor"),
    case("cycle", "最高时速多少", "fact", "EBIKE-URBANO", sku="EBIKE-URBANO", fact="25公里"),
    case("cycle", "reckon the small fits a 5 foot 2 sheila", "fact", "EBIKE-URBANO",
         sku="EBIKE-URBANO", fact="150–165 cm"),
    case("cycle", "im six foot one what frame size", "fact", sku="EBIKE-URBANO",
         fact="178–192 cm"),
    case("cycle", "max rider weight in lbs?", "fact", sku="EBIKE-URBANO", fact="265 lbs"),
    case("cycle", "how heavy is the ebike in pounds", "fact", sku="EBIKE-URBANO",
         fact="54 lbs"),
    case("cycle", "how many miles does the urbano do on one charge", "fact",
         sku="EBIKE-URBANO", fact="25–50 miles"),
    case("cycle", "charge time from flat?", "fact", "EBIKE-URBANO", sku="EBIKE-URBANO",
         fact="5½ hours"),
    case("cycle", "is the lid certified for aus roads", "fact", sku="HELMET-AEROLID",
         fact="AS/NZS 2063"),
    case("cycle", "頭盔有冇MIPS", "fact", sku="HELMET-AEROLID", fact="MIPS"),
    case("cycle", "58cm head which size lid", "fact", sku="HELMET-AEROLID", fact="57–61 cm"),
    case("cycle", "is the 27.5 tube presta?", "fact", sku="TUBE-ROLLFAST", fact="Schrader"),
    case("cycle", "will the 700x25 tube fit a 32c tyre", "fact", sku="TUBE-ROLLFAST",
         fact="700×23–28c"),
    case("cycle", "are the cityshields tubeless ready", "fact", sku="TYRE-CITYSHIELD",
         fact="not tubeless-ready"),
    case("cycle", "max psi on the cityshield", "fact", sku="TYRE-CITYSHIELD", fact="85 psi"),
    case("cycle", "这个轮胎能装真空胎吗", "fact", "TYRE-CITYSHIELD", sku="TYRE-CITYSHIELD",
         fact="要配内胎"),
    case("cycle", "does the spare battery come with a charger", "fact", sku="BATTERY-URBANO",
         fact="not included"),
    case("cycle", "备用电池能装别的电动车吗", "fact", sku="BATTERY-URBANO",
         fact="只适配Urbano 250"),
    case("cycle", "does the kid seat fit a carbon frame", "fact", sku="CHILDSEAT-KOALA",
         fact="does not fit carbon frames"),
    case("cycle", "儿童座椅最多几公斤", "fact", sku="CHILDSEAT-KOALA", fact="22公斤"),
    case("cycle", "child seat max weight in pounds", "fact", sku="CHILDSEAT-KOALA",
         fact="48 lbs"),
    case("cycle", "can my 2 year old ride the joey", "fact", sku="BALANCE-JOEY",
         fact="not suitable for children under 3 years"),
    case("cycle", "平衡车有没有刹车", "fact", sku="BALANCE-JOEY", fact="14寸有后手刹"),
    case("cycle", "does the trainer come with a cassette", "fact", sku="TRAINER-TURBOX",
         fact="not included"),
    case("cycle", "turbo x work with zwift?", "fact", sku="TRAINER-TURBOX", fact="Zwift"),
    case("cycle", "is the lube ok near disc brakes", "fact", sku="LUBE-SLICK",
         fact="keep it off disc rotors"),
    case("cycle", "链条油电动车能用吗", "fact", sku="LUBE-SLICK", fact="都适用"),
    case("cycle", "will the phone mount fit 31.8 bars", "fact", sku="MOUNT-QUADGRIP",
         fact="22.2–31.8 mm"),
    case("cycle", "手机支架能给手机充电吗", "fact", sku="MOUNT-QUADGRIP", fact="没有充电功能"),
    case("cycle", "how long do the 800 lights last on high", "fact", sku="LIGHTS-BEACON",
         fact="2 h on high"),
    case("cycle", "are the beacon lights rain proof", "fact", sku="LIGHTS-BEACON", fact="IPX6"),
    case("cycle", "lock is key or combination?", "fact", sku="LOCK-GRIPPER", fact="3 keys"),
    case("cycle", "how heavy is the 120 lock in lbs", "fact", sku="LOCK-GRIPPER",
         fact="6.2 lbs"),
    case("cycle", "does the roo jersey run small", "fact", sku="JERSEY-ROO", fact="race fit"),
    case("cycle", "mini pump got a gauge?", "fact", sku="PUMP-POCKETROCKET", fact="no gauge"),
    case("cycle", "打气筒最高打几多psi", "fact", sku="PUMP-POCKETROCKET", fact="100 psi"),
    case("cycle", "ship to Tassie?", "policy", policy="shipping-remote"),
    case("cycle", "do you ship to perth, how much", "policy", policy="shipping-remote"),
    case("cycle", "寄达尔文要几天", "policy", policy="shipping-remote"),
    case("cycle", "can I pay with afterpay on the helmet", "policy", policy="payment"),
    case("cycle", "whats the go with afterpay on a 2k bike", "policy", "EBIKE-URBANO",
         policy="payment"),
    case("cycle", "COD available sir?", "policy", policy="payment"),
    case("cycle", "可以用支付宝付款吗", "policy", policy="payment"),
    case("cycle", "寄新西兰吗", "policy", policy="shipping-nz"),
    case("cycle", "how much to post a helmet to auckland", "policy", policy="shipping-nz"),
    case("cycle", "电池能寄新西兰吗", "policy", policy="shipping-nz"),
    case("cycle", "can I pick up in Melbourne", "policy", policy="pickup"),
    case("cycle", "可以去门店自提吗", "policy", policy="pickup"),
    case("cycle", "free shipping to sydney over how much", "policy", policy="shipping"),
    case("cycle", "shipping to ballarat?", "policy", policy="shipping-regional"),
    case("cycle", "does the ebike come assembled or in a box", "policy", "EBIKE-URBANO",
         policy="bike-delivery"),
    case("cycle", "电助力车送到家是装好的吗", "policy", policy="bike-delivery"),
    case("cycle", "can I return it if I rode it once", "policy", policy="returns"),
    case("cycle", "头盔不合适可以退吗", "policy", policy="returns"),
    case("cycle", "how long is the warranty on the battery", "policy", policy="warranty"),
    case("cycle", "车架保修几年", "policy", policy="warranty"),
    case("cycle", "do I get a free service with the bike", "policy", policy="first-service"),
    case("cycle", "首保是免费的吗", "policy", policy="first-service"),
    case("cycle", "any specials running tonight on the bikes", "deals"),
    case("cycle", "今晚直播间有啥优惠活动", "deals"),
    case("cycle", "whats on special right now mate", "deals"),
    case("cycle", "有咩優惠呀", "deals"),
    case("cycle", "whats the price diff between the 10.4 and the 14ah battery", "compare",
         skus=["BATT-104AH", "BATT-14AH"]),
    case("cycle", "120毫升和500毫升的链条油各多少钱", "compare", skus=["LUBE-120", "LUBE-500"]),
    case("cycle", "90cm vs 120cm lock, prices?", "compare", skus=["LOCK-90", "LOCK-120"]),
    case("cycle", "12寸和14寸平衡车差多少钱", "compare", skus=["JOEY-12", "JOEY-14"]),
    case("cycle", "400 or 800 lumen set, how much each", "compare",
         skus=["LIGHTS-400", "LIGHTS-800"]),
    case("cycle", "32c和38c的轮胎价格", "compare", skus=["TYRE-700X32", "TYRE-700X38"]),
    case("cycle", "do you sell tubeless sealant", "abstain", why="not carried"),
    case("cycle", "有卖骑行锁鞋吗", "abstain", why="not carried"),
    case("cycle", "got any cargo bikes", "abstain", why="not carried"),
    case("cycle", "有没有折叠车卖", "abstain", why="not carried"),
    case("cycle", "how much is a bike rack for the car", "abstain", why="not carried"),
    case("cycle", "有卖码表吗", "abstain", why="not carried"),
    case("cycle", "power meter pedals price?", "abstain", why="not carried"),
    case("cycle", "有冇水壺架賣", "abstain", why="not carried"),
    case("cycle", "what colour is the e-bike", "abstain", "EBIKE-URBANO", sku="EBIKE-URBANO",
         why="not stated"),
    case("cycle", "电助力车有几个颜色", "abstain", sku="EBIKE-URBANO", why="not stated"),
    case("cycle", "does the urbano have a bell", "abstain", sku="EBIKE-URBANO",
         why="not stated"),
    case("cycle", "does the urbano have a usb port to charge my phone", "abstain",
         sku="EBIKE-URBANO", why="not stated"),
    case("cycle", "can the urbano tow a kid trailer", "abstain", sku="EBIKE-URBANO",
         why="not stated"),
    case("cycle", "how heavy is the 57-61 helmet", "abstain", sku="HELMET-AEROLID",
         why="not stated: only the 52–56 cm weight is listed"),
    case("cycle", "頭盔可以用嚟踩山地車嗎", "abstain", sku="HELMET-AEROLID", why="not stated"),
    case("cycle", "does the chain lube smell", "abstain", sku="LUBE-SLICK", why="not stated"),
    case("cycle", "is the gripper lock insurance approved", "abstain", sku="LOCK-GRIPPER",
         why="not stated"),
    case("cycle", "骑行服是澳洲做的吗", "abstain", sku="JERSEY-ROO", why="not stated"),
    case("cycle", "车灯可以装在头盔上吗", "abstain", sku="LIGHTS-BEACON", why="not stated"),
    case("cycle", "平衡车有几种颜色", "abstain", sku="BALANCE-JOEY", why="not stated"),
    case("cycle", "备用电池多重", "abstain", sku="BATTERY-URBANO", why="not stated"),
    case("cycle", "does the child seat come with a rain cover", "abstain",
         sku="CHILDSEAT-KOALA", why="not stated"),
    case("cycle", "does the turbo x work with the peloton app", "abstain",
         sku="TRAINER-TURBOX", why="not stated"),
    case("cycle", "有没有黄边的轮胎", "abstain", sku="TYRE-CITYSHIELD", why="not stated"),
    case("cycle", "what bike do you ride yourself", "abstain", why="about the host"),
    case("cycle", "主播今天骑了多少公里", "abstain", why="about the host"),
    case("cycle", "are you sponsored by urbano or do you just work there", "abstain",
         why="about the host"),
    case("cycle", "can I ride the e-bike on the footpath in victoria", "abstain",
         "EBIKE-URBANO", sku="EBIKE-URBANO", why="a road rule the listing does not give"),
    case("cycle", "do I legally need a helmet on an ebike in NSW", "abstain",
         why="a road rule the listing does not give"),
    case("cycle", "电驴能上高速吗", "abstain", sku="EBIKE-URBANO",
         why="a road rule the listing does not give"),
    case("cycle", "is the 800 lumen light legal on the road in QLD", "abstain",
         sku="LIGHTS-BEACON", why="a road rule the listing does not give"),
    case("cycle", "will the urbano fit in the boot of a corolla", "abstain",
         sku="EBIKE-URBANO", why="a car the listing does not mention"),
    case("cycle", "cheapest e-bike in Australia?", "abstain", why="trap: not the shop's fact"),
    case("cycle", "是不是全澳最便宜的电驴", "abstain", why="trap: not the shop's fact"),
    case("cycle", "can you give discount on the lock sir?", "abstain", why="trap: no discount offered"),
    case("cycle", "any chance of a tradie discount mate", "abstain",
         why="trap: no discount offered"),
    case("cycle", "能便宜点吗老板", "abstain", why="trap: no discount offered"),
    case("cycle", "will you price match 99 bikes", "abstain", why="trap: no price match offered"),
]

# The eleven earlier held-out shops.
EARLIER: list[AnswerCase] = [
    # gadget (GBP)
    case("gadget", "how much is the 20000 mAh power bank", "price", sku="POWERBANK-VOLT-20K"),
    case("gadget", "2米白色的数据线多少钱", "price", sku="CABLE-USBC-2M-WHT"),
    case("gadget", "iPhone 15 Pro Max clear case price?", "price", sku="CASE-IP15PM-CLR"),
    case("gadget", "三星S24的钢化膜几钱", "price", sku="GLASS-S24"),
    case("gadget", "how much is this ring light", "price", "RINGLIGHT-GLOWUP-10",
         sku="RINGLIGHT-GLOWUP-10"),
    case("gadget", "那个防丢器四个装多少钱", "price", sku="TAG-FINDIT-4PK"),
    case("gadget", "26800毫安的充电宝还有吗", "stock", sku="POWERBANK-VOLT-26K"),
    case("gadget", "boomlet speaker back in stock?", "stock", sku="SPEAKER-BOOMLET"),
    case("gadget", "how many of the airlite earbuds left", "stock", sku="EARBUDS-AIRLITE-PRO"),
    case("gadget", "充电宝能带上飞机吗", "fact", sku="POWERBANK-VOLT", fact="100瓦时以下"),
    case("gadget", "does the magdisc charger come with a plug", "fact", sku="CHARGER-QI2-15W",
         fact="not included"),
    case("gadget", "这个耳机游泳能戴吗", "fact", "EARBUDS-AIRLITE-PRO", sku="EARBUDS-AIRLITE-PRO",
         fact="IPX4"),
    case("gadget", "will the smart plugs work with homekit", "fact", sku="PLUG-SMART-2PK",
         fact="not Apple Home"),
    case("gadget", "智能插座能连5G的wifi吗", "fact", sku="PLUG-SMART-2PK", fact="2.4G"),
    case("gadget", "findit tags any good on android", "fact", sku="TAG-FINDIT-4PK",
         fact="Find My"),
    case("gadget", "can the braided cable send video to a monitor", "fact",
         sku="CABLE-USBC-BRAID", fact="not video"),
    case("gadget", "how tall does the tripod go", "fact", "RINGLIGHT-GLOWUP-10",
         sku="RINGLIGHT-GLOWUP-10", fact="160 cm"),
    case("gadget", "笔记本支架放得下16寸的吗", "fact", sku="STAND-LIFTDESK", fact="17.3"),
    case("gadget", "车载支架可以无线充电吗", "fact", sku="MOUNT-GRIPSTER", fact="没有充电功能"),
    case("gadget", "10000和20000的充电宝各多少钱", "compare",
         skus=["POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K"]),
    case("gadget", "do you post to dublin", "policy", policy="shipping"),
    case("gadget", "退货要自己出运费吗", "policy", policy="returns"),
    case("gadget", "can I split it with clearpay", "policy", policy="payment"),
    case("gadget", "耳机保修几年", "policy", policy="warranty"),
    case("gadget", "which gadgets are on offer right now", "deals"),
    case("gadget", "do you sell iphone 16 cases", "abstain", why="not carried"),
    case("gadget", "有卖苹果手表表带吗", "abstain", why="not carried"),
    case("gadget", "what bluetooth version is the boomlet", "abstain", sku="SPEAKER-BOOMLET",
         why="not stated"),
    case("gadget", "充电宝有几个颜色", "abstain", sku="POWERBANK-VOLT", why="not stated"),
    case("gadget", "do the airlite earbuds have an app with EQ", "abstain",
         sku="EARBUDS-AIRLITE-PRO", why="not stated"),
    case("gadget", "智能插座有夜灯吗", "abstain", sku="PLUG-SMART-2PK", why="not stated"),
    case("gadget", "is the ring light black or white", "abstain", sku="RINGLIGHT-GLOWUP-10",
         why="not stated"),
    case("gadget", "two power banks for thirty quid, deal?", "abstain",
         why="trap: no discount offered"),
    case("gadget", "主播用的什么手机", "abstain", why="about the host"),
    # beauty (EUR)
    case("beauty", "100ml的面霜多少钱", "price", sku="MOIST-HYDRA-100ML"),
    case("beauty", "how much is the spf 50 sunscreen", "price", sku="SUN-SPF50"),
    case("beauty", "coral pop lipstick price?", "price", sku="LIP-CORAL-POP"),
    case("beauty", "50毫升的香水几钱", "price", sku="PERFUME-50ML"),
    case("beauty", "声波刷头8个装的多少钱", "price", sku="HEADS-8PK"),
    case("beauty", "这个吹风机多少", "price", "DRYER-AEROLUX", sku="DRYER-AEROLUX"),
    case("beauty", "04 honey foundation back yet?", "stock", sku="FOUND-04-HONEY"),
    case("beauty", "补水面膜还有货吗", "stock", sku="MASK-HYDRA-10"),
    case("beauty", "裸玫瑰色口红还剩几支", "stock", sku="LIP-NUDE-ROSE"),
    case("beauty", "吹风机能带去美国用吗", "fact", sku="DRYER-AEROLUX", fact="220-240"),
    case("beauty", "is the hydra moisturiser fragrance free", "fact", sku="MOIST-HYDRA",
         fact="fragrance free"),
    case("beauty", "防晒会不会泛白", "fact", sku="SUNSCREEN-SOLEIL", fact="不泛白"),
    case("beauty", "how long does the vit c serum last once opened", "fact", sku="SERUM-C15",
         fact="3 months"),
    case("beauty", "洗发水含硅油吗", "fact", sku="SHAMPOO-NATURA", fact="无硅油"),
    case("beauty", "can I use the soniq in the shower", "fact", sku="TOOTHBRUSH-SONIQ",
         fact="IPX7"),
    case("beauty", "which skinveil shade for really fair skin", "fact",
         sku="FOUNDATION-SKINVEIL", fact="01 and 02"),
    case("beauty", "how long does nuit de fleurs last on skin", "fact", sku="PERFUME-NUIT",
         fact="6 to 8 hours"),
    case("beauty", "are the atelier brushes vegan", "fact", sku="BRUSHSET-ATELIER",
         fact="vegan"),
    case("beauty", "30ml和100ml的香水分别多少钱", "compare",
         skus=["PERFUME-30ML", "PERFUME-100ML"]),
    case("beauty", "do you ship to zurich", "policy", policy="shipping-limits"),
    case("beauty", "开封的口红可以退吗", "policy", policy="returns"),
    case("beauty", "how many free samples come with a 70 euro order", "policy", policy="loyalty"),
    case("beauty", "负离子吹风机坏了保修多久", "policy", policy="warranty"),
    case("beauty", "klarna possible on 60 euro?", "policy", policy="payment"),
    case("beauty", "is the soleil sunscreen reef safe", "abstain", sku="SUNSCREEN-SOLEIL",
         why="not stated"),
    case("beauty", "口红持妆多久", "abstain", sku="LIPSTICK-VELOURS", why="not stated"),
    case("beauty", "有卖卸妆油吗", "abstain", why="not carried"),
    case("beauty", "do you sell hair straighteners", "abstain", why="not carried"),
    case("beauty", "怀孕期间能用水澜面霜吗", "abstain", sku="MOIST-HYDRA", why="not stated"),
    case("beauty", "is nuit de fleurs a dupe of baccarat rouge", "abstain", sku="PERFUME-NUIT",
         why="not stated"),
    case("beauty", "Ist das Vitamin-C-Serum vegan?", "abstain", sku="SERUM-C15",
         why="not stated"),
    case("beauty", "is the glide5 ok for sensitive skin", "abstain", sku="RAZOR-GLIDE5",
         why="not stated"),
    case("beauty", "主播用的什么粉底", "abstain", why="about the host"),
    # fitness (USD)
    case("fitness", "5磅巧克力味蛋白粉多少钱", "price", sku="WHEY-CHOC-5LB"),
    case("fitness", "how much is the 1000g creatine", "price", sku="CREATINE-1000G"),
    case("fitness", "price for a pair of the flexlift dumbbells", "price", sku="DUMBBELL-PAIR"),
    case("fitness", "800毫升的摇摇杯几钱", "price", sku="SHAKER-800ML"),
    case("fitness", "birthday cake bars how much a box", "price", sku="BAR-BIRTHDAY-CAKE"),
    case("fitness", "这个秤多少钱", "price", "SCALE-TALLY", sku="SCALE-TALLY"),
    case("fitness", "香草味5磅的还有吗", "stock", sku="WHEY-VAN-5LB"),
    case("fitness", "swift jump rope in stock?", "stock", sku="ROPE-SWIFT"),
    case("fitness", "L号健身手套还剩几副", "stock", sku="GLOVES-L"),
    case("fitness", "how much caffeine is in a scoop of voltage", "fact",
         sku="PREWORKOUT-VOLTAGE", fact="300 mg"),
    case("fitness", "铁核乳清一勺有几克蛋白", "fact", sku="WHEY-IRONCORE", fact="24克"),
    case("fitness", "does the tally scale need wifi", "fact", sku="SCALE-TALLY",
         fact="Bluetooth"),
    case("fitness", "哑铃一只最重几公斤", "fact", sku="DUMBBELL-FLEXLIFT", fact="23.8公斤"),
    case("fitness", "is the zengrip mat latex free", "fact", sku="MAT-ZENGRIP",
         fact="latex free"),
    case("fitness", "max resistance if I stack all the bands", "fact", sku="BANDS-TENSIONPRO",
         fact="150 lb"),
    case("fitness", "肌酸要不要冲击期", "fact", sku="CREATINE-PUREFORM", fact="不需要"),
    case("fitness", "do the crunch lab bars have peanuts", "fact", sku="BAR-CRUNCHLAB-12",
         fact="peanuts"),
    case("fitness", "6毫米和10毫米的黑色瑜伽垫差多少钱", "compare",
         skus=["MAT-6MM-BLACK", "MAT-10MM-BLACK"]),
    case("fitness", "do you ship to anchorage", "policy", policy="shipping-limits"),
    case("fitness", "订阅有折扣吗", "policy", policy="subscribe-save"),
    case("fitness", "开封的蛋白粉能退吗", "policy", policy="returns"),
    case("fitness", "afterpay on a 40 dollar order?", "policy", policy="payment"),
    case("fitness", "健身的东西今天打折吗", "deals"),
    case("fitness", "got any kettlebells in the shop", "abstain", why="not carried"),
    case("fitness", "店里有跑步机卖吗", "abstain", why="not carried"),
    case("fitness", "is the ironcore whey halal", "abstain", sku="WHEY-IRONCORE",
         why="not stated"),
    case("fitness", "泡沫轴是什么颜色", "abstain", sku="ROLLER-DEEPRELIEF", why="not stated"),
    case("fitness", "is voltage safe while pregnant", "abstain", sku="PREWORKOUT-VOLTAGE",
         why="not stated"),
    case("fitness", "瑜伽垫可以机洗吗", "abstain", sku="MAT-ZENGRIP", why="not stated"),
    case("fitness", "whats your bench press PR", "abstain", why="about the host"),
    case("fitness", "主播健身多少年了", "abstain", why="about the host"),
    case("fitness", "can you knock 50 off the dumbbells", "abstain",
         why="trap: no discount offered"),
    # pets (GBP)
    case("pets", "12公斤的幼犬粮多少钱", "price", sku="DOG-PUPPY-12KG"),
    case("pets", "duck pouches price?", "price", sku="CAT-DUCK-12"),
    case("pets", "how much is the 20L litter", "price", sku="LITTER-20L"),
    case("pets", "8米的伸缩牵引绳几钱", "price", sku="LEAD-8M"),
    case("pets", "spot on for a 45kg dog how much", "price", sku="SPOTON-XL"),
    case("pets", "how much is this fountain", "price", "FOUNTAIN-FLOWY", sku="FOUNTAIN-FLOWY"),
    case("pets", "adult 12kg bag back in stock?", "stock", sku="DOG-ADULT-12KG"),
    case("pets", "猫航空箱还有吗", "stock", sku="CARRIER-VOYAGE"),
    case("pets", "饮水机还剩几个", "stock", sku="FOUNTAIN-FLOWY"),
    case("pets", "is the hearthside dog food grain free", "fact", sku="DOGFOOD-HEARTH",
         fact="not grain free"),
    case("pets", "猫砂可以冲厕所吗", "fact", sku="LITTER-CLOUDCLUMP", fact="膨润土"),
    case("pets", "can my 4 month kitten eat the purrfect pouches", "fact",
         sku="CATFOOD-PURRFECT", fact="adult cats"),
    case("pets", "狗的驱虫滴剂猫可以用吗", "fact", sku="SPOTON-FLEASHIELD", fact="仅限狗狗使用"),
    case("pets", "will the trailfit harness stop my dog pulling", "fact",
         sku="HARNESS-TRAILFIT", fact="not a no-pull harness"),
    case("pets", "is the donut bed waterproof", "fact", sku="BED-SNUGGLE",
         fact="not waterproof"),
    case("pets", "how long is the fountain's cable", "fact", sku="FOUNTAIN-FLOWY",
         fact="1.5 m USB cable"),
    case("pets", "狗零食几个月的小狗可以吃", "fact", sku="TREATS-PUREBITES", fact="12周"),
    case("pets", "5m and 8m leads, prices?", "compare", skus=["LEAD-5M", "LEAD-8M"]),
    case("pets", "do you deliver to jersey", "policy", policy="shipping-limits"),
    case("pets", "自动送货有折扣吗", "policy", policy="repeat-save"),
    case("pets", "can I return an opened bag of treats", "policy", policy="returns"),
    case("pets", "买狗粮可以用Klarna分三期吗", "policy", policy="payment"),
    case("pets", "do you sell rabbit food", "abstain", why="not carried"),
    case("pets", "你们有鹦鹉笼子吗", "abstain", why="not carried"),
    case("pets", "猫抓柱多重", "abstain", sku="POST-SISALTOWER", why="not stated"),
    case("pets", "is the toughring dishwasher safe", "abstain", sku="TOY-TOUGHRING",
         why="not stated"),
    case("pets", "狗窝猫可以睡吗", "abstain", sku="BED-SNUGGLE", why="not stated"),
    case("pets", "is the purrfect cat food made in the uk", "abstain", sku="CATFOOD-PURRFECT",
         why="not stated"),
    case("pets", "are the pure bites ok for cats too", "abstain", sku="TREATS-PUREBITES",
         why="not stated"),
    case("pets", "what's your pup's name host", "abstain", why="about the host"),
    case("pets", "便宜点吧两袋一起买", "abstain", why="trap: no discount offered"),
    # baby (EUR)
    case("baby", "4号纸尿裤多少钱一包", "price", sku="NAPPY-S4"),
    case("baby", "stage 2 formula price", "price", sku="FORMULA-STAGE2"),
    case("baby", "260毫升的奶瓶几钱", "price", sku="BOTTLE-260ML"),
    case("baby", "how much is the sage stroller", "price", sku="STROLLER-SAGE"),
    case("baby", "2.5 tog sleeping bag for 18-36 months price", "price", sku="SLEEP-25-18-36"),
    case("baby", "6号纸尿裤有货吗", "stock", sku="NAPPY-S6"),
    case("baby", "is the nestview monitor back?", "stock", sku="MONITOR-NESTVIEW"),
    case("baby", "环宇360安全座椅还有几台", "stock", sku="CARSEAT-ORBIT360"),
    case("baby", "这个推车新生儿能用吗", "fact", "STROLLER-ZIPPA", sku="STROLLER-ZIPPA",
         fact="6个月"),
    case("baby", "is lunamilk lactose free", "fact", sku="FORMULA-LUNA",
         fact="contains lactose"),
    case("baby", "will the orbit fit a car without isofix", "fact", sku="CARSEAT-ORBIT360",
         fact="ISOFIX only"),
    case("baby", "can I watch the baby monitor on my phone", "fact", sku="MONITOR-NESTVIEW",
         fact="no app"),
    case("baby", "湿巾可以冲马桶吗", "fact", sku="WIPES-PUREAQUA", fact="垃圾桶"),
    case("baby", "can the bloom teether go in the freezer", "fact", sku="TEETHER-BLOOM",
         fact="never the freezer"),
    case("baby", "how heavy a toddler can sit in the growup chair", "fact",
         sku="HIGHCHAIR-GROWUP", fact="15 kg"),
    case("baby", "will the zippa fit in the overhead bin on a plane", "fact",
         sku="STROLLER-ZIPPA", fact="cabin"),
    case("baby", "size 1 and size 2 nappies, how much each", "compare",
         skus=["NAPPY-S1", "NAPPY-S2"]),
    case("baby", "can you send the stroller to lyon", "policy", policy="shipping-limits"),
    case("baby", "开了罐的奶粉能退吗", "policy", policy="returns"),
    case("baby", "whats the discount on the nappy subscription", "policy", policy="nappy-club"),
    case("baby", "推车保修多久", "policy", policy="warranty"),
    case("baby", "能用PayPal付吗", "policy", policy="payment"),
    case("baby", "你们店卖不卖婴儿床", "abstain", why="not carried"),
    case("baby", "do you sell breast pumps", "abstain", why="not carried"),
    case("baby", "is lunamilk halal certified", "abstain", sku="FORMULA-LUNA",
         why="not stated"),
    case("baby", "奶瓶有几种颜色", "abstain", sku="BOTTLE-CALMFLOW", why="not stated"),
    case("baby", "will the zippa fit in a fiat 500 boot", "abstain", sku="STROLLER-ZIPPA",
         why="a car the listing does not mention"),
    case("baby", "监视器能同时看两个房间吗", "abstain", sku="MONITOR-NESTVIEW",
         why="not stated"),
    case("baby", "does the high chair come in white", "abstain", sku="HIGHCHAIR-GROWUP",
         why="not stated"),
    case("baby", "is that your baby crying in the background", "abstain", why="about the host"),
]
EARLIER += [
    # tools (AUD)
    case("tools", "4.0Ah电池多少钱", "price", sku="BATT-4AH"),
    case("tools", "drill kit with the 2ah, price mate?", "price", sku="DRILL-KIT-2AH"),
    case("tools", "how much is the 8m tape", "price", sku="TAPE-8M"),
    case("tools", "不锈钢螺丝那盒多少钱", "price", sku="SCREWS-SS304"),
    case("tools", "30 litre shop vac price", "price", sku="VAC-30L"),
    case("tools", "呢把鋸幾多錢", "price", "SAW-CIRC-185", sku="SAW-CIRC-185"),
    case("tools", "green laser level in stock?", "stock", sku="LASER-CROSS360"),
    case("tools", "is the 4ah drill kit sold out", "stock", sku="DRILL-KIT-4AH"),
    case("tools", "折叠工作台还剩几个", "stock", sku="BENCH-FOLDPRO"),
    case("tools", "这个电钻能打水泥墙吗", "fact", "DRILL-VOLTA18", sku="DRILL-VOLTA18",
         fact="没有冲击功能"),
    case("tools", "is the volta impact driver brushless", "fact", sku="IMPACT-VOLTA18",
         fact="brushless"),
    case("tools", "is the circular saw cordless or corded", "fact", sku="SAW-CIRC-185",
         fact="corded"),
    case("tools", "卷尺有没有英寸刻度", "fact", sku="TAPE-GRIPLOCK", fact="只有公制"),
    case("tools", "will the volta battery go in my makita", "fact", sku="BATT-VOLTA18",
         fact="Volta 18V tools only"),
    case("tools", "can the fast charger do two batteries at once", "fact",
         sku="CHARGER-VOLTA-FAST", fact="one battery at a time"),
    case("tools", "can I get the clearview glasses with my script", "fact",
         sku="GLASSES-CLEARVIEW", fact="not prescription"),
    case("tools", "这个吸尘器能吸水吗", "fact", sku="VAC-WETDRY", fact="干湿两用"),
    case("tools", "20L and 30L vac prices?", "compare", skus=["VAC-20L", "VAC-30L"]),
    case("tools", "can you send a spare battery to auckland", "policy", policy="shipping-nz"),
    case("tools", "trade account discount for tradies?", "policy", policy="trade"),
    case("tools", "click and collect in brisbane?", "policy", policy="pickup"),
    case("tools", "工具寄到珀斯运费怎么算", "policy", policy="shipping-remote"),
    case("tools", "可以用Afterpay吗", "policy", policy="payment"),
    case("tools", "do you sell angle grinders", "abstain", why="not carried"),
    case("tools", "店里有铝合金梯子吗", "abstain", why="not carried"),
    case("tools", "how loud is the circular saw in dB", "abstain", sku="SAW-CIRC-185",
         why="not stated"),
    case("tools", "工作台是什么颜色的", "abstain", sku="BENCH-FOLDPRO", why="not stated"),
    case("tools", "激光水平仪摔了会坏吗", "abstain", sku="LASER-CROSS360", why="not stated"),
    case("tools", "whats your favourite tool in the shop", "abstain", why="about the host"),
    case("tools", "chuck in a free battery and I'll buy the drill", "abstain",
         why="trap: no discount offered"),
    # jewel (SGD)
    case("jewel", "US 8的戒指多少钱", "price", sku="RING-US8"),
    case("jewel", "45cm herringbone necklace price", "price", sku="NECK-45CM"),
    case("jewel", "how much are the 8-9mm pearl studs", "price", sku="PEARL-8MM"),
    case("jewel", "半克拉培育钻吊坠卖多少", "price", sku="PENDANT-050CT"),
    case("jewel", "meridian on the steel bracelet how much", "price", sku="WATCH-STEEL"),
    case("jewel", "这只镯子几钱", "price", "BANGLE-JADE", sku="BANGLE-JADE"),
    case("jewel", "luna ring US 7 in stock?", "stock", sku="RING-US7"),
    case("jewel", "测戒指尺寸那个圈还有货吗", "stock", sku="SIZER-RING"),
    case("jewel", "58mm的翡翠手镯还剩几个", "stock", sku="JADE-58MM"),
    case("jewel", "月光戒指可以改圈吗", "fact", sku="RING-LUNA-925", fact="不能改圈"),
    case("jewel", "is the aura necklace solid gold", "fact", sku="NECKLACE-AURA",
         fact="not solid gold"),
    case("jewel", "are the pearls real or plastic", "fact", sku="EARRING-PEARL",
         fact="cultured freshwater"),
    case("jewel", "这个手表可以戴着游泳吗", "fact", "WATCH-MERIDIAN40", sku="WATCH-MERIDIAN40",
         fact="10ATM"),
    case("jewel", "钛戒刻字最多几个字", "fact", sku="BAND-TITAN6", fact="20个字符"),
    case("jewel", "can my kid swim with the tiki watch", "fact", sku="WATCH-TIKI-KIDS",
         fact="not for swimming"),
    case("jewel", "does the diamond pendant come with a chain", "fact", sku="PENDANT-LABDIA",
         fact="45 cm"),
    case("jewel", "is the jade bangle treated or dyed", "fact", sku="BANGLE-JADE",
         fact="Grade A"),
    case("jewel", "17cm and 21cm charm bracelet, prices?", "compare",
         skus=["CHARM-17CM", "CHARM-21CM"]),
    case("jewel", "can ship to penang?", "policy", policy="shipping-malaysia"),
    case("jewel", "耳环可以退吗", "policy", policy="returns"),
    case("jewel", "can use atome?", "policy", policy="payment"),
    case("jewel", "手表保修多久", "policy", policy="warranty"),
    case("jewel", "首饰寄去香港几天到", "policy", policy="shipping-worldwide"),
    case("jewel", "do you sell anklets", "abstain", why="not carried"),
    case("jewel", "有没有钻石耳钉卖", "abstain", why="not carried"),
    case("jewel", "how many grams is the aura necklace", "abstain", sku="NECKLACE-AURA",
         why="not stated"),
    case("jewel", "首饰盒能放几只手表", "abstain", sku="BOX-VELVET", why="not stated"),
    case("jewel", "does the meridian glow in the dark", "abstain", sku="WATCH-MERIDIAN40",
         why="not stated"),
    case("jewel", "主播戴的是哪个戒指", "abstain", why="about the host"),
    case("jewel", "buy two rings cheaper or not", "abstain", why="trap: no discount offered"),
    # brew (PHP)
    case("brew", "500g barako espresso grind how much", "price", sku="BARAKO-500-ESP"),
    case("brew", "150克的烏龍茶多少錢", "price", sku="OOLONG-150G"),
    case("brew", "magkano yung 1kg sagada whole bean", "price", sku="SAGADA-1KG-WB"),
    case("brew", "6杯份摩卡壺幾錢", "price", sku="MOKA-6CUP"),
    case("brew", "how much is the uji matcha", "price", sku="MATCHA-UJI-30"),
    case("brew", "这个壶多少", "price", "PRESS-FRENCH-600", sku="PRESS-FRENCH-600"),
    case("brew", "cone filters in stock?", "stock", sku="FILTER-PAPER-100"),
    case("brew", "500g sagada filter grind may stock pa?", "stock", sku="SAGADA-500-FIL"),
    case("brew", "在家手沖禮盒還有幾份", "stock", sku="GIFT-BREWKIT"),
    case("brew", "摩卡壺可以用電磁爐嗎", "fact", sku="MOKA-ALU", fact="不適用電磁爐"),
    case("brew", "is the sagada decaf", "fact", sku="BEAN-SAGADA", fact="not decaf"),
    case("brew", "will the pourline kettle work on 110v", "fact", sku="KETTLE-GOOSE-08",
         fact="220–240 V"),
    case("brew", "Crankit磨豆機的刀盤是什麼材質", "fact", sku="GRINDER-HAND-C40", fact="陶瓷"),
    case("brew", "does the uji matcha have sugar in it", "fact", sku="MATCHA-UJI-30",
         fact="no sugar added"),
    case("brew", "are AA batteries in the box with the frother", "fact", sku="FROTHER-WHISK",
         fact="not included"),
    case("brew", "烏龍茶冷泡要泡多久", "fact", sku="OOLONG-ALISHAN", fact="冷藏8小時"),
    case("brew", "is the thermo go tumbler dishwasher safe", "fact", sku="TUMBLER-THERMO",
         fact="not dishwasher safe"),
    case("brew", "price of the small moka vs the big moka", "compare",
         skus=["MOKA-3CUP", "MOKA-6CUP"]),
    case("brew", "cash on delivery available ba in cebu city", "policy", policy="payment"),
    case("brew", "咖啡豆寄到台中運費多少", "policy", policy="shipping-taiwan"),
    case("brew", "free shipping over how much sa province", "policy", policy="shipping"),
    case("brew", "開封的咖啡豆可以退嗎", "policy", policy="returns"),
    case("brew", "how long is the kettle warranty", "policy", policy="warranty"),
    case("brew", "do you sell espresso machines", "abstain", why="not carried"),
    case("brew", "有賣燕麥奶嗎", "abstain", why="not carried"),
    case("brew", "how much caffeine is in the yirgacheffe", "abstain", sku="BEAN-YIRGA",
         why="not stated"),
    case("brew", "法壓壺有幾種顏色", "abstain", sku="PRESS-FRENCH-600", why="not stated"),
    case("brew", "抹茶有做農藥檢驗嗎", "abstain", sku="MATCHA-UJI-30", why="not stated"),
    case("brew", "does the crankit grinder fit in an aeropress", "abstain",
         sku="GRINDER-HAND-C40", why="not stated"),
    case("brew", "ano favorite coffee mo host", "abstain", why="about the host"),
    case("brew", "pwede discount po", "abstain", why="trap: no discount offered"),
    # bedding (INR)
    case("bedding", "indigo queen sheet set kitne ka hai", "price", sku="SHEET-QN-IND"),
    case("bedding", "9公斤的重力毯多少钱", "price", sku="WEIGHTED-9KG"),
    case("bedding", "king winter duvet kitna hai", "price", sku="DUVET-KG-WIN"),
    case("bedding", "9 ft charcoal curtain price pls", "price", sku="CURTAIN-9FT-CHAR"),
    case("bedding", "blush silk pillowcase how much", "price", sku="SILK-BLUSH"),
    case("bedding", "这套毛巾多少钱", "price", "TOWEL-SET4", sku="TOWEL-SET4"),
    case("bedding", "king size white bedsheet available?", "stock", sku="SHEET-KG-WHT"),
    case("bedding", "7尺炭灰色窗帘还有吗", "stock", sku="CURTAIN-7FT-CHAR"),
    case("bedding", "gift hamper kitne bache hai", "stock", sku="GIFT-HAMPER"),
    case("bedding", "床单是埃及棉的吗", "fact", sku="SHEET-PERCALE-300", fact="印度长绒棉"),
    case("bedding", "is the dreamweave sheet fitted with elastic", "fact",
         sku="SHEET-PERCALE-300", fact="flat sheet"),
    case("bedding", "超细纤维被能机洗吗", "fact", sku="DUVET-MICRO", fact="30度"),
    case("bedding", "can I wash the contour pillow in the machine", "fact",
         sku="PILLOW-MEMORY", fact="only the zip cover"),
    case("bedding", "重力毯可以机洗吗", "fact", sku="BLANKET-WEIGHTED", fact="不能机洗"),
    case("bedding", "softrest pillows price is for one or two", "fact",
         sku="PILLOW-FIBRE-PAIR", fact="pair"),
    case("bedding", "does the blackout curtain come with the rod", "fact",
         sku="CURTAIN-BLACKOUT", fact="not included"),
    case("bedding", "silk pillowcase real silk or satin", "fact", sku="PILLOWCASE-SILK",
         fact="mulberry silk"),
    case("bedding", "5kg and 7kg weighted blanket prices", "compare",
         skus=["WEIGHTED-5KG", "WEIGHTED-7KG"]),
    case("bedding", "COD available in patna?", "policy", policy="payment"),
    case("bedding", "can you courier the bedsheets to singapore", "policy", policy="shipping-singapore"),
    case("bedding", "枕头能退货吗", "policy", policy="returns"),
    case("bedding", "no cost EMI on credit card?", "policy", policy="payment"),
    case("bedding", "if the towel colour fades will you replace it", "policy", policy="care"),
    case("bedding", "mattress bhi bechte ho kya", "abstain", why="not carried"),
    case("bedding", "你们卖蚊帐不", "abstain", why="not carried"),
    case("bedding", "towels quick dry hai kya", "abstain", sku="TOWEL-SET4", why="not stated"),
    case("bedding", "jute doormat kaunse colours mein hai", "abstain", sku="DOORMAT-JUTE",
         why="not stated"),
    case("bedding", "is the cloudsoft duvet ok for a baby", "abstain", sku="DUVET-MICRO",
         why="not stated"),
    case("bedding", "抱枕套可以机洗吗", "abstain", sku="CUSHION-COVER-5", why="not stated"),
    case("bedding", "aap kahan se ho madam", "abstain", why="about the host"),
    case("bedding", "thoda kam karo price", "abstain", why="trap: no discount offered"),
    # car (MYR)
    case("car", "128GB dash cam berapa", "price", sku="VISTA-128GB"),
    case("car", "L码全盔多少钱", "price", sku="KRX-L"),
    case("car", "24 inch wiper how much", "price", sku="WIPER-24"),
    case("car", "dashboard type phone holder price", "price", sku="CLAMPIT-DASH"),
    case("car", "H4 LED bulbs price for the pair", "price", sku="LUMAX-H4"),
    case("car", "这个泵几钱啊", "price", "INFLATOR-AIRGO", sku="INFLATOR-AIRGO"),
    case("car", "XL helmet ada stock?", "stock", sku="KRX-XL"),
    case("car", "车用吸尘器有货吗", "stock", sku="VACUUM-CYCLO"),
    case("car", "jump starter left how many", "stock", sku="JUMPSTARTER-VOLTRA"),
    case("car", "行车记录仪有GPS吗", "fact", sku="DASHCAM-VISTA2K", fact="没有GPS"),
    case("car", "is the krx helmet DOT certified", "fact", sku="HELMET-KRX",
         fact="not DOT certified"),
    case("car", "wiper size for myvi passenger side", "fact", sku="WIPER-AEROFLEX",
         fact="16″"),
    case("car", "这个打气泵打自行车可以吗", "fact", sku="INFLATOR-AIRGO", fact="脚车都可以打"),
    case("car", "can the voltra start a 24V lorry", "fact", sku="JUMPSTARTER-VOLTRA",
         fact="12V"),
    case("car", "seat cover can fit alza third row?", "fact", sku="SEATCOVER-COMFI",
         fact="third row"),
    case("car", "LED bulb JPJ approved or not", "fact", sku="LED-LUMAX",
         fact="not JPJ approved"),
    case("car", "车充有送线吗", "fact", sku="CHARGER-DUO45", fact="不附送线"),
    case("car", "64GB and 128GB dash cam prices", "compare", skus=["VISTA-64GB", "VISTA-128GB"]),
    case("car", "boleh bayar guna atome?", "policy", policy="payment"),
    case("car", "东西能寄去新加坡吗", "policy", policy="shipping-singapore"),
    case("car", "can you install the dash cam at my house in ipoh", "policy",
         policy="installation"),
    case("car", "戴过的头盔能退吗", "policy", policy="returns"),
    case("car", "dash cam warranty how long", "policy", policy="warranty"),
    case("car", "jual tayar tak?", "abstain", why="not carried"),
    case("car", "店里有没有卖机油", "abstain", why="not carried"),
    case("car", "XL helmet weight how many grams", "abstain", sku="HELMET-KRX",
         why="not stated: only the M weight is listed"),
    case("car", "rear cam can fit proton x70?", "abstain", sku="DASHCAM-VISTA2K",
         why="a car the listing does not mention"),
    case("car", "车充可以充笔记本电脑吗", "abstain", sku="CHARGER-DUO45", why="not stated"),
    case("car", "boss you drive what car", "abstain", why="about the host"),
    case("car", "kasi murah sikit boss", "abstain", why="trap: no discount offered"),
    # garden (GBP)
    case("garden", "17厘米的龟背竹多少钱", "price", sku="MONSTERA-17"),
    case("garden", "3 x 40L compost bundle price", "price", sku="COMPOST-3X40L"),
    case("garden", "how much is the 2.4m raised bed", "price", sku="RAISEDBED-240"),
    case("garden", "30m hose reel price", "price", sku="HOSE-30M"),
    case("garden", "250克的野花种子几钱", "price", sku="WILDFLOWER-250G"),
    case("garden", "呢把剪幾錢", "price", "SECATEURS-KESTREL", sku="SECATEURS-KESTREL"),
    case("garden", "24cm monstera in stock?", "stock", sku="MONSTERA-24"),
    case("garden", "镀锌浇水壶还有吗", "stock", sku="WATERINGCAN-GALV"),
    case("garden", "bird feeder how many left", "stock", sku="FEEDER-SQUIRRELPROOF"),
    case("garden", "龟背竹对猫有毒吗", "fact", sku="MONSTERA-DELICIOSA", fact="对猫狗有毒"),
    case("garden", "is the greenroot compost peat free", "fact", sku="COMPOST-PEATFREE",
         fact="peat-free"),
    case("garden", "does the bare tool trimmer come with a battery", "fact",
         sku="HEDGETRIMMER-CUTPRO", fact="no battery"),
    case("garden", "are the kestrel secateurs ok for lefties", "fact", sku="SECATEURS-KESTREL",
         fact="right-handed only"),
    case("garden", "can the sunbar go in my greenhouse", "fact", sku="GROWLIGHT-SUNBAR",
         fact="not suitable for outdoor or greenhouse use"),
    case("garden", "蔬菜种子是有机的吗", "fact", sku="SEEDS-VEG", fact="不是有机认证"),
    case("garden", "down to what temperature do the frostguard jackets protect", "fact", sku="FLEECE-JACKETS",
         fact="–3°C"),
    case("garden", "is the calathea safe for my cat", "fact", sku="CALATHEA-ORBIFOLIA",
         fact="non-toxic"),
    case("garden", "15米和30米的水管各多少钱", "compare", skus=["HOSE-15M", "HOSE-30M"]),
    case("garden", "can you deliver plants to belfast", "policy", policy="shipping-islands"),
    case("garden", "do you ship the hose to dublin", "policy", policy="shipping-ireland"),
    case("garden", "龟背竹一个月内死了可以换吗", "policy", policy="plant-guarantee"),
    case("garden", "is klarna an option for a 40 quid order", "policy", policy="payment"),
    case("garden", "any lawnmowers for sale", "abstain", why="not carried"),
    case("garden", "有卖多肉吗", "abstain", why="not carried"),
    case("garden", "how heavy is the hose reel cart", "abstain", sku="HOSE-REEL",
         why="not stated"),
    case("garden", "浇水壶是英国做的吗", "abstain", sku="WATERINGCAN-GALV", why="not stated"),
    case("garden", "野花种子适合种在阳台吗", "abstain", sku="WILDFLOWER-MIX", why="not stated"),
    case("garden", "is the monstera fruit edible", "abstain", sku="MONSTERA-DELICIOSA",
         why="not stated"),
    case("garden", "how big is your garden", "abstain", why="about the host"),
    case("garden", "discount if I buy 3 monsteras?", "abstain", why="trap: no discount offered"),
]

# The three dev shops (make_suite.SHOPS) and the outdoor development shop (DEV_SHOPS).
OLDER: list[AnswerCase] = [
    # sample (CNY)
    case("sample", "牛腱子一公斤多少钱", "price", sku="BEEF-SHANK-1KG"),
    case("sample", "how much is the crisppro air fryer", "price", sku="AIRFRYER-6L"),
    case("sample", "这盒多少钱", "price", "EGG-FREERANGE-30", sku="EGG-FREERANGE-30"),
    case("sample", "65寸电视还有多少台", "stock", sku="TV-4K-65"),
    case("sample", "is the sweet corn GMO", "fact", sku="CORN-SWEET-10", fact="non-GMO"),
    case("sample", "希腊酸奶加糖了没", "fact", sku="YOGURT-GREEK-12", fact="零添加蔗糖"),
    case("sample", "扫地机器人遇到地毯怎么办", "fact", sku="VACUUM-ROBOT-X7", fact="抬起拖布"),
    case("sample", "can you ship the rice cooker to taipei", "policy", policy="shipping-remote"),
    case("sample", "电视能用花呗分期吗", "policy", policy="payment"),
    case("sample", "rice cooker vs air fryer, prices?", "compare",
         skus=["RICECOOKER-IH-4L", "AIRFRYER-6L"]),
    case("sample", "直播间卖不卖阳澄湖大闸蟹", "abstain", why="not carried"),
    case("sample", "红富士有有机认证吗", "abstain", sku="APPLE-FUJI-5KG", why="not stated"),
    case("sample", "whats the input lag on the aurora tv", "abstain", sku="TV-4K-65",
         why="not stated"),
    case("sample", "主播自己吃过这个牛肉吗", "abstain", why="about the host"),
    # apparel (USD)
    case("apparel", "how much are the slim jeans", "price", sku="JEANS-SLIM"),
    case("apparel", "这双帆布鞋多少钱", "price", "SNEAKER-CANVAS", sku="SNEAKER-CANVAS"),
    case("apparel", "美利奴毛衣还有吗", "stock", sku="SWEATER-MERINO"),
    case("apparel", "V领T恤还剩多少件", "stock", sku="TEE-VNECK"),
    case("apparel", "is the stormline jacket properly waterproof", "fact", sku="JACKET-RAIN",
         fact="10000 mm"),
    case("apparel", "修身牛仔裤偏小吗", "fact", sku="JEANS-SLIM", fact="尺码标准"),
    case("apparel", "what sizes do the canvas sneakers come in", "fact", sku="SNEAKER-CANVAS",
         fact="US 5 to 12"),
    case("apparel", "买一条牛仔裤运费多少", "policy", policy="shipping"),
    case("apparel", "can I swap the jeans for another size", "policy", policy="returns"),
    case("apparel", "beanie and v-neck, how much each", "compare",
         skus=["BEANIE-WOOL", "TEE-VNECK"]),
    case("apparel", "any socks to go with the sneakers", "abstain", why="not carried"),
    case("apparel", "毛线帽可以机洗吗", "abstain", sku="BEANIE-WOOL", why="not stated"),
    case("apparel", "where are the slim jeans manufactured", "abstain", sku="JEANS-SLIM",
         why="not stated"),
    # snack (CNY)
    case("snack", "四川牛肉干250克卖多少", "price", sku="JERKY-SPICY-250"),
    case("snack", "how many packs of the seaweed left", "stock", sku="SEAWEED-CRISPY-12"),
    case("snack", "芒果干是不是加了糖", "fact", sku="MANGO-DRIED-500", fact="少量白砂糖"),
    case("snack", "are the daily nuts salted", "fact", sku="NUTS-DAILY-30",
         fact="no added salt"),
    case("snack", "奶茶粉可以直接冷水冲吗", "fact", sku="MILKTEA-POWDER-20", fact="少量热水"),
    case("snack", "零食满多少钱包邮呀", "policy", policy="shipping"),
    case("snack", "零食可以微信支付吗", "policy", policy="payment"),
    case("snack", "零食拆了还能退吗", "policy", policy="returns"),
    case("snack", "瓜子和芒果干哪个便宜", "compare",
         skus=["SEEDS-SUNFLOWER-1KG", "MANGO-DRIED-500"]),
    case("snack", "有没有卫龙辣条", "abstain", why="not carried"),
    case("snack", "麻辣牛肉干有清真认证吗", "abstain", sku="JERKY-SPICY-250", why="not stated"),
    case("snack", "does the crispy seaweed contain gluten", "abstain", sku="SEAWEED-CRISPY-12",
         why="not stated"),
    case("snack", "主播私下最爱吃哪款零食", "abstain", why="about the host"),
    # outdoor (USD)
    case("outdoor", "4-person ridgeline tent price", "price", sku="TENT-RIDGE-4P"),
    case("outdoor", "how much is this headlamp", "price", "LAMP-TRAIL-400",
         sku="LAMP-TRAIL-400"),
    case("outdoor", "30磅的三文鱼狗粮还有吗", "stock", sku="DOG-SALMON-30LB"),
    case("outdoor", "XL easywalk harness in stock?", "stock", sku="HARNESS-EASY-XL"),
    case("outdoor", "头灯低亮能用多久", "fact", sku="LAMP-TRAIL-400", fact="40小时"),
    case("outdoor", "does the pico stove come with gas", "fact", sku="STOVE-PICO",
         fact="sold separately"),
    case("outdoor", "will the squeeze filter get rid of viruses", "fact",
         sku="FILTER-SQUEEZE", fact="not viruses"),
    case("outdoor", "do you ship to honolulu", "policy", policy="shipping-limits"),
    case("outdoor", "can I use afterpay", "policy", policy="payment"),
    case("outdoor", "山脊帐篷质保多久", "policy", policy="warranty"),
    case("outdoor", "red and green daypack, prices?", "compare",
         skus=["PACK-DAY-20-RED", "PACK-DAY-20-GREEN"]),
    case("outdoor", "any inflatable kayaks in stock", "abstain", why="not carried"),
    case("outdoor", "顶峰睡袋有哪些颜色", "abstain", sku="BAG-SUMMIT-20", why="not stated"),
    case("outdoor", "登山杖可以带上飞机吗", "abstain", sku="POLES-CARBON", why="not stated"),
]


# More things no listing answers: each shop's gaps, road rules, and the host.
CYCLE += [
    case("cycle", "电驴后座可以带人吗", "abstain", sku="EBIKE-URBANO",
         why="a road rule the listing does not give"),
    case("cycle", "头盔有没有蓝牙耳机", "abstain", sku="HELMET-AEROLID", why="not stated"),
    case("cycle", "链条锁淋雨会生锈吗", "abstain", sku="LOCK-GRIPPER", why="not stated"),
    case("cycle", "有没有长袖骑行服", "abstain", why="not carried"),
    case("cycle", "平衡车的座垫是什么材质", "abstain", sku="BALANCE-JOEY", why="not stated"),
    case("cycle", "手机支架的硅胶用久了会老化吗", "abstain", sku="MOUNT-QUADGRIP",
         why="not stated"),
    case("cycle", "内胎里面有自补液吗", "abstain", sku="TUBE-ROLLFAST", why="not stated"),
    case("cycle", "can I ride the urbano in the snow up at falls creek", "abstain",
         sku="EBIKE-URBANO", why="not stated"),
    case("cycle", "电驴被偷了有保险赔吗", "abstain", sku="EBIKE-URBANO", why="not stated"),
    case("cycle", "主播住在墨尔本哪个区", "abstain", why="about the host"),
    case("cycle", "主播平时骑电驴还是公路车", "abstain", why="about the host"),
    case("cycle", "墨尔本哪条路骑车风景最好", "abstain", why="not the shop's fact"),
]
EARLIER += [
    case("gadget", "充电宝能无线充电吗", "abstain", sku="POWERBANK-VOLT", why="not stated"),
    case("gadget", "蓝牙音箱可以连电视吗", "abstain", sku="SPEAKER-BOOMLET", why="not stated"),
    case("gadget", "手机壳有iPhone 14的吗", "abstain", why="not carried"),
    case("gadget", "防丢器挂在猫身上能定位吗", "abstain", sku="TAG-FINDIT-4PK",
         why="not stated"),
    case("gadget", "主播今天的衣服哪里买的", "abstain", why="about the host"),
    case("beauty", "粉底液含酒精吗", "abstain", sku="FOUNDATION-SKINVEIL", why="not stated"),
    case("beauty", "花夜香水是哪个国家产的", "abstain", sku="PERFUME-NUIT", why="not stated"),
    case("beauty", "电动牙刷能带上飞机吗", "abstain", sku="TOOTHBRUSH-SONIQ",
         why="not stated"),
    case("beauty", "有卖男士洗面奶吗", "abstain", why="not carried"),
    case("beauty", "主播皮肤怎么保养得这么好", "abstain", why="about the host"),
    case("fitness", "蛋白棒适合减肥期间吃吗", "abstain", sku="BAR-CRUNCHLAB-12",
         why="not stated"),
    case("fitness", "弹力带有几种颜色", "abstain", sku="BANDS-TENSIONPRO", why="not stated"),
    case("fitness", "体脂秤测体脂准不准", "abstain", sku="SCALE-TALLY", why="not stated"),
    case("fitness", "你们卖健身房月卡吗", "abstain", why="not carried"),
    case("fitness", "主播现在体重多少", "abstain", why="about the host"),
    case("pets", "呼噜猫湿粮是哪里生产的", "abstain", sku="CATFOOD-PURRFECT",
         why="not stated"),
    case("pets", "伸缩牵引绳晚上会反光吗", "abstain", sku="LEAD-REELX", why="not stated"),
    case("pets", "甜甜圈狗窝有多重", "abstain", sku="BED-SNUGGLE", why="not stated"),
    case("pets", "有卖仓鼠笼子吗", "abstain", why="not carried"),
    case("pets", "主播家养的是什么狗", "abstain", why="about the host"),
    case("baby", "湿巾一张有多大", "abstain", sku="WIPES-PUREAQUA", why="not stated"),
    case("baby", "宝宝餐椅收到要自己装吗", "abstain", sku="HIGHCHAIR-GROWUP",
         why="not stated"),
    case("baby", "有卖学步车吗", "abstain", why="not carried"),
    case("baby", "露娜奶粉是哪个国家产的", "abstain", sku="FORMULA-LUNA", why="not stated"),
    case("baby", "主播有几个小孩", "abstain", why="about the host"),
    case("tools", "快充充电器是什么颜色", "abstain", sku="CHARGER-VOLTA-FAST",
         why="not stated"),
    case("tools", "卷尺摔到地上会坏吗", "abstain", sku="TAPE-GRIPLOCK", why="not stated"),
    case("tools", "这盒螺丝是哪里产的", "abstain", sku="SCREWS-DECK-500", why="not stated"),
    case("tools", "有卖电焊机吗", "abstain", why="not carried"),
    case("tools", "主播以前是做木工的吗", "abstain", why="about the host"),
    case("jewel", "珍珠耳钉一对多重", "abstain", sku="EARRING-PEARL", why="not stated"),
    case("jewel", "串珠手链最多能挂几颗珠子", "abstain", sku="BRACELET-CHARMLY",
         why="not stated"),
    case("jewel", "翡翠手镯可以戴着洗澡吗", "abstain", sku="BANGLE-JADE", why="not stated"),
    case("jewel", "有卖胸针吗", "abstain", why="not carried"),
    case("jewel", "主播手上那块表是什么牌子", "abstain", why="about the host"),
    case("brew", "耶加雪菲是有機認證的嗎", "abstain", sku="BEAN-YIRGA", why="not stated"),
    case("brew", "隨行杯可以裝熱湯嗎", "abstain", sku="TUMBLER-THERMO", why="not stated"),
    case("brew", "法壓壺可以直接放在爐子上煮嗎", "abstain", sku="PRESS-FRENCH-600",
         why="not stated"),
    case("brew", "有賣虹吸壺嗎", "abstain", why="not carried"),
    case("brew", "主播一天喝幾杯咖啡", "abstain", why="about the host"),
    case("bedding", "床单会起球吗", "abstain", sku="SHEET-PERCALE-300", why="not stated"),
    case("bedding", "遮光窗帘能机洗吗", "abstain", sku="CURTAIN-BLACKOUT", why="not stated"),
    case("bedding", "黄麻门垫有多厚", "abstain", sku="DOORMAT-JUTE", why="not stated"),
    case("bedding", "有卖凉席吗", "abstain", why="not carried"),
    case("bedding", "主播晚上睡几个枕头", "abstain", why="about the host"),
    case("car", "行车记录仪能录车里的声音吗", "abstain", sku="DASHCAM-VISTA2K",
         why="not stated"),
    case("car", "皮座套夏天坐着会不会很热", "abstain", sku="SEATCOVER-COMFI", why="not stated"),
    case("car", "无骨雨刷一般能用多久", "abstain", sku="WIPER-AEROFLEX", why="not stated"),
    case("car", "有卖车载冰箱吗", "abstain", why="not carried"),
    case("car", "主播自己开什么车", "abstain", why="about the host"),
    case("garden", "种植床每年要刷防腐油吗", "abstain", sku="RAISEDBED-LARCH",
         why="not stated"),
    case("garden", "防蛞蝓颗粒下雨会被冲走吗", "abstain", sku="SLUG-CONTROL", why="not stated"),
    case("garden", "植物灯有几种外壳颜色", "abstain", sku="GROWLIGHT-SUNBAR", why="not stated"),
    case("garden", "有卖池塘水泵吗", "abstain", why="not carried"),
    case("garden", "主播家花园种了什么", "abstain", why="about the host"),
]
OLDER += [
    case("sample", "这个电饭煲能做煲仔饭吗", "abstain", sku="RICECOOKER-IH-4L", why="not stated"),
    case("sample", "净水器可以装在阳台吗", "abstain", sku="PURIFIER-RO-800", why="not stated"),
    case("apparel", "雨衣有儿童款吗", "abstain", why="not carried"),
    case("apparel", "帆布鞋下雨天会湿吗", "abstain", sku="SNEAKER-CANVAS", why="not stated"),
    case("snack", "海苔是韩国进口的吗", "abstain", sku="SEAWEED-CRISPY-12", why="not stated"),
    case("snack", "焦糖瓜子是哪里产的", "abstain", sku="SEEDS-SUNFLOWER-1KG", why="not stated"),
    case("outdoor", "头灯可以当自行车灯用吗", "abstain", sku="LAMP-TRAIL-400",
         why="not stated"),
    case("outdoor", "宠物饮水机兔子能用吗", "abstain", sku="FOUNTAIN-PET-2L", why="not stated"),
]


def main() -> None:
    seen = _existing()
    kept: set[str] = set()
    chat: list[tuple[int, int, str]] = []
    dropped = 0
    for label, air, block in ((1, 1, ASK_ON_AIR), (1, 0, ASK_OFF_AIR), (0, 1, CHAT_ON_AIR),
                              (0, 0, CHAT_OFF_AIR)):
        for text in _lines(block):
            k = _key(text)
            if k in seen or k in kept:
                dropped += 1
                continue
            kept.add(k)
            chat.append((label, air, text))
    random.Random(17).shuffle(chat)
    rows: list[AnswerCase] = []
    skipped = 0
    for row in CYCLE + EARLIER + OLDER:
        k = _key(row["question"])
        if k in seen or k in kept:
            skipped += 1
            continue
        kept.add(k)
        rows.append(row)
    CHAT.write_text("label\ton_air\ttext\n" + "".join(
        f"{label}\t{air}\t{text}\n" for label, air, text in chat), encoding="utf-8")
    ANSWERS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    asks = sum(label for label, _, _ in chat)
    print(f"{CHAT.name}: {len(chat)} lines ({dropped} repeats dropped), {asks} asks "
          f"({asks / len(chat):.1%}), {sum(bool(cjk.search(t)) for _, _, t in chat)} in Chinese")
    print(f"{ANSWERS.name}: {len(rows)} questions ({skipped} repeats dropped), "
          f"{sum(r['expect'] == 'abstain' for r in rows) / len(rows):.1%} must-abstain, "
          f"{sum(r['lang'] == 'zh' for r in rows) / len(rows):.1%} Chinese, "
          f"{sum(r['shop'] == 'cycle' for r in rows) / len(rows):.1%} on the cycle shop")


if __name__ == "__main__":
    main()
