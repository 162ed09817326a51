package gl308

import "sync"

type snapHeaderTwin struct {
	m     sync.RWMutex
	valid bool
}

// Valid read-locks the header.
func (h *snapHeaderTwin) Valid() bool {
	h.m.RLock()
	defer h.m.RUnlock()
	return h.valid
}

// invalidate write-locks a header others may be reading.
func (h *snapHeaderTwin) invalidate() {
	h.m.Lock()
	h.valid = false
	h.m.Unlock()
}

// freshTwin reads a header under its read lock and asks Valid, which read-locks it again, while
// invalidate may be waiting to write-lock it.
func freshTwin(h *snapHeaderTwin) bool {
	h.m.RLock()
	defer h.m.RUnlock()
	return h.Valid() // want `h\.m is read-locked again while its read lock is held`
}
