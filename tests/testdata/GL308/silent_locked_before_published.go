package gl308

import "sync"

type snapHeader struct {
	m     sync.RWMutex
	valid bool
	data  []string
}

// Valid read-locks the header.
func (h *snapHeader) Valid() bool {
	h.m.RLock()
	defer h.m.RUnlock()
	return h.valid
}

type snapCache struct {
	m         sync.RWMutex
	snapshots map[string]*snapHeader
}

// fresh reads a header under its read lock and asks Valid, which read-locks it again. The only write lock
// of a header is taken on a new one before anyone else can see it: no writer can wait in between.
func (c *snapCache) fresh(key string) bool {
	c.m.RLock()
	h, ok := c.snapshots[key]
	c.m.RUnlock()
	if !ok {
		return false
	}
	h.m.RLock()
	defer h.m.RUnlock()
	return h.Valid()
}

// populate makes a header locked until its goroutine has filled it.
func (c *snapCache) populate(key string, load func() []string) {
	c.m.Lock()
	defer c.m.Unlock()
	hdr := snapHeader{}
	hdr.m.Lock()
	c.snapshots[key] = &hdr
	go func(h *snapHeader) {
		defer h.m.Unlock()
		h.data = load()
		h.valid = true
	}(&hdr)
}
