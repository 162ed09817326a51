package gl407

// Two readers share the one slot: the second one's send can block in the default.

type pairConn struct {
	a, b   msgStream
	stopCh chan struct{}
}

func (c *pairConn) serve() error {
	errCh := make(chan error, 1)
	go c.read(c.a, errCh)
	go c.read(c.b, errCh)
	select {
	case <-c.stopCh:
		return nil
	case err := <-errCh:
		return err
	}
}

func (c *pairConn) read(s msgStream, errCh chan error) {
	for {
		select {
		case <-c.stopCh:
			return
		default:
			if _, err := s.Recv(); err != nil {
				errCh <- err // want `this blocks in the select's default`
				return
			}
		}
	}
}
