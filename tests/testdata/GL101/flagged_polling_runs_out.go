package gl101

import "time"

type assocPeer struct{ closed bool }

func (a *assocPeer) Close() error { a.closed = true; return nil }

// The polling loop gives up after 100 turns: a Close that takes longer leaves its goroutine
// sending with nobody left to receive.
func closePair(a0, a1 *assocPeer) {
	close0 := make(chan bool)
	close1 := make(chan bool)
	go func() {
		_ = a0.Close()
		close0 <- true // want `when the polling loop runs out of turns before the value comes`
	}()
	go func() {
		_ = a1.Close()
		close1 <- true // want `when the polling loop runs out of turns before the value comes`
	}()
	c0, c1 := false, false
loop:
	for i := 0; i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
		select {
		case c0 = <-close0:
			if c1 {
				break loop
			}
		case c1 = <-close1:
			if c0 {
				break loop
			}
		default:
		}
	}
}
