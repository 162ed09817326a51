package gl505

import (
	"strings"
	"testing"
)

type pooled struct{ b []byte }

func getPooled() *pooled { return &pooled{} }

// checkFresh stops the test only when a fresh buffer is not empty: a check of a computed value.
func checkFresh(t *testing.T) {
	p := getPooled()
	if len(p.b) > 0 {
		t.Fatalf("buffer not reset: %q", p.b)
	}
	s := strings.Repeat("x", 2)
	if s != "xx" {
		t.Fatal("repeat")
	}
}

func TestFreshConcurrently(t *testing.T) {
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			defer func() { done <- struct{}{} }()
			checkFresh(t)
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}
