package gl103

import (
	"fmt"
	"time"
)

type command struct {
	Run func(args []string)
}

// The goroutine is started in a callback that cannot return once it started it (its own endless
// loop after it): the goroutine ends no later than the callback.
func newWatchCommand() *command {
	return &command{
		Run: func(args []string) {
			resync := make(chan bool)
			go func() {
				ticker := time.NewTicker(time.Second)
				for {
					<-ticker.C
					resync <- true
				}
			}()
			for ; true; <-resync {
				fmt.Println(args)
			}
		},
	}
}
