package gl101

import "errors"

func prepareListener() error { return errors.New("no listener") }

// The address is sent by a goroutine that the first one starts only when it does not send
// the error: one of the two sends happens, and the select takes it.
func startAndWaitAddr() (string, error) {
	addrC := make(chan string)
	errC := make(chan error)

	go func() {
		if err := prepareListener(); err != nil {
			errC <- err
			return
		}
		go func() {
			addrC <- "127.0.0.1:1"
		}()
	}()

	select {
	case a := <-addrC:
		return a, nil
	case err := <-errC:
		return "", err
	}
}
