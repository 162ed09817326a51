package gl103

import (
	"fmt"
	"time"
)

type pollJob struct {
	Run func(args []string)
}

// The callback returns once it printed its arguments: each run leaves a ticking goroutine behind.
func newPollJob() *pollJob {
	return &pollJob{
		Run: func(args []string) {
			go func() { // want `this goroutine loops for.ver`
				ticker := time.NewTicker(time.Second)
				for {
					<-ticker.C
					fmt.Println("tick")
				}
			}()
			fmt.Println(args)
		},
	}
}
