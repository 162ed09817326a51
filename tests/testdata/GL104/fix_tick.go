package gl104

import "time"

func retry(attempts int, try func() bool) bool {
	for range time.Tick(100 * time.Millisecond) { // want `time.Tick's ticker is never stopped`
		if try() {
			return true
		}
		attempts--
		if attempts == 0 {
			return false
		}
	}
	return false
}
