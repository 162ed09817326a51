package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var copied uint64

// copyAll reads the total after waiting for every worker that adds to it; progress, which the workers
// call, only loads it.
func copyAll(threads int) {
	var wg sync.WaitGroup
	wg.Add(threads)
	for i := 0; i < threads; i++ {
		go copier(i, &wg)
	}
	wg.Wait()
	fmt.Printf("DONE. copied %d rows\n", copied)
}

func copier(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := 0; n < 100; n++ {
		atomic.AddUint64(&copied, 1)
		if n%10 == 0 {
			progress(id)
		}
	}
}

func progress(id int) {
	fmt.Printf("worker %d: %d rows so far\n", id, atomic.LoadUint64(&copied))
}

func main() {
	copyAll(4)
}
