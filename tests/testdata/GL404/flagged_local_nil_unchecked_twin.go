package gl404

// startInformersUnchecked closes the outer stop, still nil (the inner := declared another one): the
// close panics.
func startInformersUnchecked(enabled bool, start func(<-chan struct{})) {
	var stop chan struct{}
	if enabled {
		stop := make(chan struct{})
		start(stop)
	}
	defer func() {
		close(stop) // want `stop is declared but never made, so it is nil: close of nil channel panics`
	}()
}
