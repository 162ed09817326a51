package gl505

import (
	"fmt"
	"testing"
)

type store struct{ m map[string]string }

func (s *store) set(k, v string)     { s.m[k] = v }
func (s *store) get(k string) string { return s.m[k] }
func appendMark(b []byte) []byte     { return append(b, 'x') }

// The helper stops only when values it computed itself from a counter over a
// constant, or from a zero var it set, differ: the same on every run.
func checkRoundTrip(t *testing.T) {
	s := &store{m: map[string]string{}}
	for i := range 10 {
		s.set(fmt.Sprintf("key_%d", i), fmt.Sprintf("value_%d", i))
	}
	for i := range 10 {
		want := fmt.Sprintf("value_%d", i)
		if got := s.get(fmt.Sprintf("key_%d", i)); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	var b []byte
	b = appendMark(b)
	if string(b) != "x" {
		t.Fatalf("bad %q", b)
	}
}

func TestRoundTripConcurrently(t *testing.T) {
	done := make(chan struct{})
	go func() {
		checkRoundTrip(t)
		close(done)
	}()
	<-done
}
