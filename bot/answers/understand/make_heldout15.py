"""The fifteenth held-out set: data/chat_heldout15.tsv and data/answers_heldout15.jsonl.

Written by hand in one session by a helper with no view of the bot's answers, its fixes or the
earlier held-out generators (only their normalised text was loaded, to drop repeats). The team
never reads this file or its output: only bench totals.

The show: a Malaysian car accessories & motorcycle gear live sale (the "car" shop of
make_suite.HELDOUT_SHOPS, tests/fixtures/shops/car_catalog.yaml, prices in ringgit), streamed
from a shop lot in Shah Alam to TikTok Shop and Twitch at once. The host does the dash cam, the
helmet, the wipers and the jump starter on camera, and the chat is mixed:

* Malaysians in Manglish and Bahasa rojak ("berapa ni boss", "ada stok lagi tak", "COD boleh?",
  "pos Sabah berapa hari", "boleh pakai untuk Myvi?", "sy dah order", "kasi murah sikit la");
* Malaysian Chinese in simplified Chinese with Malaysian words and Cantonese/Hokkien bits
  (几多钱, 有现货吗老板, 寄东马几天, 巴刹, 吃风, 酱紧, 扣1, 上链接);
* US/UK TikTok-Shop and Twitch chatters: Gen-Z slang, car-enthusiast jargon ("will the h7 fit
  my golf mk7"), emote walls, copypastas, other bots' commands and their outputs, raids, subs
  and gifted subs, "1" and "+1" chants, questions to the streamer about himself, car talk that
  names products but asks nothing, jokes, and questions that are not for the shop.

Chat labels: 1 = a question or request the shop's facts or policies answer (price, stock,
size/fit, compatibility, specs, delivery, payment, returns, warranty, installation, deals, "send
the link"), with or without a question mark, deictic ("yang ni berapa", "这个几多") when a
product is on air, one word ("harga?", "stok?"), typos and no spaces included; 0 = everything
else, product words and all. on_air says whether a product was on camera when it was typed.

The answer suite asks the car shop (20-30 %) and the nine earlier held-out shops (gadget,
beauty, fitness, pets, baby, tools, jewel, brew, bedding), with a few rows on the dev shops
(sample, apparel, snack, outdoor); a third or more must be abstained on: products not carried,
facts the listing does not state, questions to the host, and traps (a yes/no the listing does
not answer, a price in a currency the shop does not state, a car model the listing does not
name, "cheapest in Malaysia?", "can you give discount?").

Run: python -m bot.answers.understand.make_heldout15
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout15.tsv"
ANSWERS = HERE / "answers_heldout15.jsonl"


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


# -- the chat -------------------------------------------------------------------------------
# One line each: "<label> <on_air> <text>", label 1 = an ask the shop's facts or policies
# answer, on_air 1 = a product was on camera. Blank lines are skipped.

# Malaysians in Manglish and Bahasa rojak: asks
MALAY_ASKS = """
1 1 berapa ni boss
1 1 yang ni berapa bos
1 1 ada stok lagi tak
1 0 COD boleh ke tak
1 0 pos sabah berapa hari sampai
1 1 boleh pakai untuk myvi?
1 1 bro confirm ori ke? ada warranty?
1 1 harga dashcam ni brp
1 1 dashcam 64gb dgn 128gb beza brp ringgit
1 1 helmet ni size M ada lagi?
1 1 saiz XL helmet dah habis ke
1 1 helmet ni ada sirim x
1 1 topi keledar ni berat ke bos
1 1 kepala sy besar 61cm muat saiz apa
1 1 helmet ni ada visor gelap dalam tak
1 1 wiper 24 inci ada?
1 1 wiper myvi lama 2012 saiz brp ye
1 0 wiper bezza saiz apa bos
1 1 wiper jual sebatang ke sepasang
1 1 wiper ni boleh pasang kereta lama tak yg hook U
1 1 pam angin ni boleh pam tayar lori x
1 1 pam tayar ni cas guna apa, type c ke
1 1 pam ni auto stop ke bila cukup angin
1 1 pam tayar basikal anak boleh?
1 1 holder fon ni muat phone besar tak, saya guna note
1 1 holder ni lekat aircond ke dashboard
1 1 holder ni boleh cas wireless tak
1 1 jumper ni boleh start kereta diesel?
1 1 jump starter ni tinggal berapa biji
1 1 jump starter boleh guna lori 24v ke tak
1 1 jump starter tu sekali cas boleh start brp kali
1 0 tuala microfiber ada pack 10 ke
1 1 kain microfiber tu size brp cm
1 1 pewangi kereta ni tahan berapa lama
1 1 pewangi bau sakura ada lg?
1 1 pewangi ni ada alkohol ke
1 1 sarung tangan ni boleh touch screen?
1 1 sarung tangan saiz M ada stok
1 1 glove ni ada pelindung knuckle keras ke
1 1 baju hujan ni ada saiz XXL?
1 1 baju hujan ni kalis air betul ke
1 1 baju hujan ada seluar sekali ke baju je
1 1 lampu led H4 harga brp sepasang
1 1 mentol H7 ada stok x
1 1 lampu led ni putih ke kuning
1 1 lampu ni lulus jpj tak bro
1 1 seat cover ni muat kereta 7 seater?
1 1 sarung kusyen warna hitam ada lagi
1 1 sarung seat beige brp
1 1 seat cover boleh basuh ke lap je
1 1 vakum kereta bila restock
1 1 vacuum tu wireless ke pakai wayar
1 1 vacuum ni boleh sedut pasir tak
1 1 charger kereta ni fast charge ke
1 1 charger ni ada kabel sekali tak
1 1 minyak rantai ni sesuai motor kapcai?
1 1 spray rantai ni brp sebotol
1 1 pos ke sarawak brp
1 0 hantar ke miri ambik masa brp lama
1 0 kalau beli rm150 free pos kan?
1 0 pos ke johor berapa hari
1 0 boleh bayar guna shopeepay?
1 0 fpx boleh ke
1 0 ada ansuran atome tak
1 0 boleh bayar guna tng ewallet?
1 0 kalau barang rosak boleh tukar?
1 0 helmet tak muat boleh tukar saiz tak
1 0 waranti dashcam brp lama
1 0 warranty jump starter ada tak
1 0 boleh claim warranty macam mana
1 0 ada servis pasang dashcam kat shah alam?
1 0 pasang dashcam wiring tersorok berapa caj
1 0 korang pasang kat rumah tak? sy kat bangi
1 1 ada diskaun tak hari ni
1 1 promo apa hari ni boss
1 0 free gift ada tak kalau beli dashcam
1 1 link mana bos
1 1 link pls bos nak checkout
1 1 bos pin link helmet
1 1 mana nak beli wiper tu, link?
1 1 harga?
1 1 stok?
1 1 brp
1 1 yg ni brapa
1 1 yg ni ada saiz S?
1 1 warna grey seat cover ada?
1 1 bos yg kelabu tu harga lain ke
1 1 128 gb punya stok ada tak
1 1 dashcam ni ada gps x
1 1 dashcam ni rakam belakang sekali ke
1 1 dashcam ni boleh sambung phone?
1 1 kamera dashboard ni malam jelas tak
1 1 kad memori dah ada dalam box ke
1 1 dashcam ni boleh guna kad 256?
1 1 parking mode ada tak dashcam ni
1 0 kit hardwire tu jual asing ke
1 1 helmet ni ada bluetooth?
1 1 helmet ni warna lain ada tak selain hitam
1 1 helmet ni boleh cabut span dalam basuh?
1 1 wiper 16 dgn 24 total brp
1 1 wiper ni guna untuk cermin belakang boleh?
1 1 pam angin tu ada lampu suluh tak
1 1 pam angin ni berat tak nak simpan dlm dashboard
1 1 jumper ni ada klip terbalik protection tak
1 1 towel tu boleh lap cermin tak berbekas?
1 1 pewangi ni klip kat aircond kan
1 1 glove ni kalis air x
1 1 saiz glove L untuk tapak tangan brp cm
1 1 baju hujan saiz L untuk tinggi brp
1 1 lampu h4 ni ada kipas?
1 1 led ni 12v je ke
1 1 seat cover ni ok tak dgn airbag tepi
1 1 seat cover ada penutup headrest sekali?
1 1 charger ni boleh lori 24v kan
1 1 pelincir rantai tu boleh guna basikal?
1 0 bos hantar ke labuan tak
1 0 boleh pos ke singapore tak barang ni
1 0 pos sg berapa bos
1 0 cod kat sabah boleh tak
1 0 boleh bayar kad kredit kan
1 0 boleh return kalau dah buka kotak?
1 0 refund brp hari masuk
1 1 berapa harga set helmet dgn glove
1 1 harga wiper 18 dengan 20 sama ke
1 1 dashcam harga promo sampai bila
1 1 helmet L ada brp biji lagi
1 1 yg vent ke dashboard lagi murah
1 1 sy nak yg 128gb, ada lagi kan?
1 1 bos jumper tu ada lagi x sy nak 1
1 1 ni yg bau lemon ke ocean
1 1 brp harga sebiji pewangi ocean
1 1 sarung tangan ni brp sepasang
1 1 baju hujan ni ada reflektor?
1 1 vakum ni kuat ke sedutan dia
1 1 vacuum ni wayar panjang tak sampai bonet belakang
1 1 charger ni ada port type c?
1 1 spray rantai ni warna putih ke
1 0 hantar ke kelantan lama x
1 0 order harini bila pos
1 0 cod ada limit berapa ringgit
1 1 helmet ni ada ECE tak bro
1 1 yang saiz M tu utk kepala brp cm
1 1 pam ni boleh pam bola futsal tak
1 1 lampu ni boleh pasang motor h4?
1 1 dashcam ni tahan panas tak parking tengah panas
1 1 boss dashcam tu skrin dia berapa inci
1 1 wiper tu getah dia jenis apa
1 1 pam tu brp psi max
1 1 jumper ni sesuai kereta 2.0 tak
1 1 skrg dashcam brp selepas diskaun
1 1 bos berapa kalau ambil 2 wiper
1 1 helmet tu brp kg
"""

# Malaysians in Manglish and Bahasa rojak: everything else
MALAY_CHATTER = """
0 1 murah gila weh
0 1 mantap bos
0 1 mantap la bro dashcam ni
0 0 otw balik kerja tgk live
0 1 sy dah order 2 wiper
0 1 dah checkout bos, tq
0 1 kasi murah sikit la bos hehe
0 0 assalamualaikum semua
0 0 salam bos dari kuantan
0 0 hadir dari kota bharu
0 0 jom tgk live bos azri
0 1 helmet ni lawa la matte black
0 1 cantik gila helmet tu
0 1 wah jump starter ni power la
0 0 semalam bateri kereta sy kong kat parking mydin
0 0 minggu lepas tayar pancit kat highway, nasib ada abang tolong
0 1 dashcam lama sy rosak dah, skrin hitam je
0 0 sy guna myvi 2018 je bos, takde apa2
0 0 myvi lagi power lol
0 1 haha bos demo pam tu laju siot
0 0 lapar la pulak tgk live ni
0 0 nak tapau nasi lemak dulu
0 0 dah makan ke bos
0 0 bos dah solat?
0 0 best la live harini
0 1 wiper lama sy bunyi kriuk2 time hujan
0 0 hujan lebat kat klang skrg
0 0 kat shah alam hujan tak
0 0 jam teruk federal harini
0 0 tol naik lagi ke tahun ni
0 0 minyak ron95 sekarang brp eh
0 0 bos live sampai pukul brp malam ni
0 0 esok live lagi tak
0 0 rindu live bos minggu lepas
0 0 first time tgk live ni
0 0 dari tiktok datang sini
0 0 share live ni kat group whatsapp dah
0 1 sy beli helmet ni bulan lepas, selesa gila
0 1 dah pakai wiper ni 3 bulan, senyap
0 1 pewangi lemon tu wangi sangat, bini sy suka
0 0 haha bini sy marah beli barang kereta lagi
0 0 gaji tak masuk lagi bos nanti la
0 0 tunggu gaji 25hb
0 0 sis pun tgk ni
0 0 anak sy tgk sekali hehe
0 0 hai semua
0 0 hai bos
0 0 semangat bos
0 0 terbaik bos
0 0 power la bos
0 0 gempak
0 0 lawak la bos ni
0 0 hahahaha
0 0 wkwkwk
0 0 kahkahkah
0 0 alamak
0 0 aduh
0 0 sedihnya sold out
0 1 alaa xl dah habis, lambat sikit
0 1 lambat sikit je dah habis
0 0 bos suara tak dengar
0 0 sound tersekat2
0 0 live lag ke internet sy
0 0 bos kamera kabur la
0 0 bos zoom sikit
0 0 bos tunjuk dekat sikit
0 1 bos try pakai helmet tu
0 1 bos demo jump start kereta tu
0 0 bos siapa nama cameraman tu
0 0 kirim salam kat kak mira
0 0 salam dari sandakan
0 0 kuching hadir
0 0 penang in the house
0 0 ipoh mali hadir
0 0 jb sini
0 0 sy dari seremban
0 0 melaka hadir bos
0 0 dari terengganu tengok
0 0 hadir dari alor setar
0 0 miri hadir
0 1 sy dah guna jumper brand lain, ok je
0 0 abg sy mekanik, dia kata dashcam wajib
0 0 pakcik sy accident hari tu, dashcam selamatkan dia
0 0 polis saman sy hari tu lampu terang sangat haha
0 1 lampu led mmg terang, mata org depan sakit lol
0 0 jgn pasang lampu terang sgt kesian org lain
0 0 betul tu bro
0 0 setuju
0 0 sokong
0 0 ya betul
0 0 tak setuju la
0 0 suka hati la
0 0 biasa la tu
0 0 relax la bro
0 0 chill bro
0 0 sabar bro
0 0 jgn gaduh
0 0 geng motor mana?
0 0 geng kapcai hadir
0 0 geng y15 angkat tangan
0 0 rxz forever
0 0 ex5 tahan lasak
0 0 sy bawa lori je bos
0 0 driver grab tgk live
0 0 foodpanda rider hadir
0 0 rider lalamove sini
0 0 hujan je kena redah, baju hujan wajib
0 1 baju hujan lama sy koyak dah
0 0 sarung tangan sy hilang kat mamak
0 0 mamak mana best kat shah alam
0 0 roti canai dengan teh tarik
0 0 teh o ais limau satu
0 0 milo ais
0 0 gosh sedap
0 0 lepak mamak lepas live
0 0 ok bos sy nak tidur dulu
0 0 bye bos
0 0 gtg, nanti tgk rakaman
0 0 jumpa esok
0 0 selamat malam semua
0 0 good night bos
0 0 take care
0 0 drive safe semua
0 0 hati2 bawa motor
0 0 pakai helmet elok2
0 0 jgn lupa pakai seatbelt
0 0 cuti sekolah dah nak mula
0 0 balik kampung raya nanti
0 0 raya ni balik kelantan
0 0 traffic balik kampung mmg gila
0 0 bos ada kereta apa sebenarnya
0 0 bos dulu kerja apa
0 0 bos umur brp ek
0 0 bos dah kahwin ke
0 0 bos ni orang mana
0 0 bos tinggal mana
0 0 bos bawa motor ke
0 0 bos pernah accident tak
0 0 bos ada ig tak
0 0 bos handsome harini
0 0 rambut baru bos
0 0 baju bos cantik
0 0 bos nampak penat
0 0 kesian bos live lama
0 0 minum air bos
0 0 lagu apa ni bos
0 0 tajuk lagu ni apa
0 0 sedap lagu ni
0 0 lagu hindustan la pulak
0 0 bos putar lagu siti
0 0 mana kak sue hari ni
0 0 adik bos ke tu
0 0 siapa tu kat belakang
0 0 kucing bos comel
0 0 ada kucing lalu haha
0 0 bunyi ayam ke tu
0 0 bising kat luar
0 0 hujan dah start kat situ?
0 0 panas gila harini
0 0 sy kat office curi2 tgk
0 0 boss sy ada kat belakang haha
0 0 cepat2 sebelum bos sy nampak
0 0 tq bos layan
0 0 thanks bos
0 0 terima kasih
0 0 tq
0 0 terima kasih byk2
0 1 terima kasih bos, barang sampai semalam
0 0 parcel sampai dah, kotak elok
0 0 pos laju cepat gila kali ni
0 0 j&t lambat sikit tapi ok
0 0 abang posmen baik
0 1 dah pasang dashcam sendiri ikut video, senang je
0 1 video pasang tu membantu gila
0 0 wiring dia sy buat sendiri
0 0 sy suruh bengkel pasang
0 0 bengkel dekat rumah caj rm50
0 0 mahal la bengkel sekarang
0 0 semua benda naik harga
0 0 ekonomi teruk
0 0 rezeki masing2
0 0 alhamdulillah
0 0 insyaallah bulan depan
0 0 amin
0 0 moga dimurahkan rezeki bos
0 1 jump starter ni memang penyelamat
0 1 sy ada pam ni dah setahun, ok lagi
0 1 pam angin ni mmg best simpan dlm bonet
0 0 dulu pam kat petrol station je
0 0 pam kat petronas rosak selalu
0 0 angin tayar kena check selalu
0 0 tayar botak bahaya
0 0 bro tukar tayar baru rm600 sebiji
0 0 kereta sy pancit 2 kali minggu ni
0 0 kena paku kat tapak projek
0 0 hahaha kesian
0 0 nasib baik takde apa
0 0 cerita sikit bos
0 0 bos cerita pasal accident tu
0 0 serius ke bos
0 0 biar betul
0 0 fuyoh
0 0 walaweh
0 0 mak aih
0 0 pergh
0 0 padu
0 0 steady bos
0 0 steady la
0 0 ngam
0 0 superb
0 0 gila babi lawak
0 0 kelakar
0 1 dashcam ni cun kecik je
0 1 seat cover beige nampak mewah
0 1 seat cover hitam lagi sesuai kereta sy
0 1 baju hujan navy ok la tak nampak kotor
0 1 glove ni ringan
0 0 sy pakai glove time panas je
0 0 panas sgt nak pakai glove
0 0 kena pakai jaket jugak
0 0 jaket kulit panas
0 0 kalau jatuh baru tau
0 0 pengalaman mengajar
0 1 helmet tu selamatkan nyawa kawan sy
0 0 rip kawan sy tahun lepas
0 0 al fatihah
0 0 takziah bro
0 0 hidup kena teruskan
0 0 okla bos sambung
0 0 next item bos
0 0 cepat la next
0 0 tunjuk produk lain pulak
0 0 bos tunjuk yg hari tu
0 0 bila nak giveaway
0 0 giveaway bila bos
0 0 nak join giveaway
0 0 sy tak pernah menang giveaway
0 0 tahniah yg menang
0 0 congrats yg dapat
0 0 wah bertuah dia
0 0 sy nak jugak
0 0 nak satu bos tapi tak de duit
0 0 duit takde la bos
0 0 nanti la bulan depan
0 0 save dulu
0 0 sy ss dulu
0 0 tunggu flash sale
0 0 tunggu 11.11
0 0 tunggu payday sale
0 0 dah add to cart, bayar nanti
0 0 troli dah penuh
0 1 dah beli pewangi 3 biji tq bos
0 1 order dah masuk, wiper 16 dgn 24
0 0 order no 1234 sy
0 0 dah bayar
0 0 dah transfer bos
0 0 sy dah tekan beli
0 0 tekan beli dah
"""

# Malaysian Chinese, simplified with local words: asks
CHINESE_ASKS = """
1 1 几多钱
1 1 这个几多钱老板
1 1 有现货吗老板
1 0 寄东马几天到
1 0 可以COD吗
1 1 这个适合Myvi吗
1 1 这个几多
1 1 行车记录仪几多钱
1 1 记录仪128G那个多少钱
1 1 64G的还有货吗
1 1 记录仪有后镜头吗
1 1 记录仪晚上清楚吗
1 1 记录仪可以连手机看吗
1 1 记录仪要插点烟器吗
1 1 停车的时候可以录吗
1 1 降压线有卖吗
1 1 记录仪送内存卡吗
1 1 记录仪是电池的吗 会不会爆
1 1 头盔有什么码
1 1 头盔L码还有吗
1 1 头盔XL卖完了吗
1 1 头盔几重
1 1 头盔有SIRIM的吗
1 1 头盔里面可以拆洗吗
1 1 头盔有墨镜片吗
1 1 我头围57选什么码
1 1 雨刷几多钱一支
1 1 雨刷16寸有吗
1 1 雨刷24寸还有货吗
1 1 Myvi雨刷几寸
1 1 雨刷可以装后面吗
1 1 雨刷是软骨的吗
1 1 打气泵几多
1 1 打气泵可以打脚车吗
1 1 打气泵会自动停吗
1 1 打气泵充电的吗
1 1 打气泵可以打罗里轮胎吗
1 1 手机架几多钱
1 1 手机架是夹冷气口的吗
1 1 手机架大手机夹得住吗
1 1 手机架可以装摩托吗
1 1 搭电宝还有吗
1 1 搭电宝可以搭柴油车吗
1 1 搭电宝24V罗里可以吗
1 1 搭电宝充满电可以搭几次
1 1 搭电宝可以当充电宝吗
1 1 毛巾几条一包
1 1 毛巾10条装多少钱
1 1 香薰有什么味道
1 1 樱花味还有吗
1 1 香薰可以用多久
1 1 香薰有酒精吗
1 1 手套有什么码
1 1 手套防水吗
1 1 手套可以触屏吗
1 1 雨衣有XXL吗
1 1 雨衣有裤子吗
1 1 雨衣有反光条吗
1 1 LED灯H4几多钱
1 1 LED灯H7还有吗
1 1 LED灯是白光吗
1 1 LED灯有风扇吗
1 1 LED灯可以过JPJ吗
1 1 座套有什么颜色
1 1 座套灰色还有吗
1 1 座套七人车可以吗
1 1 座套防水吗
1 1 座套有头枕套吗
1 1 吸尘器几时有货
1 1 吸尘器是无线的吗老板
1 1 吸尘器可以吸水吗
1 1 车充几多钱
1 1 车充可以快充吗
1 1 车充罗里可以用吗
1 0 寄沙巴运费几多
1 0 寄古晋要几天
1 0 满几多包邮
1 0 西马运费几多
1 0 寄新加坡吗
1 0 寄新加坡运费多少
1 0 可以用TNG吗
1 0 可以用ShopeePay吗
1 0 可以刷卡吗
1 0 可以分期吗
1 0 东马可以COD吗
1 0 可以退货吗
1 0 尺码不对可以换吗
1 0 记录仪保修多久
1 0 打气泵有保修吗
1 0 保修怎么claim
1 0 有帮装吗
1 0 装记录仪要几多钱
1 0 莎阿南哪里可以装
1 1 今天有什么优惠
1 1 有折扣吗老板
1 1 上链接
1 1 老板上链接
1 1 链接在哪里
1 1 求链接
1 1 黄色袋子在哪里
1 1 这个有什么颜色
1 1 这个有现货吗
1 1 这个还有吗
1 1 这个多重
1 1 这个可以用在摩托吗
1 1 这个适合Axia吗
1 1 这个适合Saga吗
1 1 这个几寸
1 1 这个是一对的吗
1 1 这个有保修吗
1 1 这个要充电吗
1 1 这个有几个码
1 1 这个可以退吗
1 1 这个是原装的吗
1 1 记录仪跟打气泵一起买几多
1 1 头盔加手套几多钱
1 1 两支雨刷几多钱
1 1 一对LED多少钱
1 1 老板记录仪现在几多
1 1 老板头盔M码几多
1 1 老板雨刷20寸几多
1 1 老板打气泵还剩几个
1 1 老板搭电宝剩几个
1 1 老板座套黑色几多
1 1 老板香薰几多一个
1 1 老板手套几多一双
1 1 老板雨衣几多一套
1 1 老板车充几多
1 1 老板链条油几多
1 1 链条油适合什么链条
1 1 链条油可以喷脚车吗
1 1 记录仪有GPS测速吗
1 1 记录仪屏幕几寸
1 1 记录仪视角几多度
1 1 头盔是什么壳
1 1 头盔有ECE吗
1 1 雨刷是什么胶
1 1 打气泵几多psi
1 1 打气泵电池几多毫安
1 1 手机架可以360度转吗
1 1 搭电宝几多A
1 1 毛巾几多GSM
1 1 香薰几多ml
1 1 手套掌心有加厚吗
1 1 雨衣帽子可以戴全盔吗
1 1 LED灯几多瓦
1 1 座套装起来要多久
1 1 吸尘器吸力几多
1 1 车充几多W
1 1 记录仪128G可以录几个钟
1 1 头盔S码适合几多头围
1 1 雨刷26寸的还有吗
1 1 打气泵可以打篮球吗
1 1 香薰会漏油吗
1 1 手套XL还剩几双
1 1 雨衣L码适合几高
1 1 座套可以装气囊座椅吗
1 1 吸尘器线有几长
1 1 车充有几个孔
1 0 寄美里几天到
1 0 寄纳闽有吗
1 0 今天下单几时寄
1 0 东马搭电宝为什么那么久
1 0 可以FPX吗
1 0 可以GrabPay吗
1 0 可以PayPal吗
1 0 退款几天到
1 0 头盔保修几久
1 0 LED灯保修多久
1 0 在门市买雨刷有帮装吗
"""

# Malaysian Chinese: everything else
CHINESE_CHATTER = """
0 1 扣1
0 1 111
0 1 已下单
0 1 已拍
0 1 拍了拍了
0 1 抢到了
0 1 没抢到哭了
0 1 手慢了
0 0 老板晚上好
0 0 大家晚上好
0 0 来了来了
0 0 报到
0 0 吉隆坡报到
0 0 槟城来的
0 0 新山报到
0 0 怡保的来签到
0 0 古晋的朋友在吗
0 0 沙巴来的 亚庇
0 0 巴生的有吗
0 0 马六甲报到
0 0 芙蓉的在这里
0 0 诗巫来看
0 1 老板好靓仔
0 1 头盔很sui
0 1 这个头盔很好看
0 1 哇这个记录仪好小
0 1 雨刷刮得好干净
0 1 打气泵好快
0 0 好料
0 0 够力
0 0 厉害
0 0 老板讲话好好笑
0 0 笑死
0 0 哈哈哈哈哈
0 0 哈哈
0 0 呵呵
0 0 酱紧张做么
0 0 不要酱啦
0 0 酱也可以咩
0 0 真的假的
0 0 是咩
0 0 对啊
0 0 对咯
0 0 好啦好啦
0 0 没事啦
0 0 算了咯
0 0 不懂咯
0 0 随便啦
0 0 可以啦
0 0 吃饱没
0 0 吃饱了老板
0 0 刚从巴刹回来
0 0 今天巴刹好多人
0 0 巴刹停车好难
0 1 上次在巴刹停车场电池没电 好糗
0 0 下个星期回乡下吃风
0 0 假期去金马仑吃风
0 0 去云顶吃风
0 0 周末去关丹吃风
0 0 吃风回来车子好脏
0 0 冷气坏了热死
0 0 车子冷气不冷要去修
0 0 今天好热
0 0 下大雨了
0 0 我这边水灾了
0 0 打雷好大声
0 0 塞车塞到头晕
0 0 大道塞死
0 0 联邦大道又塞
0 0 新街场塞车
0 0 油价又涨了
0 0 RON95几时起价
0 0 过路费又起
0 0 车贷还没还完
0 0 买车好贵
0 0 Myvi满街都是
0 0 Myvi是马来西亚国车之王
0 0 我的Axia还很耐
0 0 Saga开了十五年还在跑
0 0 X70好看
0 0 本田City比较好
0 0 我开丰田的
0 0 我骑Y15
0 0 电单车族报到
0 0 骑摩托上班的举手
0 0 骑摩托下雨最惨
0 1 雨衣很重要 下班刚好下雨
0 1 我之前的雨衣破了
0 0 我老公开罗里的
0 0 我爸开德士
0 0 我弟是grab司机
0 0 外卖员辛苦了
0 0 朋友撞车了还好没事
0 1 行车记录仪真的很重要 保险要看
0 1 上次被撞 还好有记录仪
0 1 我的记录仪坏了上个星期
0 1 旧的记录仪晒到鼓包了
0 0 车子放太阳下好热
0 0 老板声音好好听
0 0 老板讲中文好标准
0 0 老板会讲广东话吗
0 0 老板是哪里人
0 0 老板几岁
0 0 老板开什么车
0 0 老板自己有骑摩托吗
0 0 老板结婚了吗
0 0 老板住哪里
0 0 老板的店在哪里
0 0 老板几点下播
0 0 明天还有直播吗
0 0 下一场什么时候
0 0 这是直播还是录播
0 0 这首歌叫什么
0 0 背景音乐好听
0 0 换首歌啦
0 0 声音太小了
0 0 听不到声音
0 0 画面卡卡的
0 0 我这边好卡
0 0 是我的网络问题吗
0 0 镜头近一点
0 0 老板转一下
0 0 给我们看看后面
0 0 旁边那个是谁
0 0 助理好漂亮
0 0 小姐姐好可爱
0 0 猫咪出现了
0 0 有狗在叫
0 0 外面好吵
0 1 刚下单了记录仪 期待
0 1 我已经买了雨刷
0 1 买了两支雨刷了
0 1 香薰买了三个
0 1 上次买的打气泵很好用
0 1 搭电宝救了我一命
0 1 座套装好了很漂亮
0 1 手机架很稳
0 1 LED灯好亮
0 1 太亮了对面车会骂
0 0 晚上遇到大灯很亮的车很讨厌
0 0 远光灯乱开的人最讨厌
0 0 开车要小心
0 0 安全第一
0 0 下雨开慢一点
0 0 路滑
0 0 注意安全
0 0 大家开车小心
0 0 戴好头盔
0 0 骑车一定要戴头盔
0 1 头盔救过我一次
0 0 谢谢老板
0 0 谢谢
0 0 多谢
0 0 感谢分享
0 0 辛苦了老板
0 0 老板加油
0 0 加油
0 0 支持老板
0 0 一直支持
0 0 老粉来了
0 0 新粉报到
0 0 第一次来
0 0 从抖音来的
0 0 从小红书来的
0 0 朋友介绍来的
0 0 已关注
0 0 关注了
0 0 点赞
0 0 点赞点赞
0 0 分享了
0 0 双击666
0 0 666
0 0 6666
0 0 冲冲冲
0 0 冲啊
0 0 来了老弟
0 0 好的
0 0 收到
0 0 明白
0 0 了解
0 0 懂了
0 0 原来如此
0 0 学到了
0 0 长知识了
0 0 真的吗
0 0 不信
0 0 骗人的吧
0 0 我不相信
0 0 太夸张了
0 0 哪有那么好
0 0 吹牛
0 0 老板好会讲
0 0 老板口才好
0 0 老板可以去当演员
0 0 笑到肚子痛
0 0 我要睡觉了
0 0 晚安
0 0 拜拜
0 0 明天见
0 0 先走了
0 0 下次再来
0 0 等发工资再买
0 0 月底没钱
0 0 钱包说不
0 0 老婆不准买
0 0 老公说太贵
0 0 先收藏
0 0 先截图
0 0 加入购物车了
0 0 购物车满了
0 0 等双十一
0 0 等大促
0 0 等12.12
0 0 我在公司偷看
0 0 上班摸鱼
0 0 老板在后面
0 0 刚下班
0 0 在车上看
0 0 塞车中看直播
0 0 红灯看一下
0 0 开车不要看手机
0 0 哈哈被抓到了
0 0 我是乘客
0 0 副驾驶看直播
0 1 这个记录仪跟我朋友的一样
0 1 我朋友也用这个牌子
0 1 同事推荐的
0 1 我有一个了
0 1 我家已经有打气泵了
0 1 家里有三个头盔了
0 1 之前买的香薰味道很香
0 1 我喜欢海洋味
0 1 柠檬味太浓了
0 1 樱花味我最爱
0 0 香味因人而异
0 0 我对香味敏感
0 0 车里放香薰会头晕
0 0 不喜欢车里有味道
0 0 我喜欢无味
0 0 车子要常洗
0 0 我一个月洗一次车
0 0 洗车场很贵
0 0 自己洗比较干净
0 1 超细纤维毛巾洗车很好用
0 0 周末自己洗车
0 0 打蜡好累
0 0 车子被鸟屎
0 0 树胶掉在车上
0 0 停在树下很惨
0 0 猴子跳上车顶
0 0 哈哈猴子
0 0 在云顶被猴子抢东西
0 0 马来西亚好热
0 0 还是新加坡好
0 0 新加坡的朋友好
0 0 狮城来的
0 0 新币好强
0 0 马币好弱
0 0 换钱好亏
0 0 汇率又跌了
0 0 经济不好
0 0 生意难做
0 0 老板生意兴隆
0 0 恭喜发财
0 0 新年快乐
0 0 中秋快乐
0 0 屠妖节快乐
0 0 开斋节快乐
0 0 马来西亚加油
0 0 国庆快乐
0 0 Malaysia Boleh
0 0 大马人报到
0 0 我们大马人最爱吃
0 0 肚子饿了
0 0 想吃炒粿条
0 0 想吃肉骨茶
0 0 巴生肉骨茶最好
0 0 吃宵夜去
0 0 mamak档走起
0 0 来一杯拉茶
0 0 美禄恐龙
0 0 半夜吃nasi lemak
0 0 榴莲季节到了
0 0 猫山王好贵
0 0 榴莲放车里好臭
0 0 哈哈哈车里放榴莲
0 0 我上次车里放榴莲臭三天
0 1 香薰都压不住榴莲味
0 0 老板你笑起来好可爱
0 0 老板今天穿得好帅
0 0 老板的发型不错
0 0 老板瘦了
0 0 老板胖了哈哈
0 0 开玩笑的
0 0 别生气
0 0 老板人很好
0 0 回复我一下
0 0 老板看我
0 0 老板念我的名字
0 0 叫我一下
0 0 点我名字
0 0 老板偏心
0 0 不理我
0 0 哭哭
0 0 呜呜
0 0 好可惜
0 0 可惜卖完了
0 1 XL卖完了 好可惜
0 1 樱花味又卖完了
0 1 吸尘器都卖完了
0 0 下次早点来
0 0 每次都抢不到
0 0 手速不够快
0 0 网不好抢不到
0 0 有人抢到吗
0 0 恭喜抢到的
0 0 运气好
0 0 羡慕
0 0 我也要
0 0 给我一个
0 0 送我吧
0 0 抽奖吗
0 0 什么时候抽奖
0 0 抽到我吗
0 0 我从来没中过
0 0 中奖了开心
0 0 谢谢老板送的礼物
0 0 收到礼物了
0 0 包装很好
0 0 快递很快
0 0 两天就到了
0 0 东马也很快
0 1 记录仪收到了 画质很好
0 1 头盔收到了 尺码刚好
0 1 雨刷装上了 很安静
0 1 打气泵收到了 很小巧
0 1 装了LED 晚上好亮
0 1 座套颜色跟图片一样
0 0 五星好评
0 0 好评
0 0 回购了
0 0 第二次买了
0 0 推荐给朋友了
0 0 朋友也买了
0 0 全家都在用
"""

# TikTok-Shop and Twitch chatters, car people among them: asks
ENGLISH_ASKS = """
1 1 drop the link bestie
1 1 link?? need this dashcam fr
1 1 is this legit or nah, whats the warranty
1 1 does it fit a 2019 civic
1 1 will the h7 fit my golf mk7
1 1 how much is the dash cam in ringgit
1 1 whats the 128gb version cost
1 1 is the 64gb one still in stock
1 1 does the dashcam record the rear too
1 1 does the dashcam have gps or nah
1 1 how wide is the front cam angle
1 1 can it record while parked
1 1 is the hardwire kit included
1 1 does the dashcam come with an sd card
1 1 max sd card size for the vista?
1 1 is the helmet DOT approved
1 1 what sizes does the helmet come in
1 1 is the XL helmet sold out
1 1 how heavy is the krx
1 1 does the krx have a drop down sun visor
1 1 is the helmet pinlock ready
1 1 my head is 60cm what size helmet
1 1 how much are the wiper blades
1 1 is that price per blade or for two
1 1 do you have 18 inch wipers
1 1 what size wipers for a honda city
1 1 do the wipers fit a j hook arm
1 1 how much is the tyre inflator
1 1 does the inflator auto shut off
1 1 can the inflator do bike tyres with presta valves
1 1 whats the max psi on that pump
1 1 how long does the inflator take to charge
1 1 how much for the phone holder
1 1 will the phone holder fit a pixel 8 pro with a case
1 1 is the holder vent mount or suction
1 1 how much is the jump starter
1 1 how many jump starters left
1 1 will the jump starter start a v8
1 1 can the jump starter charge my phone
1 1 whats the peak amps on the voltra
1 1 how many towels in the pack
1 1 what scents does the car perfume come in
1 1 is sakura back in stock
1 1 are the riding gloves touchscreen
1 1 are the gloves waterproof
1 1 what sizes are the gloves
1 1 is the rain suit breathable
1 1 does the rain suit come with pants
1 1 how much are the led bulbs
1 1 are the leds canbus
1 1 are the bulbs sold in pairs
1 1 are these street legal
1 1 how many lumens are the bulbs
1 1 do the seat covers fit a 7 seater
1 1 are the seat covers airbag safe
1 1 what colours do the seat covers come in
1 1 is the vacuum cordless
1 1 when is the vacuum back in stock
1 1 how long is the vacuum cable
1 1 is the car charger usb c
1 1 does the car charger work in a 24v truck
1 1 how much is the chain lube
1 1 is the chain lube safe for o ring chains
1 0 do you ship to singapore
1 0 how much is shipping to sabah
1 0 how long does delivery take to penang
1 0 is shipping free over rm150
1 0 whats the return policy
1 0 can i exchange the helmet if it doesnt fit
1 0 do you take paypal
1 0 can i pay with card
1 0 is there a warranty on the dashcam
1 0 how long is the warranty on the jump starter
1 0 do you guys install dashcams
1 0 how much is dashcam installation
1 1 any deals rn
1 1 whats on sale today
1 1 is there a bundle deal
1 1 link pls
1 1 link in bio?
1 1 where do i buy this
1 1 how do i order
1 1 how much is this one
1 1 is this one in stock
1 1 what size is this
1 1 how much
1 1 price pls
1 1 stock?
1 1 is this waterproof
1 1 does this come in black
1 1 does this fit a motorcycle
1 1 can i use this on my bike
1 1 how big is this
1 1 what voltage is this
1 1 is this 12v
1 1 lowkey need this dashcam, how much tho
1 1 ngl the helmet is fire, price?
1 1 bestie is the wiper sold per pair
1 1 fr fr how much is the jump starter
1 1 no cap is the dashcam 2k or 1080p
1 1 sheesh whats the price on the seat covers
1 1 W drop, is it still in stock?
1 1 yo does the pump fit in a glovebox
1 1 real question does the vista record audio
1 1 does the krx fit a long oval head
1 1 would the leds fit an h11 socket
1 1 any chance the inflator works on a car battery directly
1 1 will the seat covers fit bucket seats
1 1 do the wipers come with adapters
1 1 whats the rear cable length on the dashcam
1 1 is the dashcam supercap or battery
1 1 does the jump starter come with a case
1 1 hows the suction on the vacuum, pa?
1 1 is the towel pack edgeless
1 1 are the gloves CE rated
1 1 how long do the perfumes last
1 1 what colour is the rain suit
1 1 how many watts is the car charger
1 0 do u ship to east malaysia
1 0 can i get it delivered to brunei
1 0 is cod available
1 0 can i return the led bulbs if they dont fit
1 0 is installation free if i buy the dashcam
1 1 how much for both the dashcam and the pump
1 1 what's cheaper the h4 or the h7
1 1 is the grey seat cover more expensive
1 1 how many 128gb left
1 1 what sizes of helmet are still in stock
"""

# TikTok-Shop and Twitch: slang, emotes, bots, raids, subs, the host, car talk
ENGLISH_CHATTER = """
0 1 W drop
0 1 W stream
0 1 L take chat
0 1 ratio
0 1 fr fr
0 1 no cap that helmet is clean
0 1 bussin
0 1 this dashcam is bussin fr
0 1 lowkey need this
0 1 highkey need that jump starter
0 1 ngl im tempted
0 1 its giving garage core
0 1 slay
0 1 ate and left no crumbs
0 1 the helmet ate
0 1 main character helmet
0 1 this is so me
0 1 not me adding to cart at 2am
0 1 my wallet is crying
0 1 take my money
0 1 shut up and take my money
0 1 instant buy
0 1 ordered!
0 1 checked out
0 1 done
0 1 done ✅
0 1 just copped
0 1 copped the 128gb
0 1 copped 2 wipers lets go
0 1 +1
0 1 1
0 1 11111
0 1 1111111
0 1 +2
0 0 first
0 0 first!!
0 0 early gang
0 0 late again smh
0 0 just got here what did i miss
0 0 whats going on
0 0 hi chat
0 0 hey chat
0 0 yo
0 0 yoooo
0 0 wsg
0 0 hello from texas
0 0 hello from london
0 0 greetings from manchester
0 0 watching from ohio lol
0 0 ohio moment
0 0 only in ohio
0 0 hi from the philippines
0 0 watching from kl
0 0 hi from singapore
0 0 watching from brisbane
0 0 it's 3am here
0 0 cant sleep so here i am
0 0 on my lunch break
0 0 at work rn dont tell my boss
0 0 KEKW
0 0 KEKW KEKW KEKW
0 0 PogChamp
0 0 PogChamp PogChamp
0 0 Pog
0 0 POGGERS
0 0 LUL
0 0 LULW
0 0 OMEGALUL
0 0 OMEGALUL OMEGALUL OMEGALUL
0 0 Kappa
0 0 Kappa Kappa
0 0 monkaS
0 0 PepeHands
0 0 Sadge
0 0 Copium
0 0 Clueless
0 0 catJAM
0 0 peepoClap
0 0 EZ Clap
0 0 5Head
0 0 4Head
0 0 Jebaited
0 0 BibleThump
0 0 ResidentSleeper
0 0 NotLikeThis
0 0 HeyGuys
0 0 VoHiYo
0 0 <3 <3 <3
0 0 💀💀💀
0 0 😂😂😂
0 0 🔥🔥🔥
0 0 🔥🔥
0 1 🚗💨
0 0 🏍️🏍️🏍️
0 0 👀
0 0 👀👀
0 0 😭😭
0 0 🙏
0 0 💯
0 0 🤣🤣🤣🤣
0 0 ❤️❤️
0 0 🫡
0 0 😮
0 0 🤯
0 0 LMAOOO
0 0 lmao
0 0 lmfao
0 0 lol
0 0 lolol
0 0 haha
0 0 bruh
0 0 bruhhh
0 0 bro what
0 0 nah
0 0 nahhh
0 0 nah thats crazy
0 0 thats wild
0 0 wild
0 0 insane
0 0 deadass
0 0 on god
0 0 ong
0 0 frfr
0 0 real
0 0 so real
0 0 too real
0 0 big if true
0 0 based
0 0 cringe
0 0 mid
0 0 this is mid
0 0 cap
0 0 thats cap
0 0 sus
0 0 kinda sus ngl
0 0 rizz
0 0 no rizz
0 0 unc status
0 0 he's cooking
0 0 let him cook
0 0 cooked
0 0 we're so back
0 0 it's over
0 0 gg
0 0 gg wp
0 0 ez
0 0 skill issue
0 0 touch grass
0 0 hydrate chat
0 0 stay hydrated
0 0 !discord
0 0 !uptime
0 0 !socials
0 0 !merch
0 0 !song
0 0 !commands
0 0 !followage
0 0 !lurk
0 0 !points
0 0 !gamble 500
0 0 !hug @revvy_kl
0 0 !specs
0 0 !car
0 0 Nightbot: Join the discord! discord.gg/pitstopgarage
0 0 Nightbot: The stream has been live for 2 hours 14 minutes
0 0 Nightbot: @tyrekicker_ you have been following for 3 months 2 days
0 0 StreamElements: Follow on IG @pitstop.my for behind the scenes
0 0 StreamElements: @nightrider99 is now lurking. Enjoy!
0 0 StreamElements: @gearhead_jay won 500 points in the gamble PogChamp
0 0 StreamElements: Current song: Midnight City by M83
0 0 Nightbot: Please keep chat in English, Malay or Chinese. Be nice.
0 0 Nightbot: Links are not allowed in chat @spammer_xx
0 0 StreamElements: Thanks for the follow @myvi_mafia!
0 0 Moobot: Commands: !discord !uptime !socials !merch
0 0 Fossabot: @zainal_rides has 1,240 pitstop points
0 0 revvy_kl is raiding with 42 viewers!
0 0 DriftQueenMY is raiding with a party of 118!
0 0 raid from apex_garage 🚨🚨
0 0 APEX RAID APEX RAID
0 0 RAID HYPE
0 0 raid train choo choo
0 0 thanks for the raid!!
0 0 welcome raiders
0 0 hi raiders 👋
0 0 tyrekicker_ subscribed with Prime. They've subscribed for 5 months!
0 0 nightrider99 subscribed at Tier 1.
0 0 gearhead_jay gifted 5 Tier 1 subs to the community!
0 0 gearhead_jay gifted a sub to myvi_mafia!
0 0 thanks for the gifted sub!
0 0 ty for the gift gearhead
0 0 hype train!!!
0 0 hype train level 3 lets gooo
0 0 cheer100 love the stream
0 0 cheer500 for the helmet demo
0 0 Cheer1000 buy yourself a new dashcam lol
0 0 just subbed!
0 0 resubbed for 6 months
0 0 sub hype
0 0 what car do you drive
0 0 what car do YOU drive bro
0 0 where's your garage
0 0 is your garage in shah alam
0 0 how old are you
0 0 whats your setup
0 0 what camera are you streaming with
0 0 what mic is that
0 0 do you ride
0 0 do you ride a bike yourself
0 0 whats your daily
0 0 what's your dream car
0 0 do you track your car
0 0 have you been to sepang
0 0 are you malaysian
0 0 are you married
0 0 you look like my cousin lol
0 0 whats your name bro
0 0 how long have you been streaming
0 0 do you have a youtube
0 0 whats your tiktok
0 0 follow me on tiktok @kl_drift_kid
0 0 check out my channel youtube.com/@revvykl
0 0 @pitstop.my love your content
0 0 insta @jdm.daily.my go follow
0 0 whats the wifi password lol
0 0 what song is this
0 0 song name?
0 0 this song slaps
0 0 turn the music down a bit
0 0 music too loud
0 0 cant hear you
0 0 mic is muted
0 0 audio desync
0 0 stream lagging
0 0 buffering for me
0 0 is this live or a replay
0 0 is this a rerun
0 0 when's the next stream
0 0 what time do you stream tomorrow
0 0 are you streaming this weekend
0 0 how long is the stream today
0 0 is the stream ending soon
0 0 what game are you playing after
0 0 play gran turismo after
0 0 forza later?
0 0 can you do a garage tour
0 0 show us your car
0 0 show the car
0 0 show the bike
0 0 whats under the cover in the back
0 0 is that an r34 in the back
0 0 i see a civic type r back there
0 1 my old dashcam died last week lol
0 1 helmets saved my life once
0 1 dashcam footage got me out of a bogus claim last year
0 1 my wipers sound like a dying seagull
0 1 wipers in my civic are trash rn
0 1 i carry a jump starter everywhere now after getting stranded
0 1 got stranded at a petrol station once, never again
0 1 tyre pressure light came on this morning ugh
0 1 my tire pump is from 2009 and still works
0 1 i have the ring light one from the other stream
0 1 my seat covers are ripped from my dog
0 1 my dog ate my seat cover lmao
0 1 leds on my old corolla were so blinding
0 1 halogens are so yellow compared to that
0 1 6000k is the only way
0 1 those bulbs look crazy bright
0 1 that helmet looks like the one in top gun
0 1 bro put the helmet on lol
0 1 the wiper demo was satisfying
0 1 satisfying wiper noises
0 1 watching the inflator auto stop is oddly satisfying
0 1 that jump starter is tiny
0 1 thats smaller than my phone
0 1 bro pulled out a vacuum
0 1 my mom needs that car vacuum fr
0 1 car perfume smells like my uber ride
0 1 new car smell > any perfume
0 1 pine tree air freshener forever
0 1 the little tree air freshener supremacy
0 0 jdm supremacy
0 0 JDM > everything
0 0 euro cars break too much
0 0 bmw drivers dont use indicators
0 0 audi drivers are worse
0 0 tesla gang
0 0 ev bad
0 0 ev good actually
0 0 manual gang
0 0 save the manuals
0 0 three pedals or nothing
0 0 auto is for boomers
0 0 cvt ruined everything
0 0 vtec just kicked in yo
0 0 turbo go brrr
0 0 stututu
0 0 brap brap
0 0 pop and bangs are cringe
0 0 loud exhaust = small pp
0 0 lmao exhaust slander
0 0 my civic is faster than your myvi
0 0 myvi gang dont hate
0 0 myvi is the honda civic of malaysia
0 0 myvi king of the road
0 0 everyone in kl drives a myvi
0 0 is a myvi like a toyota
0 0 someone explain what a myvi is
0 0 perodua is basically daihatsu right
0 0 proton and lotus are related right
0 0 proton x50 looks decent
0 0 the saga is a legend
0 0 the golf mk7 is the best golf
0 0 gti or type r
0 0 type r all day
0 0 miata is always the answer
0 0 supra mk4 is goated
0 0 2jz
0 0 rb26
0 0 ls swap everything
0 0 just ls swap it
0 0 rotary gang
0 0 brap brap rotary
0 0 apex seals lol
0 0 zoom zoom
0 0 i drive a 2003 camry and im proud
0 0 my first car was a kancil
0 0 kancil gang
0 0 i ride a cbr250
0 0 ninja 400 gang
0 0 r15 for life
0 0 i crashed my bike last year
0 0 glad youre ok
0 0 get well soon
0 0 ride safe everyone
0 0 drive safe chat
0 0 wear your helmets kids
0 0 atgatt
0 0 all the gear all the time
0 0 squids in shorts and flip flops 💀
0 0 saw a guy riding in slippers today
0 0 only in malaysia lol
0 0 love the malaysian chat
0 0 what does boleh mean
0 0 what does lah mean
0 0 teach me malay
0 0 terima kasih means thank you right
0 0 i learned what tapau means today
0 0 what is mamak
0 0 nasi lemak is elite
0 0 i want roti canai now
0 0 the chinese chat is so fast
0 0 cant read chinese lol
0 0 google translate working overtime
0 0 chat is wild tonight
0 0 chat moving fast
0 0 mods are asleep
0 0 mods ban him
0 0 mod me
0 0 can i be a mod
0 0 @pitstop_mod thanks for keeping chat clean
0 0 this chat is so wholesome
0 0 love this community
0 0 best stream on tiktok
0 0 you're so underrated
0 0 you deserve more viewers
0 0 sharing this with my dad
0 0 my dad would love this
0 0 my gf is making me watch this
0 0 my bf watches you every night
0 0 im here for the vibes
0 0 just vibing
0 0 lurking
0 0 back from lurk
0 0 brb
0 0 back
0 0 gtg
0 0 gn chat
0 0 good night
0 0 bye
0 0 peace
0 0 cya
0 0 later
0 0 thanks for the stream
0 0 great stream today
0 0 ty for the stream
0 0 see you tomorrow
0 0 i'm not even a car guy and im watching
0 0 why am i watching a car accessory stream at 1am
0 0 the algorithm brought me here
0 0 tiktok fyp brought me here
0 0 how did i end up here
0 0 random but love this
0 0 this is my roman empire
0 0 this is my sign to buy a dashcam
0 0 the universe is telling me to buy wipers
0 0 manifesting a new car
0 0 i dont even have a car
0 0 i dont have a license lol
0 0 im 15 i cant drive
0 0 learning to drive next month
0 0 failed my driving test twice
0 0 parallel parking is the devil
0 0 reverse parking ptsd
0 0 I'm something of a mechanic myself
0 0 me fixing my car with duct tape
0 0 zip ties hold my bumper on
0 0 flex tape fixes everything
0 0 this is the way
0 0 ask your doctor if dashcams are right for you
0 0 dashcam footage is the best content on the internet
0 0 russian dashcam videos are elite
0 0 r/idiotsincars material
0 0 that guy in the merc earlier lmao
0 0 i can't believe he said that
0 0 say that again
0 0 clip that
0 0 CLIP IT
0 0 someone clip that
0 0 thats going on tiktok
0 0 meme material
0 0 copypasta incoming
0 0 🚨 WIPER ALERT 🚨 WIPER ALERT 🚨 WIPER ALERT 🚨
0 0 the helmet stays ON 🪖🪖🪖
0 0 ⚡JUMP⚡START⚡GANG⚡
0 0 type 1 if you love dashcams
0 0 spam 🔥 for the helmet
0 0 we love you pitstop
0 0 pitstop pitstop pitstop
0 0 PIT STOP PIT STOP
0 0 ABANG ABANG ABANG
0 0 hi mom
0 0 hi mom im on tiktok
0 0 happy birthday to me
0 0 its my birthday today
0 0 happy birthday!!
0 0 hbd
0 0 any malaysians in chat
0 0 any singaporeans here
0 0 any aussies
0 0 any brits
0 0 americans rise up
0 0 how much is that in usd lol nvm
0 0 bro the ringgit conversion is crazy cheap
0 0 stuff is so cheap in malaysia
0 0 everything's cheaper over there fr
0 0 wish you shipped to the us
0 0 sad you dont ship to the uk
0 0 ill visit malaysia one day
0 0 going to kl next month
0 0 kl traffic is no joke
0 0 petronas towers are sick
0 0 been to langkawi, beautiful
0 0 penang food is elite
0 0 sabah is so pretty
"""

# Product, price and policy words in lines that ask nothing (all three groups)
PRODUCT_WORDS = """
0 1 dashcam ni murah gila compared kedai
0 1 harga dashcam kat kedai lagi mahal rm100
0 1 price dia ok la
0 1 harga berpatutan
0 1 harga ok boss
0 1 murah je tu
0 1 mahal sikit tapi berbaloi
0 1 rm289 for 2k front and rear is a steal
0 1 289 ringgit is like 60 bucks thats nuts
0 1 60 usd for that dashcam is crazy value
0 1 cheaper than the one i bought on lazada
0 1 i paid double for mine lol
0 1 stock cepat habis ni
0 1 mesti habis cepat ni
0 1 stock tinggal sikit dah tu
0 1 helmet XL dah habis, sedih
0 1 sold out already? dang
0 1 sold out in 5 mins lmao
0 1 bro it's gone
0 1 rip xl helmet
0 1 restock pls 🙏
0 1 please restock sakura 🙏🙏
0 1 tolong restock vacuum bos
0 1 搭电宝快卖完了 快点
0 1 手慢无
0 1 又卖完了
0 1 价钱还可以
0 1 这个价钱很划算
0 1 这个价钱不错了
0 1 比外面便宜
0 1 外面卖三百多
0 1 淘宝更便宜
0 1 shopee上面也是这个价
0 1 这个价钱可以接受
0 1 价钱太贵了
0 1 太贵了吧
0 1 贵了一点
0 1 有点贵
0 1 便宜
0 1 好便宜
0 1 超值
0 1 性价比高
0 1 物超所值
0 1 shipping to sabah always takes forever lol
0 1 pos sabah mmg lambat, biasa la
0 1 东马寄东西都很慢
0 1 东马运费总是比较贵
0 1 cod is the best way to pay in malaysia honestly
0 1 sy suka cod je
0 1 我比较喜欢COD
0 1 warranty 12 bulan ok la tu
0 1 warranty 1 year is decent
0 1 保修一年不错
0 1 wiper size myvi saya 24 dgn 16, dah tukar dah
0 1 myvi aku pakai 24 16
0 1 my civic takes 26 and 16 i think
0 1 civic 2019 wipers are 26 and 16 btw
0 1 h7 fits my golf mk7 i checked
0 1 golf mk7 uses h7 yeah
0 1 my accord uses h11 sadly
0 1 i need h11 not h4
0 1 axia sy guna h4
0 1 saga lama guna h4 kot
0 1 我的车是H4的
0 1 我的Myvi是24寸加16寸
0 1 Myvi用这个刚好
0 1 我的X70要26寸
0 1 头盔M码刚好
0 1 我戴L码
0 1 我头大要XL
0 1 XL都没有了 我头大怎么办 哈哈
0 1 saiz M muat kepala sy
0 1 sy pakai L dah 2 tahun
0 1 im a medium in most helmets
0 1 shoei fits me as a large
0 1 arai is better tho
0 1 agv is the goat
0 1 krx is new to me
0 1 never heard of krx
0 1 vista dashcam? never heard of it
0 1 70mai is better ngl
0 1 blackvue is the best but expensive
0 1 viofo gang
0 1 dashcam wajib utk semua kereta
0 1 dashcam is a must in kl
0 1 行车记录仪一定要装
0 1 我觉得记录仪很重要
0 1 我的车没有记录仪
0 1 我从来没用过记录仪
0 1 jump starter is a life saver fr
0 1 jump starter dah selamatkan sy 2 kali
0 1 搭电宝是必备的
0 1 my battery died twice this month
0 1 bateri kereta sy dah 3 tahun
0 1 电池两年就要换了
0 1 tyre pressure check every month yall
0 1 angin tayar sy selalu kurang
0 1 轮胎气压要常检查
0 1 phone holder sy jatuh time brek mengejut haha
0 1 my phone holder keeps falling off
0 1 手机架掉了好几次
0 1 microfibre towels are the only way to dry a car
0 1 kain biasa calar cat kereta
0 1 perfume tu wangi, sampai sini bau haha
0 1 can smell it through the screen lol
0 1 香味透过屏幕传过来了
0 1 gloves dia nampak best
0 1 gloves look comfy
0 1 手套看起来不错
0 1 rain suit sy tinggal kat office
0 1 rain jackets are never fully waterproof tbh
0 1 雨衣放在车厢里
0 1 lampu led depan kereta sy dah malap
0 1 led headlights make a huge difference
0 1 LED灯换了之后晚上开车清楚很多
0 1 seat cover kulit panas la time tengahari
0 1 leather seat covers burn in summer lol
0 1 皮座套夏天很热
0 1 vacuum kereta mmg perlu, anak sy sepahkan biskut
0 1 my car is full of crumbs from my kids
0 1 车里都是饼干屑
0 1 car charger sy dah rosak
0 1 my car charger is so slow
0 1 车充坏了好几个
0 1 chain motor sy dah berkarat
0 1 my chain is dry af
0 1 链条要常上油
0 1 i was gonna ask about shipping but nvm found it
0 1 nvm figured out the size
0 1 nevermind i saw the price
0 1 tak jadi tanya, dah nampak
0 1 不用了 我看到了
0 1 ok dah faham
0 1 ok got it
0 1 明白了 谢谢
0 1 oh it's per blade, ok
0 1 oh so it's a pair, nice
0 1 oh its 2k ok nice
0 1 ohh sirim ok la
0 1 哦原来有SIRIM
0 1 哦是一对的价钱
0 1 the boss said COD ok
0 1 bos kata boleh cod
0 1 老板说可以COD
0 1 he said free shipping over 150
0 1 dia cakap free pos atas rm150
0 1 老板说满150包邮
0 1 someone asked about warranty already
0 1 orang dah tanya dah pasal saiz
0 1 刚才有人问过了
0 1 read the description chat
0 1 baca la description
0 1 看描述啦
0 1 the price is on the screen bro
0 1 harga ada kat skrin la
0 1 价钱在屏幕上
0 1 scroll up he answered
0 1 why does everyone ask the same question
0 1 chat asking price every 5 seconds lmao
0 1 berapa berapa berapa haha semua tanya harga
0 1 大家都在问几多钱 哈哈
0 1 how much is the helmet - me every stream lol
0 1 imagine asking if a dashcam fits a motorcycle 💀
0 1 bro asked if the helmet has bluetooth lmaooo
0 1 someone asked for the price in dogecoin
0 1 how much in bitcoin lol jk
0 1 can i pay in nasi lemak lol
0 1 boleh bayar guna kupon mamak? haha gurau
0 1 可以用榴莲付款吗 哈哈开玩笑
0 1 does it come with a free myvi lol
0 1 helmet ni boleh tahan kena kepala bini? hahaha
0 1 is the jump starter strong enough to restart my love life
0 1 can the vacuum suck up my debt
0 1 does the dashcam record my bad decisions
0 1 wiper untuk air mata sy ada? 😭
0 1 记录仪可以录到我老婆骂我吗 哈哈
0 1 吸尘器可以吸走我的烦恼吗
0 1 香薰可以盖住我的脚臭吗 哈哈哈
0 1 the perfume wont fix your car smelling like mcdonalds
"""

# Asks without a question mark, one word, typos and no spaces
HARD_ASKS = """
1 1 brp hrga dashcam
1 1 hrg helmet L brp
1 1 stok ade lg x
1 1 ad stok x bos
1 1 wipr 22 brape
1 1 helmt saiz m ad?
1 1 dashcm 128 brp
1 1 jmp startr tgl brp
1 1 berapaharga
1 1 adastokx
1 1 howmuch
1 1 howmuchisthis
1 1 isitinstock
1 1 linkpls
1 1 pricepls
1 1 hw much dash cam
1 1 whts the price of the helment
1 1 is the dashcam in stok
1 1 wiper 22in how mcuh
1 1 do u hav size L helmet
1 1 ship to sabah hw long
1 1 几多钱这个
1 1 这个几多钱啊
1 1 这个价钱几多
1 1 还有没有货
1 1 还有现货吗
1 1 有没有XL
1 1 有冇货
1 1 几钱
1 1 点卖
1 1 呢个几钱
1 1 有冇L码
1 1 头盔几钱
1 1 记录仪幾多钱
1 1 雨刷几寸有
1 0 寄东马要几天
1 0 东马运费
1 1 price dashcam
1 1 harga pam
1 1 stok helmet L
1 1 saiz helmet
1 1 helmet size
1 1 warranty dashcam
1 0 pos sabah
1 0 shipping singapore
1 0 cod sabah
1 1 dashcam harga tolong
1 1 bos harga jumper tolong bgtau
1 1 tell me the price of the inflator
1 1 i need the price of the seat cover
1 1 need to know if the 128gb is in stock
1 1 tell me if the helmet is sirim
1 1 tolong bagitau wiper myvi saiz apa
1 1 nak tau helmet ni berat brp
1 1 nak tanya pam ni boleh pam motor
1 1 想问一下头盔有几个码
1 1 请问记录仪有GPS吗
1 1 想知道雨刷一支几多钱
1 1 问一下东马可以寄吗
1 1 请问可以COD吗
1 1 想问有帮装吗
1 1 i wanna know how long shipping to kuching takes
1 1 wondering if the gloves are waterproof
1 1 curious if the seat covers fit a vios
1 1 pls confirm the dashcam comes with an sd card
1 1 boss confirm h7 ada stok
1 1 bos confirmkan harga wiper sebatang
1 1 老板确认一下XL有没有
"""

# More Malaysian Chinese chatter that asks the shop nothing: stories, banter, the host, the road
MORE_CHINESE = """
0 0 昨天去修车厂换电池花了三百多
0 0 修车厂老板很好人
0 0 我的车刚过了PUSPAKOM
0 0 路税到期了还没更新
0 0 保险今年又起价
0 0 驾照要更新了
0 0 今天被JPJ拦下来
0 0 大道上有警察抓超速
0 0 小心前面有路障
0 0 收费站排长龙
0 0 隆雪大道今天超塞
0 0 新街场那边又封路
0 0 下雨天路上好多坑
0 0 路上的坑洞把我的轮胎弄爆了
0 0 市议会都不补路
0 0 我家门口的路坏了一个月
0 0 轮胎店的安哥人很好
0 0 我都去熟人那边补胎
0 0 补胎才十五块
0 0 换四个轮胎花了一千多
0 0 轮胎越来越贵
0 0 油价又起了真的头痛
0 0 电动车好像比较省
0 0 比亚迪在大马卖很好
0 0 特斯拉太贵买不起
0 0 我还是喜欢开手动挡
0 0 自动挡比较舒服
0 0 塞车的时候自动挡最好
0 0 我的车开了二十年还很好
0 0 老爸的Wira还在用
0 0 以前的Kancil很耐用
0 0 以前家里有一辆Iswara
0 0 回忆满满
0 0 小时候坐老爸的车去吃风
0 0 以前都是开车回乡下过年
0 0 回乡下塞车塞了八个钟
0 0 过年大道好恐怖
0 0 年初一路上没车
0 0 大家过年要小心驾驶
0 0 我老婆开车比我快
0 0 我老公倒车很烂
0 0 女司机不是都不会开车好吗
0 0 别歧视女司机
0 0 我妈五十岁才考驾照
0 0 佩服你妈妈
0 0 我爸七十岁还在开车
0 0 老人家开车要小心
0 0 我考驾照考了三次
0 0 上坡起步最难
0 0 倒车入库我还是不会
0 0 停车停到歪歪的
0 0 商场停车场好难找位
0 0 停车费越来越贵
0 0 吉隆坡停车一小时五块
0 0 被锁车轮了
0 0 哈哈哈被锁了
0 1 朋友的车被撞没有记录仪 只好认栽
0 1 记录仪的画面可以给保险公司
0 1 网上那些记录仪视频好恐怖
0 1 我看过一个记录仪拍到牛在大道上
0 0 大道上有牛真的很危险
0 0 晚上乡下路有猪跑出来
0 0 我撞过一只狗 很难过
0 0 猴子在金马仑抢东西
0 0 云顶的猴子很凶
0 0 去怡保吃芽菜鸡
0 0 怡保的白咖啡最好喝
0 0 去马六甲吃鸡饭粒
0 0 槟城炒粿条一定要吃
0 0 新山的人都去新加坡工作
0 0 长堤每天塞车好辛苦
0 0 新币三块多了
0 0 在新加坡工作比较好赚
0 0 我在新加坡工作 周末回来
0 0 新加坡人来看直播
0 0 东马的朋友好多
0 0 古晋的哥罗面好吃
0 0 亚庇的海鲜便宜
0 0 沙巴的神山好美
0 0 诗巫的光饼很好吃
0 0 美里很热
0 0 在东马开车路很长
0 0 东马的路比较难走
0 1 东马的运费一向比较贵 没办法
0 0 我骑摩托上班十年了
0 0 骑摩托下雨天很辛苦
0 0 骑电单车晒到黑黑
0 0 外卖骑手真的很辛苦
0 0 Grab司机也辛苦
0 0 我的邻居开德士
0 0 我表哥开罗里跑长途
0 0 罗里司机晚上都不睡觉
0 0 开长途要休息
0 0 疲劳驾驶很危险
0 0 喝酒不开车
0 0 开车不喝酒
0 1 之前买的头盔太紧了头痛
0 1 旧头盔的海绵都烂了
0 0 夜市卖的头盔不要买
0 0 便宜的头盔没有保障
0 0 安全最重要 不要省这个钱
0 1 雨刷太旧了刮不干净很危险
0 1 我的雨刷一下雨就吱吱叫
0 1 换了新雨刷真的不一样
0 0 下大雨看不到路好可怕
0 0 大马的雨说来就来
0 0 下午四点准时下雨
0 0 早上出太阳下午下雨
0 0 这几天每天都下雨
0 0 我这边停电了
0 0 用手机流量看直播
0 0 流量快用完了
0 0 网络好慢
0 0 这里wifi很烂
0 0 卡住了
0 0 又卡了
0 0 刷新一下就好了
0 0 好了好了可以看了
0 0 老板刚才说什么没听到
0 0 老板再讲一次
0 0 老板讲慢一点
0 0 老板讲华语啦
0 0 老板讲马来文我听不懂
0 0 老板英文很好
0 0 老板三语都会 厉害
0 0 老板是马来人吗
0 0 老板会讲福建话吗
0 0 老板讲一句福建话来听
0 0 讲广东话啦老板
0 0 老板你讲广东话好好笑
0 0 我是怡保人讲广东话的
0 0 槟城人讲福建话
0 0 古晋人讲客家话
0 0 我们讲的华语很乱的啦
0 0 大马华语就是这样的咯
0 0 马来西亚人最会讲rojak
0 0 讲到一半变英文
0 0 哈哈哈真的
0 0 笑死我了你们
0 0 你们好好笑
0 0 评论区比直播好看
0 0 看评论看到笑
0 0 楼上说得对
0 0 同意楼上
0 0 楼上你好
0 0 楼上是我朋友
0 0 你们都是哪里人
0 0 有没有吉隆坡的
0 0 有没有槟城的朋友
0 0 有没有居銮的
0 0 居銮报到
0 0 麻坡的在吗
0 0 峇株巴辖的
0 0 太平的朋友
0 0 实兆远的来了
0 0 金宝的在这里
0 0 关丹的有吗
0 0 瓜拉登嘉楼的
0 0 哥打巴鲁的华人好少
0 0 老板什么时候来槟城开店
0 0 老板去新山开分店啦
0 0 老板的店在莎阿南哪里
0 0 我去过老板的店
0 0 老板的店很大
0 0 店里的助理很友善
0 0 下次去莎阿南找老板
0 0 老板我明天去店里
"""

# More English chatter that asks the shop nothing: stories, jokes, the host, the car scene
MORE_ENGLISH = """
0 0 my uncle swears by his dashcam after someone reversed into him at costco
0 0 insurance company tried to blame me until i showed the footage
0 0 my brother crashed his supra and the dashcam saved his claim
0 0 people brake check on the highway for insurance money, get a camera yall
0 0 the brake check scam is real in the uk too
0 0 my car got keyed in a parking lot last month
0 0 someone dinged my door at walmart and drove off
0 0 hit and run last year, no footage, no justice
0 0 i've got 300 dashcam clips of people not using turn signals
0 0 my commute is 90 minutes each way kill me
0 0 i5 traffic is a war crime
0 0 the 405 is a parking lot
0 0 m25 is the worst road in england
0 0 london congestion charge is robbery
0 0 gas is 4 bucks a gallon here
0 0 petrol prices in the uk are insane
0 0 my insurance went up 40% for no reason
0 0 i'm 19 and my insurance is more than my car
0 0 young driver insurance is a scam
0 0 just passed my driving test 🎉
0 0 congrats on passing!
0 0 failed on a roundabout lol
0 0 roundabouts in the us confuse everyone
0 0 americans cant do roundabouts
0 0 driving on the left would break my brain
0 0 malaysia drives on the left right?
0 0 yeah they drive on the left like the uk
0 0 my first car was a 2004 civic with 200k miles
0 0 my first car was a clapped out corolla
0 0 my first car had no ac and no radio
0 0 my current car has a check engine light as a personality
0 0 check engine light just means its alive
0 0 my car makes a noise and i just turn the music up
0 0 turn up the radio method works every time
0 0 mechanic said my car is held together by hope
0 0 my mechanic is my dad and he charges me in beer
0 0 youtube university taught me to change my oil
0 0 did my own brakes last weekend, still alive
0 0 stripped a bolt today, having a great time
0 0 10mm socket disappeared again
0 0 who stole my 10mm
0 0 the 10mm socket is in another dimension
0 0 harbor freight tools are goated for the price
0 0 snap on guy came by the shop today and i cried at the prices
0 0 i'm a tech at a toyota dealer
0 0 mechanic here, dashcams are underrated
0 0 detailer here, microfiber is everything
0 0 professional detailer, can confirm cheap towels scratch
0 0 i detail cars on weekends for extra cash
0 0 ceramic coating is a scam change my mind
0 0 ceramic coating isnt a scam you just applied it wrong
0 0 washing your car in direct sun is a crime
0 0 two bucket method or die
0 0 automatic car washes ruin paint
0 0 touchless car wash is fine
0 0 my car has more swirl marks than a van gogh painting
0 0 car meets in my area got shut down by cops
0 0 went to a cars and coffee this morning
0 0 saw a gt3 rs at cars and coffee
0 0 someone brought a lambo to the walmart meet lol
0 0 car meets are just people revving in a parking lot
0 0 leaving the car meet like its the fast and furious
0 0 family
0 0 its about family
0 0 nobody leaves the family
0 0 i live my life a quarter mile at a time
0 0 danger to manifold
0 0 i am speed
0 0 ka-chow
0 0 lightning mcqueen would buy that helmet
0 0 tokyo drift is the best one
0 0 initial d eurobeat intensifies
0 0 deja vu
0 0 running in the 90s
0 0 gas gas gas
0 0 tofu delivery
0 0 ae86 in the back?
0 0 takumi would never need a dashcam
0 0 i bet the host drifts to work
0 0 does the host have a license tho lol
0 0 bro looks like he drives a hatchback
0 0 he gives honda guy vibes
0 0 he definitely owns a myvi
0 0 host is so chill
0 0 host voice is calming
0 0 the host's laugh is contagious
0 0 host has the best energy
0 0 host said bismillah before the demo lol
0 0 love how he switches languages
0 0 he speaks like 3 languages wow
0 0 how does he read chat so fast
0 0 the way he reads the chinese chat too
0 0 host's assistant is the real mvp
0 0 whoever is on camera deserves a raise
0 0 cameraman zoomed in at the perfect time
0 0 the lighting in the shop is nice
0 0 shop looks clean
0 0 love the garage aesthetic
0 0 that neon sign in the back is sick
0 0 where'd you get that neon sign
0 0 is that a cat on the counter
0 0 shop cat!!!
0 0 the shop cat is the real host
0 0 pet the cat
0 0 cat tax paid
0 0 the cat walked across the wipers lmao
0 0 someones phone is ringing in the background
0 0 the call to prayer in the background is so peaceful
0 0 i can hear rain on the roof
0 0 it's raining there too? same here
0 0 we're having a heatwave here
0 0 it's snowing here lol
0 0 -10 degrees here and you guys are sweating
0 0 you guys have the sun, we have grey skies
0 0 i'd kill for malaysian weather rn
0 0 tropical weather sounds amazing
0 0 humidity would destroy me
0 0 i went to malaysia once and sweated the whole time
0 0 durian is banned in hotels there right
0 0 durian smells like gym socks
0 0 never had durian
0 0 durian tastes amazing dont listen to the haters
0 0 i want to try malaysian food so bad
0 0 satay is amazing
0 0 laksa >>>
0 0 char kway teow is elite
0 0 milo dinosaur sounds like a pokemon
0 0 teh tarik is the best drink ever
0 0 is mamak a restaurant or a person
0 0 chat is teaching me malaysian culture
0 0 best geography lesson ever
0 0 learned more about malaysia from this chat than school
0 0 what timezone is malaysia
0 0 its like 8pm there right
0 0 sg and my same timezone i think
0 0 so this is what tiktok live is at 3am
0 0 tiktok live shopping is wild
0 0 tiktok shop is taking over
0 0 amazon who
0 0 i buy everything on tiktok now send help
0 0 tiktok made me buy it
0 0 im in my tiktok shop era
0 0 my fyp is all car stuff now
0 0 algorithm knows i'm a car guy
0 0 this is the only live i watch
0 0 i only come here for the chat
0 0 the chat here is better than twitch chat
0 0 twitch chat could never
0 0 twitch chat is a different species
0 0 twitch and tiktok chat together is chaos
0 0 multistream chat is unhinged
0 0 who let the twitch people in lol
0 0 tiktok people vs twitch people
0 0 we come in peace
0 0 keep it wholesome chat
0 0 be nice in chat guys
0 0 no spam please
0 0 stop spamming bro
0 0 spam bot alert
0 0 someone ban that bot
0 0 mods are doing a great job
0 0 thanks mods
0 0 mod abuse lol
0 0 i got timed out for saying myvi lmao
0 0 i got timed out for 10 minutes why
0 0 free my boy
0 0 free him
0 0 justice for the timed out
0 0 unban my friend please
"""

# More Manglish and Bahasa rojak that asks the shop nothing: stories, banter, the host, the road
MORE_MALAY = """
0 1 semalam sy pergi bengkel, dia charge rm80 tukar wiper je
0 1 bengkel kat taman sy cekik darah la
0 0 sy baru lepas servis kereta, rm450 melayang
0 0 servis myvi sekarang dah mahal ke
0 0 abang ipar sy jual kereta terpakai
0 0 nak beli kereta baru tapi loan tak lulus
0 0 loan kereta 9 tahun lama gila
0 0 bayar bulan2 rm550 sakit kepala
0 0 road tax sy expired minggu lepas baru perasan
0 0 insurans kereta naik tahun ni
0 0 puspakom lama giler beratur
0 0 saman ekor sy ada 3 belum bayar haha
0 0 kena saman laju kat plus semalam
0 0 awas ada roadblock kat kesas
0 0 jpj buat op kat jalan kebun
0 0 hati2 ada polis kat tol sg besi
0 0 ramai mat rempit kat lebuhraya malam ni
0 0 budak2 rempit ni bahaya betul
0 0 sy geram dgn kereta yg tak bagi signal
0 0 orang tak bagi signal ni patut kena saman
0 0 lorong kanan untuk potong je la
0 0 yang bawa 60 kat lorong kanan tu kenapa
0 0 hon sikit je terus marah
0 0 road rage makin teruk skrg
0 0 jalan berlubang kat depan rumah sy dah sebulan
0 0 majlis perbandaran buat tak tahu je
0 0 lubang jalan ni pecahkan rim sy
0 0 rim sy bengkok kena lubang
0 0 tayar sy bocor kena skru
0 0 tampal tayar rm15 je kat kedai india tu
0 0 kedai tayar tepi jalan tu murah
0 0 sy selalu pergi kedai tayar uncle chong
0 0 uncle tu baik, selalu bagi diskaun
0 0 cuti ni nak bawa family ke cameron
0 0 jalan ke cameron berliku2, anak muntah
0 0 pergi genting jalan sesak gila hari sabtu
0 0 balik johor guna jalan lama je
0 0 hentian rehat seremban best nasi ayam dia
0 0 r&r tapah tandas kotor la
0 0 r&r ayer keroh ok
0 0 singgah r&r makan cendol
0 0 sy dah sampai rumah, baru buka live
0 0 sy tengah masak sambil tengok
0 0 tengah sidai baju sambil dengar bos cakap
0 0 anak sy tengah tidur, perlahan volume
0 0 sy kat hospital tunggu giliran, tengok live
0 0 sy kat stesen lrt, line tak berapa ok
0 0 tengok dalam bas rapid
0 0 sy tengah tunggu grab
0 0 grab lambat gila malam ni
0 0 grab driver pasang lagu kuat sangat
0 1 abang grab tadi pun ada dashcam depan belakang
0 1 semua grab driver patut ada dashcam
0 1 kawan sy kena langgar lari, takde dashcam, melepas
0 1 dashcam kawan sy rakam accident depan mata dia
0 1 pernah tgk video dashcam lembu lintas highway
0 0 lembu kat jalan kampung tu mmg bahaya
0 0 kambing pun ada kat jalan
0 0 biawak lintas jalan semalam terkejut sy
0 0 monyet kat bukit tinggi curi makanan
0 1 motor sy y15 dah 60 ribu km
0 1 sy tukar rantai motor baru minggu lepas
0 1 rantai motor kena minyak selalu, kalau tak bunyi
0 1 helmet sy dah 5 tahun, patut tukar dah kot
0 1 helmet sy jatuh dari motor, dah retak sikit
0 0 helmet murah kat pasar malam tu bahaya
0 0 helmet rm20 kat pasar malam tu jangan beli
0 0 dulu sy pakai helmet tempurung je haha
0 0 helmet tempurung polis tahan
0 0 budak sekolah naik motor takde lesen
0 0 lesen motor sy baru dapat bulan lepas
0 0 ambil lesen kereta sekarang rm2000 lebih
0 0 sekolah memandu dekat rumah sy penuh
0 0 ujian jpj sy gagal bukit
0 0 bukit tu semua orang takut
0 0 parking selari susah gila
0 0 sy parking senget selalu haha
0 0 suami sy tak reti parking
0 0 isteri sy bawa kereta lagi laju dari sy
0 0 mak sy baru belajar drive umur 50
0 0 semangat mak awak
0 0 abah sy masih bawa kereta umur 70
0 0 proton wira abah sy masih jalan
0 0 wira tu legend
0 0 iswara aeroback rindu
0 0 kancil kecik tapi laju
0 0 kembara sy dah jual
0 0 kelisa sy hilang kena curi dulu
0 0 kereta kena curi paling sakit hati
0 0 pasang steering lock bagi selamat
0 0 alarm kereta sy selalu bunyi sendiri
0 0 jiran marah alarm bunyi tengah malam
0 0 kucing naik atas bonet kereta sy
0 0 tapak kaki kucing penuh cermin depan
0 0 burung berak atas kereta baru basuh
0 0 hujan asid lepas basuh kereta
0 0 baru basuh kereta terus hujan, biasa la
0 1 basuh kereta guna kain buruk calar habis
0 0 car wash kat shell rm15 je
0 0 car wash kat taman sy rm12
0 0 sy basuh sendiri hari ahad
0 0 hari ahad hari basuh kereta
0 0 bos tengok belakang tu ada orang lalu
0 0 bos tu bunyi apa
0 0 bos bersin ke tadi
0 0 bos batuk, minum air
0 0 bos bagi shoutout kat sy please
0 0 shoutout untuk geng motor kuantan
0 0 shoutout kat mak sy yg tengah tengok
0 0 bos sebut nama sy la
0 0 bos baca komen sy
0 0 bos tak baca komen sy sedih
0 0 bos layan orang cina je
0 0 bos layan semua, adil
0 0 bos cakap bahasa cina sikit
0 0 bos boleh cakap tamil tak
0 0 vanakkam bos
0 0 nandri
0 0 selamat hari deepavali semua
0 0 happy gawai kawan2 sarawak
0 0 selamat hari kaamatan sabah
0 0 kotak kotak kotak
0 0 live ni macam pasar malam haha
0 0 bos ni pandai jual
0 0 bos patut jadi ahli politik
0 0 bos cakap laju macam peguam
0 0 sy suka cara bos explain
0 0 bos explain senang faham
0 0 bos jujur, tak tipu
0 0 bos jual barang ok je, sy dah beli 3 kali
0 0 kedai bos kat mana sebenarnya
0 0 bos ada kedai fizikal ke
0 0 sy pernah datang kedai bos kat shah alam
0 0 kedai bos dekat dengan masjid tu kan
0 0 sy lalu kedai bos hari tu, ramai orang
0 0 parking kedai bos susah
0 0 mamak sebelah kedai bos sedap
0 0 teh tarik mamak tu terbaik
"""

# Copypastas, too long for one source line: (label, on_air, text)
LONG_LINES: tuple[tuple[int, int, str], ...] = (
    (0, 0,
     "I'm not saying the wipers are good, but my windshield just sent me a thank you "
     "card and invited me to its wedding"),
    (0, 0,
     "Chat, I need you to understand that I have watched this entire stream and I "
     "still don't own a car. I am buying the air freshener anyway. It smells like "
     "responsibility."),
    (0, 0,
     "this dashcam has seen things. things no dashcam should see. it has witnessed a "
     "myvi drift at 3am in a mcdonalds drive thru"),
    (0, 0,
     "What the heck did you just say about my Myvi, you little Civic? I'll have you "
     "know I graduated top of my class in the JPJ academy"),
)

CHAT_BLOCKS = (
    MALAY_ASKS, MALAY_CHATTER, CHINESE_ASKS, CHINESE_CHATTER,
    ENGLISH_ASKS, ENGLISH_CHATTER, PRODUCT_WORDS, HARD_ASKS,
    MORE_CHINESE, MORE_ENGLISH, MORE_MALAY, LONG_LINES,
)


def _chat_lines(block: str | tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """(label, on_air, text) of a block: its lines, or the tuples as they are."""
    if not isinstance(block, str):
        return list(block)
    out = []
    for line in block.splitlines():
        if not line.strip():
            continue
        label, air, text = line.split(" ", 2)
        out.append((int(label), int(air), text.strip()))
    return out


# -- the answer suite -----------------------------------------------------------------------

QUESTIONS: list[AnswerCase] = []

# car (MYR), this set's own shop: tests/fixtures/shops/car_catalog.yaml
QUESTIONS += [
    # prices, variants in the viewer's own words
    case("car", "dashcam 128gb punya berapa", "price", sku="VISTA-128GB"),
    case("car", "行车记录仪64G的几多钱", "price", sku="VISTA-64GB"),
    case("car", "the 128 one how much ah boss", "price", "DASHCAM-VISTA2K", sku="VISTA-128GB"),
    case("car", "helmet saiz L berapa", "price", sku="KRX-L"),
    case("car", "雨刷22寸几多钱", "price", sku="WIPER-22"),
    case("car", "twenty two inch wiper how much", "price", sku="WIPER-22"),
    case("car", "wiper 26 inci harga brp", "price", sku="WIPER-26"),
    case("car", "14寸的雨刷一支多少", "price", sku="WIPER-14"),
    case("car", "pam angin tu berapa", "price", sku="INFLATOR-AIRGO"),
    case("car", "这个几多", "price", "INFLATOR-AIRGO", sku="INFLATOR-AIRGO"),
    case("car", "phone holder yg lekat dashboard tu harga?", "price", sku="CLAMPIT-DASH"),
    case("car", "搭电宝几多钱啊老板", "price", sku="JUMPSTARTER-VOLTRA"),
    case("car", "ok how much for this one then", "price", "JUMPSTARTER-VOLTRA", sku="JUMPSTARTER-VOLTRA"),
    case("car", "towel 10 keping tu berapa", "price", sku="TOWEL-10PK"),
    case("car", "lemon zest perfume berapa sebiji", "price", sku="AROMA-LEMON"),
    case("car", "baju hujan XXL berapa", "price", sku="STORM-XXL"),
    case("car", "H7 LED一对多少钱", "price", sku="LUMAX-H7"),
    case("car", "座套灰色的几多钱", "price", sku="COMFI-GREY"),
    case("car", "yang ni harga brp boss", "price", "CHARGER-DUO45", sku="CHARGER-DUO45"),
    case("car", "price on this pls", "price", "LUBE-CHAINPRO", sku="LUBE-CHAINPRO"),
    # stock, the sold-out helmet size among them
    case("car", "helmet XL ada stok?", "stock", sku="KRX-XL"),
    case("car", "全盔XL码还有吗", "stock", sku="KRX-XL"),
    case("car", "helmet saiz L ada?", "stock", sku="KRX-L"),
    case("car", "sakura perfume ada lagi tak", "stock", sku="AROMA-SAKURA"),
    case("car", "搭电宝还剩几个", "stock", sku="JUMPSTARTER-VOLTRA"),
    case("car", "vacuum kereta ada stok tak", "stock", sku="VACUUM-CYCLO"),
    case("car", "吸尘器有现货吗老板", "stock", sku="VACUUM-CYCLO"),
    case("car", "riding gloves XL left how many", "stock", sku="TRAX-XL"),
    case("car", "stok?", "stock", "JUMPSTARTER-VOLTRA", sku="JUMPSTARTER-VOLTRA"),
    case("car", "这台还有货没有", "stock", "VACUUM-CYCLO", sku="VACUUM-CYCLO"),
    # per unit
    case("car", "wiper tu harga sebatang ke sepasang", "fact", sku="WIPER-AEROFLEX",
         fact="Sold per blade"),
    case("car", "雨刷是一支的价钱还是一对", "fact", sku="WIPER-AEROFLEX", fact="一支的价钱"),
    case("car", "led bulb price for 1 or a pair", "fact", sku="LED-LUMAX",
         fact="For a pair of two bulbs"),
    # facts
    case("car", "dashcam boleh pasang kat motor?", "fact", sku="DASHCAM-VISTA2K",
         fact="made for cars"),
    case("car", "记录仪会显示车速吗", "fact", sku="DASHCAM-VISTA2K", fact="没有GPS"),
    case("car", "can i hardwire it in my 24v lorry", "fact", "DASHCAM-VISTA2K",
         sku="DASHCAM-VISTA2K", fact="not for 24V trucks or lorries"),
    case("car", "128gb boleh rakam berapa jam", "fact", sku="DASHCAM-VISTA2K",
         fact="about 16 hours"),
    case("car", "这个晚上拍得清楚吗", "fact", "DASHCAM-VISTA2K", sku="DASHCAM-VISTA2K",
         fact="STARVIS"),
    case("car", "dashcam guna battery ke? takut kembung panas", "fact", sku="DASHCAM-VISTA2K",
         fact="supercapacitor"),
    case("car", "rear cam wire sampai belakang myvi tak", "fact", sku="DASHCAM-VISTA2K",
         fact="6 m rear cable"),
    case("car", "is the krx helmet dot approved", "fact", sku="HELMET-KRX",
         fact="not DOT certified"),
    case("car", "helmet ni ada sirim tak bro", "fact", sku="HELMET-KRX", fact="SIRIM MS 1:2011"),
    case("car", "头盔有没有蓝牙可以听歌", "fact", sku="HELMET-KRX", fact="没有蓝牙对讲"),
    case("car", "kepala saya 58cm ambil saiz apa", "fact", sku="HELMET-KRX", fact="57–58 cm"),
    case("car", "头围60公分要什么码", "fact", sku="HELMET-KRX", fact="L 59–60厘米"),
    case("car", "wiper boleh pakai untuk myvi? saiz apa", "fact", sku="WIPER-AEROFLEX",
         fact="24″ on the driver side"),
    case("car", "Myvi要买几寸的雨刷", "fact", sku="WIPER-AEROFLEX", fact="司机那边24寸"),
    case("car", "honda city 2021 wiper size which one", "fact", sku="WIPER-AEROFLEX",
         fact="26″ on the driver side"),
    case("car", "can i use the aeroflex on the rear", "fact", sku="WIPER-AEROFLEX",
         fact="front windscreen only"),
    case("car", "pam ni boleh pam tayar motor?", "fact", sku="INFLATOR-AIRGO",
         fact="cars, motorcycles, bicycles"),
    case("car", "打气泵最高几多PSI", "fact", sku="INFLATOR-AIRGO", fact="150 PSI"),
    case("car", "charge sekali boleh pam berapa tayar", "fact", sku="INFLATOR-AIRGO",
         fact="four car tyres"),
    case("car", "phone holder boleh pasang kat handle motor", "fact", sku="HOLDER-CLAMPIT",
         fact="does not fit a motorcycle handlebar"),
    case("car", "手机架有无线充电吗", "fact", sku="HOLDER-CLAMPIT", fact="没有无线充电"),
    case("car", "boleh start lori 24v tak", "fact", "JUMPSTARTER-VOLTRA",
         sku="JUMPSTARTER-VOLTRA", fact="cannot start a 24V truck or lorry"),
    case("car", "搭电宝柴油车可以吗 我的是Hilux 2.8", "fact", sku="JUMPSTARTER-VOLTRA",
         fact="柴油车3.0升以下"),
    case("car", "will it jump a ford ranger 3.2 diesel", "fact", sku="JUMPSTARTER-VOLTRA",
         fact="diesel up to 3.0 L"),
    case("car", "microfiber tuala boleh basuh guna softener?", "fact", sku="TOWEL-MICRO-PACK",
         fact="softener clogs the fibres"),
    case("car", "香薰可以用多久", "fact", sku="PERFUME-AROMA", fact="45到60天"),
    case("car", "refill perfume ada jual asing?", "fact", sku="PERFUME-AROMA",
         fact="sold as a complete clip only"),
    case("car", "sarung tangan ni kalis air ke", "fact", sku="GLOVES-TRAX", fact="not waterproof"),
    case("car", "戴着手套可以滑手机吗", "fact", sku="GLOVES-TRAX", fact="可以触屏"),
    case("car", "雨衣防水几多", "fact", sku="RAINSUIT-STORM", fact="防水5000毫米"),
    case("car", "hood baju hujan muat dalam helmet full face?", "fact", sku="RAINSUIT-STORM",
         fact="fits under a full face helmet"),
    case("car", "led h4 lulus JPJ ke", "fact", sku="LED-LUMAX", fact="not JPJ approved"),
    case("car", "do the lumax bulbs have a canbus decoder built in", "fact", sku="LED-LUMAX",
         fact="no CANbus decoder"),
    case("car", "我的是Alza七人车 座套第三排有吗", "fact", sku="SEATCOVER-COMFI", fact="第三排没有"),
    case("car", "吸尘器要插点烟器还是充电的", "fact", sku="VACUUM-CYCLO", fact="插点烟器"),
    case("car", "vacuum boleh sedut air tumpah?", "fact", sku="VACUUM-CYCLO", fact="wet and dry"),
    case("car", "car charger boleh guna dalam lori 24v?", "fact", sku="CHARGER-DUO45",
         fact="12V and 24V"),
    case("car", "车充里面有包线吗", "fact", sku="CHARGER-DUO45", fact="不附送线"),
    # policies, in Malay too
    case("car", "pos ke Kuching berapa", "policy", policy="shipping-east"),
    case("car", "寄东马几天到", "policy", policy="shipping-east"),
    case("car", "KL free shipping ke kalau beli lebih RM150", "policy", policy="shipping"),
    case("car", "邮费多少 寄槟城的", "policy", policy="shipping"),
    case("car", "boleh hantar ke singapore?", "policy", policy="shipping-singapore"),
    case("car", "寄新加坡可以寄头盔吗", "policy", policy="shipping-singapore"),
    case("car", "boleh return tak kalau saiz salah", "policy", policy="returns"),
    case("car", "头盔戴过了可以换吗", "policy", policy="returns"),
    case("car", "COD boleh?", "policy", policy="payment"),
    case("car", "可以用TNG付款吗", "policy", policy="payment"),
    case("car", "dashcam warranty berapa bulan", "policy", policy="warranty"),
    case("car", "搭电宝保修多久", "policy", policy="warranty"),
    case("car", "boleh tolong pasang dashcam? saya duduk PJ", "policy", policy="installation"),
    case("car", "你们有帮装记录仪吗 我在新山", "policy", policy="installation"),
    # deals, comparisons
    case("car", "ada promo apa je malam ni", "deals"),
    case("car", "今晚直播有什么特价老板", "deals"),
    case("car", "64gb vs 128gb beza harga berapa", "compare", skus=["VISTA-64GB", "VISTA-128GB"]),
    case("car", "H4跟H7哪个便宜", "compare", skus=["LUMAX-H4", "LUMAX-H7"]),
    case("car", "wiper 16 and 24 how much each, for my myvi", "compare",
         skus=["WIPER-16", "WIPER-24"]),
    # must abstain: not carried
    case("car", "ada jual tinted film?", "abstain", why="not carried"),
    case("car", "有卖轮胎吗", "abstain", why="not carried"),
    case("car", "do you sell reverse cameras", "abstain", why="not carried"),
    case("car", "有没有卖机油", "abstain", why="not carried"),
    case("car", "helmet open face ada jual tak", "abstain", why="not carried"),
    case("car", "有卖蓝牙对讲机吗 装头盔的", "abstain", why="not carried"),
    # not stated, yes/no the listing does not answer
    case("car", "记录仪可以录音吗", "abstain", sku="DASHCAM-VISTA2K", why="not stated"),
    case("car", "jump starter boleh bawa naik flight?", "abstain", sku="JUMPSTARTER-VOLTRA",
         why="not stated"),
    case("car", "打气泵声音大不大", "abstain", sku="INFLATOR-AIRGO", why="not stated"),
    case("car", "wiper ni tahan berapa lama, setahun ke", "abstain", sku="WIPER-AEROFLEX",
         why="not stated"),
    case("car", "how many hours do the led bulbs last", "abstain", sku="LED-LUMAX",
         why="not stated"),
    case("car", "雨衣有几个口袋", "abstain", sku="RAINSUIT-STORM", why="not stated"),
    case("car", "香薰对小孩有没有害", "abstain", sku="PERFUME-AROMA", why="not stated"),
    case("car", "手机架可以贴在挡风玻璃上吗", "abstain", sku="HOLDER-CLAMPIT", why="not stated"),
    case("car", "helmet ada bagi beg sekali?", "abstain", sku="HELMET-KRX", why="not stated"),
    case("car", "这个要多久换一次", "abstain", "WIPER-AEROFLEX", sku="WIPER-AEROFLEX",
         why="not stated"),
    case("car", "bro confirm ori ke ni?", "abstain", "DASHCAM-VISTA2K", sku="DASHCAM-VISTA2K",
         why="not stated"),
    # a car model the listing does not name
    case("car", "wiper untuk Axia 2015 saiz apa", "abstain", sku="WIPER-AEROFLEX",
         why="not stated (a car model the listing does not name)"),
    case("car", "does the seat cover fit a 2019 civic", "abstain", sku="SEATCOVER-COMFI",
         why="not stated (a car model the listing does not name)"),
    case("car", "will the h7 fit my golf mk7", "abstain", sku="LED-LUMAX",
         why="not stated (a car model the listing does not name)"),
    case("car", "Saga BLM pakai H4 ke?", "abstain", sku="LED-LUMAX",
         why="not stated (a car model the listing does not name)"),
    case("car", "雨刷适合Proton X70吗", "abstain", sku="WIPER-AEROFLEX",
         why="not stated (a car model the listing does not name)"),
    # a price in a currency the shop does not state
    case("car", "dashcam price in SGD?", "abstain", sku="DASHCAM-VISTA2K",
         why="price in another currency"),
    case("car", "头盔多少新币", "abstain", sku="HELMET-KRX", why="price in another currency"),
    case("car", "jump starter how much in USD", "abstain", sku="JUMPSTARTER-VOLTRA",
         why="price in another currency"),
    # traps: cheapest anywhere, discounts
    case("car", "cheapest dashcam in Malaysia?", "abstain", why="not stated (a market claim)"),
    case("car", "全马最便宜的打气泵是不是你们这个", "abstain", sku="INFLATOR-AIRGO",
         why="not stated (a market claim)"),
    case("car", "boss kasi murah sikit la helmet ni", "abstain", "HELMET-KRX", sku="HELMET-KRX",
         why="asks for a discount"),
    case("car", "可以算便宜一点吗老板 我买两支雨刷", "abstain", sku="WIPER-AEROFLEX",
         why="asks for a discount"),
    case("car", "can you give discount?", "abstain", why="asks for a discount"),
    # the host
    case("car", "bro what car do you drive", "abstain", why="about the host"),
    case("car", "你自己骑什么摩托", "abstain", why="about the host"),
    case("car", "where's your garage at", "abstain", why="about the host"),
    case("car", "abang pakai helmet apa sendiri", "abstain", why="about the host"),
]

# gadget (GBP), make_heldout6.py's shop
QUESTIONS += [
    case("gadget", "26800 voltpack back in stock?", "stock", sku="POWERBANK-VOLT-26K"),
    case("gadget", "充电宝20000毫安的几多钱", "price", sku="POWERBANK-VOLT-20K"),
    case("gadget", "坐飞机可以带这个充电宝吗 会不会被没收", "fact", "POWERBANK-VOLT",
         sku="POWERBANK-VOLT", fact="100瓦时以下"),
    case("gadget", "the magdisc charger does it come with a plug or just the cable", "fact",
         sku="CHARGER-QI2-15W", fact="1 m USB-C cable attached"),
    case("gadget", "airlite pro how many pairs left", "stock", sku="EARBUDS-AIRLITE-PRO"),
    case("gadget", "戴这个耳机去游泳池行不行", "fact", sku="EARBUDS-AIRLITE-PRO", fact="IPX4"),
    case("gadget", "can the braided cable run my external monitor", "fact", sku="CABLE-USBC-BRAID",
         fact="not video"),
    case("gadget", "15 pro max frost black case how many left", "stock", sku="CASE-IP15PM-BLK"),
    case("gadget", "shieldy case for galaxy s24 how much", "price", sku="CASE-S24-CLR"),
    case("gadget", "do the homeplug smart plugs work with homekit", "fact", sku="PLUG-SMART-2PK",
         fact="not Apple Home"),
    case("gadget", "我家只有5G的wifi 智能插座连得上吗", "fact", sku="PLUG-SMART-2PK",
         fact="仅支持2.4G Wi-Fi"),
    case("gadget", "小炮蓝牙音箱有货吗", "stock", sku="SPEAKER-BOOMLET"),
    case("gadget", "does the boomlet float if i drop it in the pool", "fact", sku="SPEAKER-BOOMLET",
         fact="it sinks"),
    case("gadget", "这个贴膜有防偷看功能吗", "fact", "GLASS-CLEARGUARD-3PK",
         sku="GLASS-CLEARGUARD-3PK", fact="没有防窥功能"),
    case("gadget", "will my 16 inch macbook fit on the liftdesk", "fact", sku="STAND-LIFTDESK",
         fact="10 to 17.3 inches"),
    case("gadget", "出风口支架能顺便无线充电吗", "fact", sku="MOUNT-GRIPSTER", fact="没有充电功能"),
    case("gadget", "findit tags work on android?", "fact", sku="TAG-FINDIT-4PK",
         fact="you need an iPhone or iPad"),
    case("gadget", "do you guys post to dublin", "policy", policy="shipping"),
    case("gadget", "耳机戴过了还能退吗", "policy", policy="returns"),
    case("gadget", "how long is the warranty on the power bank", "policy", policy="warranty"),
    case("gadget", "可以用Clearpay分期付吗", "policy", policy="payment"),
    case("gadget", "do the airlite buds pause when you take one out", "abstain",
         sku="EARBUDS-AIRLITE-PRO", why="not stated"),
    case("gadget", "有没有卖平板电脑", "abstain", why="not carried"),
    case("gadget", "magdisc charger price in euros?", "abstain", sku="CHARGER-QI2-15W",
         why="price in another currency"),
    case("gadget", "will the shieldy case fit an iphone 16", "abstain", sku="CASE-SHIELDY-CLEAR",
         why="not stated (a model the listing does not name)"),
    case("gadget", "10000 vs 20000 voltpack prices", "compare",
         skus=["POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K"]),
    case("gadget", "数码配件今天有什么优惠", "deals"),
    case("gadget", "what phone are you using to stream", "abstain", why="about the host"),
]

# bedding (INR), make_heldout14.py's shop
QUESTIONS += [
    case("bedding", "king size white bedsheet in stock?", "stock", sku="SHEET-KG-WHT"),
    case("bedding", "大床白色床单套件几多钱", "price", sku="SHEET-QN-WHT"),
    case("bedding", "is the dreamweave sheet egyptian cotton", "fact", sku="SHEET-PERCALE-300",
         fact="not Egyptian cotton"),
    case("bedding", "is it a fitted sheet with elastic or flat", "fact", sku="SHEET-PERCALE-300",
         fact="not fitted"),
    case("bedding", "winter duvet king size how many left", "stock", sku="DUVET-KG-WIN"),
    case("bedding", "这个被子里面有没有羽毛", "fact", "DUVET-MICRO", sku="DUVET-MICRO",
         fact="不含羽绒和羽毛"),
    case("bedding", "softrest pillows is that price for 1 or 2", "fact", sku="PILLOW-FIBRE-PAIR",
         fact="sold as a pair"),
    case("bedding", "记忆棉枕头可以丢洗衣机吗", "fact", sku="PILLOW-MEMORY", fact="枕芯不能洗"),
    case("bedding", "weighted blanket 9 kg how much", "price", sku="WEIGHTED-9KG"),
    case("bedding", "重力毯7公斤的还有几条", "stock", sku="WEIGHTED-7KG"),
    case("bedding", "charcoal curtain 7ft available?", "stock", sku="CURTAIN-7FT-CHAR"),
    case("bedding", "窗帘是一片的价钱还是一对", "fact", sku="CURTAIN-BLACKOUT", fact="单片"),
    case("bedding", "can i put the jute doormat outside the front door", "fact",
         sku="DOORMAT-JUTE", fact="indoor use only"),
    case("bedding", "抱枕套有没有送枕芯", "fact", sku="CUSHION-COVER-5", fact="不含枕芯"),
    case("bedding", "防水床笠睡上去会沙沙响吗", "fact", sku="PROTECTOR-DRYGUARD", fact="静音无沙沙声"),
    case("bedding", "silk pillowcase in blush how many left", "stock", sku="SILK-BLUSH"),
    case("bedding", "can you ship the bedsheets to singapore", "policy", policy="shipping-singapore"),
    case("bedding", "cash on delivery available?", "policy", policy="payment"),
    case("bedding", "枕头收到了不喜欢可以退吗", "policy", policy="returns"),
    case("bedding", "what if the colour bleeds after washing, any guarantee", "policy",
         policy="care"),
    case("bedding", "is the bedsheet oeko-tex certified", "abstain", sku="SHEET-PERCALE-300",
         why="not stated"),
    case("bedding", "你们有卖床垫吗", "abstain", why="not carried"),
    case("bedding", "weighted blanket price in USD?", "abstain", sku="BLANKET-WEIGHTED",
         why="price in another currency"),
    case("bedding", "silk pillowcase helps with acne?", "abstain", sku="PILLOWCASE-SILK",
         why="not stated"),
    case("bedding", "double vs queen white sheet set price", "compare",
         skus=["SHEET-DBL-WHT", "SHEET-QN-WHT"]),
    case("bedding", "床品今晚有什么优惠", "deals"),
    case("bedding", "买两套床单可以算便宜一点吗", "abstain", sku="SHEET-PERCALE-300",
         why="asks for a discount"),
]

# beauty (EUR), make_heldout7.py's shop
QUESTIONS += [
    case("beauty", "the 100ml moisturiser how much", "price", sku="MOIST-HYDRA-100ML"),
    case("beauty", "面霜大罐100毫升的几多钱", "price", sku="MOIST-HYDRA-100ML"),
    case("beauty", "04 honey foundation still got ah", "stock", sku="FOUND-04-HONEY"),
    case("beauty", "does the soleil sunscreen go white on darker skin", "fact",
         sku="SUNSCREEN-SOLEIL", fact="clear on every skin tone"),
    case("beauty", "擦完防晒再上粉底会不会搓泥", "fact", sku="SUNSCREEN-SOLEIL", fact="不搓泥"),
    case("beauty", "nude rose lippie how many left", "stock", sku="LIP-NUDE-ROSE"),
    case("beauty", "这支口红是哑光还是缎光的", "fact", sku="LIPSTICK-VELOURS", fact="缎光"),
    case("beauty", "can i layer the vit c serum with my retinol", "fact", sku="SERUM-C15",
         fact="retinol at night"),
    case("beauty", "开了盖能放多久", "fact", "SERUM-C15", sku="SERUM-C15", fact="3个月"),
    case("beauty", "吹风机拿去台湾110伏能用吗", "fact", sku="DRYER-AEROLUX", fact="220-240伏"),
    case("beauty", "can the soniq toothbrush get wet in the shower", "fact",
         sku="TOOTHBRUSH-SONIQ", fact="IPX7"),
    case("beauty", "香水最大瓶100ml卖多少", "price", sku="PERFUME-100ML"),
    case("beauty", "is nuit de fleurs a mens or womens scent", "fact", sku="PERFUME-NUIT",
         fact="women's fragrance"),
    case("beauty", "补水面膜什么时候补货 现在有吗", "stock", sku="MASK-HYDRA-10"),
    case("beauty", "will glide5 cartridges fit my old gillette handle", "fact",
         sku="RAZOR-GLIDE5", fact="only Glide handles"),
    case("beauty", "do you ship cosmetics to switzerland", "policy", policy="shipping-limits"),
    case("beauty", "美妆店可以用支付宝付款吗", "policy", policy="payment"),
    case("beauty", "opened the lipstick and hate the colour, can i still send it back", "policy",
         policy="returns"),
    case("beauty", "面霜孕妇可以用吗", "abstain", sku="MOIST-HYDRA", why="not stated"),
    case("beauty", "does the velours lipstick have lead in it", "abstain", sku="LIPSTICK-VELOURS",
         why="not stated"),
    case("beauty", "你们有卖指甲油吗", "abstain", why="not carried"),
    case("beauty", "vitamin c serum how much in ringgit", "abstain", sku="SERUM-C15",
         why="price in another currency"),
    case("beauty", "香水是正品吗 有防伪码可以查吗", "abstain", sku="PERFUME-NUIT", why="not stated"),
    case("beauty", "面霜50和100毫升价钱比一下", "compare",
         skus=["MOIST-HYDRA-50ML", "MOIST-HYDRA-100ML"]),
    case("beauty", "美妆这边今天有什么特价", "deals"),
    case("beauty", "what foundation shade are you wearing today", "abstain", why="about the host"),
]

# fitness (USD), make_heldout8.py's shop
QUESTIONS += [
    case("fitness", "5lb vanilla whey restocked yet?", "stock", sku="WHEY-VAN-5LB"),
    case("fitness", "巧克力味5磅的蛋白粉多少钱", "price", sku="WHEY-CHOC-5LB"),
    case("fitness", "strawberry whey how many tubs left", "stock", sku="WHEY-STRAW-2LB"),
    case("fitness", "氮泵一勺有多少咖啡因啊", "fact", sku="PREWORKOUT-VOLTAGE", fact="300毫克"),
    case("fitness", "1000g creatine how much", "price", sku="CREATINE-1000G"),
    case("fitness", "肌酸一定要先冲击吗", "fact", sku="CREATINE-PUREFORM", fact="不需要"),
    case("fitness", "birthday cake bars how many boxes left", "stock", sku="BAR-BIRTHDAY-CAKE"),
    case("fitness", "我花生过敏 蛋白棒能吃吗", "fact", sku="BAR-CRUNCHLAB-12", fact="含花生"),
    case("fitness", "can i shake hot coffee in the blendpro", "fact", sku="SHAKER-BLENDPRO",
         fact="140°F"),
    case("fitness", "flexlift pair how much", "price", sku="DUMBBELL-PAIR"),
    case("fitness", "这个哑铃一只最重几公斤", "fact", "DUMBBELL-FLEXLIFT", sku="DUMBBELL-FLEXLIFT",
         fact="23.8公斤"),
    case("fitness", "10毫米鼠尾草绿的瑜伽垫多少钱", "price", sku="MAT-10MM-SAGE"),
    case("fitness", "竞速跳绳卖完了吗", "stock", sku="ROPE-SWIFT"),
    case("fitness", "gripguard gloves size L how many left", "stock", sku="GLOVES-L"),
    case("fitness", "体脂秤一定要连wifi才能用吗", "fact", sku="SCALE-TALLY", fact="不支持Wi-Fi"),
    case("fitness", "do you ship protein to canada", "policy", policy="shipping-limits"),
    case("fitness", "订阅的话打几折", "policy", policy="subscribe-save"),
    case("fitness", "蛋白粉开封了还能退吗", "policy", policy="returns"),
    case("fitness", "is the ironcore whey halal certified", "abstain", sku="WHEY-IRONCORE",
         why="not stated"),
    case("fitness", "你们有卖跑步机吗", "abstain", why="not carried"),
    case("fitness", "肌酸500克多少人民币", "abstain", sku="CREATINE-PUREFORM",
         why="price in another currency"),
    case("fitness", "ok to take voltage while breastfeeding?", "abstain", sku="PREWORKOUT-VOLTAGE",
         why="not stated"),
    case("fitness", "chocolate vs cookies n cream 2lb which is cheaper", "compare",
         skus=["WHEY-CHOC-2LB", "WHEY-CNC-2LB"]),
    case("fitness", "健身的有什么促销吗今天", "deals"),
    case("fitness", "bro can u do me a discount code for the dumbbells", "abstain",
         sku="DUMBBELL-FLEXLIFT", why="asks for a discount"),
]

# pets (GBP), make_heldout9.py's shop
QUESTIONS += [
    case("pets", "hearthside adult 12kg back in stock or not", "stock", sku="DOG-ADULT-12KG"),
    case("pets", "幼犬粮6公斤装卖几多", "price", sku="DOG-PUPPY-6KG"),
    case("pets", "is the hearthside kibble grain free? my vet said go grain free", "fact",
         sku="DOGFOOD-HEARTH", fact="not grain free"),
    case("pets", "我家狗对牛肉过敏 这款狗粮有牛肉吗", "fact", sku="DOGFOOD-HEARTH",
         fact="不含小麦、大豆、牛肉"),
    case("pets", "duck pouches how many boxes left", "stock", sku="CAT-DUCK-12"),
    case("pets", "三个月的小猫可以吃这个湿粮吗", "fact", sku="CATFOOD-PURRFECT", fact="1岁以上成猫"),
    case("pets", "猫砂用完可以直接倒马桶冲掉吗", "fact", sku="LITTER-CLOUDCLUMP", fact="膨润土矿砂"),
    case("pets", "trailfit M in navy still in stock", "stock", sku="HARNESS-M-NAVY"),
    case("pets", "will the trailfit harness stop my lab pulling", "fact", sku="HARNESS-TRAILFIT",
         fact="not a no-pull harness"),
    case("pets", "8米的伸缩绳能牵多重的狗", "fact", sku="LEAD-REELX", fact="8米50公斤"),
    case("pets", "饮水机还剩几台", "stock", sku="FOUNTAIN-FLOWY"),
    case("pets", "does this one run on batteries or does it need plugging in", "fact",
         "FOUNTAIN-FLOWY", sku="FOUNTAIN-FLOWY", fact="no built-in battery"),
    case("pets", "驱虫滴剂大型犬20到40公斤的多少钱", "price", sku="SPOTON-L"),
    case("pets", "can i use the fleashield drops on my cat too", "fact", sku="SPOTON-FLEASHIELD",
         fact="never use it on cats"),
    case("pets", "snuggle bed large 90cm price", "price", sku="BED-L"),
    case("pets", "顶开门的猫航空箱有现货吗", "stock", sku="CARRIER-VOYAGE"),
    case("pets", "does the toughring float? for the beach", "fact", sku="TOY-TOUGHRING",
         fact="floats in water"),
    case("pets", "寄到北爱尔兰运费要多少", "policy", policy="shipping-limits"),
    case("pets", "how much do i save with repeat & save", "policy", policy="repeat-save"),
    case("pets", "狗粮开了袋狗不吃可以退吗", "policy", policy="returns"),
    case("pets", "is hearthside aafco approved", "abstain", sku="DOGFOOD-HEARTH", why="not stated"),
    case("pets", "你们有没有卖鸟笼", "abstain", why="not carried"),
    case("pets", "猫砂10升多少马币", "abstain", sku="LITTER-CLOUDCLUMP",
         why="price in another currency"),
    case("pets", "狗窝耐咬吗 我家哈士奇什么都咬", "abstain", sku="BED-SNUGGLE", why="not stated"),
    case("pets", "3m or 5m reelx, price difference?", "compare", skus=["LEAD-3M", "LEAD-5M"]),
    case("pets", "宠物用品今天有优惠活动吗", "deals"),
    case("pets", "do you have a dog yourself?", "abstain", why="about the host"),
]

# baby (EUR), make_heldout10.py's shop
QUESTIONS += [
    case("baby", "size 6 nappies restocked?", "stock", sku="NAPPY-S6"),
    case("baby", "4号纸尿裤一包多少钱", "price", sku="NAPPY-S4"),
    case("baby", "尿不湿有香味吗 宝宝皮肤敏感", "fact", sku="NAPPY-SOFTSTEP", fact="无香料"),
    case("baby", "stage 2 lunamilk how much per tin", "price", sku="FORMULA-STAGE2"),
    case("baby", "奶粉含不含棕榈油", "fact", sku="FORMULA-LUNA", fact="不含棕榈油"),
    case("baby", "ok to heat milk in the calmflow in the microwave", "fact", sku="BOTTLE-CALMFLOW",
         fact="do not microwave it"),
    case("baby", "湿巾用完能丢马桶冲吗", "fact", sku="WIPES-PUREAQUA", fact="扔进垃圾桶"),
    case("baby", "zippa in sand is it available", "stock", sku="STROLLER-SAND"),
    case("baby", "这台推车可以带上飞机放行李架吗", "fact", "STROLLER-ZIPPA", sku="STROLLER-ZIPPA",
         fact="行李架"),
    case("baby", "can a newborn go in the zippa", "fact", sku="STROLLER-ZIPPA",
         fact="from 6 months"),
    case("baby", "360安全座椅还剩几个", "stock", sku="CARSEAT-ORBIT360"),
    case("baby", "my old car has no isofix, can i still fit the orbit 360", "fact",
         sku="CARSEAT-ORBIT360", fact="ISOFIX only"),
    case("baby", "婴儿监视器能连手机App看吗", "fact", sku="MONITOR-NESTVIEW", fact="没有App"),
    case("baby", "can the bloom teether go in the freezer for sore gums", "fact",
         sku="TEETHER-BLOOM", fact="never freeze it"),
    case("baby", "2.5 tog 6-18m sleeping bag got stock?", "stock", sku="SLEEP-25-6-18"),
    case("baby", "1.0托格的睡袋适合房间几度", "fact", sku="SLEEPBAG-DREAMY", fact="20-24°C"),
    case("baby", "dusty pink bodysuits 12-18 months price", "price", sku="BODY-12-18-PINK"),
    case("baby", "这个餐椅可以折起来收吗", "fact", "HIGHCHAIR-GROWUP", sku="HIGHCHAIR-GROWUP",
         fact="不能折叠"),
    case("baby", "zincsoothe 100ml how many tubes left", "stock", sku="CREAM-100ML"),
    case("baby", "推车可以寄到法国吗", "policy", policy="shipping-limits"),
    case("baby", "what's the nappy club discount", "policy", policy="nappy-club"),
    case("baby", "可以用Klarna分期吗", "policy", policy="payment"),
    case("baby", "is lunamilk halal", "abstain", sku="FORMULA-LUNA", why="not stated"),
    case("baby", "有没有卖婴儿洗澡盆", "abstain", why="not carried"),
    case("baby", "how much is the zippa in pounds", "abstain", sku="STROLLER-ZIPPA",
         why="price in another currency"),
    case("baby", "纸尿裤是日本进口的吗", "abstain", sku="NAPPY-SOFTSTEP", why="not stated"),
    case("baby", "150ml and 260ml calmflow, how much each", "compare",
         skus=["BOTTLE-150ML", "BOTTLE-260ML"]),
    case("baby", "母婴用品今天有什么折扣", "deals"),
    case("baby", "can you knock 10% off the car seat for me", "abstain", sku="CARSEAT-ORBIT360",
         why="asks for a discount"),
]

# tools (AUD), make_heldout11.py's shop
QUESTIONS += [
    case("tools", "volta drill with the 4ah battery back in stock?", "stock", sku="DRILL-KIT-4AH"),
    case("tools", "电钻2.0Ah那套卖多少", "price", sku="DRILL-KIT-2AH"),
    case("tools", "can the volta drill go into brick for wall plugs", "fact", sku="DRILL-VOLTA18",
         fact="no hammer mode"),
    case("tools", "冲击起子机有配电池吗还是光机", "fact", sku="IMPACT-VOLTA18", fact="裸机"),
    case("tools", "6.0ah batteries how many left", "stock", sku="BATT-6AH"),
    case("tools", "我有makita的机 这电池插得上吗", "fact", sku="BATT-VOLTA18",
         fact="仅适配伏塔18V工具"),
    case("tools", "can the fast charger do two packs at once", "fact", sku="CHARGER-VOLTA-FAST",
         fact="one battery at a time"),
    case("tools", "电圆锯是锂电的还是插电的", "fact", sku="SAW-CIRC-185", fact="240伏插电"),
    case("tools", "how deep does it cut at 45 degrees", "fact", "SAW-CIRC-185", sku="SAW-CIRC-185",
         fact="45 mm"),
    case("tools", "这套钻头可以钻水泥墙吗", "fact", sku="BITS-HSS-19", fact="不能打水泥"),
    case("tools", "ok to use the zinc screws on an outdoor deck?", "fact", sku="SCREWS-DECK-500",
         fact="for indoor use only"),
    case("tools", "green laser level in stock yet", "stock", sku="LASER-CROSS360"),
    case("tools", "激光水平仪有送三脚架吗", "fact", sku="LASER-CROSS360", fact="需另购"),
    case("tools", "8米卷尺几钱", "price", sku="TAPE-8M"),
    case("tools", "does the griplock tape have inches on it", "fact", sku="TAPE-GRIPLOCK",
         fact="metric only"),
    case("tools", "折叠工作台还有几张", "stock", sku="BENCH-FOLDPRO"),
    case("tools", "can i order the clearview specs with my prescription", "fact",
         sku="GLASSES-CLEARVIEW", fact="not prescription lenses"),
    case("tools", "工业吸尘器带HEPA滤芯吗", "fact", sku="VAC-WETDRY", fact="HEPA滤芯需另购"),
    case("tools", "can you send the drill kit to perth", "policy", policy="shipping-remote"),
    case("tools", "电池能寄去新西兰吗", "policy", policy="shipping-nz"),
    case("tools", "any trade discount for tradies with an abn", "policy", policy="trade"),
    case("tools", "布里斯班可以自己去仓库拿货吗", "policy", policy="pickup"),
    case("tools", "where is the volta drill made", "abstain", sku="DRILL-VOLTA18", why="not stated"),
    case("tools", "你们有没有卖电焊机", "abstain", why="not carried"),
    case("tools", "circular saw price in US dollars?", "abstain", sku="SAW-CIRC-185",
         why="price in another currency"),
    case("tools", "冲击起子有没有蓝色的", "abstain", sku="IMPACT-VOLTA18", why="not stated"),
    case("tools", "20L vs 30L wet and dry vac prices", "compare", skus=["VAC-20L", "VAC-30L"]),
    case("tools", "工具今晚有什么直播优惠", "deals"),
    case("tools", "what's in your own shed mate, all volta?", "abstain", why="about the host"),
]

# jewel (SGD), make_heldout12.py's shop
QUESTIONS += [
    case("jewel", "luna ring size 7 got stock?", "stock", sku="RING-US7"),
    case("jewel", "月光戒指美码8号多少钱", "price", sku="RING-US8"),
    case("jewel", "the aura necklace is it real gold or plated", "fact", sku="NECKLACE-AURA",
         fact="not solid gold"),
    case("jewel", "人字链45厘米的几多钱", "price", sku="NECK-45CM"),
    case("jewel", "does the aura chain come with an extender", "fact", sku="NECKLACE-AURA",
         fact="no extender chain"),
    case("jewel", "这珍珠是养殖的还是天然的", "fact", sku="EARRING-PEARL", fact="淡水养殖珍珠"),
    case("jewel", "are the pearl ones clip on? no piercings", "fact", sku="EARRING-PEARL",
         fact="studs for pierced ears"),
    case("jewel", "培育钻石吊坠0.5克拉多少钱", "price", sku="PENDANT-050CT"),
    case("jewel", "吊坠有配链子吗还是要另外买", "fact", sku="PENDANT-LABDIA", fact="45厘米14K白金链"),
    case("jewel", "can i get initials engraved on the diamond pendant", "fact",
         sku="PENDANT-LABDIA", fact="not offered"),
    case("jewel", "meridian on brown leather, in stock?", "stock", sku="WATCH-BROWN-LEATHER"),
    case("jewel", "子午线手表可以戴去潜水吗", "fact", sku="WATCH-MERIDIAN40", fact="不可潜水"),
    case("jewel", "how long does it run off the wrist", "fact", "WATCH-MERIDIAN40",
         sku="WATCH-MERIDIAN40", fact="42 hours"),
    case("jewel", "58mm jade bangle still available?", "stock", sku="JADE-58MM"),
    case("jewel", "翡翠手镯有没有鉴定证书", "fact", sku="BANGLE-JADE", fact="A货证书"),
    case("jewel", "how many letters can you engrave on the titan band", "fact", sku="BAND-TITAN6",
         fact="up to 20 characters"),
    case("jewel", "手链有没有附送串珠", "fact", sku="BRACELET-CHARMLY", fact="串珠需要另外购买"),
    case("jewel", "ring sizer still got or sold out", "stock", sku="SIZER-RING"),
    case("jewel", "寄来马来西亚要几天", "policy", policy="shipping-malaysia"),
    case("jewel", "can i paynow for the pendant", "policy", policy="payment"),
    case("jewel", "耳环买了不喜欢可以退吗", "policy", policy="returns"),
    case("jewel", "翡翠手镯可以戴着洗澡吗", "abstain", sku="BANGLE-JADE", why="not stated"),
    case("jewel", "你们有卖金条吗", "abstain", why="not carried"),
    case("jewel", "吊坠0.3卡多少马币", "abstain", sku="PENDANT-LABDIA",
         why="price in another currency"),
    case("jewel", "is the titan band safe for an mri scan", "abstain", sku="BAND-TITAN6",
         why="not stated"),
    case("jewel", "aura 40 vs 45cm price?", "compare", skus=["NECK-40CM", "NECK-45CM"]),
    case("jewel", "首饰今天有什么优惠", "deals"),
    case("jewel", "are those your own pearl earrings you're wearing", "abstain",
         why="about the host"),
]

# brew (PHP), make_heldout13.py's shop
QUESTIONS += [
    case("brew", "sagada 500g filter grind back in stock?", "stock", sku="SAGADA-500-FIL"),
    case("brew", "萨加达咖啡豆1公斤原豆几多钱", "price", sku="SAGADA-1KG-WB"),
    case("brew", "is the sagada decaf? drinking it at night", "fact", sku="BEAN-SAGADA",
         fact="not decaf"),
    case("brew", "耶加雪菲我怕酸 会很酸吗", "fact", sku="BEAN-YIRGA", fact="不是尖酸"),
    case("brew", "yirgacheffe 1kg how many bags left", "stock", sku="YIRGA-1KG-WB"),
    case("brew", "barako 500g espresso grind price", "price", sku="BARAKO-500-ESP"),
    case("brew", "barako is arabica right?", "fact", sku="BEAN-BARAKO", fact="not arabica"),
    case("brew", "阿里山乌龙放冰箱冷泡行不行", "fact", sku="OOLONG-ALISHAN", fact="冷藏8小時"),
    case("brew", "宇治抹茶粉里面有没有糖", "fact", sku="MATCHA-UJI-30", fact="無添加糖"),
    case("brew", "how many bowls do you get out of one tin", "fact", "MATCHA-UJI-30",
         sku="MATCHA-UJI-30", fact="about 15 bowls"),
    case("brew", "do the drip bags need any machine", "fact", sku="DRIPBAG-HOUSE-10",
         fact="just a cup and hot water"),
    case("brew", "白色手冲壶还剩几个", "stock", sku="KETTLE-WHITE"),
    case("brew", "what voltage is the pourline kettle, we're on 240v here", "fact",
         sku="KETTLE-GOOSE-08", fact="220–240 V only"),
    case("brew", "摩卡壶能不能放电磁炉煮", "fact", sku="MOKA-ALU", fact="不適用電磁爐"),
    case("brew", "6 cup moka pot price pls", "price", sku="MOKA-6CUP"),
    case("brew", "if i break the glass can i buy just the glass for the french press", "fact",
         sku="PRESS-FRENCH-600", fact="not sold separately"),
    case("brew", "手摇磨豆机是什么刀盘", "fact", sku="GRINDER-HAND-C40", fact="陶瓷錐刀"),
    case("brew", "v60 paper filters in stock?", "stock", sku="FILTER-PAPER-100"),
    case("brew", "does the whirl frother come with batteries", "fact", sku="FROTHER-WHISK",
         fact="not included"),
    case("brew", "寄到台湾要多少运费 几天到", "policy", policy="shipping-taiwan"),
    case("brew", "gcash pwede ba for payment", "policy", policy="payment"),
    case("brew", "咖啡豆开了不合口味可以退吗", "policy", policy="returns"),
    case("brew", "is the uji matcha organic", "abstain", sku="MATCHA-UJI-30", why="not stated"),
    case("brew", "你们有卖意式咖啡机吗", "abstain", why="not carried"),
    case("brew", "sagada beans price in ringgit?", "abstain", sku="BEAN-SAGADA",
         why="price in another currency"),
    case("brew", "巴拉科一杯有多少毫克咖啡因", "abstain", sku="BEAN-BARAKO", why="not stated"),
    case("brew", "3-cup vs 6-cup moka, how much each", "compare", skus=["MOKA-3CUP", "MOKA-6CUP"]),
    case("brew", "咖啡这边今天有什么优惠", "deals"),
    case("brew", "what's your own go-to coffee order?", "abstain", why="about the host"),
]

# sample (CNY), make_suite.SHOPS
QUESTIONS += [
    case("sample", "牛腱子一包几多钱", "price", sku="BEEF-SHANK-1KG"),
    case("sample", "do i need to scrub wax off the fuji apples", "fact", sku="APPLE-FUJI-5KG",
         fact="not waxed"),
    case("sample", "这个甜玉米是非转基因的吗", "fact", sku="CORN-SWEET-10", fact="非转基因"),
    case("sample", "how long does the x7 run on one charge", "fact", sku="VACUUM-ROBOT-X7",
         fact="180 minutes"),
    case("sample", "电视屏幕坏了保修几年", "fact", sku="TV-4K-65", fact="整机保修3年"),
    case("sample", "65寸电视现在什么价", "price", sku="TV-4K-65"),
    case("sample", "可以寄香港吗", "policy", policy="shipping-remote"),
    case("sample", "can i pay with paypal for the air fryer", "policy", policy="payment"),
    case("sample", "有没有卖冰箱", "abstain", why="not carried"),
    case("sample", "how much is the air fryer in US dollars", "abstain", sku="AIRFRYER-6L",
         why="price in another currency"),
    case("sample", "空气炸锅有没有旋转烤叉", "abstain", sku="AIRFRYER-6L", why="not stated"),
    case("sample", "电饭煲和空气炸锅各多少钱", "compare", skus=["RICECOOKER-IH-4L", "AIRFRYER-6L"]),
]

# apparel (USD), make_suite.SHOPS
QUESTIONS += [
    case("apparel", "merino crew sweater restock when, any now?", "stock", sku="SWEATER-MERINO"),
    case("apparel", "V领T恤还剩几件", "stock", sku="TEE-VNECK"),
    case("apparel", "how much r the slim fit jeans", "price", sku="JEANS-SLIM"),
    case("apparel", "stormline jacket waterproof rating?", "fact", sku="JACKET-RAIN",
         fact="10000 mm"),
    case("apparel", "can i chuck the canvas sneakers in the washing machine", "fact",
         sku="SNEAKER-CANVAS", fact="gentle cold cycle"),
    case("apparel", "毛线帽是不是均码", "fact", sku="BEANIE-WOOL", fact="均码"),
    case("apparel", "换尺码要不要钱", "policy", policy="returns"),
    case("apparel", "free shipping above how much", "policy", policy="shipping"),
    case("apparel", "do you guys sell belts", "abstain", why="not carried"),
    case("apparel", "牛仔裤是在哪个国家做的", "abstain", sku="JEANS-SLIM", why="not stated"),
    case("apparel", "衣服今天有什么活动价", "deals"),
]

# snack (CNY), make_suite.SHOPS
QUESTIONS += [
    case("snack", "麻辣牛肉干一包多少钱", "price", sku="JERKY-SPICY-250"),
    case("snack", "how many seaweed packs left", "stock", sku="SEAWEED-CRISPY-12"),
    case("snack", "每日坚果一袋几克", "fact", sku="NUTS-DAILY-30", fact="25克"),
    case("snack", "where's the dried mango from", "fact", sku="MANGO-DRIED-500",
         fact="Cebu, Philippines"),
    case("snack", "港式奶茶粉一条要加几多热水", "fact", sku="MILKTEA-POWDER-20", fact="150毫升"),
    case("snack", "焦糖瓜子保质期多久", "fact", sku="SEEDS-SUNFLOWER-1KG", fact="8个月"),
    case("snack", "零食拆了不好吃能退吗", "policy", policy="returns"),
    case("snack", "can i pay by card for snacks", "policy", policy="payment"),
    case("snack", "你们有卖辣条吗", "abstain", why="not carried"),
    case("snack", "牛肉干有没有清真认证", "abstain", sku="JERKY-SPICY-250", why="not stated"),
    case("snack", "jerky vs dried mango which one cheaper", "compare",
         skus=["JERKY-SPICY-250", "MANGO-DRIED-500"]),
]

# outdoor (USD), make_suite.DEV_SHOPS
QUESTIONS += [
    case("outdoor", "4 person ridgeline how many left", "stock", sku="TENT-RIDGE-4P"),
    case("outdoor", "头灯高亮能用几个钟", "fact", sku="LAMP-TRAIL-400", fact="高亮4小时"),
    case("outdoor", "does the pico stove come with a gas canister", "fact", sku="STOVE-PICO",
         fact="sold separately"),
    case("outdoor", "summit sleeping bag back in stock?", "stock", sku="BAG-SUMMIT-20"),
    case("outdoor", "登山鞋石板灰还有吗", "stock", sku="BOOT-GRANITE-GREY"),
    case("outdoor", "can the squeeze filter take out viruses", "fact", sku="FILTER-SQUEEZE",
         fact="not viruses"),
    case("outdoor", "登山杖最短可以缩到几公分", "fact", sku="POLES-CARBON", fact="63厘米"),
    case("outdoor", "30lb wildpaw price", "price", sku="DOG-SALMON-30LB"),
    case("outdoor", "can you ship the tent to hawaii", "policy", policy="shipping-limits"),
    case("outdoor", "露营帐篷有几年保修", "policy", policy="warranty"),
    case("outdoor", "背包可以装17寸电脑吗", "abstain", sku="PACK-DAY-20", why="not stated"),
    case("outdoor", "got any kayaks for sale", "abstain", why="not carried"),
    case("outdoor", "户外用品今天有什么优惠", "deals"),
]

# More must-abstain rows on the earlier shops: not carried, not stated, the host, another
# currency, a discount, a market claim, a model the listing does not name
QUESTIONS += [
    case("beauty", "你们有卖卸妆水吗", "abstain", why="not carried"),
    case("beauty", "粉底液是哪个国家生产的", "abstain", sku="FOUNDATION-SKINVEIL", why="not stated"),
    case("beauty", "这个防晒有没有做动物实验", "abstain", sku="SUNSCREEN-SOLEIL", why="not stated"),
    case("beauty", "香水50毫升多少新币", "abstain", sku="PERFUME-NUIT",
         why="price in another currency"),
    case("beauty", "你今天涂的是哪个色号的口红", "abstain", why="about the host"),
    case("beauty", "is this the cheapest vitamin c serum in europe", "abstain", sku="SERUM-C15",
         why="not stated (a market claim)"),
    case("beauty", "老板口红买三支可以打折吗", "abstain", sku="LIPSTICK-VELOURS",
         why="asks for a discount"),
    case("fitness", "你们有卖跑步鞋吗", "abstain", why="not carried"),
    case("fitness", "蛋白粉是在哪里生产的", "abstain", sku="WHEY-IRONCORE", why="not stated"),
    case("fitness", "体脂秤可以量血压吗", "abstain", sku="SCALE-TALLY", why="not stated"),
    case("fitness", "可调哑铃一对多少欧元", "abstain", sku="DUMBBELL-FLEXLIFT",
         why="price in another currency"),
    case("fitness", "你自己一天喝几勺蛋白粉", "abstain", why="about the host"),
    case("fitness", "瑜伽垫脏了可以丢洗衣机吗", "abstain", sku="MAT-ZENGRIP", why="not stated"),
    case("fitness", "can you do the dumbbell pair for 300 flat", "abstain",
         sku="DUMBBELL-FLEXLIFT", why="asks for a discount"),
    case("pets", "有没有卖仓鼠笼", "abstain", why="not carried"),
    case("pets", "猫湿粮是哪个国家做的", "abstain", sku="CATFOOD-PURRFECT", why="not stated"),
    case("pets", "狗零食开封后保质期多久", "abstain", sku="TREATS-PUREBITES", why="not stated"),
    case("pets", "这个航空箱可以带上飞机客舱吗", "abstain", sku="CARRIER-VOYAGE",
         why="not stated"),
    case("pets", "成犬粮12公斤多少新币", "abstain", sku="DOGFOOD-HEARTH",
         why="price in another currency"),
    case("pets", "你家的猫叫什么名字", "abstain", why="about the host"),
    case("pets", "is the flowy the quietest fountain in the uk", "abstain", sku="FOUNTAIN-FLOWY",
         why="not stated (a market claim)"),
    case("baby", "有没有卖婴儿床", "abstain", why="not carried"),
    case("baby", "奶瓶用多久要换新的", "abstain", sku="BOTTLE-CALMFLOW", why="not stated"),
    case("baby", "推车折起来放得进Myvi的后车厢吗", "abstain", sku="STROLLER-ZIPPA",
         why="not stated (a car model the listing does not name)"),
    case("baby", "安全座椅适合Perodua Alza吗", "abstain", sku="CARSEAT-ORBIT360",
         why="not stated (a car model the listing does not name)"),
    case("baby", "婴儿监视器多少马币", "abstain", sku="MONITOR-NESTVIEW",
         why="price in another currency"),
    case("baby", "老板你自己有几个孩子", "abstain", why="about the host"),
    case("baby", "湿巾买十箱可以算便宜点吗", "abstain", sku="WIPES-PUREAQUA",
         why="asks for a discount"),
    case("tools", "有没有卖链锯", "abstain", why="not carried"),
    case("tools", "工业吸尘器开起来吵不吵", "abstain", sku="VAC-WETDRY", why="not stated"),
    case("tools", "电圆锯可以换别的牌子的锯片吗", "abstain", sku="SAW-CIRC-185", why="not stated"),
    case("tools", "8米卷尺多少马币", "abstain", sku="TAPE-GRIPLOCK",
         why="price in another currency"),
    case("tools", "折叠工作台是哪里制造的", "abstain", sku="BENCH-FOLDPRO", why="not stated"),
    case("tools", "is volta the best drill brand in australia", "abstain", sku="DRILL-VOLTA18",
         why="not stated (a market claim)"),
    case("tools", "老板你自己用什么牌子的电钻", "abstain", why="about the host"),
    case("jewel", "有卖脚链吗", "abstain", why="not carried"),
    case("jewel", "珍珠耳钉可以戴着洗澡吗", "abstain", sku="EARRING-PEARL", why="not stated"),
    case("jewel", "钛戒戴久了会不会变色", "abstain", sku="BAND-TITAN6", why="not stated"),
    case("jewel", "翡翠手镯多少人民币", "abstain", sku="BANGLE-JADE",
         why="price in another currency"),
    case("jewel", "你脖子上戴的是哪一条项链", "abstain", why="about the host"),
    case("jewel", "can you do the jade bangle for 600", "abstain", sku="BANGLE-JADE",
         why="asks for a discount"),
    case("jewel", "吊坠的钻石是在哪个国家培育的", "abstain", sku="PENDANT-LABDIA", why="not stated"),
    case("brew", "有卖可可粉吗", "abstain", why="not carried"),
    case("brew", "抹茶没开封可以放多久", "abstain", sku="MATCHA-UJI-30", why="not stated"),
    case("brew", "手摇磨豆机可以磨黑胡椒吗", "abstain", sku="GRINDER-HAND-C40", why="not stated"),
    case("brew", "保温随行杯可以装汽水吗", "abstain", sku="TUMBLER-THERMO", why="not stated"),
    case("brew", "你一天喝几杯咖啡", "abstain", why="about the host"),
    case("brew", "耶加雪菲250克多少美金", "abstain", sku="BEAN-YIRGA",
         why="price in another currency"),
    case("brew", "老板买两包咖啡豆送一包可以吗", "abstain", sku="BEAN-SAGADA",
         why="asks for a discount"),
    case("gadget", "有没有卖手机", "abstain", why="not carried"),
    case("gadget", "降噪耳机可以单只戴吗", "abstain", sku="EARBUDS-AIRLITE-PRO", why="not stated"),
    case("gadget", "充电宝可以给Switch充电吗", "abstain", sku="POWERBANK-VOLT", why="not stated"),
    case("gadget", "透明手机壳适合iPhone 14吗", "abstain", sku="CASE-SHIELDY-CLEAR",
         why="not stated (a model the listing does not name)"),
    case("gadget", "智能插座两只装多少马币", "abstain", sku="PLUG-SMART-2PK",
         why="price in another currency"),
    case("gadget", "你自己用哪个牌子的耳机", "abstain", why="about the host"),
    case("gadget", "is the magdisc the fastest charger in the uk", "abstain",
         sku="CHARGER-QI2-15W", why="not stated (a market claim)"),
    case("bedding", "有卖蚊帐吗", "abstain", why="not carried"),
    case("bedding", "床单洗多了会起球吗", "abstain", sku="SHEET-PERCALE-300", why="not stated"),
    case("bedding", "重力毯夏天盖会不会很热", "abstain", sku="BLANKET-WEIGHTED", why="not stated"),
    case("bedding", "遮光窗帘可以机洗吗", "abstain", sku="CURTAIN-BLACKOUT", why="not stated"),
    case("bedding", "浴巾四条装多少马币", "abstain", sku="TOWEL-SET4",
         why="price in another currency"),
    case("bedding", "老板你家用的是哪款枕头", "abstain", why="about the host"),
    case("bedding", "is this the cheapest silk pillowcase in india", "abstain",
         sku="PILLOWCASE-SILK", why="not stated (a market claim)"),
    case("sample", "你们店有没有洗衣机卖", "abstain", why="not carried"),
    case("sample", "烟台苹果是有机的吗", "abstain", sku="APPLE-FUJI-5KG", why="not stated"),
    case("sample", "65寸电视多少美金", "abstain", sku="TV-4K-65", why="price in another currency"),
    case("apparel", "你们有没有卖运动袜", "abstain", why="not carried"),
    case("apparel", "帆布鞋是哪里做的", "abstain", sku="SNEAKER-CANVAS", why="not stated"),
    case("apparel", "美利奴毛衣多少人民币", "abstain", sku="SWEATER-MERINO",
         why="price in another currency"),
    case("snack", "芒果干糖尿病人可以吃吗", "abstain", sku="MANGO-DRIED-500", why="not stated"),
    case("snack", "焦糖瓜子多少美金", "abstain", sku="SEEDS-SUNFLOWER-1KG",
         why="price in another currency"),
    case("snack", "零食这边有卖黑巧克力吗", "abstain", why="not carried"),
    case("outdoor", "帐篷是什么颜色的", "abstain", sku="TENT-RIDGE", why="not stated"),
    case("outdoor", "头灯多少马币", "abstain", sku="LAMP-TRAIL-400", why="price in another currency"),
    case("outdoor", "有没有钓鱼竿卖啊", "abstain", why="not carried"),
]


def main() -> None:
    seen = _existing()
    chat: list[tuple[int, int, str]] = []
    keys: set[str] = set()
    dropped = 0
    for block in CHAT_BLOCKS:
        for label, air, text in _chat_lines(block):
            k = _key(text)
            if k in seen or k in keys:
                dropped += 1
                continue
            keys.add(k)
            chat.append((label, air, text))
    random.Random(1515).shuffle(chat)
    rows: list[AnswerCase] = []
    qkeys: set[str] = set()
    qdropped = 0
    for row in QUESTIONS:
        k = _key(row["question"])
        if k in seen or k in qkeys:
            qdropped += 1
            continue
        qkeys.add(k)
        rows.append(row)
    HERE.mkdir(exist_ok=True)
    with CHAT.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in chat:
            f.write(f"{label}\t{air}\t{text}\n")
    with ANSWERS.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    n = len(chat)
    print(f"chat_heldout15: {n} lines ({dropped} dropped as repeats), "
          f"{sum(c[0] for c in chat) / n:.1%} asks, {sum(c[1] for c in chat)} on air, "
          f"{sum(bool(cjk.search(c[2])) for c in chat)} with Chinese")
    m = len(rows)
    print(f"answers_heldout15: {m} questions ({qdropped} dropped as repeats), "
          f"{sum(r['expect'] == 'abstain' for r in rows) / m:.1%} must abstain, "
          f"{sum(r['lang'] == 'zh' for r in rows) / m:.1%} Chinese, "
          f"{sum(r['shop'] == 'car' for r in rows) / m:.1%} car shop")


if __name__ == "__main__":
    main()
