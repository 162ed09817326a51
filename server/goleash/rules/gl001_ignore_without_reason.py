"""GL001 ignore-without-reason: reported by the engine's suppression pass."""

from __future__ import annotations

from ..rule import Rule


class IgnoreWithoutReason(Rule):
    code = "GL001"
    name = "ignore-without-reason"
    summary = "A //goleash:ignore comment gives no reason: say why the finding is wrong or acceptable."
    kind = "meta"
    triggers = frozenset({"__never__"})  # not a per-function check: see analysis.Analyzer._suppress
    doc = """\
`//goleash:ignore GLxxx reason` silences the named rules on its own line and on
the line below. The reason is required: a suppression is a claim that the
concurrency bug cannot happen, and the next reader needs to know why.

## Bad
```go
	//goleash:ignore GL101
	ch <- v
```

## Good
```go
	//goleash:ignore GL101 the caller always drains ch in Close
	ch <- v
```
"""
