package gl407

import (
	"context"
	"sync"
	"time"
)

// The collector is stopped before the workers are waited for: a worker can block on its send forever.
func CollectCodesEarly(workers int, call func() int) {
	var wg sync.WaitGroup
	wg.Add(workers)
	codes := make(chan int)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				default:
					codes <- call() // want `this blocks in the select's default, where the stop is not watched`
				}
			}
		}()
	}
	ctx1, cancel1 := context.WithCancel(context.Background())
	go func() {
		for {
			select {
			case <-ctx1.Done():
				return
			case <-codes:
			}
		}
	}()
	time.Sleep(time.Second)
	cancel1()
	wg.Wait()
}
