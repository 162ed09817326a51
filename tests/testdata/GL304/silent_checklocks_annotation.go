package gl304

import (
	"sync"
	"time"
)

type session struct{ id string }

func (s *session) Close() {}

type hub struct {
	mu      sync.Mutex
	expires map[*session]time.Time
}

// checkExpired lets go of h.mu around each slow Close (gVisor's annotation below says it starts with it).
//
// +checklocks:h.mu
func (h *hub) checkExpired(now time.Time) {
	for s, at := range h.expires {
		if now.After(at) {
			h.mu.Unlock()
			s.Close()
			h.mu.Lock()
			delete(h.expires, s)
		}
	}
}

// +checklocksread:h.mu
func (h *hub) countExpired(now time.Time) int {
	n := 0
	for _, at := range h.expires {
		if now.After(at) {
			n++
		}
	}
	return n
}
