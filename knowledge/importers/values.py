"""Cell values as shops write them: money with symbols and decimal commas, HTML descriptions,
files in UTF-8 (with or without BOM), UTF-16 or GBK/GB18030.

Every function here raises `ValueError` with a short message (no file or line: the caller
adds those) for a value it cannot read.
"""

from __future__ import annotations

import re
from pathlib import Path

# Symbols and codes seen in exports and marketplace listings → ISO 4217. "$" alone is a guess
# (USD); the caller warns when it used one.
CURRENCY_MARKS = {
    "¥": "CNY", "￥": "CNY", "元": "CNY", "RMB": "CNY", "rmb": "CNY",
    "US$": "USD", "$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "円": "JPY",
}
_MARK = "|".join(re.escape(m) for m in sorted(CURRENCY_MARKS, key=len, reverse=True))
_MONEY_RE = re.compile(
    rf"^(?P<pre>{_MARK}|[A-Z]{{3}})?\s*(?P<num>-?[\d.,'\u00a0\u202f ]*\d)\s*(?P<post>{_MARK}|[A-Z]{{3}})?$"
)


def parse_money(text: str) -> tuple[str, str | None]:
    """``"¥27.90"`` → ``("27.90", "CNY")``; ``"1.299,00 €"`` → ``("1299.00", "EUR")``;
    ``"27,90"`` → ``("27.90", None)``; ``"1,299"`` → ``("1299", None)`` (three digits after a
    lone comma are thousands). Raises ValueError("not a number: ...") otherwise."""
    s = text.strip()
    m = _MONEY_RE.match(s)
    if not m or (m["pre"] and m["post"]):
        raise ValueError(f"not a number: {text!r}")
    mark = m["pre"] or m["post"]
    currency = CURRENCY_MARKS.get(mark, mark) if mark else None
    num = re.sub(r"[\u00a0\u202f']", "", m["num"])
    if " " in num:  # a space groups thousands only in the "1 299,00" shape
        if not re.fullmatch(r"-?\d{1,3}( \d{3})+([.,]\d+)?", num):
            raise ValueError(f"not a number: {text!r}")
        num = num.replace(" ", "")
    if "," in num and "." in num:  # the later one is the decimal mark
        thousands = "," if num.rfind(".") > num.rfind(",") else "."
        num = num.replace(thousands, "").replace(",", ".")
    elif "," in num:
        num = num.replace(",", "") if re.fullmatch(r"-?\d{1,3}(,\d{3})+", num) else num.replace(",", ".")
    elif num.count(".") > 1:
        num = num.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", num):
        raise ValueError(f"not a number: {text!r}")
    return num, currency


_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "blockquote", "dd", "dt")
_CELL = "\ue000"  # marks a table cell's end until the row is joined


def html_to_text(text: str) -> str:
    """Readable text from an HTML description (BeautifulSoup): tags and scripts go, entities
    are decoded, each block (paragraph, list item, heading, table row) becomes one sentence,
    a row's cells joined by commas. Text without markup is returned unchanged."""
    if not _TAG_RE.search(text):
        return text
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "template"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for tag in soup.find_all(("td", "th")):  # a table row is read "Size, Chest", not "SizeChest"
        tag.insert_after(_CELL)
    lines = [re.sub(r"\s+", " ", line).strip() for line in soup.get_text().split("\n")]
    lines = [re.sub(rf"(\s*{_CELL})+\s*", ", ", line).strip(", ") for line in lines]
    sentences = []
    for line in filter(None, lines):  # a heading or list item without a stop ends one anyway
        if not re.search(r"[.!?;:。！？；：]$", line):
            line += "。" if re.match(r"[\u3400-\u9fff]", line[-1]) else "."
        sentences.append(line)
    return " ".join(sentences)


_GB = {"gb18030", "gbk", "gb2312", "cp936", "hz"}


def read_text(path: Path) -> str:
    """A catalog file's text: UTF-8 (BOM or not), UTF-16 with a BOM, or GBK/GB18030 (what
    Office and WPS save in China), told apart with charset-normalizer. Raises ValueError with a
    one-line reason for anything else (the line of the first bad byte when it is mostly UTF-8);
    OSError when the file cannot be read."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = e
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    # A few Chinese characters read as well in Korean or Big5: GB, the shops' own, wins a tie.
    if best is not None and any(m.encoding.replace("_", "") in _GB and m.chaos <= best.chaos
                                for m in matches):
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            pass
    line = data[: bad.start].count(b"\n") + 1
    guess = f" (looks like {best.encoding})" if best is not None else ""
    raise ValueError(
        f"line {line}: not UTF-8 or GB18030 text{guess}; save it as UTF-8 and ingest again"
    )


def slug(text: str) -> str:
    """``"Blue / XL"`` → ``"blue-xl"``: a SKU fragment (CJK kept as is)."""
    return re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-") or "x"


def name_aliases(name: str) -> list[str]:
    """What shoppers call a product named "Hoodie with Logo": "Logo Hoodie". Only the
    English "X with Y" shape, Y one or two words; a guess the README lists."""
    if not isinstance(name, str):
        return []  # the model reports the bad name
    m = re.fullmatch(r"\s*([A-Za-z][\w' -]*?)\s+with\s+([A-Za-z][\w'-]*(?:\s[A-Za-z][\w'-]*)?)\s*",
                     name, re.I)
    return [f"{m[2]} {m[1]}"] if m else []
