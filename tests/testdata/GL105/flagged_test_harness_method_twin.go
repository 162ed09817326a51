package gl105

import (
	"log"
	"time"
)

// SignalWaiter embeds a logger, not a test: its method runs in the program.
type SignalWaiter struct {
	*log.Logger
	signal  chan interface{}
	timeout time.Duration
}

func (s *SignalWaiter) WaitAndExpect(msg string, values ...interface{}) bool {
	got := map[interface{}]bool{}
	for range values {
		select {
		case v := <-s.signal:
			got[v] = true
		case <-time.After(s.timeout): // want `time.After in this loop starts a new timer every iteration`
			s.Printf("signal timeout: %s", msg)
			return false
		}
	}
	return len(got) == len(values)
}
