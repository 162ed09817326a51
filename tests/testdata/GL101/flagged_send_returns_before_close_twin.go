package gl101

// The twin: the handler closes done first and reports a serving error after, so the select can
// take <-done while the error waits.
func handleWSLate(ok bool, done chan bool, errc chan error) {
	h, err := newWSHandler(ok)
	close(done)
	if err != nil {
		errc <- err
		return
	}
	h.serve()
}

func startWSLate(ok bool) error {
	done := make(chan bool)
	errc := make(chan error)
	go handleWSLate(ok, done, errc) // want "blocks for.ver sending on errc"
	select {
	case err := <-errc:
		return err
	case <-done:
		return nil
	}
}
