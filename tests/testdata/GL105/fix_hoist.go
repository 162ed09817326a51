package gl105

import "time"

func relay(in <-chan int, out chan<- int, idle time.Duration) {
	for {
		select {
		case v := <-in:
			out <- v
		case <-time.After(idle): // want `starts a new timer every iteration`
			return
		}
	}
}
