package gl101

// The silent twin: no return comes between the go statement and the closure that receives, and the
// closure is called: one of its cases takes the goroutine's one send.
func stopAndWaitAll(id string) (string, error) {
	done := make(chan string)
	errc := make(chan error)
	go func() {
		if err := stopRemote(id); err != nil {
			errc <- err
			return
		}
		done <- id
	}()
	wait := func() (string, error) {
		select {
		case err := <-errc:
			return "", err
		case s := <-done:
			return s, nil
		}
	}
	return wait()
}
