"""Duplicate keys in a YAML file: PyYAML keeps the last one silently, so a plan with two
`duration:` lines or a persona with two `phrases:` blocks would lose the first without a word."""

from __future__ import annotations

import yaml


def duplicate_keys(node: yaml.Node | None, path: tuple = ()) -> list[tuple[int, tuple]]:
    """(1-based line, key path) of every mapping key that appears a second time in its
    mapping, from `yaml.compose`'s node tree; [] when there are none."""
    found: list[tuple[int, tuple]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            key = str(k.value)
            if key in seen:
                found.append((k.start_mark.line + 1, (*path, key)))
            seen.add(key)
            found += duplicate_keys(v, (*path, key))
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            found += duplicate_keys(v, (*path, i))
    return found
