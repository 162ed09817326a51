package gl101

// The break needs only the second value: the first goroutine's send can be left untaken.
func secondFailed() error {
	d1 := make(chan error)
	d2 := make(chan error)
	go func() {
		d1 <- dialPeer(-1) // want `goroutine blocks forever sending on d1`
	}()
	go func() {
		d2 <- dialPeer(-2)
	}()
	var f1, f2 error
loop:
	for {
		select {
		case f1 = <-d1:
			if f1 != nil && f2 != nil {
				break loop
			}
		case f2 = <-d2:
			if f2 != nil {
				break loop
			}
		}
	}
	return f2
}
