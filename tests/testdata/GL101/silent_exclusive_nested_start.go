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

func reportProgress(lines []string) {}

// The address goroutine sends the address and starts a reporter on its way out, or reports
// its failure without waiting (a select with default): it never waits on errC, and it sends
// the address only where the first goroutine did not send an error.
func startAndScan(lines []string) (string, error) {
	addrC := make(chan string)
	errC := make(chan error)

	go func() {
		if err := prepareListener(); err != nil {
			errC <- err
			return
		}
		go func() {
			for i, l := range lines {
				if l != "" {
					addrC <- l
					go reportProgress(lines[i:])
					return
				}
			}
			select {
			case errC <- errors.New("no address"):
			default:
			}
		}()
	}()

	select {
	case a := <-addrC:
		return a, nil
	case err := <-errC:
		return "", err
	}
}
