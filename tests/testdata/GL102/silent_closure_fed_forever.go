package gl102

import "time"

// fanTicks never returns: its endless loop is the only caller of push, so the workers' ranges are
// meant to run as long as it does.
func fanTicks(n int) {
	lanes := make([]chan int, n)
	for i := 0; i < n; i++ {
		lanes[i] = make(chan int, 8)
	}
	tick := time.NewTicker(time.Second)
	push := func() {
		for i := range lanes {
			select {
			case lanes[i] <- i:
			default:
			}
		}
	}
	for i := 0; i < n; i++ {
		go func(lane <-chan int) {
			for v := range lane {
				_ = v
			}
		}(lanes[i])
	}
	for {
		select {
		case <-tick.C:
			push()
		}
	}
}
