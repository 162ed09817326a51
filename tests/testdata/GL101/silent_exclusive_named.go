package gl101

import (
	"errors"
	"time"
)

type frame struct{ id int }

type udpClient struct {
	recv    chan frame
	timeout time.Duration
}

// receive sends on one of resC and errC, then returns; its deferred closes
// run after that send was taken.
func (c *udpClient) receive(resC chan<- frame, errC chan<- error, closeC <-chan struct{}) {
	t := time.NewTimer(c.timeout)
	defer close(resC)
	defer close(errC)
	for {
		select {
		case m := <-c.recv:
			resC <- m
			return
		case <-t.C:
			errC <- errors.New("timeout")
			return
		case <-closeC:
			return
		}
	}
}

// Whichever case the select takes, the goroutine has made its only send.
func (c *udpClient) roundtrip() (frame, error) {
	resC := make(chan frame)
	errC := make(chan error)
	closeC := make(chan struct{})
	defer close(closeC)
	go c.receive(resC, errC, closeC)
	select {
	case m := <-resC:
		return m, nil
	case err := <-errC:
		return frame{}, err
	}
}
