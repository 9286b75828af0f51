"""Write the twelfth held-out set: data/chat_heldout12.tsv and data/answers_heldout12.jsonl.

Run: python -m bot.answers.understand.make_heldout12

Who and how: written in one session by a helper (an AI assistant started by the team's session
for this one job) with no view of the bot's code beyond the data formats, of the other held-out
generators, or of how the bot does on any set; it never ran the bot or bench/understanding.py on
these lines. Every chat line and every question below was typed by hand, one by one, as viewers
of a Singapore jewellery & watches live sale type them: Singlish ("got 7 or not", "can or not
ah", "wah so ex"), Cantonese and traditional Chinese (幾錢, 有冇, 係咪, 仲有冇貨, 真金嚟㗎),
Malay words (berapa, ada stok tak, murah), Mandarin, emoji, typos, other currencies, gifting
asks, size conversions from the viewer's own measure, follow-ups that lean on the product on air,
and non-questions full of product words (compliments on the host's own jewellery, jokes). No
template, no generator of wordings: the only code here parses the hand-written tables, drops any
line or question whose normalised text equals one in another set under data/, and writes the
files.

The team never reads this file or its output: only bench/understanding.py's totals for the
"heldout12" split are reported.

The answer rows use the jewellery & watches shop (make_suite.HELDOUT_SHOPS["jewel"],
tests/fixtures/shops/jewel_catalog.yaml, SGD) for a quarter of the questions, and the sample,
apparel, snack, outdoor, gadget, beauty, fitness, pets, baby and tools shops for the rest.
Each question row is `expect | target | on_air | question | fact or why`: target is the SKU
(price, stock, fact, and an abstention about a product), the policy id (policy) or both SKUs
(compare); `-` is none. A `fact` is text of the product's listing; `abstain` marks an aspect the
listing does not state, a thing the shop does not carry, or a question to the streamer.
Chat lines are label 1 for an ask the shop should answer and 0 for everything else (chants,
emote walls, bot commands and their outputs, gifts, jokes, questions to the streamer); the
`on_air` flag is 1 for lines typed while a product is on screen.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, CaseExtras, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout12.tsv"
ANSWERS = HERE / "answers_heldout12.jsonl"

# The questions of the jewellery & watches shop (expect | target | on_air | question | fact or why).
JEWEL = r'''
price | RING-LUNA-925 | - | 呢隻銀戒指幾錢呀
price | PENDANT-050CT | - | diamond pendant 0.5 carat how much, in SGD pls
price | PENDANT-050CT | PENDANT-LABDIA | half a carat one how much ah
price | PENDANT-050CT | PENDANT-LABDIA | 零點五卡嗰個幾多錢
price | PENDANT-030CT | - | lab diamond 0.3ct berapa harga
price | PENDANT-030CT | - | the zero point three carat diamond how much in ringgit
price | NECK-45CM | - | gold necklace 45cm 多少人民币
price | NECK-45CM | NECKLACE-AURA | and the 45cm?
price | NECK-40CM | - | 40公分條人字鏈點賣
price | PEARL-6MM | - | 珍珠耳環細粒嗰對幾錢
price | WATCH-STEEL | - | automatic watch steel bracelet version price? USD?
price | WATCH-BLACK-LEATHER | - | 機械錶黑色皮帶幾錢
price | JADE-58MM | - | 玉镯58圈口要几多钱
price | CLOTH-10PK | - | polishing cloth 10 pack how much per cloth
price | CLOTH-3PK | - | 擦銀布三條裝幾錢
price | BOX-VELVET | - | jewellery box murah tak? berapa
price | WATCH-TIKI-KIDS | - | kids watch how much? for my 6yo son birthday
price | BANGLE-JADE | BANGLE-JADE | wah so nice, how much is it ah
price | BAND-TITAN6 | BAND-TITAN6 | 呢隻男戒幾錢
stock | RING-US7 | - | silver ring got size 7 or not
stock | RING-US7 | - | 仲有冇7號戒指呀
stock | JADE-58MM | - | 58圈口嘅玉鐲仲有冇貨
stock | WATCH-BROWN-LEATHER | - | brown leather watch sold out already ah?
stock | SIZER-RING | - | ring sizer ada stok tak
stock | SIZER-RING | - | 量戒圈仲有冇得賣
stock | PENDANT-050CT | - | 0.5卡吊墜淨返幾多粒
fact | RING-LUNA-925 | RING-LUNA-925 | confirm real gold? | No, it is 925 sterling silver
fact | RING-LUNA-925 | - | 銀戒指係咪真金嚟㗎 | 不是，是925纯银镀铑
fact | NECKLACE-AURA | NECKLACE-AURA | 條鏈真金嚟㗎? | 不是，是316L不锈钢镀18K金
fact | RING-LUNA-925 | RING-LUNA-925 | my finger is 17mm which size | 17.3 mm US 7
fact | RING-LUNA-925 | RING-LUNA-925 | 我手指內徑16.5mm要揀幾號 | US6 16.5毫米
fact | RING-LUNA-925 | - | 戒指之後可唔可以改大啲 | 不能，一圈都镶了锆石
fact | RING-LUNA-925 | - | can engrave the silver ring? for my gf's birthday | not offered on this ring
fact | BAND-TITAN6 | - | can engrave our names on the titanium band? | free inside engraving
fact | BAND-TITAN6 | - | 男戒內圈刻字要錢嗎 | 免费内圈刻字
fact | BAND-TITAN6 | BAND-TITAN6 | titanium ring can resize bigger or not | no, titanium cannot be resized
fact | EARRING-PEARL | EARRING-PEARL | 我耳朵好敏感 戴得唔得 | 无镍防过敏
fact | EARRING-PEARL | EARRING-PEARL | clip on or need pierced ears? my mum no hole | studs for pierced ears
fact | PENDANT-LABDIA | - | 培育鑽石係咪即係莫桑石 | 不是莫桑石也不是锆石
fact | PENDANT-LABDIA | PENDANT-LABDIA | 吊墜有冇證書㗎 | 每颗钻石都附IGI证书
fact | PENDANT-LABDIA | PENDANT-LABDIA | 條鏈係咪都係白金 | 14K白金
fact | WATCH-MERIDIAN40 | WATCH-MERIDIAN40 | can scuba dive with it? going tioman | not for scuba diving
fact | WATCH-MERIDIAN40 | - | 機械錶使唔使換電 | 不用，自动机械表
fact | WATCH-MERIDIAN40 | WATCH-MERIDIAN40 | 錶帶闊幾多 | 20 mm
fact | WATCH-MERIDIAN40 | WATCH-MERIDIAN40 | 自動錶除低咗可以行幾耐 | 42小时
fact | WATCH-TIKI-KIDS | - | kids watch can wear swimming? | No, 3 ATM (30 m) means splash-proof only
fact | WATCH-TIKI-KIDS | WATCH-TIKI-KIDS | 小朋友手腕13cm戴得落嗎 | 13 to 18 cm
fact | BANGLE-JADE | BANGLE-JADE | 係咪A貨 有冇證書 | 附独立鉴定机构A货证书
fact | BANGLE-JADE | - | my hand 18.5cm which bangle size | 18-19 cm takes 56 mm
fact | BANGLE-JADE | - | 手掌一圈17公分揀邊個圈口 | 17到18厘米选54毫米
fact | BANGLE-JADE | - | 翡翠產地係邊 | 缅甸
fact | BRACELET-CHARMLY | BRACELET-CHARMLY | 手腕15公分戴得下嗎 | 15厘米手腕选17厘米
fact | BRACELET-CHARMLY | - | for my gf's birthday which bracelet length, her wrist 17cm | 17 cm wrist 19 cm
fact | BRACELET-CHARMLY | - | 手鏈係咪純銀 | 925纯银
fact | BOX-VELVET | BOX-VELVET | 首飾盒入面有冇鏡 | with a mirror
fact | BOX-VELVET | BOX-VELVET | got in black? | dusty pink, forest green, navy
fact | BOX-VELVET | - | 首飾盒幾大個 | 10×10×5厘米
fact | NECKLACE-AURA | NECKLACE-AURA | got 50cm one? | 40 cm, 45 cm
fact | NECKLACE-AURA | - | 項鏈有冇延長鏈 | No, there is no extender chain
fact | NECKLACE-AURA | NECKLACE-AURA | 呢條幾闊 | 4毫米
fact | RING-LUNA-925 | - | 銀戒指有冇10號 | US 5 to 9
fact | PENDANT-LABDIA | - | pendant got 1 carat? want bigger | 0.3 ct or 0.5 ct
fact | CLOTH-SHINE | - | polish cloth can use on my gold plated necklace? | can wear plating thin
fact | PENDANT-LABDIA | - | 吊墜啲鑽係咩色級淨度 | F-G
policy | shipping-malaysia | - | ship to JB how much ah
policy | shipping-worldwide | - | 寄香港要幾耐
policy | payment | - | can pay paynow or grabpay?
policy | payment | - | 可唔可以分期俾
policy | returns | - | earrings can return if my mum dont like?
policy | returns | - | 刻咗字仲可唔可以換
policy | payment | - | ada COD tak
policy | shipping-malaysia | - | 寄去吉隆坡要幾多錢運費
deals | - | - | any promo tonight ah?
deals | - | - | 今晚有冇折呀
deals | - | - | 有咩優惠 買兩件有冇平啲
compare | JADE-54MM,JADE-56MM | - | which cheaper, the 54 or 56 bangle
compare | WATCH-STEEL,WATCH-BLACK-LEATHER | - | 鋼帶同黑皮帶差幾多錢
compare | EARRING-PEARL,BRACELET-CHARMLY | - | pearl studs or charm bracelet cheaper, budget gift for mum
compare | PENDANT-030CT,PENDANT-050CT | - | 0.3卡同0.5卡差幾錢
abstain | - | - | got platinum ring? | not carried: no listing says platinum
abstain | - | - | 有冇鉑金戒指 | not carried
abstain | - | - | do you have gold earrings | not carried: only pearl studs with silver posts
abstain | - | - | 有冇金耳環 純金嗰啲 | not carried
abstain | - | - | smart watch got or not | not carried: the watches are automatic and quartz
abstain | - | - | 有冇智能手錶 可以睇心跳嗰啲 | not carried
abstain | - | - | apple watch strap sell? | not carried
abstain | - | - | anklet got? | not carried
abstain | - | - | 有冇腳鏈 | not carried
abstain | - | - | rolex got? lol | not carried
abstain | - | - | 有冇K金戒指 | not carried: the rings are silver and titanium
abstain | - | - | got nose ring | not carried
abstain | - | - | do you buy back old gold | a service the shop does not offer
abstain | - | - | is that your ring? so pretty | to the streamer
abstain | - | - | where are you streaming from | to the streamer
abstain | - | - | 姐姐你戴緊嗰隻係咪Cartier | to the streamer
abstain | - | - | jie jie you married? the ring on your finger | to the streamer
abstain | - | - | host which length u wearing now 40 or 45? | to the streamer: what the host wears
abstain | NECKLACE-AURA | NECKLACE-AURA | same in rose gold? | no colour options listed
abstain | WATCH-MERIDIAN40 | - | does the watch glow in the dark at night | lume not stated
abstain | WATCH-MERIDIAN40 | WATCH-MERIDIAN40 | 手錶有冇夜光 | lume not stated
abstain | BANGLE-JADE | - | how heavy is the jade bangle | weight not stated
abstain | BANGLE-JADE | BANGLE-JADE | 玉鐲有幾重 | weight not stated
abstain | EARRING-PEARL | - | pearl earring come with gift box? want to give my mum | packaging not stated
abstain | RING-LUNA-925 | - | can wear the silver ring while bathing? | not stated
abstain | NECKLACE-AURA | - | necklace hypoallergenic or not, my skin very sensitive | not stated
abstain | WATCH-TIKI-KIDS | - | kids watch got alarm function? | not stated
abstain | BAND-TITAN6 | - | titanium band can go MRI scan? | not stated
abstain | BAND-TITAN6 | BAND-TITAN6 | 鈦戒有冇黑色 | colour options not listed
abstain | EARRING-PEARL | - | pearls from which country? | origin not stated
abstain | PENDANT-LABDIA | - | lab diamond can pass the diamond tester pen? | not stated
abstain | BRACELET-CHARMLY | - | how long before the charm bracelet turn black | tarnish not stated
abstain | BOX-VELVET | - | box can fit a watch inside? | not stated
abstain | RING-LUNA-925 | RING-LUNA-925 | ring nickel free? | not stated
abstain | PENDANT-LABDIA | - | pendant chain can adjust shorter to 40? | not stated
abstain | BANGLE-JADE | - | 戴住玉鐲沖涼得唔得 | not stated
abstain | WATCH-MERIDIAN40 | - | 機械錶有冇夜光同埋計時功能 | not stated
abstain | CLOTH-SHINE | - | polishing cloth made of what material | not stated
abstain | - | - | got gift wrapping service? valentine coming | not stated anywhere
abstain | - | - | 有冇情侶對錶 | not carried
abstain | - | - | got pearl necklace? | not carried: only pearl studs
abstain | - | - | 有冇珍珠頸鏈 | not carried
abstain | BOX-VELVET | - | 首飾盒係咪真皮 | not stated
'''

# The questions over the other ten shops, one `@shop` block each (a shop may have two).
OTHERS = r'''
@sample
price | BEEF-SHANK-1KG | - | 牛腱幾錢一斤
price | BEEF-SHANK-1KG | - | beef how much in SGD ah
price | EGG-FREERANGE-30 | - | 雞蛋30隻裝幾錢 一隻平均幾錢
price | APPLE-FUJI-5KG | - | fuji apple 5kg berapa
stock | RICECOOKER-IH-4L | - | 電飯煲仲有冇貨
stock | TV-4K-65 | - | 65 inch tv still got?
fact | AIRFRYER-6L | - | 空氣炸鍋個籃可以放入洗碗機嗎 | 可以，不粘炸篮和烤盘
fact | AIRFRYER-6L | - | air fryer how many watt ah | 1500 W
fact | TV-4K-65 | - | tv can play ps5 120hz? | Yes, 120 Hz with 3 × HDMI 2.1
fact | TV-4K-65 | TV-4K-65 | 電視保養幾耐 | 整机保修3年
fact | VACUUM-ROBOT-X7 | - | robot vacuum can go carpet or not | Yes, it boosts suction on carpet
fact | VACUUM-ROBOT-X7 | - | 掃地機識唔識避狗屎 | 3D避障能识别电线、袜子和宠物便便
fact | YOGURT-GREEK-12 | - | greek yogurt got sugar anot | No added sugar
fact | CORN-SWEET-10 | - | the corn is GMO one? | No, it is a non-GMO
fact | DUVET-GOOSE-WINTER | - | duvet can machine wash? | Dry cleaning is best
policy | shipping-remote | - | ship to singapore can?
policy | shipping-remote | - | 寄唔寄香港㗎
policy | payment | - | 可以用PayNow俾錢嗎
compare | TV-4K-65,AIRFRYER-6L | - | tv or air fryer which cheaper lol obviously
deals | - | - | 有冇優惠呀今晚
abstain | BEEF-SHANK-1KG | - | beef is halal or not | not stated
abstain | EGG-FREERANGE-30 | - | 雞蛋係咪有機㗎 | organic not stated
abstain | TV-4K-65 | - | tv got netflix app? | not stated
abstain | AIRFRYER-6L | AIRFRYER-6L | can bake cake inside? | not stated
abstain | - | - | do you sell durian | not carried
abstain | - | - | 有冇榴槤 貓山王 | not carried
abstain | RICECOOKER-IH-4L | - | rice cooker can use in malaysia plug? | not stated
abstain | PURIFIER-RO-800 | - | 淨水器濾唔濾到氟 | not stated
@apparel
price | JEANS-SLIM | - | jeans how much ah
price | TEE-VNECK | - | v neck tee 幾錢一件
stock | SWEATER-MERINO | - | 毛衣仲有冇
fact | SNEAKER-CANVAS | - | canvas shoes got size 13 or not | US 5 to 12
fact | SNEAKER-CANVAS | - | 帆布鞋46碼有冇 | 35到45
fact | JEANS-SLIM | - | jeans waist 40 have? | 28 to 38 inches
fact | JACKET-RAIN | - | raincoat really waterproof or water resistant only | Waterproof: 10,000 mm
fact | JACKET-RAIN | JACKET-RAIN | got hood? | Yes, an adjustable hood
fact | SWEATER-MERINO | - | 羊毛衫會唔會痕㗎 | 不扎，超细美利奴羊毛
fact | TEE-VNECK | - | white tee see through or not | No, the white one is 180 gsm
fact | BEANIE-WOOL | - | 冷帽有冇粉紅色 | 黑、芥末黄、灰、红
fact | JEANS-SLIM | - | jeans run small ah? my bf usually 32 | They fit true to size
policy | returns | - | if size wrong can exchange or not
policy | shipping | - | free shipping min spend how much
policy | payment | - | 可唔可以用Klarna分期
compare | JEANS-SLIM,JACKET-RAIN | - | jeans vs rain jacket which one cheaper
deals | - | - | got discount code or not
fact | JEANS-SLIM | - | jeans got high waist version? | Mid rise
abstain | - | - | got dress for dinner? | not carried
abstain | - | - | 有冇裙 | not carried
abstain | BEANIE-WOOL | - | beanie unisex or for girls | not stated
abstain | SNEAKER-CANVAS | - | can wear the canvas shoes in the rain? | not stated
abstain | - | - | handbag got? | not carried
abstain | JACKET-RAIN | - | 雨褸有冇女裝 | not stated
@snack
fact | JERKY-SPICY-250 | - | 牛肉乾辣唔辣㗎 | 特辣
price | JERKY-SPICY-250 | - | beef jerky how much 250g
price | NUTS-DAILY-30 | - | nuts per pack how much ah, 30 packs
fact | NUTS-DAILY-30 | - | 每日堅果有冇落鹽 | 没有加盐
fact | SEAWEED-CRISPY-12 | - | seaweed ok for my 3 yr old? | Yes, it is lightly salted
stock | SEAWEED-CRISPY-12 | - | 紫菜仲有幾多包
fact | MANGO-DRIED-500 | - | mango from where? philippine? | Cebu, Philippines
fact | MANGO-DRIED-500 | - | 芒果乾有冇加糖 | 加了少量白砂糖
fact | SEEDS-SUNFLOWER-1KG | - | 瓜子粒大唔大 | 大颗粒品种
fact | MILKTEA-POWDER-20 | - | 奶茶粉可唔可以凍水沖 | 先用少量热水化开
fact | MILKTEA-POWDER-20 | MILKTEA-POWDER-20 | how many sachet inside | 20 × 30 g
fact | SEEDS-SUNFLOWER-1KG | - | 瓜子係咩味 | 焦糖
compare | MILKTEA-POWDER-20,MANGO-DRIED-500 | - | milk tea vs mango which cheaper
policy | returns | - | 開咗包可唔可以退
policy | payment | - | 零食可以用paynow嗎
policy | shipping | - | 零食包郵嗎 滿幾多
deals | - | - | any bundle deal for the snacks
abstain | - | - | 有冇薯片 | not carried
abstain | - | - | got kit kat? | not carried
abstain | SEAWEED-CRISPY-12 | - | seaweed vegan? | not stated
abstain | JERKY-SPICY-250 | - | jerky halal cert got? | not stated
abstain | MANGO-DRIED-500 | - | 芒果乾有冇漂白 | not stated
abstain | - | - | rojak got? | not carried
abstain | NUTS-DAILY-30 | - | 堅果係咪有機 | not stated
@outdoor
price | TENT-RIDGE-4P | - | tent 4 person how much ah
price | TENT-RIDGE-2P | - | two person tent price in sgd
fact | TENT-RIDGE | - | 帳篷幾耐搭好 | About 10 minutes
fact | TENT-RIDGE | - | tent can use in snow? going japan winter | It is a 3-season tent
fact | LAMP-TRAIL-400 | - | headlamp use AAA battery? | No, it runs on its built-in 1500 mAh
fact | LAMP-TRAIL-400 | - | 頭燈防唔防水 | IPX4
stock | BAG-SUMMIT-20 | - | sleeping bag still have?
stock | BOOT-GRANITE-GREY | - | grey hiking boots got stock?
stock | BOOT-GRANITE-BROWN | - | 行山鞋啡色仲有冇
stock | PACK-DAY-20-BLACK | - | daypack black one sold out ah?
fact | PACK-DAY-20 | - | backpack can fit laptop or not | There is no laptop sleeve
fact | STOVE-PICO | - | stove come with gas? | No, the isobutane canister
fact | STOVE-PICO | - | 爐頭幾重 | 95克
fact | FILTER-SQUEEZE | - | water filter remove virus? | No, it removes bacteria and protozoa
fact | POLES-CARBON | - | trekking poles price for one or pair | the price is for a pair
fact | POLES-CARBON | - | 行山杖可唔可以摺 | 三节伸缩
fact | HARNESS-EASY | - | no pull harness for my corgi chest 60cm which size | M 50-66 cm
stock | HARNESS-EASY-XL | - | easywalk harness XL got?
price | DOG-SALMON-30LB | - | salmon dog food 30lb how much
fact | DOG-SALMON | - | salmon dog food grain free? | No, it has brown rice and oats
fact | LITTER-CLUMP-20 | - | prairie litter can flush? | No, clay litter must go in the bin
fact | BAG-SUMMIT-20 | - | 睡袋拉鍊喺邊邊 | left side full length
policy | shipping-limits | - | camping stuff ship to singapore?
policy | warranty | - | warranty for tent how long
compare | TENT-RIDGE-2P,BAG-SUMMIT-20 | - | tent vs sleeping bag which cheaper
abstain | TENT-RIDGE | - | tent got mosquito net or not | not stated
abstain | - | - | got hammock? | not carried
abstain | - | - | 有冇賣露營櫈 | not carried
abstain | STOVE-PICO | - | stove can bring on plane? | not stated
abstain | FILTER-SQUEEZE | - | filter can use for seawater? | not stated
fact | BOOT-GRANITE | - | 行山鞋有冇女裝size | US men's 7 to 13
@gadget
price | POWERBANK-VOLT-20K | - | powerbank 20000 how much in sgd
stock | POWERBANK-VOLT-26K | - | 尿袋26800仲有冇
fact | POWERBANK-VOLT | - | 尿袋可唔可以帶上機 | 可以，三个容量都在100瓦时以下
fact | EARBUDS-AIRLITE-PRO | - | earbuds can swim? | No, IPX4 means sweat
fact | EARBUDS-AIRLITE-PRO | - | earbuds iphone can use? | Yes, they pair with any Bluetooth phone
stock | EARBUDS-AIRLITE-PRO | - | 耳機淨返幾多對
price | CABLE-USBC-2M-BLK | - | usb c cable 2m black how much
fact | CABLE-USBC-BRAID | - | 呢條線可唔可以駁mon | USB 2.0 data and power only
stock | CASE-IP15PM-BLK | - | case for iphone 15 pro max black got?
fact | CASE-SHIELDY-CLEAR | - | 有冇iphone 16嘅殼 | iPhone 15 Pro Max, Galaxy S24
fact | CASE-SHIELDY-CLEAR | - | clear case will turn yellow ah? | It has an anti-yellowing coating
fact | PLUG-SMART-2PK | - | smart plug work with apple homekit? | No, they work with Alexa and Google Home
fact | PLUG-SMART-2PK | - | 智能插蘇支唔支援5G wifi | 不支持，只能连2.4G
fact | PLUG-SMART-2PK | - | smart plug what plug type, can use in singapore? | UK 3-pin (Type G)
fact | RINGLIGHT-GLOWUP-10 | - | ring light how tall can go | 46 cm to 160 cm
stock | SPEAKER-BOOMLET | - | boomlet speaker still got?
fact | SPEAKER-BOOMLET | - | speaker can float in pool? | No, it is waterproof to 1 m but it sinks
fact | GLASS-CLEARGUARD-3PK | - | screen protector privacy one? | No, it is clear glass
fact | TAG-FINDIT-4PK | - | tracker tag android can? | No, they use Apple Find My
fact | MOUNT-GRIPSTER | - | car mount can charge phone? | No, it only holds the phone
fact | STAND-LIFTDESK | - | laptop stand fit 16 inch macbook? | Yes, it takes laptops from 10 to 17.3
policy | returns | - | can return earbuds after try?
policy | shipping | - | deliver to singapore?
compare | POWERBANK-VOLT-10K,SPEAKER-BOOMLET | - | power bank or speaker cheaper
deals | - | - | any deals on the gadgets tonight
abstain | EARBUDS-AIRLITE-PRO | - | earbuds got app for EQ? | not stated
abstain | - | - | got iphone 16 for sale? | not carried
abstain | - | - | 有冇賣switch | not carried
abstain | CHARGER-QI2-15W | - | wireless charger can charge apple watch? | not stated
abstain | POWERBANK-VOLT | - | power bank got led display show percent? | not stated
abstain | RINGLIGHT-GLOWUP-10 | - | 補光燈有冇袋 | not stated
abstain | - | - | 有冇平板電腦 | not carried
@beauty
stock | FOUND-04-HONEY | - | foundation 04 honey still have?
fact | FOUNDATION-SKINVEIL | - | 粉底液我係黃皮 揀邊隻色 | 03和04适合自然肤色
fact | FOUNDATION-SKINVEIL | - | foundation got SPF? | SPF 15
price | SUN-SPF50 | - | sunscreen spf50 how much
fact | SUNSCREEN-SOLEIL | - | 防曬會唔會白雷雷 | 不泛白
fact | SUNSCREEN-SOLEIL | - | sunscreen for my 2 yr old can? | under 3 we suggest a mineral sunscreen
stock | LIP-NUDE-ROSE | - | lipstick nude rose left how many
fact | LIPSTICK-VELOURS | - | 口紅有冇啡色 | 正红、裸玫瑰、浆果紫、珊瑚橘
price | PERFUME-50ML | - | perfume 50ml how much ah, gift for my mum
fact | PERFUME-NUIT | - | 香水留香幾耐 | 6到8小时
fact | PERFUME-NUIT | - | perfume is it for guys also | It is sold as a women's fragrance
fact | DRYER-AEROLUX | - | hair dryer can use in singapore 230v? | 220-240 V
fact | DRYER-AEROLUX | - | 風筒有冇擴散器 | a diffuser for curls
fact | TOOTHBRUSH-SONIQ | - | toothbrush can use in shower? | Yes, it is IPX7
price | HEADS-8PK | - | brush heads 8 pack price per head
stock | SERUM-C15 | - | vit c serum still got stock?
fact | SERUM-C15 | - | vit c serum with retinol can? | Use them at different times
stock | MASK-HYDRA-10 | - | 面膜仲有冇
fact | SHAMPOO-NATURA | - | shampoo got silicone? | silicone free
fact | MOIST-HYDRA | - | moisturiser ok for oily skin in SG weather? | made for dry, normal and sensitive skin
policy | returns | - | opened perfume can return?
policy | shipping-limits | - | beauty stuff ship to Singapore?
policy | loyalty | - | 積分點計
compare | LIP-RUBY-RED,PERFUME-30ML | - | lipstick or perfume 30ml which cheaper
deals | - | - | 有冇折扣碼
abstain | FOUNDATION-SKINVEIL | - | foundation halal? | not stated
abstain | PERFUME-NUIT | - | perfume is dupe of which brand | not stated
abstain | - | - | 有冇賣眼影 | not carried
abstain | - | - | got nail polish? | not carried
abstain | SUNSCREEN-SOLEIL | - | sunscreen reef safe? | not stated
abstain | RAZOR-GLIDE5 | - | razor for women can? | not stated
abstain | LIPSTICK-VELOURS | - | 口紅甩唔甩色 | not stated
@fitness
price | WHEY-CHOC-5LB | - | whey chocolate 5lb how much
stock | WHEY-VAN-5LB | - | vanilla 5lb sold out ah
fact | WHEY-IRONCORE | - | 蛋白粉一匙幾多克蛋白質 | 每勺24克
fact | WHEY-IRONCORE | - | lactose intolerant can drink the whey? | It has about 1 g of lactose
fact | PREWORKOUT-VOLTAGE | - | preworkout caffeine how much, i drink coffee already | 300 mg per scoop
stock | PWO-SOUR-MELON | - | sour watermelon pre got?
price | CREATINE-1000G | - | creatine 1kg price per serving
fact | CREATINE-PUREFORM | - | 肌酸使唔使loading | 不需要，每天5克
fact | BAR-CRUNCHLAB-12 | - | protein bar got peanut? allergy | contains milk, soy and peanuts
stock | BAR-BIRTHDAY-CAKE | - | bars birthday cake left how many
fact | SHAKER-BLENDPRO | - | shaker can put hot water | Up to 140°F (60°C)
fact | DUMBBELL-FLEXLIFT | - | dumbbell price one or two ah | Pick Pair for two dumbbells
price | DUMBBELL-PAIR | - | dumbbell pair how much in ringgit
fact | DUMBBELL-FLEXLIFT | - | 啞鈴可唔可以掟落地 | No, do not drop them
stock | MAT-6MM-LILAC | - | yoga mat lilac got?
fact | MAT-ZENGRIP | - | 瑜伽墊有冇味 | TPE材质刚拆开有轻微气味
fact | MAT-ZENGRIP | - | yoga mat 10mm pink got? | Sage, Black, Lilac
fact | BANDS-TENSIONPRO | - | bands can stack? | Yes, clip two or more
stock | ROPE-SWIFT | - | jump rope still have?
stock | GLOVES-L | - | lifting gloves L left?
fact | SCALE-TALLY | - | scale need wifi? | No, it syncs over Bluetooth
fact | SCALE-TALLY | - | 磅最重磅到幾多 | 180公斤
policy | shipping-limits | - | fitness stuff ship to SG can?
policy | subscribe-save | - | subscribe got discount?
compare | WHEY-CHOC-2LB,CREATINE-300G | - | whey vs creatine which cheaper
deals | - | - | any promo on protein
abstain | - | - | got treadmill? | not carried
abstain | - | - | 有冇賣單車機 | not carried
abstain | MAT-ZENGRIP | - | yoga mat anti-bacterial? | not stated
fact | PREWORKOUT-VOLTAGE | - | pre workout safe for 16 year old? | Not for under-18s
abstain | ROLLER-DEEPRELIEF | - | foam roller got vibrate? | not stated
abstain | WHEY-IRONCORE | - | whey halal or not | not stated
abstain | GLOVES-GRIPGUARD | - | 手套有冇女裝 | not stated
@pets
price | DOG-PUPPY-6KG | - | puppy food 6kg how much
stock | DOG-ADULT-12KG | - | adult 12kg dog food still have?
fact | DOGFOOD-HEARTH | - | 狗糧係咪無穀 | 不是，含糙米和燕麦
fact | DOGFOOD-HEARTH | - | my 10kg dog eat how much a day | A 10 kg adult dog needs about 150 g a day
stock | CAT-DUCK-12 | - | cat food duck left how many
fact | CATFOOD-PURRFECT | - | 小貓食唔食得呢款濕糧 | 不建议，这款是1岁以上成猫粮
price | LITTER-20L | - | cloudclump litter 20L price
fact | LITTER-CLOUDCLUMP | - | 貓砂可唔可以沖廁所 | 不能，是膨润土矿砂
fact | TREATS-PUREBITES | - | treats ok for 3 month puppy? | Yes, from 12 weeks
fact | HARNESS-TRAILFIT | - | harness for my shih tzu chest 45cm which size | S 40-52 cm
fact | HARNESS-TRAILFIT | - | trailfit harness stop pulling? | No, it has a back clip only
price | LEAD-8M | - | lead 8m how much
fact | LEAD-REELX | - | 伸縮繩可唔可以拖兩隻狗 | 不能，一次只能牵一只狗
fact | FOUNTAIN-FLOWY | - | flowy fountain work without plug? | no built-in battery
stock | FOUNTAIN-FLOWY | - | flowy fountain left how many
fact | SPOTON-FLEASHIELD | - | flea drops can use on cat? | No, never use it on cats
fact | SPOTON-FLEASHIELD | - | my dog 25kg which flea one | Large 20-40 kg
fact | BED-SNUGGLE | - | dog bed waterproof? | No, it is not waterproof
stock | CARRIER-VOYAGE | - | cat carrier still have?
fact | CARRIER-VOYAGE | - | 航空箱可唔可以裝兩隻貓 | 只适合一只8公斤以内的猫
fact | TOY-TOUGHRING | - | chew toy can float? | floats in water
policy | shipping-limits | - | pet stuff ship to singapore?
policy | repeat-save | - | repeat and save how much off
compare | BED-M,BED-L | - | bed M vs bed L which cheaper
deals | - | - | any deals for cat stuff
abstain | - | - | got hamster cage? | not carried
abstain | - | - | 有冇雀仔飼料 | not carried
abstain | POST-SISALTOWER | - | scratching post got replacement sisal? | not stated
fact | DOGFOOD-HEARTH | - | dog food made in which country | Made in Yorkshire
abstain | BED-SNUGGLE | - | 狗窩俾貓瞓得唔得 | not stated
abstain | TREATS-PUREBITES | - | treats good for dog teeth? | not stated
@baby
price | NAPPY-S4 | - | nappy size 4 how much
stock | NAPPY-S6 | - | size 6 nappy still got?
fact | NAPPY-SOFTSTEP | - | bb 8kg著幾號尿片 | 3号6-10公斤
fact | NAPPY-SOFTSTEP | - | newborn can use the nappy? | Yes, size 1 fits newborns from 2 kg
fact | FORMULA-LUNA | - | 奶粉係咪無乳糖 | 不是，牛奶基础配方
price | FORMULA-STAGE2 | - | formula stage 2 how much
fact | FORMULA-LUNA | - | my baby 8 months which stage | Stage 2 from 6 to 12 months
fact | BOTTLE-CALMFLOW | - | bottle can microwave? | No, do not microwave it
fact | WIPES-PUREAQUA | - | baby wipes can flush? | No, they are not flushable
fact | STROLLER-ZIPPA | - | stroller from birth can? | No, it is for babies from 6 months
stock | STROLLER-SAND | - | stroller sand colour got?
fact | STROLLER-ZIPPA | - | 嬰兒車可唔可以帶上飛機 | fits airline cabin bins
stock | CARSEAT-ORBIT360 | - | car seat only 3 left?
fact | CARSEAT-ORBIT360 | - | my car no isofix can install? | No, it installs with ISOFIX only
fact | MONITOR-NESTVIEW | - | baby monitor can see on phone? | No, there is no app
stock | MONITOR-NESTVIEW | - | baby monitor sold out already?
fact | TEETHER-BLOOM | - | teether can freeze? | No, never freeze it
fact | SLEEPBAG-DREAMY | - | 睡袋室溫26度揀幾tog | 0.5托格24-27°C
stock | SLEEP-25-6-18 | - | sleeping bag 2.5 tog 6-18m got?
fact | BODYSUIT-COZY3 | - | 連身衣縮唔縮水 | 尺码标准，洗后约缩3%
fact | HIGHCHAIR-GROWUP | - | high chair can fold? | No, it does not fold
stock | CREAM-100ML | - | nappy cream 100ml left how many
policy | shipping-limits | - | baby stuff ship to singapore?
policy | nappy-club | - | nappy club discount how much
compare | BOTTLE-150ML,BOTTLE-260ML | - | 奶樽150同260差幾錢
deals | - | - | got promo for diapers
abstain | - | - | got breast pump? | not carried
abstain | - | - | 有冇賣BB床 | not carried
abstain | STROLLER-ZIPPA | - | stroller got cup holder? | not stated
fact | BODYSUIT-COZY3 | - | bodysuit got long sleeve? | short-sleeved bodysuits
abstain | WIPES-PUREAQUA | - | wipes ok for removing my makeup? | not stated
abstain | FORMULA-LUNA | - | formula halal certified? | not stated
@tools
stock | DRILL-KIT-4AH | - | drill kit 4ah still have?
fact | DRILL-VOLTA18 | - | 電鑽可唔可以鑽石屎牆 | 不能，没有冲击功能
fact | DRILL-VOLTA18 | - | drill brushless or not | No, it has a brushed motor
fact | IMPACT-VOLTA18 | - | impact driver come with battery? | No, it is a bare tool
price | BATT-6AH | - | battery 6ah how much in sgd
stock | BATT-6AH | - | 6.0 battery left how many, only 4?
fact | BATT-VOLTA18 | - | battery can use on my makita? | No, it fits Volta 18V tools only
fact | CHARGER-VOLTA-FAST | - | fast charger can charge 2 battery at once | one battery at a time
fact | SAW-CIRC-185 | - | circular saw cordless? | No, it is corded
fact | SAW-CIRC-185 | - | saw can cut tiles? | No, the blade supplied is for timber only
fact | BITS-HSS-19 | - | drill bits for concrete can? | No, they are HSS metal bits
price | SCREWS-SS304 | - | stainless screws how much
stock | LASER-CROSS360 | - | laser level still got?
fact | LASER-CROSS360 | - | laser level got tripod? | No, the tripod is sold separately
fact | TAPE-GRIPLOCK | - | 卷尺有冇inch | 没有，只有公制
price | TAPE-8M | - | tape 8m price
stock | BENCH-FOLDPRO | - | workbench only 3 left ah
fact | GLASSES-CLEARVIEW | - | safety glasses can wear over my specs? | not made to fit over glasses
fact | VAC-WETDRY | - | shop vac got hepa filter? | No, it comes with a washable cloth filter
price | VAC-30L | - | vacuum 30L how much
policy | shipping-nz | - | tools ship to singapore?
policy | payment | - | can afterpay?
compare | DRILL-KIT-2AH,IMPACT-VOLTA18 | - | drill vs impact driver cheaper
deals | - | - | tools got any sale tonight
abstain | - | - | got angle grinder? | not carried
abstain | - | - | 有冇焊機 | not carried
abstain | DRILL-VOLTA18 | - | drill got belt clip? | not stated
abstain | SAW-CIRC-185 | - | saw blade 40 tooth sell separately? | not stated
abstain | BENCH-FOLDPRO | - | workbench got wheels? | not stated
abstain | VAC-WETDRY | - | shop vac noise how loud | not stated
@sample
abstain | TV-4K-65 | - | 電視有冇內置Netflix同YouTube | not stated
abstain | YOGURT-GREEK-12 | - | 乳酪啱唔啱BB食 | not stated
abstain | - | - | 有冇賣雪櫃 | not carried
abstain | DUVET-GOOSE-WINTER | - | 羽絨被有冇防塵蟎 | not stated
price | YOGURT-GREEK-12 | - | 希臘乳酪12杯幾錢 一杯計幾多
fact | APPLE-FUJI-5KG | - | 蘋果有冇打蠟㗎 | 没有打蜡
@apparel
abstain | - | - | 有冇賣男裝西裝 | not carried
abstain | TEE-VNECK | - | T恤有冇口袋 | not stated
fact | TEE-VNECK | - | T恤會唔會縮水 | 已做预缩处理
price | BEANIE-WOOL | - | 冷帽幾錢一頂
@snack
abstain | - | - | 有冇肉乾 新加坡嗰種 | not carried
abstain | MILKTEA-POWDER-20 | - | 奶茶粉係咪無糖 | not stated
abstain | JERKY-SPICY-250 | - | 牛肉乾寄得新加坡入境嗎 | not stated
price | SEEDS-SUNFLOWER-1KG | - | 焦糖瓜子一公斤幾錢
@outdoor
abstain | TENT-RIDGE | - | 帳篷有冇防蚊網 | not stated
abstain | LAMP-TRAIL-400 | - | 頭燈可唔可以夾喺單車度 | not stated
abstain | - | - | 有冇行山背囊50L | not carried
price | POLES-CARBON | - | 碳纖維行山杖一對幾錢
@gadget
abstain | EARBUDS-AIRLITE-PRO | - | 耳機有冇App可以調EQ | not stated
abstain | CASE-SHIELDY-CLEAR | - | 手機殼有冇防摔認證證書 | not stated
abstain | - | - | 有冇賣iPad | not carried
abstain | SPEAKER-BOOMLET | - | 喇叭可唔可以駁電視 | not stated
price | GLASS-IP15 | - | iPhone 15 嘅玻璃貼幾錢
fact | EARBUDS-AIRLITE-PRO | - | 耳機降噪有幾勁 | 主动降噪最高35分贝
@beauty
abstain | SERUM-C15 | - | 維C精華孕婦用得唔得 | not stated
abstain | MOIST-HYDRA | - | 面霜係咪韓國製造 | not stated
abstain | - | - | 有冇賣卸妝水 | not carried
abstain | PERFUME-NUIT | - | 香水係咪法國製 | not stated
price | PERFUME-100ML | - | 香水100ml幾錢
fact | DRYER-AEROLUX | - | 風筒幾多瓦 | 1800瓦
@fitness
abstain | BAR-CRUNCHLAB-12 | - | 蛋白棒啱唔啱素食者 | not stated
abstain | SCALE-TALLY | - | 體脂磅準唔準㗎 | not stated
abstain | - | - | 有冇賣跑步機 | not carried
abstain | CREATINE-PUREFORM | - | 肌酸會唔會令人脫髮 | not stated
price | WHEY-STRAW-2LB | - | 士多啤梨味蛋白粉幾錢
stock | WHEY-STRAW-2LB | - | 士多啤梨味仲有冇貨
@pets
abstain | CATFOOD-PURRFECT | - | 貓罐頭係咪泰國製造 | not stated
abstain | LEAD-REELX | - | 狗帶夜晚有冇反光 | not stated
abstain | - | - | 有冇賣龜糧 | not carried
price | SPOTON-M | - | 杜蟲滴劑中型犬幾錢
fact | BED-SNUGGLE | - | 狗竇可唔可以放洗衣機洗 | 外套可以拆下来30度机洗
@baby
abstain | HIGHCHAIR-GROWUP | - | 餐椅有冇輪 | not stated
abstain | TEETHER-BLOOM | - | 牙膠有冇其他顏色 | not stated
abstain | - | - | 有冇賣奶樽消毒機 | not carried
abstain | NAPPY-SOFTSTEP | - | 尿片係咪日本製 | not stated
price | WIPES-PUREAQUA | - | 濕紙巾12包幾錢 一包計幾多
fact | CARSEAT-ORBIT360 | - | 安全座椅個套可唔可以洗 | Yes, the cover comes off
@tools
fact | DRILL-VOLTA18 | - | 電鑽有冇LED燈 夜晚用 | LED work light
abstain | LASER-CROSS360 | - | 水平儀有冇送收納盒 | not stated
abstain | - | - | 有冇賣梯 | not carried
fact | TAPE-GRIPLOCK | - | 卷尺跌落地會唔會爛 | survives the drop off a ladder
price | SCREWS-ZINC | - | 鍍鋅螺絲一盒幾錢
fact | BENCH-FOLDPRO | - | 工作枱可以承受幾重 | 150公斤
@sample
abstain | CORN-SWEET-10 | - | 粟米有冇糯米粟 | not stated
abstain | - | - | 有冇賣燕窩 | not carried
@apparel
abstain | SWEATER-MERINO | - | 毛衣會唔會起波波 | not stated
@snack
abstain | SEEDS-SUNFLOWER-1KG | - | 瓜子會唔會好熱氣 | not stated
@outdoor
abstain | POLES-CARBON | - | 行山杖可唔可以帶上飛機 | not stated
@gadget
abstain | STAND-LIFTDESK | - | 電腦架有冇銀色以外嘅顏色 | not stated
@beauty
abstain | SHAMPOO-NATURA | - | 洗頭水啱唔啱染咗髮 | not stated
@fitness
abstain | SHAKER-BLENDPRO | - | 搖搖杯有冇粉紅色 | not stated
@pets
abstain | FOUNTAIN-FLOWY | - | 飲水機可唔可以用App睇水位 | not stated
@baby
abstain | SLEEPBAG-DREAMY | - | 睡袋有冇長袖款 | not stated
@tools
abstain | GLASSES-CLEARVIEW | - | 護目鏡有冇黑色鏡片 | not stated
'''

# Chat, label 1, no product on air: shop asks in English, Singlish and Malay.
ASK_EN = r'''
how much ah the silver ring
ring how much
the pearl earrings price?
pearl studs how much sia
how much the jade bangle ah
jade bangle 56mm how much
how much for the automatic watch
automatic watch price pls
steel bracelet one how much
kids watch how much ah
how much the titanium band
titanium ring price?
charm bracelet how much, charms extra ah?
how much the jewellery box
polishing cloth how much
ring sizer how much
0.5 carat pendant how much
how much for half carat
lab diamond pendant price in sgd?
how much in ringgit ah the necklace
necklace 45 how much in rm
pendant 0.3 how much usd
gold necklace 40cm price
got size 7 or not
size 6 still have?
ring size 5 got stock?
size 9 ring still got?
jade 58 still have ah
58mm bangle left how many
brown strap watch still got?
black leather watch left ah?
navy box still got
pink box got stock?
ring sizer sold out ah?
titanium size 12 still got?
8-9mm pearl still have?
can swim with the watch or not
watch can wear shower?
kids watch waterproof?
kids watch can swim?
necklace real gold or not
confirm real gold?
real silver or not
earrings real pearl anot
is the lab diamond real diamond
jade grade A or B ah
got cert for the jade?
got cert for the diamond?
diamond got IGI cert?
can resize the ring?
bangle can resize?
titanium band can engrave?
can engrave the pendant?
how many characters can engrave
my finger 17mm which size
my finger 16.5mm what size ah
wrist 15cm which bracelet length
hand 18cm which bangle size
for my gf birthday which size should i get
gift for mum which one u recommend, budget 100
charms sold separately?
charms how much each
box got mirror?
box can fit rings and earrings?
necklace got extender?
watch case how big
watch got sapphire glass?
watch need battery?
watch movement what brand
kids watch for what age
kids watch battery last how long
polish cloth can use on plated?
free shipping to malaysia?
ship to kl how long
ship to jb how much
ship to hong kong can?
ship to indonesia?
delivery how many days
can pay paynow?
grabpay can?
can instalment?
atome can?
earrings can return?
engraved can return?
return policy how many days
free cleaning ah?
warranty how long
any promo now?
any discount code
which one cheaper 54 or 56
0.3 vs 0.5 price difference?
link pls
where to buy
how to order ah
link for the ring?
drop the link for the pearls
how to checkout
can cod?
got gift wrap?
can deliver before valentines?
how much the tv
air fryer price
beef how much per kg
how much per egg
rice cooker got stock?
tv 65 inch how much in sgd
tent 2p how much
sleeping bag still got?
headlamp how much
powerbank 10000 how much
earbuds still got?
iphone 15 case how much
screen protector s24 got?
foundation 02 still have?
sunscreen spf30 price
perfume 100ml how much
whey choc 2lb price
creatine 500g how much
yoga mat 10mm black got?
dog food puppy 2kg how much
cat litter 10L price
harness size M how much
nappy size 3 how much
stroller graphite still got
formula stage 1 price
drill kit how much
battery 4ah price
tape 5m how much
jeans how much
tee got size xxl?
jacket olive got?
beef jerky how much
mango dried still have?
milk tea powder how much
wah so ex, got cheaper one?
how much ah
how much?
price?
price pls
price sis
berapa harga
berapa ni
ada stok tak
ada saiz 6 tak
murah tak
boleh pos ke KL?
harga dalam ringgit?
can or not ah
got or not
still got anot
how much the one on the left
the one on your hand how much
is the bangle natural jade or treated
is it 925 silver?
is the gold plating thick?
will the necklace fade?
will it turn my skin green?
can wear everyday or not
the pearls are freshwater or akoya
pearl size how big
is it hypoallergenic?
nickel free or not
how long the chain
pendant chain length?
chain included?
how many mm the band
band how wide
watch strap can change?
watch lug width?
power reserve how long
watch got date?
water resist how many meter
kids watch strap silicone?
box what size
cloth how many in a pack
what colours the box got
got rose gold version?
got silver version of the necklace?
necklace got 50cm?
ring got size 10?
pendant got 1 carat?
jade got 60mm?
can exchange size if dont fit?
hygiene cannot return earrings ah?
free resize?
how much shipping to sg
sg shipping free above how much
shipping insured?
need sign when receive?
ship today arrive when
ship to australia how much
ship to us?
tax to pay ah?
can pay amex
visa can?
apple pay can?
dbs instalment 12 months?
alipay can?
wechat pay?
'''

# Chat, label 1: shop asks in Cantonese, traditional and simplified Chinese.
ASK_ZH = r'''
幾錢
幾多錢呀
呢隻幾錢
呢條幾錢
點賣
呢對耳環點賣
有冇貨
仲有冇貨
仲有冇7號
有冇細碼
有冇6號
係咪真金
係咪真金嚟㗎
係咪925銀
係咪A貨
有冇證書
有冇得刻字
可唔可以改圈
可唔可以游水戴
戴住沖涼得唔得
會唔會甩色
會唔會變黑
會唔會敏感
耳針係咪銀
珍珠係咪真
呢條幾長
呢條幾闊
呢隻錶幾大
錶面係咪藍寶石
要唔要換電
有冇保養
保養幾耐
包唔包郵
寄馬來西亞幾錢
寄香港幾耐到
寄台灣要幾耐
可唔可以用PayNow
可唔可以分期
可唔可以退
耳環可唔可以退
刻字可唔可以退
有冇優惠
有冇折
有冇優惠碼
買兩件有冇平
上鏈接
求鏈接
鏈接喺邊
點落單
點買
喺邊度買
手寸14號揀邊個
手腕15公分戴得落嗎
手掌18公分揀邊個圈口
手指17mm揀幾號
送女朋友生日揀邊隻好
送阿媽揀邊對耳環
零點五卡幾錢
零點三卡幾錢
半卡嗰個幾錢
45公分嗰條幾錢
40公分幾錢
58圈口仲有冇
56同58差幾錢
多少钱
这个多少钱
这条项链多少钱
多少人民币
多少马币
有货吗
还有货吗
7号还有吗
是真金吗
是纯银的吗
是A货吗
有证书吗
能刻字吗
能改圈吗
能戴着游泳吗
会掉色吗
会过敏吗
包邮吗
寄马来西亚运费多少
寄香港要几天
能用支付宝吗
可以分期吗
能退货吗
有优惠吗
有什么活动
链接在哪
怎么下单
怎么买
手腕15厘米戴得下吗
手指17毫米选几号
零点五克拉多少钱
0.3克拉多少钱
45厘米那条多少钱
送女朋友选哪个
这个表防水吗
机械表要换电池吗
儿童手表能游泳吗
首饰盒有镜子吗
擦银布能擦镀金吗
串珠另外买吗
手链有几个长度
吊坠送链子吗
钛戒多宽
珍珠多大
耳钉是银针吗
玉镯多少钱
翡翠手镯58还有吗
手表钢带多少钱
牛肉幾錢一斤
電視幾錢
空氣炸鍋仲有冇
雞蛋幾錢一盒
帳篷幾錢
尿袋幾錢
耳機仲有冇貨
手機殼有冇iPhone 15 Pro
粉底液02號仲有冇
防曬幾錢
蛋白粉朱古力味幾錢
瑜伽墊10mm有冇黑色
狗糧幾錢
貓砂幾錢一包
尿片4號幾錢
奶粉一段幾錢
電鑽幾錢
電池4ah幾錢
牛仔褲幾錢
牛肉乾仲有冇
奶茶粉幾錢
芒果乾幾錢
'''

# Chat, label 1, a product on air: deictic asks and follow-ups.
ASK_AIR = r'''
how much this one
this one how much ah
price for this?
how much is it
that one how much
this one got size 6?
this one still have?
this one got stock or not
is this real gold?
this one 925?
this one can swim?
how long is this chain
how big the case
what size is this bangle
this one can engrave?
can resize this one?
this one for men or women
link for this pls
link?
link pls
how to buy this
this one berapa
this one ada stok tak
and the 45cm?
and the 0.5?
same in rose gold?
got other colour?
got black one?
got smaller size?
what about size 8
and the 58?
and the steel one?
the leather one how much
same price for all size?
the bigger pearl how much
what is the stone
cz or diamond
this one real jade?
got cert?
and in ringgit?
in usd how much
for my gf which size
for my wrist 16cm ok?
呢隻幾錢
呢條幾長
呢個點賣
呢隻有冇細碼
呢對係咪真珍珠
呢隻係咪A貨
呢隻錶可唔可以游水
呢個有冇得刻字
呢條有冇得揀長度
仲有冇貨
有冇其他顏色
有冇玫瑰金
45嗰條呢
半卡嗰個呢
58嗰隻仲有冇
呢隻有冇證書
鏈接
上鏈接呀 我要買
呢個幾多錢
呢個真金嚟㗎
呢隻戴得落14號手指嗎
这个多少钱
这个还有吗
这个是真的吗
这条多长
这个能刻字吗
这个有证书吗
这个能游泳吗
这款有别的颜色吗
这个链接
'''

# Chat, label 0: greetings, hype, Singlish and Malay small talk, lag, buying talk.
CHAT_EN = r'''
wah so nice
wah so ex
so ex leh
steady lah
shiok
sibei nice
walao
walao eh
alamak
aiyo
aiyoyo
can can can
can lah
cannot lah
confirm plus chop
die die must buy
later buy
wait for payday first
payday still got 2 weeks
my wallet crying
wallet: no
my bank account: please dont
my gf will kill me
my wife watching this stream too lol
hi from tampines
hi from jurong
hi from woodlands
hi from punggol
hi from bedok
hello from jb
hello from kl
hi from penang
greetings from ipoh
hi from hong kong
hi from mong kok
hello from taipei
first time here
first time watching
been watching since last year
OG viewer here
hi jie jie
hi host
hello everyone
good evening all
evening evening
morning from the US lol
just woke up
just finished work
on the mrt now
on the bus watching
lunch break watching
cannot sleep so watching
watching while eating maggi
eating kaya toast now
teh peng time
kopi o kosong
makan already?
who makan already
so hungry now
nasi lemak break
jie jie your nails so pretty
your hair today very nice
love your earrings host
host your necklace so pretty
the ring on your hand so pretty
your watch very nice
ur bangle so nice on you
u look good in green
the lighting today very nice
background nice
your voice very soothing
host very pretty today
host smile so sweet
the pearls suit you
that necklace damn nice on you
the jade very nice colour
that diamond so blingbling
bling bling
so sparkly
sparkle sparkle
omg so shiny
i want everything
i want all
take my money
shut up and take my money
add to cart liao
added to cart
checked out already
just bought the pearls
bought liao
bought 2
i bought for my mum last week she love it
my mum loves the pearls
received my ring yesterday very nice
received already, packaging very nice
delivery very fast
got mine in 2 days
my order reached
still waiting for my parcel
my parcel stuck at customs lol
ninja van fast this time
my gf like the bracelet
gf says thanks
my wife approved
wife say no
wife say can
husband paying tonight
boss paying
ok i buy for myself
self gift
treat yourself
you deserve it
yolo
just buy lah
buy la
dont think just buy
think too much
so tempted
dont tempt me
resisting
cannot resist
i resist until now
later regret
no regret
no money no talk
poor ppl watching only
window shopping only
just looking
looking only haha
cuci mata
best nya
cantik nya
cantik gila
lawa
lawa sangat
mahal gila
mahal la
murah je
tak mampu
nak tapi tak mampu
sedap mata memandang
wahh cantik
boleh tahan
tq sis
terima kasih
selamat malam
salam semua
hai semua
jom beli
okay noted
noted
ok
ok ok
okok
okie
okay
k
kk
yes
yes yes
yesss
yup
yep
ya
ya lor
yalah
sure
sure sure
no
nope
nah
maybe
hmm
hmmm
hmm thinking
thinking
let me think
later decide
brb
back
afk
re
lol
lolol
lmao
haha
hahaha
hahahaha
hehe
hehehe
kekeke
xD
XD
:)
:D
;)
<3
<3 <3
<333
gg
ggwp
nice
nice nice
very nice
so nice
so pretty
so cute
cute
adorable
gorgeous
stunning
elegant
classy
so classy
atas
very atas
so atas one
simple but nice
minimalist nice
i like
i like it
i love it
love it
love this
love love love
obsessed
need this
need
want
want want want
mine
mine now
MINE
WANT
NEED
OMG
OMG OMG
OMGGG
WAHHH
WAH
WAHHHHH
SO PRETTY
SO NICE
SO SHINY
BUY BUY BUY
LETS GO
LETSGOOO
LET'S GOOOO
GO GO GO
HYPE
HYPEEEE
W
W stream
W host
big W
L
huge L
missed it again
missed the flash sale sigh
too slow
i slow already
sold out so fast
so fast sold out
damn fast
fastest fingers
my fingers too slow
internet lag
lag
lagging
stream lagging
stream froze
cannot see
black screen
no sound
sound gone
audio delay
mic too soft
volume low
now ok
back already
ok now can see
refresh liao ok
is it just me or lagging
my wifi sucks
singtel lagging
starhub lag
m1 also lag
using data now
data finish liao
phone battery 5%
charging my phone
brb charging
my mother in law watching also so behave
aunty rose from bishan here again
just reached home from pasir ris
stuck in the cte jam watching this
grab driver also watching lol
watching at the hawker centre
chicken rice first then shopping
the mala queue so long tonight
my kopi peng melting
my kaya toast cold liao
bubble tea number 2 today
the prata shop very noisy
my neighbour karaoke again
gonna get scolded for spending
my mum say dont buy online
my dad says gold better than diamond
my son asking what is carat
my daughter wants the kids one already
my toddler pressing my screen
my cat sitting on my phone
my dog wants attention brb
tmr got exam still watching haha
reservist next week sian
ns boys watching from camp
book out already watching
my shift start 11pm
night shift gang
nurse here on break
just finished gym
just finished my run at east coast
sweaty from badminton
jogging at macritchie just now
ikea date with gf tmr
going to vivocity later
orchard road so crowded today
jewel changi waterfall so nice
lol the shop also called jewel
airport jewel not this jewel haha
sentosa this weekend
going genting next week
bali trip next month
going hk for cny
going taiwan in march
penang food the best
ipoh white coffee best
malacca chicken rice ball
kl traffic worse than sg
petronas towers view nice
hong kong milk tea better than sg one
teh tarik gang
milo dinosaur gang
ice kachang weather
'''

# Chat, label 0: other bots' commands and outputs, gifts, draws, chants, goodbyes, weather.
CHAT_BOTS = r'''
!points
!uptime
!discord
!socials
!followage
!watchtime
!lurk
!hug
!dice
!8ball will i win the draw
!song
!rank
!commands
!rules
!schedule
!giveaway
!join
!ig
!shop
StreamElements: @mei_ling has 1,240 points
StreamElements: the stream has been live for 1 hour 12 minutes
Nightbot: join our discord at discord.gg/xxxx
Nightbot: follow us on IG @lunajewels.sg
Nightbot: stream is live every Tue and Fri 8pm SGT
Nightbot: please be kind in chat
Nightbot: @jaslyn has been following for 3 months
Nightbot: no links in chat please
Moobot: @kenneth_tan is now lurking
StreamElements: @aunty_rose rolled a 5
StreamElements: @dan ask the 8ball... Signs point to yes
Fossabot: @lim_wei watched for 14 hours
thanks for the follow!
welcome @sharon_k
welcome new followers
welcome back
ty for the sub
thanks for the gift sub
gifted 5 subs
just subbed
resubbed 6 months
6 months sub!
1 year sub lets go
thanks for the bits
cheer100
cheer500 for host
sent a rose
sent a heart
sent a diamond gift lol
sent 10 roses
sent lion dance
sent fireworks
sent a rocket
sent an ang pao
tiny gift from me
small gift for jie jie
gift for host
thanks for the gift
wow rocket
who sent rocket
big spender
tycoon in chat
rich uncle in chat
uncle so rich
towkay here
towkay buy all
boss buy all
boss come already
the boss here
mod pls
mods?
mod ban the spammer
spammer again
report the scam link
dont click the link guys
scam alert
bots in chat
this chat is wild
chat moving fast
chat so fast
chat calm down
cannot read chat
everyone so excited
hype train
hype train level 3
hype train lets go
i never win one
i never win anything
this time i win
pls let me win
manifesting win
win win win
i entered
entered
joined
joined the draw
count me in
me me me
me pls
pick me
choose me
i want to win the box
winner who
who won
congrats winner
congrats
congrats!!
congratz
grats
so lucky
lucky girl
lucky guy
jealous
envy
next time
next round
wait next draw
1
1 1
11
111
1111
11111
111111
2
22
222
3
333
6
66
666
6666
66666
666666
888
8888
88888
999
777
+1
+1 +1
F
F in chat
o7
gl
gl all
good luck everyone
gn
gn all
good night
night night
bye
bye bye
byebye
bye host
see you friday
see u next week
see ya
cya
cya tmr
ttyl
gtg
got to go
need to sleep
work tmr
school tmr
exam tmr pray for me
still at office
ot again
my boss calling
kids sleeping finally
baby crying brb
cat walking on my keyboard
cat say hi
dog barking
neighbour drilling lol
raining here
raining so heavy
sg weather so hot
so humid today
haze again
thunderstorm here
aircon on max
fan not enough
sweating
the sun crazy today
'''

# Chat, label 0: questions to the streamer, bot talk, life talk with product words.
CHAT_STREAMER = r'''
host where you streaming from
jie jie where you from
host you married?
host got bf?
how old are you host
host is that your real hair
host what camera you use
what mic you using
what phone you use to stream
host your lipstick what brand
host your top where buy
where you buy your dress
host you from sg or my?
host you speak cantonese?
host can speak malay?
host you hokkien?
host got tiktok?
host got ig?
host what time you end
how long the stream today
stream until what time
when next stream
host u tired?
host drink water
host eat dinner already?
host your cat name?
is that your cat in the back
who is the guy behind
your assistant name?
uncle behind camera wave
wave to us
say hi to my mum
say hi to my gf
shoutout pls
shout out to jurong gang
can say my name
read my comment pls
jie jie notice me
senpai notice me
host ignoring me
host never reply me
finally host read my msg
yay host read my msg
host remember me?
i always come
loyal fan here
day 1 fan
i watch every friday
who else here every week
anyone from penang
anyone from sabah
anyone from east coast
any hongkongers here
any malaysians here
any jb ppl
any aunties here
any uncles here
aunty gang
uncle gang
auntie rose is here
my mum also watching
my grandma watching with me
my gf watching beside me
my sister make me watch
my colleague recommend this stream
saw this on tiktok
saw your ad on fb
came from ig
found this by accident
recommended by friend
is this live or recorded
is this live?
live or replay
this live right
it's live
real time ah
is the host ai lol
is this an ai host
bot in chat?
the bot answer fast
the bot funny
bot smart leh
bot also got opinion
is the bot a real person
hi bot
thanks bot
good bot
bad bot
bot sleeping
my ring finger also want diamond but no one propose
propose with titanium ring also can right
need ring but need bf first
looking for a gf to buy ring for lol
single ppl watching ring stream
no bf but buying ring for myself
my ex bought me fake gold
my ex also fake
fake like my ex
real like my feelings
shiny like my forehead
this watch more expensive than my car
my car also automatic haha
my heart also automatic
i also water resistant 100m
i also 925 pure
i also grade A
i am certified single
i lab grown also
my wallet 0.5 carat only
cheaper than my kopi lol
costs more than my rent
my rent so ex
housing so ex in sg
coe so ex
everything ex in sg
sg prices crazy
rm exchange rate so bad
ringgit weak
sgd strong
sgd to rm 3.5 now
exchange rate sad
hk dollar also ok
kl prices cheaper
jb shopping better
go jb buy cheaper
jb jam every weekend
causeway jam
woodlands checkpoint jam
my friend bought fake jade in jb
jade market in hk very fun
my grandma got jade bangle since young
grandma say jade protect you
jade must wear left hand one
jade cannot break ah break bad luck
my mum jade bangle broke last year
chinese new year coming
cny coming buy gold
valentines coming
mothers day coming soon
anniversary next week
my wedding next month
engagement ring season
birthday month
my birthday today
happy birthday to me
happy birthday!
hbd
hbd host
happy friday
tgif
weekend liao
long weekend
public holiday tmr
hari raya soon
deepavali soon
christmas coming
11.11 coming
12.12 sale
black friday
payday sale
'''

# Chat, label 0: emote walls, platform emotes, stickers.
CHAT_EMOTE = r'''
😍😍😍
😍
😍😍😍😍😍😍
🔥🔥🔥
🔥🔥🔥🔥🔥🔥🔥🔥
💎💎💎
💎💎💎💎💎
💍💍💍
💍✨💍✨💍✨
✨✨✨
✨✨✨✨✨✨✨
❤️❤️❤️
❤️❤️❤️❤️❤️❤️
💕💕💕
💖💖💖💖
🥰🥰🥰
🥺🥺🥺
😭😭😭
😭😭😭😭😭 so pretty
😂😂😂
😂😂😂😂😂😂
🤣🤣🤣
👏👏👏
👏👏👏👏👏👏👏
🙌🙌🙌
💯💯💯
🤑🤑🤑
💸💸💸
💸💸💸 my money gone
🛒🛒🛒
🎁🎁🎁
🌹🌹🌹
🌹
🌹🌹🌹🌹🌹
👍👍👍
👍
👌
👀👀👀
👀
🤩🤩🤩
😱😱😱
🙏🙏🙏
🙏 pls let me win
🍀🍀🍀
🍀 luck pls
⌚⌚⌚
⌚✨
🐚🐚🐚
🟢🟢🟢
💚💚💚
💚 jade 💚
PogChamp
PogChamp PogChamp PogChamp
Pog
POGGERS
KEKW
KEKW KEKW
LUL
LUL LUL LUL
OMEGALUL
Kreygasm
Kreygasm Kreygasm
monkaS
PepeHands
Sadge
catJAM catJAM catJAM
peepoClap peepoClap
HeyGuys
VoHiYo
<3 <3 <3 <3
:O
:O :O :O
o_O
^_^
^^
T_T
TT
QQ
orz
OTZ
(╯°□°）╯︵ ┻━┻
¯\_(ツ)_/¯
(｡♥‿♥｡)
( ˘ ³˘)♥
♡♡♡
★★★★★
!!!!!
!!!
???
????
...
..
.
hahaha 😂
lol 😂😂
wahhh 😍😍
nice 👍
so pretty 😍
so cute 🥰
love it ❤️
want 🥺
mine 😤
take my money 💸
gg 💀
💀💀💀
💀 my wallet
[sticker]
[emoji]
[表情]
[爱心]
[鼓掌]
[玫瑰]
[强]
[赞]
[礼物]
[笑哭]
[捂脸]
[心动]
[666]
[送出了小心心]
[送出了火箭]
[送出了玫瑰花]
[送出了嘉年华]
'''

# Chat, label 0: jokes with product words.
CHAT_JOKES = r'''
my heart is 925 pure for you host
i am 10 ATM resistant to bad news
my patience not water resistant
my salary is lab grown, very small
half a carat of my salary lol
my love for you 0.5 carat only
this stream got more bling than my future
my bank account grade C
my finger size is XXL from eating
my finger too fat from nasi lemak
ring size depends on how much i ate
after cny my ring size go up
my wrist 15cm of pure fat
my neck too short for 45cm lol
my ex was plated not solid gold
my last relationship not certified
need a polishing cloth for my life
my life needs a jewellery box to organise
i need a ring sizer for my feelings
my jade broke like my heart
sapphire crystal stronger than my mental health
my watch is my phone
i tell time using my phone only
who still wear watch in 2024
kids these days dont know analog clock
my son cannot read clock
my kid lost 3 watches already
i am automatic also, auto sleep at 10pm
my power reserve only 2 hours
my brain needs winding
charm bracelet with my charm
i am the charm
pearl of the orient
my mum name is pearl lol
my cat name is jade
my dog name is diamond
my hamster called titanium
my goldfish 18K
fake gold like my tan
real gold or real fool
if real gold i eat the ring
gold price so high now
gold price went up again
should buy gold bar instead
invest in gold better
bitcoin or gold
my grandma says buy gold not diamond
diamond is forever, my salary is not
lab grown like my veggies
my plants also lab grown
i grew a diamond in my kitchen jk
grade A student, grade B jade
jade more green than my bank account red
every day i wear the same watch
i wear 3 watches at once
stack 5 rings like a boss
ring on every finger
wearing all my jewellery to the pasar
aunty at the pasar got more gold than this shop
my aunty wear gold like armour
uncle wear jade since 1980
pearl earrings makes me look atas
pearls make me look like my grandma
old money vibes
new money vibes
no money vibes
chanel but make it budget
tiffany blue box vibes
box more ex than the ring
i want the box only
i buy the box to keep my tissue
i use jewellery box to keep sweets
polishing cloth to polish my spectacles
my spectacles need this
bangle too small cannot remove, call fire brigade
i once got stuck in a bangle lol
used soap to remove my bangle
my mum used oil to take off her ring
my ring stuck after eating too much salt
hands swell after bbt
too much bubble tea my fingers fat
1 bubble tea = 1 ring size
i am 0 carat single
flex on my ex
gonna flex at work tmr
colleague will ask where buy
wear to office people think rich
wear to wedding dinner
wear to cny visiting
relatives will ask if real gold
3 aunties will ask my salary
relatives: got bf yet? me: got ring
'''

# Chat, label 0: Cantonese and traditional Chinese chat, chants (扣1, 666, 上鏈接 as a chant).
CHAT_ZH = r'''
好靚
好靚呀
靚到爆
超靚
勁靚
真係好靚
嘩好靚
嘩
嘩嘩嘩
哇
哇塞
哇哦
好正
正呀
好正呀
勁正
正到飛起
好貴
好貴呀
貴到喊
貴過我人工
我人工唔夠
荷包痛
荷包哭緊
錢包好痛
錢包已死
我冇錢
窮人睇吓
淨係睇
睇吓先
睇吓得唔得
諗吓先
諗緊
等出糧
月尾先買
出糧先
老婆唔俾買
老公買俾我
叫老公買
男朋友睇唔到
女朋友鍾意
阿媽鍾意
阿媽話好靚
屋企人都話靚
買咗啦
已經買咗
落咗單
搶到
搶唔到
又搶唔到
手慢無
好快賣晒
一陣就冇
冇咗啦
嘩賣晒
收到貨好滿意
上次買嘅好好戴
上次買嘅耳環好靚
個盒好精美
包裝好靚
送貨好快
兩日就到
主播好靚
主播今日好靚
主播件衫好靚
主播個頸鏈好靚
主播隻戒指好靚
主播隻錶好襯你
主播戴玉好好睇
主播把聲好好聽
主播笑得好甜
主播好好笑
主播加油
主播辛苦
主播飲啖水
主播食咗飯未
主播幾點收工
主播你係邊度人
主播你結咗婚未
主播你幾歲
主播講廣東話好好聽
主播你係咪香港人
主播喺邊度直播
主播有冇男朋友
主播你自己戴邊隻
主播你啲頭髮點整
主播用咩唇膏
主播隻貓好得意
後面個貓好可愛
晚安
早晨
早晨呀
午安
大家好
大家晚上好
各位好
嗨
哈囉
Hello呀
第一次嚟
第一次睇
老粉報到
每個禮拜都睇
打卡
簽到
來了來了
嚟咗
我嚟啦
返嚟啦
走先
拜拜
下次見
星期五見
聽日返工
瞓覺啦
好攰
今日好忙
啱啱放工
喺地鐵睇緊
喺巴士睇
食緊飯
食緊宵夜
飲緊奶茶
好肚餓
好熱
落雨
落大雨
好大雨
行雷
冷氣好凍
哈哈
哈哈哈
哈哈哈哈
哈哈哈哈哈
呵呵
嘻嘻
笑死
笑死我
笑到碌地
好好笑
癲
癲咗
傻咗
暈
好暈
心動
好心動
心動心動
心都溶
愛了
愛死
好鍾意
超鍾意
想要
好想要
我要
我都要
全部要
全部都要
包起
全包
我包晒
土豪
土豪嚟咗
老闆包場
老闆大氣
多謝老闆
多謝禮物
送咗禮物
送咗火箭
送咗玫瑰
送咗心心
小禮物
嘩火箭
邊個送火箭
有錢人
羨慕
好羨慕
妒忌
恭喜
恭喜晒
恭喜中獎
中獎未
我要中
今次一定中
又唔中
從來都冇中過
抽我抽我
我我我
揀我
加一
+1
1
11
111
1111
扣1
扣1扣1
扣2
扣666
666
6666
66666
888
8888
999
上鏈接上鏈接上鏈接
上鏈接上鏈接
上車
上車上車
衝
衝衝衝
衝呀
搶
搶搶搶
快啲
快快快
等咗好耐
等緊
終於嚟到
嚟啦嚟啦
開始啦
開搶
倒數
3 2 1
好緊張
手震
網速慢
好卡
卡咗
冇聲
聽唔到
睇唔到
黑咪咪
得返啦
轉咗4G
我部電話好慢
新加坡好熱
大馬人報到
吉隆坡報到
新山報到
檳城報到
香港報到
台灣報到
澳門報到
新加坡報到
馬來西亞報到
廣州報到
深圳報到
加拿大睇緊
澳洲睇緊
英國凌晨睇
美國早上
時差好痛苦
啱啱放工搭緊港鐵
喺茶餐廳睇緊
叫咗個外賣等緊
屋企部wifi好慢
阿媽叫我唔好亂買嘢
老公喺隔離扮睇唔到
個仔問我咩係卡
個女話要買小朋友錶
隻貓坐咗喺我部電話度
今日好熱呀新加坡
隔籬屋又裝修
落緊雨冇得出街
明天要返工早啲瞓
今晚冇得瞓
出咗糧開心
月尾冇錢睇吓算
留返下個月先
去完日本冇錢
啱啱去完台灣返嚟
下個月去大馬玩
新山好多嘢食
吉隆坡塞車好恐怖
檳城炒粿條正
馬六甲好熱
香港凍唔凍呀而家
台北落雨
我阿嫲都有隻玉鐲
阿嫲話玉可以擋災
我媽隻玉鐲戴咗三十年
結婚嗰陣買咗金器
結婚四寶都係金
過年要戴金
情人節就嚟
母親節送咩好
生日送自己
紀念日快到
聖誕節就嚟
雙十一等緊
'''

# Chat, label 0: Mandarin chat and chants.
CHAT_ZH2 = r'''
真好看
好漂亮
太美了
美哭了
绝了
绝绝子
爱了爱了
好喜欢
心动了
种草了
拔草
已下单
下单了
抢到了
没抢到
又没抢到
手慢了
秒没
秒光
卖完了
太快了吧
等补货
主播好美
主播今天好漂亮
主播的项链好好看
主播戴的镯子好美
主播手好白
主播皮肤好好
主播声音好好听
主播辛苦了
主播加油
主播喝口水
主播吃饭了吗
主播几点下播
主播哪里人
主播你是新加坡人吗
主播结婚了吗
主播多大
主播有男朋友吗
主播你戴的是哪款
主播口红色号
主播衣服哪里买的
大家晚上好
晚上好
来了
我来了
来啦来啦
签到
打卡
报道
老粉来了
第一次来
路过
路过看看
刚下班
在地铁上
在公司偷看
吃饭中
宵夜时间
好饿
睡不着
明天上班
晚安
拜拜
下次见
周五见
哈哈
哈哈哈
哈哈哈哈哈
笑死
笑死我了
太好笑了
哈哈哈哈笑不活了
呜呜
哭了
穷哭了
买不起
买不起告辞
看看就好
只看不买
月底了没钱
等发工资
发工资再来
钱包空了
钱包在哭
余额不足
花呗还没还
信用卡刷爆了
老公买单
老婆不让买
男朋友送我
送女朋友的
给妈妈买的
妈妈很喜欢
收到了很满意
包装很好看
物流很快
两天就到了
好评
五星好评
回购了
第二次买
老顾客了
扣1
扣1扣1扣1
扣2
扣3
111
1111
6666
666666
888888
2333
23333
上链接上链接
上链接上链接上链接
上车
冲
冲冲冲
冲鸭
抢
抢抢抢
买买买
买它
买它买它
快点快点
等不及了
开始了吗
开抢了吗
倒计时
321
好紧张
手抖
卡了
好卡
卡成ppt
没声音了
黑屏了
好了好了
刷新一下
网不好
抽奖
抽我
抽我抽我
我要中奖
这次必中
又没中
从来没中过
恭喜
恭喜中奖
恭喜恭喜
羡慕
好羡慕
欧皇
非酋
谢谢老板
老板大气
土豪
土豪哥
送了个火箭
送了小心心
送你一朵花
小礼物
嘉年华
谢谢礼物
主持人好可爱
弹幕好多
弹幕刷起来
刷屏了
禁言他
房管呢
有人发广告
别点链接是骗子
小心骗子
机器人吗
是AI吗
机器人好聪明
机器人回复好快
你好机器人
谢谢机器人
这个机器人会说话
刚下班在地铁上看
在公司摸鱼看直播
外卖到了先吃饭
今天好热开着空调
我妈不让我乱买
老公假装看不见
孩子问什么是克拉
猫在键盘上走来走去
下个月去新加坡玩
刚从马来西亚回来
新加坡物价好贵
马币又跌了
汇率太伤了
结婚要买三金
过年要戴金子
情人节快到了
母亲节送什么好
给自己的生日礼物
纪念日快到了
双十一等着
'''

# Chat, label 0, a product on air: remarks about what is on screen.
CHAT_AIR = r'''
wah this one nice
this one so pretty
this one very nice
this one sibei nice
this one i like
this one i want
this one nicer than the last one
prefer the last one
the previous one nicer
the first one better
this one suits you
this one looks expensive
looks more ex than the price
looks like tiffany
looks like cartier lol
dupe vibes
looks classy
very elegant
so dainty
so simple
too big for me
too flashy for me
i prefer gold
i prefer silver
silver nicer
gold nicer
rose gold team
team silver
team gold
jade so green
the jade very clear
so shiny under the light
the light make it sparkle
zoom in pls
zoom zoom
closer pls
can see better now
cannot see properly
turn a bit
nice angle
show on hand pls
show on your wrist
put on your neck
wear it pls
try it on
show the back
show the clasp
show the box
show again
show me the 45
show both lengths
compare side by side pls
ok next
next next
next item
skip this one
not my style
not for me
my mum would like this
my gf would like this
perfect for my mum
perfect gift
good for gift
good for anniversary
good for cny
wedding gift idea
for my girlfriend
for my wife
for myself
gift to myself
my birthday gift to me
this one for sure
definitely buying
buying this
ordered this one
got this last time
i have this already
i got this one, very nice
wearing it now
i wear this everyday
mine never fade
mine still shiny
mine 1 year still ok
owner here, very good
can confirm good quality
quality good
quality very nice
solid
looks sturdy
looks heavy
looks light
so thin
so delicate
the watch face so clean
the dial nice
the strap nice
leather strap nicer
steel bracelet nicer
the kids watch so cute
my son will like
my daughter will love
cute for kids
the box so cute
the pink box nice
green box nicer
the pearls so round
pearl so glowy
the diamond so sparkly
the cut very nice
blingbling
diamond forever
jade forever
呢隻好靚
呢隻好正
呢條好靚
呢對好靚
呢個好啱我
呢隻好襯你
呢隻比頭先嗰隻靚
頭先嗰隻靚啲
鍾意呢隻
呢隻我要
呢個送阿媽啱晒
送女朋友啱
好似卡地亞
好有質感
睇落好貴
影近啲
再影近啲
轉一轉
試戴吓
戴上手睇吓
戴上頸睇吓
俾我哋睇吓背面
個扣好靚
個盒好得意
珍珠好圓
好有光澤
玉好通透
好綠
顏色好靚
好閃
閃到盲
閃閃
錶面好靚
皮帶好有型
鋼帶好型
好襯衫
下一個
下一個啦
唔係我杯茶
太大隻
太細
這個好看
这个好美
这条好闪
这个颜色好看
这个我喜欢
这个适合送妈妈
这个适合送女朋友
看起来好贵
好有质感
近一点
再近一点
转一下
上手看看
戴上看看
这个好闪
珍珠好圆
玉好透
下一个
不是我的菜
太大了
显白
好显白
'''

def _key(text: str) -> str:
    """A line's normalised text (NFKC, case-folded, simplified Chinese, letters and digits
    only): two lines with the same key are the same line."""
    return re.sub(r"[\W_]+", "", normalize(text))


def _existing() -> set[str]:
    """The keys of every chat line and question of the other sets under data/."""
    keys: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name == CHAT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t", 2)
            if len(parts) == 3:
                keys.add(_key(parts[2]) or parts[2])
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name == ANSWERS.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = str(json.loads(line)["question"])
                keys.add(_key(question) or question)
    return keys


def _lines(block: str) -> list[str]:
    return [s.strip() for s in block.strip().splitlines() if s.strip()]


def questions() -> list[AnswerCase]:
    """The hand-written question tables as answer rows (before the repeat check)."""
    rows: list[AnswerCase] = []
    for shop, table in [("jewel", JEWEL), *_shop_tables(OTHERS)]:
        for line in _lines(table):
            fields = [f.strip() for f in line.split("|")]
            expect, target, on_air, question = fields[:4]
            extra = fields[4] if len(fields) > 4 else ""
            kw: CaseExtras = {}
            if expect in ("price", "stock", "fact"):
                kw["sku"] = target
            if expect == "fact":
                kw["fact"] = extra
            if expect == "policy":
                kw["policy"] = target
            if expect == "compare":
                kw["skus"] = target.split(",")
            if expect == "abstain":
                if target != "-":
                    kw["sku"] = target
                kw["why"] = extra or "not stated"
            rows.append(case(shop, question, expect, None if on_air == "-" else on_air, **kw))
    return rows


def _shop_tables(text: str) -> list[tuple[str, str]]:
    """`@shop` headed blocks of OTHERS as (shop, table)."""
    out: list[tuple[str, str]] = []
    for block in text.strip().split("@")[1:]:
        shop, _, table = block.partition("\n")
        out.append((shop.strip(), table))
    return out


def chat() -> list[tuple[int, int, str]]:
    """(label, on_air, text) of every hand-written chat line, in a fixed shuffled order."""
    rows = ([(1, 0, t) for t in _lines(ASK_EN) + _lines(ASK_ZH)]
            + [(1, 1, t) for t in _lines(ASK_AIR)]
            + [(0, 0, t) for t in _lines(CHAT_EN) + _lines(CHAT_BOTS) + _lines(CHAT_STREAMER)
               + _lines(CHAT_EMOTE) + _lines(CHAT_JOKES) + _lines(CHAT_ZH) + _lines(CHAT_ZH2)]
            + [(0, 1, t) for t in _lines(CHAT_AIR)])
    random.Random(12).shuffle(rows)
    return rows


def main() -> None:
    seen = _existing()
    kept_chat: list[tuple[int, int, str]] = []
    own: set[str] = set()
    dropped_chat = 0
    for label, air, text in chat():
        k = _key(text) or text
        if k in seen or k in own:
            dropped_chat += 1
            continue
        own.add(k)
        kept_chat.append((label, air, text))
    kept_rows: list[AnswerCase] = []
    asked: set[str] = set()
    dropped_rows = 0
    for row in questions():
        k = _key(row["question"]) or row["question"]
        if k in seen or k in asked:
            dropped_rows += 1
            continue
        asked.add(k)
        kept_rows.append(row)
    CHAT.write_text("label\ton_air\ttext\n" + "".join(f"{y}\t{a}\t{t}\n" for y, a, t in kept_chat),
                    encoding="utf-8")
    ANSWERS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept_rows),
                       encoding="utf-8")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    print(json.dumps({
        "chat_lines": len(kept_chat), "chat_dropped_as_repeats": dropped_chat,
        "chat_asks": sum(y for y, _, _ in kept_chat),
        "chat_chinese": sum(bool(cjk.search(t)) for _, _, t in kept_chat),
        "questions": len(kept_rows), "questions_dropped_as_repeats": dropped_rows,
    }))


if __name__ == "__main__":
    main()
