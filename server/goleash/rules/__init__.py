"""The rule catalog.

Every module in this package whose name starts with ``gl`` defines one rule: a
subclass of :class:`goleash.rule.Rule` with its code, name, severity, summary,
doc and checker. They are discovered here, so adding a rule means adding one
module; ``goleash rules``, the docs pages and the README table all come from
this catalog.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from ..rule import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    found: dict[str, Rule] = {}
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not mod.name.startswith("gl"):
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and getattr(obj, "code", ""):
                if obj.__module__ != module.__name__:
                    continue
                if obj.code in found:
                    raise RuntimeError(f"duplicate rule code {obj.code}")
                found[obj.code] = obj()
    return tuple(found[c] for c in sorted(found))


def by_code() -> dict[str, Rule]:
    return {r.code: r for r in all_rules()}
