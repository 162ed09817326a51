package gl102

import (
	"fmt"
	"time"
)

// reportProbesN starts n probers and stops: after the last result nothing closes outcomes.
func reportProbesN(n int) {
	outcomes := make(chan error)
	go func() {
		for i := 0; i < n; i++ {
			time.Sleep(10 * time.Millisecond)
			go func() {
				outcomes <- probeOnce()
			}()
		}
	}()
	for err := range outcomes { // want `range over outcomes never ends: nothing closes it`
		if err != nil {
			fmt.Println(err)
		}
	}
}
