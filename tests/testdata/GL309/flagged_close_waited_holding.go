package gl309

import "sync"

type watchHub struct {
	mu      sync.Mutex
	updates chan int
	done    chan struct{}
	last    int
}

func newWatchHub() *watchHub {
	h := &watchHub{updates: make(chan int, 1), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		for u := range h.updates {
			h.coalesce(u)
		}
	}()
	return h
}

func (h *watchHub) coalesce(u int) {
	h.mu.Lock()
	h.last = u
	h.mu.Unlock()
}

// stop waits for the worker to finish holding h.mu; the worker may be about to
// coalesce a pending update, which needs h.mu: neither goes on.
func (h *watchHub) stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	close(h.updates)
	<-h.done // want `receive from h\.done can block forever while it holds h\.mu`
}
