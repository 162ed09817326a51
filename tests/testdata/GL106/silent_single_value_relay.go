package gl106

import (
	"context"
	"errors"
)

type lookupResult struct{ err error }

func lookupURL(ctx context.Context) (lookupResult, error) {
	if ctx.Err() != nil {
		return lookupResult{}, ctx.Err()
	}
	return lookupResult{}, nil
}

// The first goroutine sends one value at most and the relay forwards each value once: out carries
// one value, and its only consumer ranges over it without looking at ctx, so it takes that value.
func prepareGet(ctx context.Context) chan lookupResult {
	in := make(chan lookupResult)
	go func() {
		defer close(in)
		r, err := lookupURL(ctx)
		if err != nil {
			in <- lookupResult{err: err}
			return
		}
		in <- r
	}()
	out := make(chan lookupResult)
	go func() {
		defer close(out)
		for r := range in {
			if r.err != nil {
				out <- r
				continue
			}
			out <- r
		}
	}()
	return out
}

func runGet(ctx context.Context) error {
	queue := make(chan lookupResult, 100)
	go func() {
		for r := range prepareGet(ctx) {
			queue <- r
			if r.err != nil {
				break
			}
		}
		close(queue)
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r, ok := <-queue:
			if !ok {
				return nil
			}
			if r.err != nil {
				return errors.New("get failed")
			}
		}
	}
}
