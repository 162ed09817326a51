package gl104

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

var processed int64

// monitorUntilIdle has no return: it ends the process once the count stops moving, so its ticker
// cannot outlive it.
func monitorUntilIdle() {
	t := time.Tick(time.Second)
	prev := int64(0)
loop:
	for range t {
		v := atomic.LoadInt64(&processed)
		if v == prev {
			break loop
		}
		prev = v
	}
	fmt.Println("done", prev)
	os.Exit(0)
}
