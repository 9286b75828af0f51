"""Importers for catalogs as shops export them: Shopify (product CSV, Admin API JSON),
WooCommerce (product CSV) and marketplace listings (any CSV, columns mapped in the config).

`registry.read_catalog` picks one by ``--format`` or by the file's headers; each returns
`knowledge.catalog.Record`s that the catalog validates like its own files. What each maps,
drops and guesses is in the README ("Importing a shop's catalog"). This package's
``__init__`` imports nothing, so `knowledge.catalog` can use `importers.values` freely.
"""
