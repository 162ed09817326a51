package gl101

import "errors"

func dialPeer(i int) error {
	if i < 0 {
		return errors.New("bad peer")
	}
	return nil
}

// The loop leaves only when both received values are non-nil, and each is set only by receiving
// from its channel: both sends were taken.
func bothFailed() (error, error) {
	c1 := make(chan error)
	c2 := make(chan error)
	go func() {
		c1 <- dialPeer(-1)
	}()
	go func() {
		c2 <- dialPeer(-2)
	}()
	var e1, e2 error
loop:
	for {
		select {
		case e1 = <-c1:
			if e1 != nil && e2 != nil {
				break loop
			}
		case e2 = <-c2:
			if e1 != nil && e2 != nil {
				break loop
			}
		}
	}
	return e1, e2
}
