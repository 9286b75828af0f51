"""One piece of a product sold as many: "how heavy is one apple" of a 5 kg box, "一小包多少克" of
a 250 g bag of ten small packs. The listing's weight is the whole box's or bag's; only a fact
that speaks of the pieces ("10 small packs of 25 g", "box of 30 × 25 g") answers for one, and
with none the honest answer is that the listing does not say.
"""

from __future__ import annotations

import re

from knowledge.catalog import Product
from knowledge.text import normalize

# A product sold as many of a thing: a counted or weighed pack, box, bag, set.
_MANY = re.compile(r"\d|\b(?:box|boxes|bag|pack|packs|set|bundle|case|crate|carton|tray|multipack)\b|"
                   r"[装箱盒袋包]", re.I)
# The pieces a viewer asks about one of, in English: "one apple", "each small pack", "per sachet"
_ONE_EN = re.compile(r"\b(?:one|each|every|single|per|1)\s+(?P<small>(?:small|little|mini|individual|"
                     r"single|inner)\s+)?(?P<noun>x|packs?|packets?|bags?|sachets?|pieces?|pouch(?:es)?|"
                     r"sticks?|bars?|pods?|capsules?|tubes?|ears?|apples?|eggs?|cans?|bottles?|slices?|"
                     r"sheets?|teabags?)\b")
# …and in Chinese: 一个, 每小包, 每一小袋, 单颗
_ONE_ZH = re.compile(r"(?:一|每一?|单)(?P<small>个?小)?(?P<noun>[个包袋颗粒片根只条瓶罐支])"
                     r"(?![月人小时星期礼拜钟])")  # 一个月 is a month
_UNIT_NOUNS = {"包": ("pack", "bag"), "袋": ("bag",), "瓶": ("bottle",), "罐": ("can", "jar", "tin"),
               "盒": ("box",)}
# A fact that speaks of one piece: "10 small packs of 25 g", "30 × 25 g", "each", 独立小包
_STATES_PIECES = re.compile(r"\b(?:each|per|apiece|individual(?:ly)?)\b|[×x]\s*\d|"
                            r"\d+\s*(?:small\s+|snack\s+|individual\s+)?(?:packs?|packets?|sachets?|"
                            r"pieces?|pcs|pouch(?:es)?|sticks?|bars?|pods?|capsules?|tubes?)\s+of\b|"
                            r"小包|小袋|独立|每[个包袋颗粒片根支]|一[个包袋颗粒片根支]\s*\d|"
                            # a piece's own measure: "size: 80-85 mm diameter", 果径
                            r"\bdiameter\b|直径|果径", re.I)


def one_piece_asked(masked_question: str, product: Product | None) -> bool:
    """Whether the question asks about one piece of `product` where the product is sold as
    many ("how heavy is one apple" of a 5 kg box, "每小包多重"), not about the product as
    sold ("how heavy is one bag" of a 5 kg bag). `masked_question`: the question with the
    product's names replaced by "x"."""
    if product is None or not _MANY.search(f"{product.unit or ''} {product.name}"):
        return False
    sold_as = normalize(product.unit or "")
    norm = normalize(masked_question)
    for m in _ONE_EN.finditer(norm):
        noun = m["noun"].rstrip("s") if m["noun"] != "x" else "x"
        if m["small"] or noun == "x" or noun not in sold_as:
            return True
    for m in _ONE_ZH.finditer(norm):
        if m["small"] or not any(w in sold_as for w in _UNIT_NOUNS.get(m["noun"], ())):
            return True
    return False


def states_pieces(text: str) -> bool:
    """Whether a fact speaks of the pieces a product is sold as ("packs: 10 small packs of
    25 g", "box of 30 × 25 g", "10小包独立装")."""
    return _STATES_PIECES.search(text) is not None
