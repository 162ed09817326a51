package gl106

import "context"

func watched(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func checksErr(ctx context.Context, out chan<- int) {
	go func() {
		for i := 0; ctx.Err() == nil; i++ {
			out <- i
		}
	}()
}

func buffered(ctx context.Context) <-chan int {
	out := make(chan int, 1)
	go func() { out <- 1 }()
	return out
}

func noCtx(out chan<- int) {
	go func() { out <- 1 }()
}

// The handler sends its final answer on out itself, with a plain send: out's
// receiver serves the handler while it runs, it does not stop on cancel.
func streamHandler(ctx context.Context, params []int, out chan<- int) error {
	updates := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for u := range updates {
			out <- u
		}
	}()
	for _, p := range params {
		updates <- p
	}
	close(updates)
	<-done
	out <- len(params)
	return nil
}

func relayCtx(ctx context.Context, in <-chan int, out chan<- int) {
	for v := range in {
		select {
		case out <- v:
		case <-ctx.Done():
			return
		}
	}
}

// The named body gets ctx and watches it.
func RelayCtx(ctx context.Context, in <-chan int, out chan<- int) {
	go relayCtx(ctx, in, out)
}

// A field channel served by the type's own run loop: that loop receives for as long as the type runs,
// whatever ctx the caller of trigger cancels. Nothing shows the send is left without a receiver.
type collector struct {
	eventC chan int
}

func (c *collector) trigger(ctx context.Context, n int) error {
	go func() {
		c.eventC <- n
	}()
	<-ctx.Done()
	return ctx.Err()
}

func (c *collector) run(stop <-chan struct{}) {
	for {
		select {
		case n := <-c.eventC:
			_ = n
		case <-stop:
			return
		}
	}
}
