package gl105

import (
	"testing"
	"time"
)

// SignalTester is a test harness kept in a non-test file: it embeds the test's *testing.T, so its
// methods run only in tests, for one test step each.
type SignalTester struct {
	*testing.T
	signal  chan interface{}
	timeout time.Duration
}

func (s *SignalTester) WaitAndExpect(msg string, values ...interface{}) bool {
	got := map[interface{}]bool{}
	for range values {
		select {
		case v := <-s.signal:
			got[v] = true
		case <-time.After(s.timeout):
			s.Errorf("signal timeout: %s", msg)
			return false
		}
	}
	return len(got) == len(values)
}
