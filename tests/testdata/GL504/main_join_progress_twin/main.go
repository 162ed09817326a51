package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var copied uint64

// copyAll reads the total after waiting for its workers, but it has just started a reporter that
// resets it.
func copyAll(threads int) {
	var wg sync.WaitGroup
	wg.Add(threads)
	for i := 0; i < threads; i++ {
		go copier(&wg)
	}
	wg.Wait()
	go reporter()
	fmt.Printf("DONE. copied %d rows\n", copied) // want `copied is accessed with sync/atomic elsewhere but plainly here`
}

func copier(wg *sync.WaitGroup) {
	defer wg.Done()
	for n := 0; n < 100; n++ {
		atomic.AddUint64(&copied, 1)
	}
}

func reporter() {
	fmt.Printf("%d rows in this period\n", atomic.SwapUint64(&copied, 0))
}

func main() {
	copyAll(4)
}
