"""The product knowledge store: catalog, live facts, Chroma index, hybrid retrieval.

Start with `KnowledgeBase.open(...)`; numbers (prices, stock, discounts) come only from
`KnowledgeBase.facts`, words from `KnowledgeBase.retrieve(...)`.
"""

from .base import IngestReport, KnowledgeBase
from .catalog import (
    CatalogError,
    CatalogIssue,
    ImportOptions,
    Policy,
    Product,
    Variant,
    load_catalog,
    load_policies,
)
from .facts import FactChange, Facts, Offer, ProductFacts, Promotion, money, percent, to_money
from .retriever import Evidence, Passage, ProductMatch, Retriever, as_langchain

__all__ = [
    "CatalogError",
    "CatalogIssue",
    "Evidence",
    "FactChange",
    "Facts",
    "ImportOptions",
    "IngestReport",
    "KnowledgeBase",
    "Offer",
    "Passage",
    "Policy",
    "Product",
    "ProductFacts",
    "ProductMatch",
    "Promotion",
    "Retriever",
    "Variant",
    "as_langchain",
    "load_catalog",
    "load_policies",
    "money",
    "percent",
    "to_money",
]
