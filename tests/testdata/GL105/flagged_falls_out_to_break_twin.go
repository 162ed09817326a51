package gl105

import "time"

// The twin: the result falls out of the select into more work of the same turn, and the loop goes
// round with that turn's timer still pending.
func loadEach(ids []string, errc chan error, done chan struct{}) int {
	failed := 0
	for {
		select {
		case <-time.After(5 * time.Second): // want "starts a new timer every iteration"
			return failed
		case err := <-errc:
			if err != nil {
				failed++
			}
		}
		if len(ids) > 100 {
			break
		}
	}
}
