package gl103

import (
	"context"
	"time"
)

type watcher struct {
	events chan string
	ticker *time.Ticker
}

func (w *watcher) handle(string) {}

func (w *watcher) Start(ctx context.Context) {
	go func() { // want `this goroutine loops for.ver: nothing in its loop returns.*each time Start runs`
		for {
			select {
			case ev := <-w.events:
				w.handle(ev)
			case <-w.ticker.C:
			}
		}
	}()
}

func drain(ch chan int) {
	go func() { // want `this goroutine loops for.ver`
		for {
			v := <-ch
			println(v)
		}
	}()
}
