package gl505

import (
	"testing"
	"time"
)

func stamp() []byte { return []byte(time.Now().String()) }

// The zero var is set from the clock, and the flag is a parameter the caller
// decides: these checks can differ from run to run.
func checkStamp(t *testing.T, strict bool) {
	var b []byte
	b = stamp()
	if len(b) > 40 {
		t.Fatalf("long stamp %q", b)
	}
	if strict {
		t.Fatalf("strict mode")
	}
}

func TestStampConcurrently(t *testing.T) {
	done := make(chan struct{})
	go func() {
		checkStamp(t, true) // want `checkStamp can call t.Fatal`
		close(done)
	}()
	<-done
}
