package gl402

// "Close if not closed yet": once done is closed, its receive is always ready and the default, with
// its close, does not run.
func closeIdempotent() {
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
	default:
		close(done)
	}
}

type stopper struct{ quit chan struct{} }

func (s *stopper) shutdownTwice() {
	close(s.quit)
	select {
	case _, ok := <-s.quit:
		_ = ok
	default:
		close(s.quit)
	}
}
