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
