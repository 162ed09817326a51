package gl502

import "errors"

var handshakeStepErr error

func handshakeStep() error { return handshakeStepErr }
func pumpBridge()          {}

// The loop runs until both flags are true, and a flag is set only by receiving into it: when it
// ends, both goroutines have sent, after their writes.
func bothReady() error {
	var err0, err1 error
	ready0 := make(chan bool)
	ready1 := make(chan bool)
	go func() {
		err0 = handshakeStep()
		ready0 <- true
	}()
	go func() {
		err1 = handshakeStep()
		ready1 <- true
	}()
	r0, r1 := false, false
	for !r0 || !r1 {
		pumpBridge()
		select {
		case r0 = <-ready0:
		case r1 = <-ready1:
		default:
		}
	}
	return errors.Join(err0, err1)
}
