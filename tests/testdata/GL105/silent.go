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
