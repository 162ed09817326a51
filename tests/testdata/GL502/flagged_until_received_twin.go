package gl502

import "errors"

// A flag is also set without a receive (a give-up after some turns): the loop can end before the
// goroutine's write.
func bothReadyOrGiveUp() error {
	var errA, errB error
	readyA := make(chan bool)
	readyB := make(chan bool)
	go func() {
		errA = handshakeStep() // want `data race on errA`
		readyA <- true         // want `when the polling loop runs out of turns`
	}()
	go func() {
		errB = handshakeStep() // want `data race on errB`
		readyB <- true         // want `when the polling loop runs out of turns`
	}()
	ra, rb := false, false
	turns := 0
	for !ra || !rb {
		pumpBridge()
		select {
		case ra = <-readyA:
		case rb = <-readyB:
		default:
		}
		turns++
		if turns > 100 {
			ra, rb = true, true
		}
	}
	return errors.Join(errA, errB)
}
