package gl103

import "time"

type rotator struct {
	tick  time.Duration
	epoch int
}

var rotatorInstance *rotator

// Rotator makes the one rotator the first time it is asked for: later
// calls find it made and start nothing.
func Rotator(d time.Duration) *rotator {
	if rotatorInstance == nil {
		rotatorInstance = &rotator{tick: d}
		go func() {
			t := time.NewTimer(d)
			defer t.Stop()
			for {
				t.Reset(d)
				<-t.C
				rotatorInstance.epoch++
			}
		}()
	}
	return rotatorInstance
}
