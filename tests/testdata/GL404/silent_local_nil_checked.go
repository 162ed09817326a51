package gl404

// startInformers makes its stop channel in an inner scope only (the := declares another one), so the
// outer stop stays nil; the deferred close checks for that and never runs.
func startInformers(enabled bool, start func(<-chan struct{})) {
	var stop chan struct{}
	if enabled {
		stop := make(chan struct{})
		start(stop)
	}
	defer func() {
		if stop != nil {
			close(stop)
		}
	}()
}
