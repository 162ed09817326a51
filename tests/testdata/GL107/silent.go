package gl107

import "time"

// The drain runs only before anything received from t.C.
func waitOrStop(stop <-chan struct{}, d time.Duration) bool {
	t := time.NewTimer(d)
	select {
	case <-stop:
		if !t.Stop() {
			<-t.C
		}
		return false
	case <-t.C:
		return true
	}
}

// Reset after each fire, before the next Stop.
func ticks(in <-chan int, d time.Duration) {
	t := time.NewTimer(d)
	for {
		select {
		case <-t.C:
			t.Reset(d)
			continue
		case <-in:
		}
		if !t.Stop() {
			<-t.C
		}
		t.Reset(d)
	}
}

// A new timer each iteration: the later receive was on the previous one.
func rearmEach(n int) {
	for i := 0; i < n; i++ {
		timer := time.NewTimer(time.Hour)
		for j := 0; j < 10; j++ {
			if !timer.Stop() {
				<-timer.C
			}
			timer.Reset(time.Millisecond)
		}
		<-timer.C
	}
}

// A new timer assigned to the variable after the first wait: its C has not been received from.
func twoWaits(a, b <-chan struct{}) (ok bool) {
	ok = true
	t := time.NewTimer(time.Second)
	select {
	case <-a:
		if !t.Stop() {
			<-t.C
		}
	case <-t.C:
		ok = false
	}
	t = time.NewTimer(time.Second)
	select {
	case <-b:
		if !t.Stop() {
			<-t.C
		}
	case <-t.C:
		ok = false
	}
	return ok
}
