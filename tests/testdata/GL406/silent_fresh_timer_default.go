package gl406

import (
	"sync"
	"time"
)

// gather joins its fetchers in the default branch: the timer case is made by the select itself and
// is never ready when the select looks, so the join always runs before the close.
func gather(sources []string, fetch func(string) []int) []int {
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
	select {
	case <-time.After(5 * time.Second):
	default:
		wg.Wait()
	}
	close(quit)
	close(out)
	var res []int
	for v := range out {
		res = append(res, v)
	}
	return res
}
