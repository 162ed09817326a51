package gl207

import (
	"sync"
	"testing"
)

// (No rule may report this file: it is GL203's silent shape too, the Add after Wait paid partly by
// the running goroutine's second Done.)
// The WaitGroup is a barrier: the consumer's first Done says it started, the second that it got
// the item. After Wait the test adds 2: one for the producer, one for the consumer's second Done.
func TestBarrierRearmed(t *testing.T) {
	items := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		<-items
		wg.Done()
	}()
	wg.Wait()
	wg.Add(2)
	go func() {
		defer wg.Done()
		items <- 1
	}()
	wg.Wait()
}

// The same barrier with a deferred second Done and no new goroutine: the Add after the Wait is
// for this goroutine's second Done. (Whether work can return before that Add is another question:
// the count is right.)
func twoRounds(work func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		defer wg.Done()
		work()
	}()
	wg.Wait()
	wg.Add(1)
	wg.Wait()
}
