package gl207

import (
	"sync"
	"testing"
)

// The new count is only for the new goroutine: the first one's second Done drives it negative.
func TestBarrierNotRearmed(t *testing.T) {
	items := make(chan int, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		<-items
		wg.Done() // want `wg\.Done\(\) runs twice on this path`
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		items <- 1
	}()
	wg.Wait()
}
