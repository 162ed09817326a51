package gl104

import "time"

// The time.Tick channel is kept in a local that one goroutine ranges over for good.
func startSelfChecks(check func()) {
	tick := time.Tick(time.Second)
	go func() {
		for range tick {
			check()
		}
	}()
}
