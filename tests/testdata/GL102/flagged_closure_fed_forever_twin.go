package gl102

import "time"

// fanTicksFor pushes for a few ticks and returns: nothing closes the lanes, so the workers' ranges
// wait forever.
func fanTicksFor(n, ticks int) {
	lanes := make([]chan int, n)
	for i := 0; i < n; i++ {
		lanes[i] = make(chan int, 8)
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
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
			for v := range lane { // want `range over lanes never ends: nothing closes it`
				_ = v
			}
		}(lanes[i])
	}
	for t := 0; t < ticks; t++ {
		<-tick.C
		push()
	}
}
