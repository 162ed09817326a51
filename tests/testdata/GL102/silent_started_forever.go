package gl102

import (
	"fmt"
	"time"
)

func probeOnce() error { return nil }

// reportProbes starts a prober every few milliseconds for as long as the program runs: there is
// no last value, and the range is the program's main loop.
func reportProbes() {
	results := make(chan error)
	go func() {
		for {
			time.Sleep(10 * time.Millisecond)
			go func() {
				results <- probeOnce()
			}()
		}
	}()
	for err := range results {
		if err != nil {
			fmt.Println(err)
		}
	}
}
