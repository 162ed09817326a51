package gl203

import (
	"context"
	"sync"
)

// The Wait is deferred: the iteration that returns early still waits for a
// count no goroutine will pay.
func settleAllDeferred(xs []int) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(len(xs)) // want `wg.Add\(len\(xs\)\) counts every element`
	for _, x := range xs {
		id, err := submitOne(x)
		if err != nil {
			return err
		}
		go func(id int) {
			defer wg.Done()
			waitOne(id)
		}(id)
	}
	return nil
}

// The select case continues without paying its count.
func checkAllUnpaid(ctx context.Context, xs []int, throttle chan struct{}) {
	var wg sync.WaitGroup
	wg.Add(len(xs)) // want `wg.Add\(len\(xs\)\) counts every element`
	for _, x := range xs {
		select {
		case throttle <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		go func(x int) {
			defer wg.Done()
			defer func() { <-throttle }()
			waitOne(x)
		}(x)
	}
	wg.Wait()
}
