package gl104

import "time"

// The twin: the goroutine leaves its loop once check fails, and the ticker fires on.
func startSelfChecksUntil(check func() bool) {
	tick := time.Tick(time.Second) // want `time.Tick's ticker is never stopped`
	go func() {
		for range tick {
			if !check() {
				return
			}
		}
	}()
}
