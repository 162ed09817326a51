package gl105

import (
	"sync"
	"testing"
	"time"
)

type contactEvent struct{ Name string }

// WaitForContactChanges is a test helper kept in a non-test file for other packages'
// tests: it runs for one test step and waits for a handful of events.
func WaitForContactChanges(t *testing.T, events chan *contactEvent, timeout time.Duration, seen func(*contactEvent) bool) {
	all := false
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !all {
			select {
			case ev := <-events:
				all = seen(ev)
			case <-time.After(timeout):
				return
			}
		}
	}()
	wg.Wait()
	if !all {
		t.Error("not all events received")
	}
}
