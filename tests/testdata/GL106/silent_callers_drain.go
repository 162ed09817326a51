package gl106

import (
	"context"
	"errors"
)

// The stage's only callers receive once per item with plain receives and never look at the
// context: cancelling it stops no receiver, so the send does not block because of it.
func runEach(ctx context.Context, items []string, op func(context.Context, string) error) chan error {
	errCh := make(chan error)
	results := make(chan error, len(items))
	for _, id := range items {
		go func(id string) { results <- op(ctx, id) }(id)
	}
	go func() {
		for range items {
			errCh <- <-results
		}
	}()
	return errCh
}

func stopAll(ctx context.Context, items []string) error {
	errCh := runEach(ctx, items, func(context.Context, string) error { return nil })
	var errs []error
	for range items {
		if err := <-errCh; err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
