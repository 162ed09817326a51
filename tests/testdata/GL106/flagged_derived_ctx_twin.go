package gl106

import "context"

// The goroutine's context is made from Background, not from ctx: cancelling
// ctx does not reach it.
func subscribeDetached(ctx context.Context, out chan []byte, f *feed) func() {
	rctx, cancel := context.WithCancel(context.Background())
	go func() {
		for {
			events, err := f.Receive(rctx)
			if err != nil {
				return
			}
			for _, e := range events {
				out <- e // want `blocks forever once ctx is cancelled`
			}
		}
	}()
	_ = ctx
	return cancel
}
