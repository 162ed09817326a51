package gl601

import "context"

// A child of Background registers nothing with it and starts no timer: the
// cancel func, dropped or never called, leaks nothing.
func detachedDial(dial func(context.Context) error) error {
	ctx, _ := context.WithCancel(context.Background())
	return dial(ctx)
}

func detachedRun(run func(context.Context) error) error {
	ctx, cancel := context.WithCancel(context.TODO())
	if err := run(ctx); err != nil {
		cancel()
		return err
	}
	return nil
}
