package gl301

import (
	"errors"
	"runtime"
	"sync"
)

type hub struct {
	comms   sync.Mutex
	pending int
	devices []string
}

func enumerate() ([]string, error) { return nil, errors.New("no devices") }

// The lock is taken only on Linux, and every unlock tests the same constant:
// no path takes it on one platform and skips its unlock on another.
func (h *hub) refresh() {
	if runtime.GOOS == "linux" {
		h.comms.Lock()
		if h.pending > 0 {
			h.comms.Unlock()
			return
		}
	}
	found, err := enumerate()
	if err != nil {
		if runtime.GOOS == "linux" {
			h.comms.Unlock()
		}
		return
	}
	h.devices = found
	if runtime.GOOS == "linux" {
		h.comms.Unlock()
	}
}
