package gl407

import (
	"context"
	"sync"
	"time"
)

type result struct {
	node  string
	count int
}

// Each round fans out to one goroutine per node and waits for their answers: the other side of the
// receive is the goroutines this default has just started, whatever fetch is.
func converge(ctx context.Context, nodes []string, fetch func(string, chan<- result)) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			done := make(chan result, len(nodes))
			for _, n := range nodes {
				go fetch(n, done)
			}
			for i := len(nodes); i > 0; i-- {
				r := <-done
				_ = r
			}
			time.Sleep(time.Second)
		}
	}
}

// The same round with a WaitGroup.
func refreshAll(ctx context.Context, nodes []string, refresh func(string)) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			var wg sync.WaitGroup
			for _, n := range nodes {
				wg.Add(1)
				go func(n string) {
					defer wg.Done()
					refresh(n)
				}(n)
			}
			wg.Wait()
			time.Sleep(time.Second)
		}
	}
}
