package gl407

// The reader's error channel comes from its only starter, made there with one slot that nothing
// else sends on; each run of the reader sends at most once: the send never blocks.

type msgStream interface{ Recv() (int, error) }

type gossipConn struct {
	stream msgStream
	stopCh chan struct{}
}

func (c *gossipConn) serve(handle func(int)) error {
	errCh := make(chan error, 1)
	msgCh := make(chan int, 10)
	go c.readFromStream(errCh, msgCh)
	for {
		select {
		case <-c.stopCh:
			return nil
		case err := <-errCh:
			return err
		case m := <-msgCh:
			handle(m)
		}
	}
}

func (c *gossipConn) readFromStream(errCh chan error, msgCh chan int) {
	for {
		select {
		case <-c.stopCh:
			return
		default:
			m, err := c.stream.Recv()
			if err != nil {
				errCh <- err
				return
			}
			select {
			case <-c.stopCh:
			case msgCh <- m:
			}
		}
	}
}
