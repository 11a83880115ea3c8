"""The extractor's modules hold hundreds of module-level patterns; a second assignment to a name
silently replaces the first for every rule that reads it (two such clashes once changed what
rules written sessions apart matched). Each name is bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import unvotes.extract

PACKAGE = Path(unvotes.extract.__file__).resolve().parent


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_each_module_level_name_is_bound_once(module: str) -> None:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    names = Counter(t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(t, ast.Name))
    assert [n for n, k in names.items() if k > 1] == []
