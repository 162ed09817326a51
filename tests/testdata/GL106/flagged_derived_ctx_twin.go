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

type source struct{}

func (source) Subscribe(ctx context.Context) <-chan []byte { return make(chan []byte) }

// msgs is made from ctx, but it is a channel, not a context: ranging over it
// does not watch ctx, and the send blocks once the consumer stops.
func forward(ctx context.Context, s source, out chan []byte) {
	msgs := s.Subscribe(ctx)
	go func() {
		for m := range msgs {
			out <- m // want `blocks forever once ctx is cancelled`
		}
	}()
}
