package gl104

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

// monitorOrReturn can return early: its ticker then keeps firing.
func monitorOrReturn(quiet bool) {
	t := time.Tick(time.Second) // want `time.Tick's ticker is never stopped`
	if quiet {
		return
	}
	for range t {
		if atomic.LoadInt64(&processed) == 0 {
			break
		}
	}
	fmt.Println("done")
	os.Exit(0)
}
