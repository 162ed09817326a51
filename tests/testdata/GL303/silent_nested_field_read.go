package gl303

import "sync"

type connState struct {
	sync.RWMutex
	state uint8
}

func (c *connState) setState(s uint8) {
	c.Lock()
	defer c.Unlock()
	c.state = s
}

type connEvent struct {
	State       connState
	StreamError string
}

// The handler's by-value event is only read through the lock-free fields of the struct that holds the
// RWMutex (e.State.state): no method runs on the copy, so its lock is never taken.
func onEvent(e connEvent) bool {
	switch e.State.state {
	case 1:
		return true
	case 2:
		return e.StreamError != "conflict"
	}
	return false
}
