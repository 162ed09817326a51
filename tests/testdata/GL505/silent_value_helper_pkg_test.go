package gl505

import (
	"sync"
	"testing"
)

type frameReader struct{ data []byte }

func (r *frameReader) Next(n int) []byte {
	if n > len(r.data) {
		n = len(r.data)
	}
	p := r.data[:n]
	r.data = r.data[n:]
	return p
}

// The package's own assertion helpers compare the values they are given: like require.Equal, they
// fail only when the code under test computes another value, on every run alike.
func equalValues(t *testing.T, got, want interface{}) {
	t.Helper()
	if got != want {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func mustHold(t *testing.T, cond bool, msg ...interface{}) {
	t.Helper()
	if !cond {
		if len(msg) > 0 {
			t.Fatal(msg...)
		} else {
			t.Fatal("assertion failed")
		}
	}
}

func mustBeNil(t *testing.T, v interface{}) {
	t.Helper()
	mustHold(t, v == nil, v)
}

func TestFrames(t *testing.T) {
	r := &frameReader{data: make([]byte, 64)}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		buf := r.Next(16)
		equalValues(t, len(buf), 16)
		mustHold(t, len(buf) == 16, "short frame")
		mustBeNil(t, r.data == nil)
		wg.Done()
	}()
	wg.Wait()
}
