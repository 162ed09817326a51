package gl105

import (
	"errors"
	"time"
)

const handshakeTolerance = 20

var errHandshake = errors.New("handshake failed")

// The handshake reads at most handshakeTolerance messages: each turn through the message case counts
// down and leaves at zero, and the timer case returns. A fixed number of timers per call, whatever the wait.
func handshake(in <-chan string) error {
	i := handshakeTolerance
outer:
	for {
		select {
		case msg := <-in:
			// count the messages the client may send before it registers
			i--
			if i == 0 {
				break outer
			}
			if msg == "" {
				continue
			}
			if msg == "USER" {
				return nil
			}
		case <-time.After(10 * time.Second):
			return errHandshake
		}
	}
	return errHandshake
}
