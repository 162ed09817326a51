package gl505

import (
	"testing"
	"time"
)

// The same comparisons on a value received from another goroutine, or read from the clock: it can
// differ from one run to the next.
func TestReceivedValueCompared(t *testing.T) {
	ch := make(chan string, 1)
	ch <- "a"
	done := make(chan struct{})
	go func() {
		msg := <-ch
		got := msg + "!"
		if got != "a!" {
			t.Fatalf("got %q", got) // want `t\.Fatalf in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}

func TestClockComparedLate(t *testing.T) {
	start := time.Now()
	go func() {
		if time.Since(start) > time.Second {
			t.Errorf("slow") // want `t\.Errorf may run after the test returns`
		}
	}()
}

// The goroutine's parameter is handed a value received from another goroutine.
func TestHandedReceivedCompared(t *testing.T) {
	ch := make(chan string, 1)
	ch <- "v"
	go func(s string) {
		if s != "v" {
			t.Errorf("unexpected %q", s) // want `t\.Errorf may run after the test returns`
		}
	}(<-ch)
}
