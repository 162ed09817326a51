"""GL901 runtime-blocked-goroutine: from a goroutine dump (see goleash.evidence)."""

from __future__ import annotations

from ..rule import Rule


class RuntimeBlockedGoroutine(Rule):
    code = "GL901"
    name = "runtime-blocked-goroutine"
    summary = "A goroutine dump shows goroutines blocked on this line at run time (a leak or deadlock seen for real)."
    kind = "evidence"
    triggers = frozenset({"__never__"})  # runtime evidence, not a static check
    doc = """\
Runtime evidence. Feed goleash a goroutine dump — the output of a deadlock
panic, of `SIGQUIT` (`kill -QUIT`), of `runtime.Stack(buf, true)` /
`debug.PrintStack`, or goleak's "found unexpected goroutines" — and every
goroutine blocked in a channel send or receive, a `select`, `WaitGroup.Wait` or
a `Mutex` becomes a diagnostic on the topmost line of *your* code in its stack,
with the line that started it as a related location. Goroutines blocked on the
same line are counted together.

    goleash check --evidence dump.txt ./...
    go test ./... 2>&1 | goleash check --evidence - .

In the editor run the command **goleash: Load runtime evidence** (LSP command
`goleash.loadEvidence` with a file path or the text itself). Evidence stays on
its line while that line is unchanged and disappears when you edit it.

## Bad
```
goroutine 18 [chan send, 4 minutes]:
main.leak.func1()
	/home/me/app/main.go:15 +0x25
created by main.leak
	/home/me/app/main.go:14 +0x6a
```

## Good
Fix the static finding on the same line (often GL101 or GL102) and the
goroutine no longer appears in the dump.
"""
