package gl105

import "time"

// The counter is reset by every registration message: the loop has no fixed bound, and each message
// leaves a ten-second timer behind.
func handshakeReset(in <-chan string) error {
	i := handshakeTolerance
	for {
		select {
		case msg := <-in:
			i--
			if i == 0 {
				return errHandshake
			}
			if msg == "PING" {
				i = handshakeTolerance
			}
		case <-time.After(10 * time.Second): // want `time.After in this loop starts a new timer every iteration`
			return errHandshake
		}
	}
}
