package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var total int64

// work runs only in the goroutines main starts: its atomic adds all happen before main's wg.Wait()
// returns.
func work(n int) {
	defer func() { atomic.AddInt64(&total, int64(n)) }()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			work(i)
		}(i)
	}
	fmt.Println("so far", total) // want `total is accessed with sync/atomic elsewhere but plainly here`
	wg.Wait()
	fmt.Println("total", total)
}
