package gl301

import "runtime"

// Locked on Linux, but the error path unlocks on Darwin only: on Linux it
// returns with the lock held, and on Darwin it unlocks a mutex it never locked.
func (h *hub) rescan() {
	if runtime.GOOS == "linux" {
		h.comms.Lock()
	}
	found, err := enumerate()
	if err != nil {
		if runtime.GOOS == "darwin" {
			h.comms.Unlock() // want "h.comms may not be locked when this Unlock runs"
		}
		return // want "return with h.comms locked"
	}
	h.devices = found
	if runtime.GOOS == "linux" {
		h.comms.Unlock()
	}
}
