"""GL902 runtime-data-race: from a `-race` report (see goleash.evidence)."""

from __future__ import annotations

from ..rule import Rule


class RuntimeDataRace(Rule):
    code = "GL902"
    name = "runtime-data-race"
    summary = "The race detector saw this access race with another one at run time."
    kind = "evidence"
    triggers = frozenset({"__never__"})  # runtime evidence, not a static check
    doc = """\
Runtime evidence. Feed goleash the output of a `-race` run (`go test -race`,
`go run -race`): each `WARNING: DATA RACE` report becomes a diagnostic on both
accesses in your code, each naming the other access and where the goroutines
were started.

    go test -race ./... 2>&1 | goleash check --evidence - .

## Bad
```
WARNING: DATA RACE
Read at 0x00c0000a4010 by goroutine 8:
  main.main.func1()
      /home/me/app/main.go:22 +0x29
Previous write at 0x00c0000a4010 by goroutine 7:
  main.main.func1()
      /home/me/app/main.go:22 +0x44
```

## Good
Guard the variable with a mutex, use `sync/atomic`, or give each goroutine its
own variable (see GL502, GL503).
"""
