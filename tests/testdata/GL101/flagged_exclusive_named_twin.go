package gl101

import "errors"

type sender interface{ Send(string) error }

// The function can return after the goroutine started and before its select:
// the goroutine's send then has no receiver.
func (c *udpClient) roundtripSend(s sender) (frame, error) {
	resC := make(chan frame)
	errC := make(chan error)
	closeC := make(chan struct{})
	defer close(closeC)
	go c.receive(resC, errC, closeC) // want `goroutine blocks forever sending on resC` `goroutine blocks forever sending on errC`
	if err := s.Send("report"); err != nil {
		return frame{}, errors.New("send failed")
	}
	select {
	case m := <-resC:
		return m, nil
	case err := <-errC:
		return frame{}, err
	}
}
