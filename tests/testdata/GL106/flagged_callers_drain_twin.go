package gl106

import "context"

// A caller stops receiving once the context is cancelled: the stage's send then blocks forever.
func fetchEach(ctx context.Context, items []string, op func(context.Context, string) error) chan error {
	errCh := make(chan error)
	results := make(chan error, len(items))
	for _, id := range items {
		go func(id string) { results <- op(ctx, id) }(id)
	}
	go func() {
		for range items {
			errCh <- <-results // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return errCh
}

func fetchAll(ctx context.Context, items []string) error {
	errCh := fetchEach(ctx, items, func(context.Context, string) error { return nil })
	for range items {
		select {
		case err := <-errCh:
			if err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
