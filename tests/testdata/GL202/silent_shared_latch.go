package gl202

import (
	"context"
	"sync"
)

type handlerFuncs struct{ onAdd func(name string) }

func register(h handlerFuncs, names []string) {
	for _, n := range names {
		h.onAdd(n)
	}
}

// The WaitGroup counts one completion, reached by whichever comes first: the handler that sees the
// last name, or the goroutine when ctx ends. The goroutine's other case finds it reached already.
func awaitNames(ctx context.Context, want map[string]bool, names []string) error {
	var wg sync.WaitGroup
	wg.Add(1)
	found := make(chan struct{})
	var once sync.Once
	finish := func() {
		once.Do(func() {
			close(found)
			wg.Done()
		})
	}
	register(handlerFuncs{onAdd: func(name string) {
		delete(want, name)
		if len(want) == 0 {
			finish()
		}
	}}, names)
	go func() {
		select {
		case <-ctx.Done():
			finish()
		case <-found:
		}
	}()
	wg.Wait()
	return ctx.Err()
}
