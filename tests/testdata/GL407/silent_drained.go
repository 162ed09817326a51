package gl407

import (
	"errors"
	"net"
	"time"
)

type dialResult struct {
	c   net.Conn
	err error
}

func tryDial(addr string) (net.Conn, error) { return net.Dial("unix", addr) }

// The dialing goroutine sends one result. Every path of the function receives it: the first case, or,
// on the timeout, a goroutine started on the way out that takes it and closes the connection.
func dialWithRetry(addr string, timeout time.Duration) (net.Conn, error) {
	stop := make(chan struct{})
	results := make(chan *dialResult)
	go func() {
		defer close(results)
		for {
			select {
			case <-stop:
				return
			default:
				c, err := tryDial(addr)
				if err != nil && timeout > 0 {
					time.Sleep(10 * time.Millisecond)
					continue
				}
				results <- &dialResult{c, err}
				return
			}
		}
	}()
	select {
	case r := <-results:
		return r.c, r.err
	case <-time.After(timeout):
		close(stop)
		go func() {
			r := <-results
			if r != nil && r.c != nil {
				r.c.Close()
			}
		}()
		return nil, errors.New("timeout")
	}
}
