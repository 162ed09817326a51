package gl406

import (
	"sync"
	"time"
)

// gatherWithin waits for its fetchers at most five seconds: on the timer's path the close comes while
// a fetcher may still send.
func gatherWithin(sources []string, fetch func(string) []int) []int {
	out := make(chan int, 200)
	quit := make(chan bool)
	var wg sync.WaitGroup
	wg.Add(len(sources))
	for _, s := range sources {
		go func(s string) {
			defer wg.Done()
			for _, v := range fetch(s) {
				select {
				case out <- v:
				case <-quit:
				}
			}
		}(s)
	}
	joined := make(chan struct{})
	go func() {
		wg.Wait()
		close(joined)
	}()
	select {
	case <-time.After(5 * time.Second):
	case <-joined:
	}
	close(quit)
	close(out) // want `close\(out\) by its receiver while its sender keeps sending`
	var res []int
	for v := range out {
		res = append(res, v)
	}
	return res
}
