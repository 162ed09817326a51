package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var pops int64

// main also starts run in a goroutine: two runs at once, one reading pops while the other's
// goroutines still add to it.
func run(threads int) {
	var waiter sync.WaitGroup
	for i := 0; i < threads; i++ {
		waiter.Add(1)
		go func() {
			defer waiter.Done()
			drain()
		}()
	}
	waiter.Wait()
	fmt.Printf("processed %d pops\n", pops) // want `pops is accessed with sync/atomic elsewhere but plainly here`
}

func drain() {
	for atomic.AddInt64(&pops, 1) < 1000 {
	}
}

func main() {
	go run(2)
	run(4)
}
