package gl106

import "context"

type feed struct{}

func (f *feed) Receive(ctx context.Context) ([][]byte, error) { return nil, ctx.Err() }

// The goroutine watches a context made from ctx: it ends when ctx is
// cancelled, as if it watched ctx itself.
func subscribe(ctx context.Context, out chan []byte, f *feed) func() {
	rctx, cancel := context.WithCancel(ctx)
	go func() {
		for {
			events, err := f.Receive(rctx)
			if err != nil {
				return
			}
			for _, e := range events {
				out <- e
			}
		}
	}()
	return cancel
}
