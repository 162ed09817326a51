package gl103

import "context"

func withCtx(ctx context.Context, ch chan int) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case v := <-ch:
				println(v)
			}
		}
	}()
}

func okChecked(ch chan int) {
	go func() {
		for {
			v, ok := <-ch
			if !ok {
				return
			}
			println(v)
		}
	}()
}

func labelledBreak(ch, quit chan int) {
	go func() {
	loop:
		for {
			select {
			case <-quit:
				break loop
			case v := <-ch:
				println(v)
			}
		}
	}()
}

func ctxErr(ctx context.Context, ch chan int) {
	go func() {
		for {
			if ctx.Err() != nil {
				return
			}
			println(<-ch)
		}
	}()
}

// reaper runs until the process exits.
func startReaper(ch chan int) {
	go func() {
		for {
			<-ch
		}
	}()
}

func main() {
	ch := make(chan int)
	go func() {
		for {
			println(<-ch)
		}
	}()
}

// A loop over field channels, with the struct's quit channel as its way out.
type pump struct {
	in   chan int
	out  chan int
	quit chan struct{}
}

func (p *pump) Start() {
	go func() {
		for {
			select {
			case v := <-p.in:
				p.out <- v
			case <-p.quit:
				return
			}
		}
	}()
}
