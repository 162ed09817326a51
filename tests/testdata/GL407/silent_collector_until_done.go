package gl407

import (
	"context"
	"sync"
	"time"
)

// The workers send their codes to a collector goroutine that receives until cancel1, and cancel1 runs
// only after every worker said Done: a send always finds the collector.
func CollectCodes(workers int, call func() int) []int {
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
					codes <- call()
				}
			}
		}()
	}
	var got []int
	ctx1, cancel1 := context.WithCancel(context.Background())
	go func() {
		for {
			select {
			case <-ctx1.Done():
				return
			case c := <-codes:
				got = append(got, c)
			}
		}
	}()
	wg.Wait()
	cancel1()
	return got
}
