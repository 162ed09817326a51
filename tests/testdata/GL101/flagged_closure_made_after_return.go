package gl101

import "errors"

func stopRemote(id string) error {
	if id == "" {
		return errors.New("no id")
	}
	return nil
}

// The receives are in a closure made after the early return: a run that returns there never makes it,
// and the goroutine is left on its send.
func stopAndWait(id string) (string, error) {
	done := make(chan string)
	errc := make(chan error)
	go func() {
		if err := stopRemote(id); err != nil {
			errc <- err // want "blocks for.ver sending on errc"
			return
		}
		done <- id // want "blocks for.ver sending on done"
	}()
	if id == "skip" {
		return "", errors.New("skipped")
	}
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
