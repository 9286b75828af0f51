"""The seventh held-out set: chat_heldout7.tsv and answers_heldout7.jsonl (never trained or tuned on).

Run: python -m bot.answers.understand.make_heldout7

Written in one session by a helper that had no view of the understanding code's fixes, of the
other generators, nor of the other sets' contents (they are read here only as normalised text,
to drop any line or question that repeats one of them). The helper never ran the bot or the
bench on these lines. The team never reads this file or its output: only the totals that
bench/understanding.py prints for "heldout7" are looked at.

What is different from the earlier sets, on purpose: a fifth catalog, a skincare, cosmetics &
personal-care shop in EUR (tests/fixtures/shops/beauty_catalog.yaml, make_suite.HELDOUT_SHOPS
"beauty"), with shades, colours, sizes in ml, SPF, hair types, pack and piece counts as
variants; more two-part questions ("how much is X and is it in stock"), more Chinese shopping
slang (咋卖, 多钱, 有啥色号, 适合油皮吗), more asks that only a spec, a FAQ pair or a variant
answers, and in the chat more viewer replies to the host that are not questions (已拍, "yes I
have oily skin", "mine came yesterday").

Every question is written by hand, as viewers type them: slang, typos, emoji, caps, numbers in
words, other currencies (priced in the shop's own currency), per-unit asks, variants that exist
and that do not (must abstain), aspects the listing does not state (must abstain), things the
shop does not carry (must abstain, incl. near misses such as lipstick remover in a shop that
sells lipstick), questions to the streamer (must abstain; label 0 in the chat), deals, policy
and comparison asks. A `fact` is text from the product's own listing.

Chat labels: 1 = a question or request the shop's co-host should answer (prices, stock, specs,
links, shipping, returns, payment, deals, "do you sell X"), 0 = everything else: emote walls,
hype, chants (a wall of 上链接 shouted in chorus with the host is a chant: 0; "上个链接呗 找不到"
asked by one viewer is an ask: 1), gifts, other bots' commands and their outputs, jokes with
product words, replies to the host, and questions to the streamer about themselves. The
on_air column is 1 where a product is on screen (deictic asks such as 这个多少钱 need it).
The noise lines (emote walls, gifts, bot output, number spam) are composed from hand-written
pieces with a fixed seed; every ask is written out in full below.
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
NAME = "heldout7"
SEED = 7077

# ---------------------------------------------------------------- the answer suite
B, S, A, K, OD = "beauty", "sample", "apparel", "snack", "outdoor"
NC = "not carried"
HOST = "to the streamer"
NV = "no such variant"


def _beauty() -> list[AnswerCase]:
    r: list[AnswerCase] = []
    add = r.append
    # prices, variants, per-unit, other currencies
    add(case(B, "how much is the moisturiser??", "price", sku="MOIST-HYDRA"))
    add(case(B, "面霜100ml多钱", "price", sku="MOIST-HYDRA-100ML"))
    add(case(B, "the big jar of the aqualis cream, price pls", "price", sku="MOIST-HYDRA-100ML"))
    add(case(B, "面霜小罐的50毫升咋卖", "price", sku="MOIST-HYDRA-50ML"))
    add(case(B, "粉底液咋卖", "price", sku="FOUNDATION-SKINVEIL"))
    add(case(B, "how much is the foundation in 03 sand? and is it in stock", "price", sku="FOUND-03-SAND"))
    add(case(B, "sunscreen spf50 how much", "price", sku="SUN-SPF50"))
    add(case(B, "防晒spf30的多少钱呀", "price", sku="SUN-SPF30"))
    add(case(B, "口红多钱", "price", sku="LIPSTICK-VELOURS"))
    add(case(B, "coral pop lipstick price? is it more than the red one", "price", sku="LIP-CORAL-POP"))
    add(case(B, "洗发水卷发款多少钱", "price", sku="SHAMPOO-CURLY"))
    add(case(B, "oily hair shampoo how much is it", "price", sku="SHAMPOO-OILY"))
    add(case(B, "vit c serum how much in dollars", "price", sku="SERUM-C15"))
    add(case(B, "维C精华多少人民币", "price", sku="SERUM-C15"))
    add(case(B, "HOW MUCH IS THE HAIRDRYER", "price", sku="DRYER-AEROLUX"))
    add(case(B, "吹风机现在什么价 之前不是99吗", "price", sku="DRYER-AEROLUX"))
    add(case(B, "electric toothbrush price + does a head come with it", "price", sku="TOOTHBRUSH-SONIQ"))
    add(case(B, "电动牙刷多钱 有优惠没", "price", sku="TOOTHBRUSH-SONIQ"))
    add(case(B, "8个装刷头多钱", "price", sku="HEADS-8PK"))
    add(case(B, "refill heads four pack how much", "price", sku="HEADS-4PK"))
    add(case(B, "how much is one brush head if i get the 8 pack", "price", sku="HEADS-8PK"))
    add(case(B, "perfume 50ml price?", "price", sku="PERFUME-50ML"))
    add(case(B, "香水100毫升的多少钱", "price", sku="PERFUME-100ML"))
    add(case(B, "how much is the thirty ml perfume", "price", sku="PERFUME-30ML"))
    add(case(B, "brush set 15 piece how much", "price", sku="BRUSH-15PC"))
    add(case(B, "化妆刷八件套多少钱", "price", sku="BRUSH-8PC"))
    add(case(B, "razor price? its the handle plus 2 blades right", "price", sku="RAZOR-GLIDE5"))
    add(case(B, "剃须刀多钱啊", "price", sku="RAZOR-GLIDE5"))
    add(case(B, "面膜一片合多少钱", "price", sku="MASK-HYDRA-10"))
    add(case(B, "how much per ml is the 100ml cream vs buying two 50s", "price", sku="MOIST-HYDRA-100ML"))
    add(case(B, "toothbrush in pounds?", "price", sku="TOOTHBRUSH-SONIQ"))
    add(case(B, "how much is it", "price", on_air="SERUM-C15", sku="SERUM-C15"))
    add(case(B, "这个多钱", "price", on_air="DRYER-AEROLUX", sku="DRYER-AEROLUX"))
    add(case(B, "这个正红色号多少钱", "price", on_air="LIPSTICK-VELOURS", sku="LIP-RUBY-RED"))
    # stock
    add(case(B, "is 04 honey sold out?? 😭", "stock", sku="FOUND-04-HONEY"))
    add(case(B, "04蜜色还有吗", "stock", sku="FOUND-04-HONEY"))
    add(case(B, "nude rose still in stock?", "stock", sku="LIP-NUDE-ROSE"))
    add(case(B, "裸玫瑰那个色还有货不", "stock", sku="LIP-NUDE-ROSE"))
    add(case(B, "any sheet masks left", "stock", sku="MASK-HYDRA-10"))
    add(case(B, "面膜补货了没", "stock", sku="MASK-HYDRA-10"))
    add(case(B, "vitamin c serum how many left", "stock", sku="SERUM-C15"))
    add(case(B, "精华还剩几瓶", "stock", sku="SERUM-C15"))
    add(case(B, "100ml perfume still available?", "stock", sku="PERFUME-100ML"))
    add(case(B, "吹风机有现货吗 今天能发吗", "stock", sku="DRYER-AEROLUX"))
    add(case(B, "15 piece brush set in stock?", "stock", sku="BRUSH-15PC"))
    add(case(B, "dry and damaged shampoo in stock? mine is almost empty", "stock", sku="SHAMPOO-DRY"))
    add(case(B, "the berry one still available?", "stock", on_air="LIPSTICK-VELOURS",
             sku="LIP-BERRY-CRUSH"))
    add(case(B, "06浓咖还有没", "stock", sku="FOUND-06-ESPRESSO"))
    # facts that only a spec, a FAQ pair or a variant holds
    add(case(B, "what watt is the dryer", "fact", sku="DRYER-AEROLUX", fact="1800 W"))
    add(case(B, "吹风机多少瓦 宿舍能用吗", "fact", sku="DRYER-AEROLUX", fact="1800瓦"))
    add(case(B, "will the hair dryer work in the US? im moving to NY", "fact", sku="DRYER-AEROLUX",
             fact="220-240 V only"))
    add(case(B, "吹风机送扩散器吗 我自然卷", "fact", sku="DRYER-AEROLUX", fact="扩散器"))
    add(case(B, "how heavy is the dryer my arms get tired lol", "fact", sku="DRYER-AEROLUX", fact="480 g"))
    add(case(B, "does this one have a cool button", "fact", on_air="DRYER-AEROLUX", sku="DRYER-AEROLUX",
             fact="cool shot"))
    add(case(B, "moisturiser ok for oily skin?", "fact", sku="MOIST-HYDRA",
             fact="dry, normal and sensitive skin"))
    add(case(B, "面霜适合油皮吗", "fact", sku="MOIST-HYDRA", fact="干皮、中性皮和敏感肌"))
    add(case(B, "does the cream have fragrance? my skin hates perfume", "fact", sku="MOIST-HYDRA",
             fact="fragrance free"))
    add(case(B, "面霜有啥成分 有玻尿酸吗", "fact", sku="MOIST-HYDRA", fact="玻尿酸"))
    add(case(B, "will the moisturiser break me out", "fact", sku="MOIST-HYDRA", fact="non-comedogenic"))
    add(case(B, "粉底液有啥色号", "fact", sku="FOUNDATION-SKINVEIL", fact="01瓷白"))
    add(case(B, "what shades does the foundation come in", "fact", sku="FOUNDATION-SKINVEIL",
             fact="01 Porcelain"))
    add(case(B, "粉底液适合油皮吗 夏天会不会脱妆", "fact", sku="FOUNDATION-SKINVEIL", fact="油皮和混油皮"))
    add(case(B, "foundation has spf in it?", "fact", sku="FOUNDATION-SKINVEIL", fact="SPF 15"))
    add(case(B, "is the foundation matte or dewy", "fact", sku="FOUNDATION-SKINVEIL", fact="soft matte"))
    add(case(B, "how long does the foundation stay on", "fact", sku="FOUNDATION-SKINVEIL", fact="24 hours"))
    add(case(B, "这个遮瑕力怎么样", "fact", on_air="FOUNDATION-SKINVEIL", sku="FOUNDATION-SKINVEIL",
             fact="中到高"))
    add(case(B, "im pale af which shade", "fact", sku="FOUNDATION-SKINVEIL", fact="01 and 02 suit fair skin"))
    add(case(B, "防晒会泛白吗 黄黑皮", "fact", sku="SUNSCREEN-SOLEIL", fact="不泛白"))
    add(case(B, "is the sunscreen waterproof for swimming", "fact", sku="SUNSCREEN-SOLEIL",
             fact="40 minutes"))
    add(case(B, "sunscreen ok for my 2 year old?", "fact", sku="SUNSCREEN-SOLEIL", fact="mineral sunscreen"))
    add(case(B, "防晒有几个倍数的", "fact", sku="SUNSCREEN-SOLEIL", fact="SPF30、SPF50+"))
    add(case(B, "can i put the spf under makeup", "fact", sku="SUNSCREEN-SOLEIL", fact="妆前乳"))
    add(case(B, "lipstick colours?", "fact", sku="LIPSTICK-VELOURS", fact="Ruby Red"))
    add(case(B, "口红有啥色号 有没有正红", "fact", sku="LIPSTICK-VELOURS", fact="正红"))
    add(case(B, "is the lipstick matte", "fact", sku="LIPSTICK-VELOURS", fact="satin"))
    add(case(B, "shampoo for oily hair? my scalp gets greasy by noon", "fact", sku="SHAMPOO-NATURA",
             fact="oily hair"))
    add(case(B, "这洗发水含不含硅油啊", "fact", sku="SHAMPOO-NATURA", fact="无硅油"))
    add(case(B, "can i wash my hair every day w this shampoo", "fact", sku="SHAMPOO-NATURA",
             fact="mild enough for daily washing"))
    add(case(B, "干枯毛躁用哪款洗发水", "fact", sku="SHAMPOO-NATURA", fact="摩洛哥坚果油"))
    add(case(B, "serum + retinol ok together?", "fact", sku="SERUM-C15",
             fact="vitamin C in the morning, retinol at night"))
    add(case(B, "敏感肌用这个VC精华会刺痛吗", "fact", sku="SERUM-C15", fact="耳后试用"))
    add(case(B, "vit c serum what percent", "fact", sku="SERUM-C15", fact="15%"))
    add(case(B, "精华开封了能放多久", "fact", sku="SERUM-C15", fact="3个月"))
    add(case(B, "my old serum went orange is that normal", "fact", sku="SERUM-C15", fact="oxidises"))
    add(case(B, "toothbrush battery how long between charges", "fact", sku="TOOTHBRUSH-SONIQ",
             fact="30 days"))
    add(case(B, "牙刷有几个模式", "fact", sku="TOOTHBRUSH-SONIQ", fact="清洁、美白、敏感、护龈"))
    add(case(B, "can i use the toothbrush in the shower", "fact", sku="TOOTHBRUSH-SONIQ", fact="IPX7"))
    add(case(B, "toothbrush comes with how many heads", "fact", sku="TOOTHBRUSH-SONIQ", fact="1 brush head"))
    add(case(B, "do the refill heads fit my oral b?", "fact", sku="HEADS-SONIQ",
             fact="Soniq Pro electric toothbrush only"))
    add(case(B, "刷头多久换一次", "fact", sku="HEADS-SONIQ", fact="3个月"))
    add(case(B, "perfume smells like what? notes?", "fact", sku="PERFUME-NUIT", fact="bergamot"))
    add(case(B, "香水留香久吗 上班喷一次够不够", "fact", sku="PERFUME-NUIT", fact="6到8小时"))
    add(case(B, "is the perfume for guys too", "fact", sku="PERFUME-NUIT", fact="plenty of men wear it"))
    add(case(B, "这个有几个容量", "fact", on_air="PERFUME-NUIT", sku="PERFUME-NUIT",
             fact="30毫升、50毫升、100毫升"))
    add(case(B, "are the brushes real hair or synthetic", "fact", sku="BRUSHSET-ATELIER", fact="synthetic"))
    add(case(B, "whats in the 15 piece set that isnt in the 8", "fact", sku="BRUSHSET-ATELIER",
             fact="roll-up case"))
    add(case(B, "how many masks in a box and how long do i leave one on", "fact", sku="MASK-HYDRA-10",
             fact="10 masks"))
    add(case(B, "面膜一周敷几次比较好", "fact", sku="MASK-HYDRA-10", fact="每周2到3次"))
    add(case(B, "razor how many blades", "fact", sku="RAZOR-GLIDE5", fact="5 blades"))
    add(case(B, "do the glide5 cartridges fit my gillette handle", "fact", sku="RAZOR-GLIDE5",
             fact="only Glide handles"))
    # aspects the listing does not state
    add(case(B, "is the lipstick vegan?", "abstain", sku="LIPSTICK-VELOURS"))
    add(case(B, "口红掉色吗 喝水沾杯不", "abstain", sku="LIPSTICK-VELOURS"))
    add(case(B, "does the lipstick dry out your lips", "abstain", sku="LIPSTICK-VELOURS"))
    add(case(B, "shampoo sulfate free?", "abstain", sku="SHAMPOO-NATURA"))
    add(case(B, "洗发水能去屑吗", "abstain", sku="SHAMPOO-NATURA"))
    add(case(B, "is the perfume tested on animals", "abstain", sku="PERFUME-NUIT"))
    add(case(B, "香水是哪个国家产的", "abstain", sku="PERFUME-NUIT"))
    add(case(B, "is the foundation non comedogenic", "abstain", sku="FOUNDATION-SKINVEIL"))
    add(case(B, "粉底液孕妇能用吗", "abstain", sku="FOUNDATION-SKINVEIL"))
    add(case(B, "can pregnant women use the vitamin c serum", "abstain", sku="SERUM-C15"))
    add(case(B, "does the hair dryer fold for travel", "abstain", sku="DRYER-AEROLUX"))
    add(case(B, "吹风机噪音大吗 怕吵醒宝宝", "abstain", sku="DRYER-AEROLUX"))
    add(case(B, "razor good for sensitive skin? i get bumps", "abstain", sku="RAZOR-GLIDE5"))
    add(case(B, "does the toothbrush have an app", "abstain", sku="TOOTHBRUSH-SONIQ"))
    add(case(B, "牙刷有压力感应吗 我刷牙太用力", "abstain", sku="TOOTHBRUSH-SONIQ"))
    add(case(B, "sheet masks ok for acne prone skin", "abstain", sku="MASK-HYDRA-10"))
    add(case(B, "面膜是哪国产的", "abstain", sku="MASK-HYDRA-10"))
    add(case(B, "is the sunscreen reef safe", "abstain", sku="SUNSCREEN-SOLEIL"))
    add(case(B, "防晒孕妇可以用吗", "abstain", sku="SUNSCREEN-SOLEIL"))
    add(case(B, "moisturiser expiry date?", "abstain", sku="MOIST-HYDRA"))
    add(case(B, "面霜有没有酒精", "abstain", sku="MOIST-HYDRA"))
    add(case(B, "does the brush set come with a beauty sponge", "abstain", sku="BRUSHSET-ATELIER"))
    add(case(B, "这个有香味吗", "abstain", on_air="LIPSTICK-VELOURS", sku="LIPSTICK-VELOURS"))
    # variants that do not exist
    add(case(B, "moisturiser in 200ml?", "abstain", sku="MOIST-HYDRA", why=NV))
    add(case(B, "粉底液有07色号吗", "abstain", sku="FOUNDATION-SKINVEIL", why=NV))
    add(case(B, "lipstick in a matte black?", "abstain", sku="LIPSTICK-VELOURS", why=NV))
    add(case(B, "香水有200毫升的吗", "abstain", sku="PERFUME-NUIT", why=NV))
    add(case(B, "brush set with 20 pieces?", "abstain", sku="BRUSHSET-ATELIER", why=NV))
    add(case(B, "16 pack of brush heads?", "abstain", sku="HEADS-SONIQ", why=NV))
    add(case(B, "spf 100 sunscreen??", "abstain", sku="SUNSCREEN-SOLEIL", why=NV))
    add(case(B, "洗发水有500毫升大瓶的吗", "abstain", sku="SHAMPOO-NATURA", why=NV))
    # not carried, incl. near misses
    add(case(B, "do you sell lipstick remover", "abstain", why=NC))
    add(case(B, "有卸妆水吗", "abstain", why=NC))
    add(case(B, "mascara??", "abstain", why=NC))
    add(case(B, "有眼影盘吗 想要大地色", "abstain", why=NC))
    add(case(B, "do you have a hair straightener too", "abstain", why=NC))
    add(case(B, "卷发棒有吗", "abstain", why=NC))
    add(case(B, "conditioner to go with the shampoo?", "abstain", why=NC))
    add(case(B, "有护发素吗", "abstain", why=NC))
    add(case(B, "any electric shavers", "abstain", why=NC))
    add(case(B, "冲牙器有卖吗", "abstain", why=NC))
    add(case(B, "牙膏有吗 配牙刷一起买", "abstain", why=NC))
    add(case(B, "eye cream?", "abstain", why=NC))
    add(case(B, "有眼霜吗", "abstain", why=NC))
    add(case(B, "nail polish in red?", "abstain", why=NC))
    add(case(B, "hand cream how much", "abstain", why=NC))
    # to the streamer
    add(case(B, "how old are you btw", "abstain", why=HOST))
    add(case(B, "where are you streaming from", "abstain", why=HOST))
    add(case(B, "主播哪里人啊 口音好好听", "abstain", why=HOST))
    add(case(B, "what's your own skincare routine", "abstain", why=HOST))
    add(case(B, "主播皮肤好好 平时熬夜吗", "abstain", why=HOST))
    # policies
    add(case(B, "free shipping to germany?", "policy", policy="shipping"))
    add(case(B, "满多少包邮 我在法国", "policy", policy="shipping"))
    add(case(B, "how long does delivery take to spain", "policy", policy="shipping"))
    add(case(B, "do you ship to the UK??", "policy", policy="shipping-limits"))
    add(case(B, "能寄瑞士吗", "policy", policy="shipping-limits"))
    add(case(B, "can i return the foundation if the shade is wrong? i'll have opened it", "policy",
             policy="returns"))
    add(case(B, "拆了的口红能退吗", "policy", policy="returns"))
    add(case(B, "klarna?", "policy", policy="payment"))
    add(case(B, "can i pay with ideal", "policy", policy="payment"))
    add(case(B, "能用支付宝吗 多少钱能分期", "policy", policy="payment"))
    add(case(B, "do i get free samples with my order", "policy", policy="loyalty"))
    add(case(B, "积分怎么用啊", "policy", policy="loyalty"))
    add(case(B, "小样能自己选吗", "policy", policy="loyalty"))
    add(case(B, "hair dryer warranty how long", "policy", policy="warranty"))
    add(case(B, "牙刷保修几年", "policy", policy="warranty"))
    # deals and comparisons
    add(case(B, "any discount codes today?", "deals"))
    add(case(B, "今天有啥活动 满减吗", "deals"))
    add(case(B, "deals?? 🙏", "deals"))
    add(case(B, "直播间有专属价吗", "deals"))
    add(case(B, "serum vs moisturiser which is cheaper", "compare", skus=["SERUM-C15", "MOIST-HYDRA"]))
    add(case(B, "吹风机和电动牙刷哪个贵", "compare", skus=["DRYER-AEROLUX", "TOOTHBRUSH-SONIQ"]))
    add(case(B, "is the 100ml perfume better value than the 50?", "compare",
             skus=["PERFUME-100ML", "PERFUME-50ML"]))
    add(case(B, "8支装刷头和4支装哪个划算", "compare", skus=["HEADS-8PK", "HEADS-4PK"]))
    add(case(B, "spf30 vs spf50 price diff?", "compare", skus=["SUN-SPF30", "SUN-SPF50"]))
    return r


def _sample() -> list[AnswerCase]:
    r: list[AnswerCase] = []
    add = r.append
    add(case(S, "牛腱子多钱一斤啊", "price", sku="BEEF-SHANK-1KG"))
    add(case(S, "beef how much per kilo? and is it frozen", "price", sku="BEEF-SHANK-1KG"))
    add(case(S, "鸡蛋一个合多少钱", "price", sku="EGG-FREERANGE-30"))
    add(case(S, "30 eggs for how much lol", "price", sku="EGG-FREERANGE-30"))
    add(case(S, "玉米咋卖 一根多少", "price", sku="CORN-SWEET-10"))
    add(case(S, "tv how much in usd", "price", sku="TV-4K-65"))
    add(case(S, "电视机多钱 包安装不", "price", sku="TV-4K-65"))
    add(case(S, "空气炸锅现在到手价多少", "price", sku="AIRFRYER-6L"))
    add(case(S, "扫地机多少米", "price", sku="VACUUM-ROBOT-X7"))
    add(case(S, "how much is the rice cooker, the IH one", "price", sku="RICECOOKER-IH-4L"))
    add(case(S, "净水器什么价位", "price", sku="PURIFIER-RO-800"))
    add(case(S, "鹅绒被多钱 有两米三的吗", "price", sku="DUVET-GOOSE-WINTER"))
    add(case(S, "how much for a box of apples", "price", sku="APPLE-FUJI-5KG"))
    add(case(S, "香米一公斤合多少", "price", sku="RICE-JASMINE-5KG"))
    add(case(S, "yogurt price per cup?", "price", sku="YOGURT-GREEK-12"))
    add(case(S, "how much is it for two packs", "price", on_air="BEEF-SHANK-1KG", sku="BEEF-SHANK-1KG"))
    add(case(S, "这个到手多少", "price", on_air="RICECOOKER-IH-4L", sku="RICECOOKER-IH-4L"))
    add(case(S, "还有牛肉吗 刚进直播间", "stock", sku="BEEF-SHANK-1KG"))
    add(case(S, "air fryer sold out already??", "stock", sku="AIRFRYER-6L"))
    add(case(S, "酸奶还剩多少 抢得到吗", "stock", sku="YOGURT-GREEK-12"))
    add(case(S, "电视还有货吗", "stock", sku="TV-4K-65"))
    add(case(S, "duvet any left or gone", "stock", sku="DUVET-GOOSE-WINTER"))
    add(case(S, "牛肉是草饲的不", "fact", sku="BEEF-SHANK-1KG", fact="全程吃草"))
    add(case(S, "beef shank how long in an instant pot", "fact", sku="BEEF-SHANK-1KG",
             fact="40 minutes in a pressure cooker"))
    add(case(S, "牛肉几斤装的", "fact", sku="BEEF-SHANK-1KG", fact="2 × 500 g"))
    add(case(S, "eggs how big? like grams each", "fact", sku="EGG-FREERANGE-30", fact="50 g each"))
    add(case(S, "鸡蛋能做溏心蛋吗 能生吃不", "fact", sku="EGG-FREERANGE-30", fact="建议煮熟后食用"))
    add(case(S, "这个多少枚一盒", "fact", on_air="EGG-FREERANGE-30", sku="EGG-FREERANGE-30", fact="30枚"))
    add(case(S, "is the corn precooked or raw", "fact", sku="CORN-SWEET-10", fact="steamed"))
    add(case(S, "玉米要放冰箱吗", "fact", sku="CORN-SWEET-10", fact="常温9个月"))
    add(case(S, "greek yogurt how much protein", "fact", sku="YOGURT-GREEK-12", fact="8.5 g per 100 g"))
    add(case(S, "酸奶保质期几天啊", "fact", sku="YOGURT-GREEK-12", fact="21天"))
    add(case(S, "do u wax the apples or nah", "fact", sku="APPLE-FUJI-5KG", fact="not waxed"))
    add(case(S, "苹果多大个的", "fact", sku="APPLE-FUJI-5KG", fact="80-85"))
    add(case(S, "where's the rice from", "fact", sku="RICE-JASMINE-5KG", fact="Surin"))
    add(case(S, "香米煮饭水放多少合适", "fact", sku="RICE-JASMINE-5KG", fact="1比1.2"))
    add(case(S, "tv refresh rate? for my ps5", "fact", sku="TV-4K-65", fact="120 Hz"))
    add(case(S, "电视有几个HDMI口", "fact", sku="TV-4K-65", fact="3 × HDMI 2.1"))
    add(case(S, "电视多重 我想挂墙上", "fact", sku="TV-4K-65", fact="18.5 kg"))
    add(case(S, "这个是几寸的", "fact", on_air="TV-4K-65", sku="TV-4K-65", fact="65英寸"))
    add(case(S, "airfryer wattage?? my kitchen fuse is weak", "fact", sku="AIRFRYER-6L", fact="1500 W"))
    add(case(S, "炸锅能放下一整只鸡吗", "fact", sku="AIRFRYER-6L", fact="1.3公斤"))
    add(case(S, "what colour is this one", "fact", on_air="AIRFRYER-6L", sku="AIRFRYER-6L",
             fact="sage green"))
    add(case(S, "robot vacuum loud? i work nights", "fact", sku="VACUUM-ROBOT-X7", fact="55 dB"))
    add(case(S, "扫地机能扫地毯吗 家里有猫毛", "fact", sku="VACUUM-ROBOT-X7", fact="自动增压"))
    add(case(S, "扫地机充一次能扫多久", "fact", sku="VACUUM-ROBOT-X7", fact="180分钟"))
    add(case(S, "rice cooker big enough for a family of six?", "fact", sku="RICECOOKER-IH-4L",
             fact="2 to 8 people"))
    add(case(S, "电饭煲内胆啥材质的", "fact", sku="RICECOOKER-IH-4L", fact="铜釜"))
    add(case(S, "does the water purifier need a plug", "fact", sku="PURIFIER-RO-800", fact="booster pump"))
    add(case(S, "净水器多久换一次芯", "fact", sku="PURIFIER-RO-800", fact="12个月"))
    add(case(S, "duvet fill power?", "fact", sku="DUVET-GOOSE-WINTER", fact="800"))
    add(case(S, "被子可以丢洗衣机洗吗", "fact", sku="DUVET-GOOSE-WINTER", fact="建议干洗"))
    add(case(S, "is ur beef halal certified", "abstain", sku="BEEF-SHANK-1KG"))
    add(case(S, "牛肉有没有打激素", "abstain", sku="BEEF-SHANK-1KG"))
    add(case(S, "are the eggs organic certified", "abstain", sku="EGG-FREERANGE-30"))
    add(case(S, "玉米是有机的吗", "abstain", sku="CORN-SWEET-10"))
    add(case(S, "does the yogurt have gelatin in it", "abstain", sku="YOGURT-GREEK-12"))
    add(case(S, "苹果是今年的新果吗", "abstain", sku="APPLE-FUJI-5KG"))
    add(case(S, "is the jasmine rice gluten free", "abstain", sku="RICE-JASMINE-5KG"))
    add(case(S, "tv got a webcam for video calls?", "abstain", sku="TV-4K-65"))
    add(case(S, "电视有开机广告吗", "abstain", sku="TV-4K-65"))
    add(case(S, "air fryer has a rotisserie thing?", "abstain", sku="AIRFRYER-6L"))
    add(case(S, "扫地机能爬多高的门槛", "abstain", sku="VACUUM-ROBOT-X7"))
    add(case(S, "扫地机器人能语音控制吗", "abstain", sku="VACUUM-ROBOT-X7"))
    add(case(S, "does the rice cooker come with a steamer basket", "abstain", sku="RICECOOKER-IH-4L"))
    add(case(S, "净水器能直接出热水吗", "abstain", sku="PURIFIER-RO-800"))
    add(case(S, "is the duvet ok for allergies", "abstain", sku="DUVET-GOOSE-WINTER"))
    add(case(S, "这个能放微波炉吗", "abstain", on_air="YOGURT-GREEK-12", sku="YOGURT-GREEK-12"))
    add(case(S, "有卖羊肉吗", "abstain", why=NC))
    add(case(S, "猪肉多少钱一斤", "abstain", why=NC))
    add(case(S, "do you have a microwave tonight", "abstain", why=NC))
    add(case(S, "冰箱有吗 双开门的", "abstain", why=NC))
    add(case(S, "洗碗机多少钱", "abstain", why=NC))
    add(case(S, "有鸭蛋吗", "abstain", why=NC))
    add(case(S, "有纯牛奶卖吗", "abstain", why=NC))
    add(case(S, "枕头有卖吗 配被子", "abstain", why=NC))
    add(case(S, "how much is the soundbar for the tv", "abstain", why=NC))
    add(case(S, "主播你是东北的吗", "abstain", why=HOST))
    add(case(S, "what's the song playing rn", "abstain", why=HOST))
    add(case(S, "老张你多高啊", "abstain", why=HOST))
    add(case(S, "新疆能发吗 想买牛肉", "policy", policy="shipping-remote"))
    add(case(S, "包邮不 我在成都", "policy", policy="shipping-standard"))
    add(case(S, "how fast do u ship to shanghai", "policy", policy="shipping-standard"))
    add(case(S, "do you ship to hong kong", "policy", policy="shipping-remote"))
    add(case(S, "扫地机坏了保修几年", "policy", policy="warranty"))
    add(case(S, "开发票吗 公司要报销", "policy", policy="invoice"))
    add(case(S, "花呗能分期吗", "policy", policy="payment"))
    add(case(S, "牛肉收到化了能退吗", "policy", policy="returns"))
    add(case(S, "有优惠券领吗", "deals"))
    add(case(S, "any flash sale rn?", "deals"))
    add(case(S, "今晚有啥福利", "deals"))
    add(case(S, "电饭煲跟空气炸锅哪个便宜", "compare", skus=["RICECOOKER-IH-4L", "AIRFRYER-6L"]))
    add(case(S, "tv or robot vacuum, which costs more", "compare", skus=["TV-4K-65", "VACUUM-ROBOT-X7"]))
    add(case(S, "鸡蛋和酸奶哪个划算", "compare", skus=["EGG-FREERANGE-30", "YOGURT-GREEK-12"]))
    return r


def _apparel() -> list[AnswerCase]:
    r: list[AnswerCase] = []
    add = r.append
    add(case(A, "jeans how much in euros", "price", sku="JEANS-SLIM"))
    add(case(A, "牛仔裤多钱 有34腰吗", "price", sku="JEANS-SLIM"))
    add(case(A, "v neck tee price? thinking of getting three", "price", sku="TEE-VNECK"))
    add(case(A, "T恤咋卖", "price", sku="TEE-VNECK"))
    add(case(A, "merino sweater $$?", "price", sku="SWEATER-MERINO"))
    add(case(A, "毛衣多少钱 卖完了？", "price", sku="SWEATER-MERINO"))
    add(case(A, "rain jacket how much rn", "price", sku="JACKET-RAIN"))
    add(case(A, "冲锋衣现价多少", "price", sku="JACKET-RAIN"))
    add(case(A, "canvas kicks how much", "price", sku="SNEAKER-CANVAS"))
    add(case(A, "帽子多少钱一顶", "price", sku="BEANIE-WOOL"))
    add(case(A, "how much is this", "price", on_air="JACKET-RAIN", sku="JACKET-RAIN"))
    add(case(A, "这个多钱 两件有优惠吗", "price", on_air="TEE-VNECK", sku="TEE-VNECK"))
    add(case(A, "merino sweater restock when??", "stock", sku="SWEATER-MERINO"))
    add(case(A, "毛衣断货了？", "stock", sku="SWEATER-MERINO"))
    add(case(A, "tee still in stock? saw it going fast", "stock", sku="TEE-VNECK"))
    add(case(A, "雨衣还有货吗 要L码", "stock", sku="JACKET-RAIN"))
    add(case(A, "jeans are they stretchy", "fact", sku="JEANS-SLIM", fact="slight stretch"))
    add(case(A, "牛仔裤什么面料 纯棉吗", "fact", sku="JEANS-SLIM", fact="98%棉"))
    add(case(A, "what inseam lengths for the jeans", "fact", sku="JEANS-SLIM", fact="30 / 32 / 34"))
    add(case(A, "牛仔裤怎么洗", "fact", sku="JEANS-SLIM", fact="冷水反面机洗"))
    add(case(A, "牛仔裤是高腰的吗", "fact", sku="JEANS-SLIM", fact="中腰"))
    add(case(A, "what sizes does this come in", "fact", on_air="JEANS-SLIM", sku="JEANS-SLIM",
             fact="28 to 38"))
    add(case(A, "is the white tee see through 👀", "fact", sku="TEE-VNECK", fact="not see-through"))
    add(case(A, "T恤洗了会变小吗", "fact", sku="TEE-VNECK", fact="缩水不到3%"))
    add(case(A, "what colours does the tee come in", "fact", sku="TEE-VNECK", fact="heather grey"))
    add(case(A, "这件什么料子", "fact", on_air="TEE-VNECK", sku="TEE-VNECK", fact="精梳棉"))
    add(case(A, "羊毛衫贴身穿会痒吗", "fact", sku="SWEATER-MERINO", fact="可以贴身穿"))
    add(case(A, "sweater colours?", "fact", sku="SWEATER-MERINO", fact="oatmeal"))
    add(case(A, "can i throw the merino in the washer", "fact", sku="SWEATER-MERINO", fact="wool cycle"))
    add(case(A, "does the raincoat got a hood or nah", "fact", sku="JACKET-RAIN", fact="adjustable hood"))
    add(case(A, "冲锋衣防水多少", "fact", sku="JACKET-RAIN", fact="10000毫米"))
    add(case(A, "jacket packable? for travel", "fact", sku="JACKET-RAIN", fact="packs into its own pocket"))
    add(case(A, "帆布鞋能机洗吗", "fact", sku="SNEAKER-CANVAS", fact="gentle cold cycle"))
    add(case(A, "帆布鞋有多少码的", "fact", sku="SNEAKER-CANVAS", fact="35到45"))
    add(case(A, "有红色吗", "fact", on_air="SNEAKER-CANVAS", sku="SNEAKER-CANVAS", fact="白、黑、红"))
    add(case(A, "beanie what's it made of", "fact", sku="BEANIE-WOOL", fact="70% wool"))
    add(case(A, "帽子有几个颜色", "fact", sku="BEANIE-WOOL", fact="芥末黄"))
    add(case(A, "are the jeans made in the usa", "abstain", sku="JEANS-SLIM"))
    add(case(A, "is the tee organic cotton", "abstain", sku="TEE-VNECK"))
    add(case(A, "毛衣会起球吗", "abstain", sku="SWEATER-MERINO"))
    add(case(A, "rain jacket have pit zips?", "abstain", sku="JACKET-RAIN"))
    add(case(A, "冲锋衣带抓绒内胆吗", "abstain", sku="JACKET-RAIN"))
    add(case(A, "are the sneakers vegan", "abstain", sku="SNEAKER-CANVAS"))
    add(case(A, "帆布鞋防滑吗 下雨天穿", "abstain", sku="SNEAKER-CANVAS"))
    add(case(A, "beanie has a pom pom?", "abstain", sku="BEANIE-WOOL"))
    add(case(A, "这个透气吗", "abstain", on_air="BEANIE-WOOL", sku="BEANIE-WOOL"))
    add(case(A, "jeans in a 40 waist?", "abstain", sku="JEANS-SLIM", why=NV))
    add(case(A, "tee in XS?", "abstain", sku="TEE-VNECK", why=NV))
    add(case(A, "毛衣有XXL吗", "abstain", sku="SWEATER-MERINO", why=NV))
    add(case(A, "sneakers in green?", "abstain", sku="SNEAKER-CANVAS", why=NV))
    add(case(A, "do you have jean shorts", "abstain", why=NC))
    add(case(A, "有卫衣吗", "abstain", why=NC))
    add(case(A, "any socks to go with the sneakers", "abstain", why=NC))
    add(case(A, "有没有皮带", "abstain", why=NC))
    add(case(A, "scarf to match the beanie?", "abstain", why=NC))
    add(case(A, "有羽绒服吗", "abstain", why=NC))
    add(case(A, "hiking boots?", "abstain", why=NC))
    add(case(A, "where did you get your earrings", "abstain", why=HOST))
    add(case(A, "你多高啊主播", "abstain", why=HOST))
    add(case(A, "free shipping over how much?", "policy", policy="shipping"))
    add(case(A, "买多少才包邮", "policy", policy="shipping"))
    add(case(A, "can i swap the jeans for another size if they dont fit", "policy", policy="returns"))
    add(case(A, "换码要钱吗", "policy", policy="returns"))
    add(case(A, "klarna available?", "policy", policy="payment"))
    add(case(A, "能用paypal吗", "policy", policy="payment"))
    add(case(A, "寄过来要几天", "policy", policy="shipping"))
    add(case(A, "any promo code", "deals"))
    add(case(A, "今天有折扣吗", "deals"))
    add(case(A, "what's discounted tonight", "deals"))
    add(case(A, "jeans or jacket cheaper lol", "compare", skus=["JEANS-SLIM", "JACKET-RAIN"]))
    add(case(A, "T恤和帽子哪个便宜", "compare", skus=["TEE-VNECK", "BEANIE-WOOL"]))
    add(case(A, "sneakers vs jeans price", "compare", skus=["SNEAKER-CANVAS", "JEANS-SLIM"]))
    return r


def _snack() -> list[AnswerCase]:
    r: list[AnswerCase] = []
    add = r.append
    add(case(K, "牛肉干多钱一包", "price", sku="JERKY-SPICY-250"))
    add(case(K, "jerky per small pack how much", "price", sku="JERKY-SPICY-250"))
    add(case(K, "坚果一天一袋合多少钱", "price", sku="NUTS-DAILY-30"))
    add(case(K, "mixed nuts $ ?", "price", sku="NUTS-DAILY-30"))
    add(case(K, "海苔多钱一箱", "price", sku="SEAWEED-CRISPY-12"))
    add(case(K, "芒果干咋卖的", "price", sku="MANGO-DRIED-500"))
    add(case(K, "瓜子一斤多少", "price", sku="SEEDS-SUNFLOWER-1KG"))
    add(case(K, "milk tea powder how much in dollars", "price", sku="MILKTEA-POWDER-20"))
    add(case(K, "奶茶一杯合几块", "price", sku="MILKTEA-POWDER-20"))
    add(case(K, "how much is this box", "price", on_air="NUTS-DAILY-30", sku="NUTS-DAILY-30"))
    add(case(K, "这个多少钱一袋", "price", on_air="SEEDS-SUNFLOWER-1KG", sku="SEEDS-SUNFLOWER-1KG"))
    add(case(K, "海苔还有多少 要抢吗", "stock", sku="SEAWEED-CRISPY-12"))
    add(case(K, "mango in stock?", "stock", sku="MANGO-DRIED-500"))
    add(case(K, "瓜子有货没", "stock", sku="SEEDS-SUNFLOWER-1KG"))
    add(case(K, "nuts still available?? 🥜", "stock", sku="NUTS-DAILY-30"))
    add(case(K, "牛肉干是麻辣的还是五香的", "fact", sku="JERKY-SPICY-250", fact="麻辣"))
    add(case(K, "jerky how spicy, im weak lol", "fact", sku="JERKY-SPICY-250", fact="mala"))
    add(case(K, "牛肉干配料有啥", "fact", sku="JERKY-SPICY-250", fact="牛肉、辣椒、花椒"))
    add(case(K, "jerky shelf life?", "fact", sku="JERKY-SPICY-250", fact="9 months"))
    add(case(K, "这个一包多少克", "fact", on_air="JERKY-SPICY-250", sku="JERKY-SPICY-250", fact="250克"))
    add(case(K, "坚果里都有啥", "fact", sku="NUTS-DAILY-30", fact="核桃"))
    add(case(K, "nuts salted or not? bp issues", "fact", sku="NUTS-DAILY-30", fact="no added salt"))
    add(case(K, "坚果保质期多久", "fact", sku="NUTS-DAILY-30", fact="6个月"))
    add(case(K, "海苔啥口味", "fact", sku="SEAWEED-CRISPY-12", fact="海盐"))
    add(case(K, "seaweed ok for my toddler", "fact", sku="SEAWEED-CRISPY-12", fact="lightly salted"))
    add(case(K, "dried mango from where", "fact", sku="MANGO-DRIED-500", fact="Cebu"))
    add(case(K, "芒果干甜不甜 加糖没", "fact", sku="MANGO-DRIED-500", fact="少量白砂糖"))
    add(case(K, "芒果干是软的还是脆的", "fact", sku="MANGO-DRIED-500", fact="有嚼劲"))
    add(case(K, "这个是哪里产的", "fact", on_air="MANGO-DRIED-500", sku="MANGO-DRIED-500", fact="菲律宾宿务"))
    add(case(K, "瓜子啥味的", "fact", sku="SEEDS-SUNFLOWER-1KG", fact="焦糖"))
    add(case(K, "奶茶粉一条冲多少水", "fact", sku="MILKTEA-POWDER-20", fact="150毫升"))
    add(case(K, "can i make the milk tea iced", "fact", sku="MILKTEA-POWDER-20", fact="cold water and ice"))
    add(case(K, "奶茶粉保质期多久", "fact", sku="MILKTEA-POWDER-20", fact="18个月"))
    add(case(K, "牛肉干有防腐剂吗", "abstain", sku="JERKY-SPICY-250"))
    add(case(K, "坚果是今年的新货吗", "abstain", sku="NUTS-DAILY-30"))
    add(case(K, "海苔是韩国进口的吗", "abstain", sku="SEAWEED-CRISPY-12"))
    add(case(K, "is the seaweed gluten free", "abstain", sku="SEAWEED-CRISPY-12"))
    add(case(K, "does the dried mango have sulfites", "abstain", sku="MANGO-DRIED-500"))
    add(case(K, "奶茶粉含植脂末吗", "abstain", sku="MILKTEA-POWDER-20"))
    add(case(K, "这个孕妇能吃吗", "abstain", on_air="JERKY-SPICY-250", sku="JERKY-SPICY-250"))
    add(case(K, "瓜子有原味的吗", "abstain", sku="SEEDS-SUNFLOWER-1KG", why=NV))
    add(case(K, "牛肉干有不辣的吗 孩子吃", "abstain", sku="JERKY-SPICY-250", why=NV))
    add(case(K, "有辣条吗", "abstain", why=NC))
    add(case(K, "有猪肉脯吗", "abstain", why=NC))
    add(case(K, "薯片多少钱", "abstain", why=NC))
    add(case(K, "do u sell coffee too", "abstain", why=NC))
    add(case(K, "有开心果吗", "abstain", why=NC))
    add(case(K, "有芒果汁吗", "abstain", why=NC))
    add(case(K, "主播今天几点下播", "abstain", why=HOST))
    add(case(K, "主播你是四川人吗", "abstain", why=HOST))
    add(case(K, "顺丰发吗", "policy", policy="shipping"))
    add(case(K, "几点前下单能当天发", "policy", policy="shipping"))
    add(case(K, "拆开了不好吃能退吗", "policy", policy="returns"))
    add(case(K, "微信能付吗", "policy", policy="payment"))
    add(case(K, "can i pay by credit card", "policy", policy="payment"))
    add(case(K, "有满减吗", "deals"))
    add(case(K, "any bundle deals on snacks", "deals"))
    add(case(K, "牛肉干和芒果干哪个贵", "compare", skus=["JERKY-SPICY-250", "MANGO-DRIED-500"]))
    add(case(K, "nuts vs sunflower seeds which is cheaper", "compare",
             skus=["NUTS-DAILY-30", "SEEDS-SUNFLOWER-1KG"]))
    return r


def _outdoor() -> list[AnswerCase]:
    r: list[AnswerCase] = []
    add = r.append
    add(case(OD, "headlamp how much", "price", sku="LAMP-TRAIL-400"))
    add(case(OD, "头灯多钱", "price", sku="LAMP-TRAIL-400"))
    add(case(OD, "30磅狗粮多少钱", "price", sku="DOG-SALMON-30LB"))
    add(case(OD, "dog food 15 lb price? whats that per pound", "price", sku="DOG-SALMON-15LB"))
    add(case(OD, "炉头咋卖", "price", sku="STOVE-PICO"))
    add(case(OD, "cat litter how much in euro", "price", sku="LITTER-CLUMP-20"))
    add(case(OD, "4人帐篷多钱", "price", sku="TENT-RIDGE-4P"))
    add(case(OD, "2 person tent price + how heavy", "price", sku="TENT-RIDGE-2P"))
    add(case(OD, "黑色背包多少钱", "price", sku="PACK-DAY-20-BLACK"))
    add(case(OD, "登山杖一根多少钱", "price", sku="POLES-CARBON"))
    add(case(OD, "harness size L cost?", "price", sku="HARNESS-EASY-L"))
    add(case(OD, "饮水机多少钱", "price", sku="FOUNTAIN-PET-2L"))
    add(case(OD, "how much is this pair", "price", on_air="POLES-CARBON", sku="POLES-CARBON"))
    add(case(OD, "睡袋还有吗 冬天要去露营", "stock", sku="BAG-SUMMIT-20"))
    add(case(OD, "grey boots in stock? size 10", "stock", sku="BOOT-GRANITE-GREY"))
    add(case(OD, "XL胸背有货吗 金毛穿", "stock", sku="HARNESS-EASY-XL"))
    add(case(OD, "4p tent how many left", "stock", sku="TENT-RIDGE-4P"))
    add(case(OD, "red backpack still there?", "stock", sku="PACK-DAY-20-RED"))
    add(case(OD, "30lb dog food sold out?", "stock", sku="DOG-SALMON-30LB"))
    add(case(OD, "headlamp lumens?", "fact", sku="LAMP-TRAIL-400", fact="400 lumens"))
    add(case(OD, "头灯充满电能亮多久", "fact", sku="LAMP-TRAIL-400", fact="40小时"))
    add(case(OD, "is this rechargeable", "fact", on_air="LAMP-TRAIL-400", sku="LAMP-TRAIL-400", fact="USB-C"))
    add(case(OD, "狗粮含谷物吗", "fact", sku="DOG-SALMON", fact="brown rice and oats"))
    add(case(OD, "dog food ok for my 10 week puppy", "fact", sku="DOG-SALMON", fact="puppy formula"))
    add(case(OD, "狗粮蛋白质多少", "fact", sku="DOG-SALMON", fact="26%"))
    add(case(OD, "does the stove include a fuel canister", "fact", sku="STOVE-PICO", fact="sold separately"))
    add(case(OD, "炉子多重", "fact", sku="STOVE-PICO", fact="95克"))
    add(case(OD, "is the litter scented", "fact", sku="LITTER-CLUMP-20", fact="unscented"))
    add(case(OD, "can i flush the litter", "fact", sku="LITTER-CLUMP-20", fact="never the toilet"))
    add(case(OD, "帐篷一个人几分钟能搭好", "fact", sku="TENT-RIDGE", fact="10 minutes"))
    add(case(OD, "tent ok for snow?", "fact", sku="TENT-RIDGE", fact="3-season"))
    add(case(OD, "这个防水吗", "fact", on_air="TENT-RIDGE", sku="TENT-RIDGE", fact="3000毫米"))
    add(case(OD, "睡袋零下几度能用", "fact", sku="BAG-SUMMIT-20", fact="零下7度"))
    add(case(OD, "boots waterproof or just resistant", "fact", sku="BOOT-GRANITE",
             fact="waterproof breathable membrane"))
    add(case(OD, "登山鞋偏码吗", "fact", sku="BOOT-GRANITE", fact="true to size"))
    add(case(OD, "can i fit my 13 inch macbook in the daypack", "fact", sku="PACK-DAY-20",
             fact="hydration sleeve"))
    add(case(OD, "背包多少升的", "fact", sku="PACK-DAY-20", fact="20升"))
    add(case(OD, "is the squeeze filter ok against viruses", "fact", sku="FILTER-SQUEEZE",
             fact="not viruses"))
    add(case(OD, "filter how many gallons before it dies", "fact", sku="FILTER-SQUEEZE",
             fact="100000 gallons"))
    add(case(OD, "登山杖能折起来放包里吗", "fact", sku="POLES-CARBON", fact="不是折叠款"))
    add(case(OD, "poles how long do they go", "fact", sku="POLES-CARBON", fact="63 to 135 cm"))
    add(case(OD, "which harness size, my dog's chest is 60cm", "fact", sku="HARNESS-EASY", fact="M 50-66 cm"))
    add(case(OD, "饮水机吵吗 放卧室", "fact", sku="FOUNTAIN-PET-2L", fact="30 dB"))
    add(case(OD, "这个几升的", "fact", on_air="FOUNTAIN-PET-2L", sku="FOUNTAIN-PET-2L", fact="2升"))
    add(case(OD, "headlamp has a motion sensor?", "abstain", sku="LAMP-TRAIL-400"))
    add(case(OD, "头灯能调焦吗", "abstain", sku="LAMP-TRAIL-400"))
    add(case(OD, "is the dog food made in the usa", "abstain", sku="DOG-SALMON"))
    add(case(OD, "狗粮里有冻干吗", "abstain", sku="DOG-SALMON"))
    add(case(OD, "stove ok at high altitude", "abstain", sku="STOVE-PICO"))
    add(case(OD, "litter safe for kittens?", "abstain", sku="LITTER-CLUMP-20"))
    add(case(OD, "帐篷带地布吗", "abstain", sku="TENT-RIDGE"))
    add(case(OD, "can two of the sleeping bags zip together", "abstain", sku="BAG-SUMMIT-20"))
    add(case(OD, "pet fountain dishwasher safe?", "abstain", sku="FOUNTAIN-PET-2L"))
    add(case(OD, "这个有质检报告吗", "abstain", on_air="HARNESS-EASY", sku="HARNESS-EASY"))
    add(case(OD, "boots in size 14?", "abstain", sku="BOOT-GRANITE", why=NV))
    add(case(OD, "daypack in blue?", "abstain", sku="PACK-DAY-20", why=NV))
    add(case(OD, "胸背有XXL吗", "abstain", sku="HARNESS-EASY", why=NV))
    add(case(OD, "6 person tent?", "abstain", sku="TENT-RIDGE", why=NV))
    add(case(OD, "do you sell tent stakes", "abstain", why=NC))
    add(case(OD, "有气罐卖吗 配炉头", "abstain", why=NC))
    add(case(OD, "cat food?", "abstain", why=NC))
    add(case(OD, "猫砂盆有吗", "abstain", why=NC))
    add(case(OD, "有防潮垫吗", "abstain", why=NC))
    add(case(OD, "有狗绳吗 配胸背", "abstain", why=NC))
    add(case(OD, "bear spray in stock?", "abstain", why=NC))
    add(case(OD, "bro do you actually hike", "abstain", why=HOST))
    add(case(OD, "主播在哪个城市啊", "abstain", why=HOST))
    add(case(OD, "ship to hawaii?", "policy", policy="shipping-limits"))
    add(case(OD, "能寄加拿大吗", "policy", policy="shipping-limits"))
    add(case(OD, "opened dog food can i return it", "policy", policy="returns"))
    add(case(OD, "胸背尺码不对能换吗", "policy", policy="returns"))
    add(case(OD, "tent warranty?", "policy", policy="warranty"))
    add(case(OD, "afterpay?", "policy", policy="payment"))
    add(case(OD, "包邮门槛多少", "policy", policy="shipping"))
    add(case(OD, "any deals on camping stuff", "deals"))
    add(case(OD, "有活动价吗", "deals"))
    add(case(OD, "headlamp vs stove cheaper?", "compare", skus=["LAMP-TRAIL-400", "STOVE-PICO"]))
    add(case(OD, "2人和4人帐篷差多少钱", "compare", skus=["TENT-RIDGE-2P", "TENT-RIDGE-4P"]))
    add(case(OD, "brown or grey boots which is cheaper", "compare",
             skus=["BOOT-GRANITE-BROWN", "BOOT-GRANITE-GREY"]))
    return r


def _more() -> list[AnswerCase]:
    """A second pass over the development shops, written after the first."""
    return [
        case(S, "有卖榴莲的吗", "abstain", why=NC),
        case(S, "how much is a dozen eggs", "price", sku="EGG-FREERANGE-30"),
        case(S, "牛肉能寄到西藏吗", "policy", policy="shipping-remote"),
        case(S, "is the duvet too hot for summer", "abstain", sku="DUVET-GOOSE-WINTER"),
        case(S, "电饭煲能做蛋糕吗", "fact", sku="RICECOOKER-IH-4L", fact="cake"),
        case(S, "有没有电热水壶", "abstain", why=NC),
        case(A, "jeans come in petite?", "abstain", sku="JEANS-SLIM", why=NV),
        case(A, "有没有儿童款T恤", "abstain", why=NC),
        case(A, "毛衣是羊绒的吗", "fact", sku="SWEATER-MERINO", fact="100%美利奴羊毛"),
        case(A, "beanie one size? my head is huge lol", "fact", sku="BEANIE-WOOL", fact="one size fits most"),
        case(A, "帆布鞋是哪国生产的", "abstain", sku="SNEAKER-CANVAS"),
        case(K, "海苔一箱有几包", "fact", sku="SEAWEED-CRISPY-12", fact="12小包装"),
        case(K, "有没有无糖的芒果干", "abstain", sku="MANGO-DRIED-500", why=NV),
        case(K, "奶茶粉含糖量多少", "abstain", sku="MILKTEA-POWDER-20"),
        case(K, "有没有巧克力", "abstain", why=NC),
        case(K, "瓜子空壳多不多", "abstain", sku="SEEDS-SUNFLOWER-1KG"),
        case(OD, "headlamp got a red light?", "fact", sku="LAMP-TRAIL-400", fact="red night light"),
        case(OD, "狗粮是哪个国家产的", "abstain", sku="DOG-SALMON"),
        case(OD, "can i use the stove inside the tent", "abstain", sku="STOVE-PICO"),
        case(OD, "猫砂是豆腐砂吗", "fact", sku="LITTER-CLUMP-20", fact="bentonite clay"),
        case(OD, "sleeping bag how heavy", "fact", sku="BAG-SUMMIT-20", fact="1.1 kg"),
        case(OD, "有没有儿童睡袋", "abstain", why=NC),
        case(OD, "do you sell a bottle for the filter", "abstain", why=NC),
        case(OD, "登山杖是铝的还是碳的", "fact", sku="POLES-CARBON", fact="碳纤维"),
        case(OD, "fountain needs batteries?", "fact", sku="FOUNTAIN-PET-2L", fact="1.5 m USB"),
        case(OD, "有没有猫抓板", "abstain", why=NC),
        case(K, "有卖茶叶蛋吗", "abstain", why=NC),
        case(A, "雨衣有儿童尺码吗", "abstain", sku="JACKET-RAIN", why=NV),
    ]


# ---------------------------------------------------------------- the live-chat corpus
# Asks written for the chat only (label 1): (on_air, text)
CHAT_ASKS: list[tuple[int, str]] = [
    (1, "link for the cream pls 🙏"), (0, "where do i buy the red lipstick"), (0, "怎么买啊 找不到链接"),
    (1, "几号链接啊"), (1, "小黄车第几个"), (1, "在哪拍啊姐妹"), (1, "能不能再便宜点"),
    (0, "发什么快递的"), (0, "寄到荷兰几天"), (0, "有赠品吗"), (1, "这个色号黄皮能用吗"),
    (1, "this shade for olive skin??"), (1, "is this the 50 or the 100ml"), (1, "这个是多少毫升的"),
    (1, "上个链接呗 找不到"), (0, "can u drop the link again"), (1, "link?? cant find it"),
    (1, "cart is empty where is it"), (0, "how do i use the points"), (0, "积分能抵现吗"),
    (1, "what spf is this"), (1, "这个防晒多少倍"), (1, "does it come in a bigger size"),
    (1, "有大瓶装吗"), (1, "is the price for one or two"), (1, "这个价格是一瓶还是两瓶"),
    (0, "do you ship to austria"), (0, "能寄到意大利吗"), (0, "can I pay later?"),
    (1, "how many do i get in the pack"), (1, "一盒几片啊"), (0, "do the samples come in every order"),
    (1, "油皮亲妈吗这个"), (1, "干皮能冲吗"), (1, "敏感肌能用不"), (1, "混油适合哪个色"),
    (1, "what's the difference between the 2 sizes besides price"), (1, "两个规格有啥区别"),
    (1, "is it cruelty free?"), (1, "孕妇能用吗这个"), (1, "这个味道重吗"), (1, "does it smell strong"),
    (1, "咋卖的"), (1, "多钱啊姐"), (1, "家人们这个多少钱 刚来"), (1, "price??? just joined"),
    (1, "how much is this set"), (1, "这套多少钱"), (0, "toothbrush heads sold separately?"),
    (0, "刷头单独卖吗"), (0, "is there a 2 for 1 on the lipsticks"), (0, "口红买二送一吗"),
    (1, "还有几件"), (1, "how many are left"), (1, "库存还有多少 我犹豫一下"),
    (1, "能备注色号吗"), (1, "can i choose the colour at checkout"), (0, "怎么选色号啊 下单的时候"),
    (0, "what's the return window"), (0, "不喜欢能退吗"), (0, "用过了能退吗 过敏了"),
    (0, "does shipping to belgium cost extra"), (0, "比利时包邮吗"), (1, "这个吹风机多重"),
    (1, "hair dryer plug is EU?"), (1, "多少瓦的"), (1, "watts??"), (1, "how long does the battery last"),
    (1, "续航多久"), (1, "防水吗"), (1, "is it waterproof"), (0, "do u have a discount for first order"),
    (0, "新人有优惠吗"), (0, "会员价多少"), (1, "does the price include vat"), (1, "含税吗"),
    (0, "when will 04 be restocked"), (0, "04什么时候补货"), (1, "foundation shade 05 or 06 for me? im nc45"),
    (0, "can i get the 8 pack and the toothbrush together cheaper"), (0, "牙刷和刷头一起买便宜吗"),
    (1, "what's the link number for the perfume"), (1, "香水是几号链接"),
    (0, "does the beef come frozen"), (0, "牛肉冷冻发货吗"), (1, "what size is this tv"),
    (1, "这个电视多大"), (0, "rice cooker or air fryer which one for a small kitchen"),
    (0, "小厨房买哪个好 电饭煲还是炸锅"), (1, "jeans link plz"), (1, "裤子链接在哪"),
    (0, "what's the cheapest thing tonight"), (0, "今晚最便宜的是哪个"), (1, "tee in navy?"),
    (1, "有藏青色吗这个"), (1, "does it run big"), (1, "偏大还是偏小"), (1, "我165 120斤穿什么码"),
    (1, "im 5'6 what size"), (0, "jerky link?"), (0, "牛肉干哪个链接"), (1, "好吃吗这个 辣不辣"),
    (1, "is it very spicy"), (0, "ship to hk?"), (0, "能发香港吗"), (1, "tent link?"),
    (1, "帐篷几号链接"), (0, "dog food for small dogs?"), (0, "小狗能吃这个狗粮吗"),
    (1, "how heavy is it"), (1, "这个多重啊"), (0, "which one is on sale"), (0, "哪个在打折"),
    (1, "does it come with a case"), (1, "送收纳包吗"), (0, "how do i apply the code"),
    (0, "优惠券在哪领"), (0, "can i order for my mum in france"), (0, "帮我妈在法国下单可以吗"),
    (1, "this one or the serum for dark spots?"), (1, "淡斑选这个还是精华"),
    (1, "dryer comes with the diffuser right?"), (1, "送扩散嘴吗"),
    (0, "are samples full size or mini"), (0, "小样是中样吗"), (1, "有试色吗 看看上嘴"),
    (1, "can you swatch berry crush"), (1, "swatch the coral pls"), (1, "试一下浆果色"),
    (1, "拿近点看看色号"), (1, "show the 02 up close pls"), (0, "how big are the samples"),
    (1, "is this the spf 50 one?"), (1, "这是50倍的吗"), (0, "how long till it arrives in warsaw"),
    (0, "波兰几天能到"), (1, "whats the price after discount"), (1, "折后多少"),
    (0, "any code for returning customers"), (0, "老粉有优惠吗"), (1, "what's it made of"),
    (1, "什么材质的"), (1, "还有别的颜色吗"), (1, "other colours?"), (1, "多大容量的"),
    (1, "能用多久一瓶"), (1, "how long does one bottle last"), (0, "paypal ok?"), (0, "能刷卡吗"),
    (1, "HOW MUCH IS THE PERFUME SIS"), (1, "PRICE ON THE DRYER???"), (1, "多钱多钱多钱 快说"),
    (1, "那个牙刷多少 刚没听清"), (1, "sorry missed it, how much was the razor"), (1, "刚说的多少钱来着"),
]
# Not asks (label 0): replies to the host, remarks, jokes with product words, streamer talk
CHAT_TALK: list[tuple[int, str]] = [
    (1, "yes I have oily skin"), (1, "dry skin here 🙋‍♀️"), (1, "混油皮报道"), (1, "我是干皮"),
    (1, "已拍"), (1, "拍了拍了"), (1, "拍了两瓶"), (1, "got it thanks!"), (1, "ok ty"), (1, "收到"),
    (1, "mine came yesterday, love it"), (1, "我上次买的已经用完了 回购"), (1, "回购第三次了"),
    (1, "i have the 03 and it's perfect for me"), (1, "03是真的自然"), (1, "04卖完了呜呜"),
    (0, "my wallet is sold out lol"), (0, "this hair dryer is louder than my ex"),
    (0, "主播的口红色号好好看"), (0, "好想要但是没钱"), (0, "钱包：你礼貌吗"), (0, "吃土了家人们"),
    (0, "spent my whole paycheck on perfume again 💀"), (0, "my bathroom cabinet is 90% serums"),
    (1, "I already ordered the toothbrush"), (1, "已下单 等发货"), (1, "付款了"), (1, "抢到了！！！"),
    (1, "没抢到 哭了"), (1, "手慢了"), (0, "下次一定"), (0, "看看不买"), (0, "just here for the vibes"),
    (0, "lurking 👀"), (0, "hi from lyon!"), (0, "greetings from rotterdam"), (0, "来了来了"),
    (0, "主播好美"), (0, "姐姐好白"), (0, "your hair looks so good today"), (0, "love your eyeliner"),
    (0, "how old are you"), (0, "主播多大了"), (0, "are you married"), (0, "主播有男朋友吗"),
    (0, "where are you from originally"), (0, "主播是哪里人"), (0, "what camera do you stream with"),
    (0, "主播用的什么麦克风"), (0, "do you have a cat?? i heard meowing"), (0, "主播家猫叫什么名字"),
    (0, "what time do you go live tomorrow"), (0, "明天几点播"), (0, "is this your real hair"),
    (0, "主播今天好累的样子"), (0, "did you eat yet"), (0, "主播吃饭了吗"),
    (1, "yesss"), (1, "好的好的"), (1, "明白了"), (1, "懂了 谢谢"), (1, "i'll wait for payday"),
    (1, "等发工资再买"), (1, "我在德国 已经收到了"), (1, "arrived in 3 days to vienna, fast"),
    (1, "包装好精致"), (1, "the packaging is so cute"), (1, "smells like my grandma's garden lol"),
    (1, "闻起来像夏天"), (1, "this sunscreen saved my vacation"), (1, "防晒真的不泛白 实测"),
    (1, "我用了一个月 斑淡了"), (1, "used it for a month, no breakouts"), (1, "敏感肌用着还行"),
    (0, "lipstick on my teeth again 🙃"), (0, "口红吃掉了哈哈"), (0, "my razor is older than me"),
    (0, "brushes? I use my fingers 😂"), (0, "用手指涂粉底的举手"), (0, "face mask = 15 min of peace"),
    (0, "敷面膜看直播 绝配"), (0, "hair dryer goes brrrr"), (0, "吹风机吹出了发型师的感觉"),
    (0, "toothbrush is the best invention ever"), (0, "牙刷震得我脑壳疼哈哈"),
    (1, "yeah the coral is cute"), (1, "珊瑚色好适合夏天"), (1, "ruby red is THE red"),
    (1, "正红yyds"), (1, "nude rose is my everyday"), (1, "裸玫瑰通勤绝了"),
    (0, "chat is moving so fast"), (0, "弹幕好快"), (0, "first time here"), (0, "第一次来"),
    (0, "who else is watching from bed"), (0, "躺床上看的举手"), (0, "hello everyone"),
    (0, "大家晚上好"), (0, "good night chat"), (0, "晚安了家人们"), (0, "brb"), (0, "马上回来"),
    (0, "mod pls ban that guy"), (0, "房管管管"), (0, "stop spamming"), (0, "别刷屏了"),
    (0, "the music is too loud"), (0, "背景音乐太大声了"), (0, "can't hear you"), (0, "没声音了"),
    (0, "stream lagging for anyone else?"), (0, "卡了卡了"), (0, "画面卡住了"),
    (0, "is it just me or is it frozen"),
    (1, "my mom uses that cream"), (1, "我妈也用这个面霜"), (1, "my sister has that perfume"),
    (1, "闺蜜送过我这个香水"), (0, "beef?? in a beauty stream lmao"), (0, "this is giving 2016 tumblr"),
    (0, "she ate"), (0, "slay"), (0, "mother is mothering"), (0, "绝绝子"), (0, "太顶了"),
    (0, "救命好好看"), (0, "爱了爱了"), (0, "我哭死"), (0, "笑死我了"), (0, "哈哈哈哈哈哈嗝"),
    (0, "lmaooo"), (0, "no way 😭"), (0, "real"), (0, "fr fr"), (0, "W streamer"), (0, "L chat"),
    (0, "ratio"), (0, "main character energy"), (0, "it's the confidence for me"),
    (1, "I'm nc30 btw"), (1, "我是黄一白"), (1, "冷白皮"), (1, "i'm fair with pink undertones"),
    (1, "my skin is super sensitive so i'll patch test first"), (1, "我先买小样试试"),
    (1, "ok adding to cart"), (1, "加购了"), (1, "先收藏"), (1, "saved for later"),
    (0, "when is the giveaway"), (0, "抽奖什么时候开始"), (0, "I never win anything lol"),
    (0, "我从来没中过奖"), (0, "good luck everyone"), (0, "祝大家好运"),
    (1, "the tv looks huge"), (1, "电视好大"), (1, "air fryer changed my life"), (1, "空气炸锅真的好用"),
    (1, "beef looks so good"), (1, "牛肉看着好香"), (1, "饿了"), (1, "i'm hungry now thanks"),
    (1, "jeans look comfy"), (1, "牛仔裤版型好好看"), (1, "jerky is addictive"), (1, "牛肉干yyds"),
    (1, "my dog loves salmon"), (1, "我家狗就吃这个牌子"), (1, "tent looks sturdy"), (1, "帐篷看着好结实"),
    (0, "the apple in the corner is fake right"), (0, "旁边那个苹果是装饰吧哈哈"),
    (0, "eggs-actly what i needed"), (0, "corny joke incoming"), (0, "你这是在玉米地里直播吗"),
    (0, "this stream is nuts"), (0, "我裂开了"), (0, "seeds of doubt lol"), (0, "心态崩了"),
    (0, "chill, it's just shampoo"), (0, "洗头是不可能洗头的"), (0, "my hair type is 'tired'"),
    (0, "我的发质是熬夜型"), (0, "sunscreen? i live in belgium, what sun"), (0, "比利时哪有太阳"),
    (0, "razor sharp jokes today"), (0, "你的段子好锋利"), (0, "serum? i barely know 'er"),
    (1, "thank you for explaining the shades"), (1, "谢谢主播讲解色号"), (1, "that was helpful"),
    (1, "讲得好清楚"), (1, "ok i'll get the 50ml first"), (1, "先买50毫升的试试"),
    (1, "no i don't have sensitive skin"), (1, "不敏感"), (1, "i'm combo skin"), (1, "混干"),
    (1, "yes!!!"), (1, "要要要"), (1, "想要"), (1, "want"), (1, "need"), (1, "me me me"),
    (0, "happy birthday to the mod!"), (0, "祝房管生日快乐"), (0, "congrats on 10k followers"),
    (0, "恭喜主播破万粉"), (0, "who's here from tiktok"), (0, "抖音过来的"),
    (0, "what game are you playing after"), (0, "下播玩什么游戏"),
]

# pieces of the noise lines
EMOTES = ["KEKW", "LUL", "PogChamp", "Pog", "OMEGALUL", "Kappa", "monkaS", "PepeHands", "catJAM",
          "widepeepoHappy", "Sadge", "EZ", "POGGERS", "HeyGuys", "5Head", "peepoClap", "Clap",
          "PepeLaugh", "FeelsGoodMan", "BibleThump", "<3", "pepeD", "NODDERS", "COPIUM", "Aware"]
EMOJI = ["😂", "😍", "🔥", "💄", "💅", "✨", "🥰", "😭", "👏", "💖", "🙌", "😱", "🤑", "💸", "🧴", "💋",
         "🌸", "😎", "🥹", "🤣", "❤️", "💯", "🫶", "👀"]
ZH_HYPE = ["哈哈哈", "666", "好好好", "来了", "冲冲冲", "绝了", "yyds", "awsl", "太可了", "泪目", "牛",
           "好看", "爱了", "买买买", "家人们", "妈呀", "啊啊啊", "支持", "打call", "前排"]
USERS = ["lena_b", "MarieCurieous", "kasia.k", "JoJo_88", "sunnyside_nl", "pixie_dust", "Tomek",
         "GlowGetter", "luca.r", "小鱼儿", "橘子汽水", "momo酱", "阿杰", "星星眼", "猫猫头", "nightowl",
         "beautybyana", "Sven_O", "chloe_xo", "ramen_king", "喵喵喵", "大白菜", "快乐小狗", "sakura_21"]
GIFTS_EN = ["a rose", "a heart", "a Galaxy", "a lipstick sticker", "5 subs", "a Lion", "a TikTok",
            "a doughnut", "100 bits", "a Finger Heart", "an Ice Cream Cone"]
GIFTS_ZH = ["小心心", "棒棒糖", "小电视飞船", "辣条", "告白气球", "嘉年华", "粉丝团灯牌", "玫瑰",
            "火箭", "口红"]
BOT_CMDS = ["!points", "!uptime", "!discord", "!lurk", "!socials", "!followage", "!song", "!giveaway",
            "!watchtime", "!hug", "!dice", "!8ball"]


def _noise(rnd: random.Random) -> list[tuple[int, int, str]]:
    """Emote walls, hype, chants, gifts, bot commands and their output (label 0)."""
    out: list[tuple[int, int, str]] = []
    for _ in range(420):  # emote walls
        e = rnd.choice(EMOTES)
        k = rnd.randint(2, 9)
        out.append((0, rnd.randint(0, 1), " ".join([e] * k) if rnd.random() < .6 else
                    " ".join(rnd.choice(EMOTES) for _ in range(k))))
    for _ in range(260):  # emoji walls
        k = rnd.randint(2, 12)
        out.append((0, rnd.randint(0, 1), "".join(rnd.choice(EMOJI) for _ in range(k))))
    for _ in range(380):  # Chinese hype and danmaku
        k = rnd.randint(1, 3)
        words = [rnd.choice(ZH_HYPE) * rnd.randint(1, 3) for _ in range(k)]
        out.append((0, rnd.randint(0, 1), rnd.choice(["", "!", "！！", "~", " "]).join(words)
                    + rnd.choice(["", "！", "~~", "🔥", "😂", "!!!"])))
    for n in range(2, 30):  # number spam and chants
        out.append((0, 1, "1" * n))
        out.append((0, 1, "扣" + "1" * (n % 9 + 1) + rnd.choice(["", "！", "!!", "扣1"])))
        out.append((0, rnd.randint(0, 1), "6" * (n + 1) + rnd.choice(["", "6", "！", "主播"])))
    for chant in ["上链接上链接上链接", "上链接！上链接！上链接！", "上链接上链接上链接上链接上链接",
                  "上链接 上链接 上链接 冲", "链接链接链接！！！", "LINK LINK LINK", "DROP IT DROP IT",
                  "扣1上链接扣1上链接", "家人们扣1 扣1扣1", "888888888", "222222 不要走", "冲冲冲冲冲冲"]:
        out.append((0, 1, chant))
    for _ in range(120):  # gifts and subs
        u = rnd.choice(USERS)
        if rnd.random() < .5:
            out.append((0, rnd.randint(0, 1), rnd.choice([
                f"{u} sent {rnd.choice(GIFTS_EN)}", f"{u} gifted {rnd.randint(1, 20)} subs!",
                f"{u} just subscribed with Prime. They've subscribed for {rnd.randint(2, 40)} months!",
                f"{u} cheered {rnd.choice([100, 250, 500, 1000])} bits",
                f"{u} is now a VIP", f"{u} joined the fan club"])))
        else:
            out.append((0, rnd.randint(0, 1), rnd.choice([
                f"{u} 送出了 {rnd.choice(GIFTS_ZH)} x{rnd.randint(1, 99)}", f"{u} 加入了粉丝团",
                f"{u} 投喂了{rnd.choice(GIFTS_ZH)}", f"感谢 {u} 送的{rnd.choice(GIFTS_ZH)}",
                f"{u} 点亮了粉丝灯牌", f"{u} 来了"])))
    for _ in range(110):  # other bots: commands and their output
        u = rnd.choice(USERS)
        pick = rnd.random()
        if pick < .35:
            out.append((0, rnd.randint(0, 1), rnd.choice(BOT_CMDS) + rnd.choice(["", "", f" @{u}", " pls"])))
        elif pick < .6:
            out.append((0, rnd.randint(0, 1),
                        f"@{u} you have {rnd.randint(10, 90)},{rnd.randint(100, 999)} glow coins"
                        if rnd.random() < .5 else
                        f"{u} has {rnd.randint(5, 9999)} points (rank #{rnd.randint(1, 400)})"))
        elif pick < .8:
            out.append((0, rnd.randint(0, 1), f"Stream has been live for {rnd.randint(0, 5)}h "
                                              f"{rnd.randint(1, 59)}m {rnd.randint(1, 59)}s"))
        else:
            out.append((0, rnd.randint(0, 1), rnd.choice([
                f"@{u} has been following for {rnd.randint(1, 40)} months",
                f"Now playing: lofi beats vol. {rnd.randint(1, 30)}",
                f"Nightbot: join the discord discord.gg/glow{rnd.randint(10, 99)}",
                f"StreamElements: {u} won {rnd.randint(50, 5000)} points in roulette!",
                f"Moobot: {u} is lurking, enjoy!"])))
    return out


# ---------------------------------------------------------------- dedup and writing
def _key(text: str) -> str:
    """The text as compared across sets: normalised (NFKC, case-fold, simplified Chinese),
    without whitespace, punctuation or emoji. Empty for a line of emoji or punctuation only."""
    return re.sub(r"[\W_]+", "", normalize(text))


def _existing() -> set[str]:
    """The keys of every line and question in the other sets under data/."""
    keys: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name != f"chat_{NAME}.tsv":
            texts, _, _ = read_corpus(path)
            keys.update(_key(t) or t for t in texts)
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name != f"answers_{NAME}.jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    q = str(json.loads(line)["question"])
                    keys.add(_key(q) or q)
    return keys


def _beauty_kept() -> tuple[list[AnswerCase], list[AnswerCase]]:
    """The beauty shop's questions for the suite (every must-abstain one and every other
    answerable one, so the shop stays near a quarter of the suite) and the rest, which stand
    in the chat as asks."""
    kept: list[AnswerCase] = []
    rest: list[AnswerCase] = []
    i = 0
    for row in _beauty():
        if row["expect"] == "abstain":
            kept.append(row)
        else:
            (kept if i % 2 == 0 else rest).append(row)
            i += 1
    return kept, rest


def answers() -> list[AnswerCase]:
    seen = _existing()
    out: list[AnswerCase] = []
    beauty, _ = _beauty_kept()
    for row in [*beauty, *_sample(), *_apparel(), *_snack(), *_outdoor(), *_more()]:
        k = _key(row["question"]) or row["question"]
        if k in seen:
            continue
        seen.add(k)
        out.append(row)
    return out


def chat(rows: list[AnswerCase]) -> list[tuple[int, int, str]]:
    rnd = random.Random(SEED)
    lines: list[tuple[int, int, str]] = []
    for i, row in enumerate(rows):  # every other suite ask stands in the chat too, and every
        if i % 2 and row.get("why") != HOST:  # question to the streamer (there a 0: not the shop's)
            continue
        lines.append((0 if row.get("why") == HOST else 1, 1 if row["on_air"] else rnd.randint(0, 1),
                      row["question"]))
    lines += [(1, 1 if row["on_air"] else rnd.randint(0, 1), row["question"]) for row in _beauty_kept()[1]]
    lines += [(1, air, t) for air, t in CHAT_ASKS]
    lines += [(0, air, t) for air, t in CHAT_TALK]
    lines += _noise(rnd)
    seen = _existing()  # then each line's own key, so no two lines differ only in case or emoji
    out: list[tuple[int, int, str]] = []
    for label, air, text in lines:
        text = " ".join(text.split())
        k = _key(text) or text
        if not text or k in seen:
            continue
        seen.add(k)
        out.append((label, air, text))
    rnd.shuffle(out)
    return out


def main() -> None:
    rows = answers()
    with (HERE / f"answers_{NAME}.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    lines = chat(rows)
    with (HERE / f"chat_{NAME}.tsv").open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in lines:
            f.write(f"{label}\t{air}\t{text}\n")
    print(f"answers_{NAME}", len(rows), f"chat_{NAME}", len(lines), "asks", sum(x[0] for x in lines))


if __name__ == "__main__":
    main()
