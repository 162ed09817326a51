package gl105

import "time"

func once(in <-chan string) string {
	select {
	case s := <-in:
		return s
	case <-time.After(time.Second):
		return ""
	}
}

func reused(in <-chan string) {
	timer := time.NewTimer(time.Minute)
	defer timer.Stop()
	for {
		select {
		case <-in:
		case <-timer.C:
			return
		}
	}
}

// The timer is the loop's normal wake-up: each one fires before the next is made.
func pollEvery(stop <-chan struct{}, check func() bool) {
	for !check() {
		select {
		case <-stop:
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// Every path of the other case leaves the loop: at most one timer.
func firstOrTimeout(in chan *int) int {
	for {
		select {
		case m := <-in:
			if m == nil {
				return 0
			} else {
				return *m
			}
		case <-time.After(time.Minute):
			return -1
		}
	}
}
