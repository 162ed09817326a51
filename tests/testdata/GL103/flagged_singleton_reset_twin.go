package gl103

import "time"

type sweeper struct {
	rounds int
}

var sweeperInstance *sweeper

// Sweeper starts a loop each time the instance was dropped by Reset.
func Sweeper(d time.Duration) *sweeper {
	if sweeperInstance == nil {
		sweeperInstance = &sweeper{}
		go func() { // want `this goroutine loops`
			t := time.NewTimer(d)
			defer t.Stop()
			for {
				t.Reset(d)
				<-t.C
			}
		}()
	}
	return sweeperInstance
}

func Reset() {
	sweeperInstance = nil
}
