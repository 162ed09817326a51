"""The hover text: how a goroutine ends."""

from goleash import syntax
from goleash.goroutines import describe, go_statement_at

SRC = b"""package p

import "context"

func f(ctx context.Context, ch chan int, jobs chan int) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case v := <-ch:
				_ = v
			}
		}
	}()
	go func() {
		for j := range jobs {
			_ = j
		}
	}()
	go func() {
		for {
			println("spin")
		}
	}()
	go worker(ch)
}

func worker(ch chan int) {}
"""


def hover_at(needle: bytes, nth: int = 0) -> str:
    tree = syntax.parse(SRC)
    off = -1
    for _ in range(nth + 1):
        off = SRC.index(needle, off + 1)
    g = go_statement_at(tree, off)
    assert g is not None
    return describe(SRC, g, [])


def test_endings():
    assert "until it returns when `ctx` is cancelled" in hover_at(b"go func", 0)
    assert "ends when `jobs` is closed" in hover_at(b"go func", 1)
    assert "never returns" in hover_at(b"go func", 2)
    assert "ends when `worker` returns" in hover_at(b"go worker")


def test_not_a_go_statement():
    tree = syntax.parse(SRC)
    assert go_statement_at(tree, SRC.index(b"println")) is None
