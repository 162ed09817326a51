package gl101

// The twin: the address goroutine is started before the error check, so both can send.
func startAndWaitAddrEarly() (string, error) {
	addrC := make(chan string)
	errC := make(chan error)

	go func() {
		go func() {
			addrC <- "127.0.0.1:1" // want `goroutine blocks forever sending on addrC`
		}()
		if err := prepareListener(); err != nil {
			errC <- err // want `goroutine blocks forever sending on errC`
			return
		}
	}()

	select {
	case a := <-addrC:
		return a, nil
	case err := <-errC:
		return "", err
	}
}
