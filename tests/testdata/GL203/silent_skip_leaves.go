package gl203

import (
	"context"
	"sync"
)

var submitOneErr error

func submitOne(x int) (int, error) { return x, submitOneErr }
func waitOne(id int)               {}

// The only iteration that starts no goroutine leaves the function: the
// Wait after the loop is not reached on that path.
func settleAll(xs []int) error {
	var wg sync.WaitGroup
	wg.Add(len(xs))
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
	wg.Wait()
	return nil
}

// An iteration that starts no goroutine pays its count itself, in a select
// case, before it continues.
func checkAll(ctx context.Context, xs []int, throttle chan struct{}) {
	var wg sync.WaitGroup
	wg.Add(len(xs))
	for _, x := range xs {
		select {
		case throttle <- struct{}{}:
		case <-ctx.Done():
			wg.Done()
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
