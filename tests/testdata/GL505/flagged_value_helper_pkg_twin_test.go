package gl505

import (
	"net"
	"testing"
	"time"
)

func sameValue(t *testing.T, got, want interface{}) {
	t.Helper()
	if got != want {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func beNil(t *testing.T, v interface{}) {
	t.Helper()
	if v != nil {
		t.Fatal(v)
	}
}

// Given an error, or a value read from the clock, the helper checks what can differ between runs.
func TestDialHelpers(t *testing.T) {
	done := make(chan struct{})
	go func() {
		start := time.Now()
		_, err := net.Dial("tcp", "127.0.0.1:1")
		beNil(t, err)                                       // want `beNil can call t\.Fatal`
		sameValue(t, time.Since(start) < time.Second, true) // want `sameValue can call t\.Fatal`
		close(done)
	}()
	<-done
}
