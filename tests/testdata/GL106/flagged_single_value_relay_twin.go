package gl106

import (
	"context"
	"errors"
)

// The upstream sends one value per item: the consumer's break on the first error leaves the relay
// sending the next one.
func prepareCopy(ctx context.Context, items []string) chan lookupResult {
	in := make(chan lookupResult)
	go func() {
		defer close(in)
		for range items {
			r, err := lookupURL(ctx)
			if err != nil {
				in <- lookupResult{err: err}
				return
			}
			in <- r
		}
	}()
	out := make(chan lookupResult)
	go func() {
		defer close(out)
		for r := range in {
			out <- r // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return out
}

func runCopy(ctx context.Context, items []string) error {
	queue := make(chan lookupResult, 100)
	go func() {
		for r := range prepareCopy(ctx, items) {
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
				return errors.New("copy failed")
			}
		}
	}
}
