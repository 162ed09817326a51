package gl202

import (
	"strings"
	"sync"
	"testing"
)

// A Fatal reached only when a check fails that depends on the test's own values alone (a validation of
// a constant, a comparison of what the goroutine computed): on correct code it never runs, so Done is
// not skipped on any run.
func TestWorkersValidated(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		if err := process(3); err != nil {
			t.Fatal(err)
		}
		wg.Done()
	}()
	go func() {
		got := strings.ToUpper("abc")
		if got != "ABC" {
			t.Fatalf("got %q", got)
		}
		wg.Done()
	}()
	wg.Wait()
}
