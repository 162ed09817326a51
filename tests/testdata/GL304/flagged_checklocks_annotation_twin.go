package gl304

import (
	"sync"
	"time"
)

type hub2 struct {
	mu      sync.Mutex
	expires map[*session]time.Time
}

// The twin: no annotation, and its callers do not hold h.mu.
func (h *hub2) checkExpired(now time.Time) {
	for s, at := range h.expires { // want `end of function with h\.mu locked`
		if now.After(at) {
			h.mu.Unlock() // want `h\.mu may not be locked when this Unlock runs`
			s.Close()
			h.mu.Lock()
		}
	}
}

func (h *hub2) tick(now time.Time) {
	h.checkExpired(now)
}
