"""Soak: thousands of edits to one open document, the server's RSS sampled as it goes.
Used by tests/fuzz/test_soak.py (short) and scripts/soak_lsp.py (20,000 edits)."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "lsp"))
from rawclient import RawClient  # noqa: E402

from fuzz.lspfuzz import ClientText, _breaks, _random_edit, _undo  # noqa: E402


def run(source: str, name: str, edits: int, every: int, workdir: Path, seed: int = 7, log=print) -> list[tuple]:
    """Returns [(edits so far, RSS in KB, seconds)]; a tenth of the changes are no-ops."""
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    uri = (workdir / name).as_uri()
    text = ClientText(source, "utf-16")
    c = RawClient()
    samples = []
    t0 = time.monotonic()
    try:
        c.initialize(root=str(workdir))
        version = 1
        c.open(uri, source, version)
        c.diagnostics(uri, version, timeout=60)
        undo: list = []
        done = 0
        while done < edits:
            version += 1
            if rng.random() < 0.1:
                p = text.position(text.valid(rng.randint(0, len(text.text))))
                changes = [{"range": {"start": p, "end": p}, "text": ""}]  # a no-op change
            elif undo and rng.random() < (0.85 if _breaks(undo[-1]) else 0.3):
                changes = [_undo(text, ch) for ch in reversed(undo.pop())]
            else:
                changes = [_random_edit(rng, text)]
                undo.append(changes)
                del undo[:-12]
            c.change(uri, version, [{k: v for k, v in ch.items() if not k.startswith("_")} for ch in changes])
            done += 1
            if done % every and rng.random() < 0.02:
                c.diagnostics(uri, version, timeout=60)  # let analyses happen, as when typing pauses
            if done % every == 0:
                c.diagnostics(uri, version, timeout=60)
                c.received.clear()
                c.backlog.clear()
                samples.append((done, c.rss_kb(), round(time.monotonic() - t0, 1)))
                log(f"  {done:6} edits  RSS {samples[-1][1] / 1024:6.1f} MiB  {samples[-1][2]:6.1f} s")
        assert c.tracebacks() == [] and c.pop_ups() == []
        assert c.shutdown_and_exit() == 0
    finally:
        c.close()
    return samples


def growth(samples: list[tuple], warmup: int) -> float:
    """RSS growth after warm-up: max RSS after ``warmup`` edits over RSS at ``warmup`` edits."""
    base = next(rss for n, rss, _ in samples if n >= warmup)
    return max(rss for n, rss, _ in samples if n >= warmup) / base - 1
