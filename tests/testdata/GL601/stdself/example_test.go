package context_test

import "context"

// From the package's external tests, context.WithCancel is still the library call goleash models:
// the deferred cancel is seen.
func ExampleWithCancel() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := 0; i < 3; i++ {
		select {
		case <-ctx.Done():
			return
		default:
		}
	}
}
