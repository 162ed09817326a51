package gl301

import (
	"errors"

	"example.com/tracking/state"
)

// A lock type of another package whose release method goes by another name than Unlock: a variant of it,
// UnlockWithoutNotify, releases the lock as its name says.
type controller struct {
	stateLock *state.TrackingLock
	paused    bool
	running   bool
}

func (c *controller) resume() error {
	c.stateLock.Lock()
	running := c.running
	c.stateLock.UnlockWithoutNotify()
	if running {
		return nil
	}
	c.stateLock.Lock()
	defer c.stateLock.UnlockWithoutNotify()
	if c.paused {
		return errors.New("paused")
	}
	c.running = true
	return nil
}
