package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var total int64

func work(n int) {
	atomic.AddInt64(&total, int64(n))
}

// ticker also calls work, in a goroutine main does not wait for.
func ticker() {
	for {
		work(1)
		time.Sleep(time.Millisecond)
	}
}

func main() {
	go ticker()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			work(i)
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total) // want `total is accessed with sync/atomic elsewhere but plainly here`
}
