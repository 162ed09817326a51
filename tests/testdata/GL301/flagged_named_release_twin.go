package gl301

import (
	"errors"

	"example.com/tracking/state"
)

// The same lock, released by its UnlockWithoutNotify on one path only: the early return keeps it held.
type pausingController struct {
	stateLock *state.TrackingLock
	paused    bool
	running   bool
}

func (c *pausingController) resume() error {
	c.stateLock.Lock()
	if c.paused {
		return errors.New("paused") // want `return with c\.stateLock locked`
	}
	c.running = true
	c.stateLock.UnlockWithoutNotify()
	return nil
}
