package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var pushes int64

// run is called only by main, in place: one run at a time, and it reads pushes after waiting for every
// goroutine that adds to it.
func run(threads int) {
	var waiter sync.WaitGroup
	for i := 0; i < threads; i++ {
		waiter.Add(1)
		go func() {
			defer waiter.Done()
			stress()
		}()
	}
	waiter.Wait()
	fmt.Printf("processed %d pushes\n", pushes)
}

func stress() {
	for atomic.AddInt64(&pushes, 1) < 1000 {
	}
}

func main() {
	run(4)
}
