package gl303

// The handler read-locks the copied state: that lock guards nothing shared.
func onEventLocked(e connEvent) bool { // want `parameter of type connEvent is passed by value: its lock is copied`
	e.State.RLock()
	defer e.State.RUnlock()
	return e.State.state == 1
}
