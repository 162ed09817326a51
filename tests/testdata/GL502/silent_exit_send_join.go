package gl502

import "time"

func patchProgress(n int) error { return upload(string(rune('a' + n))) }

// The progress goroutine ends right after it receives the quit signal, and quit is
// unbuffered: the send completes only once that receive happened, so every write
// of err the goroutine made comes before the function's own, after the send.
func restoreAll(items []int) error {
	var err error
	update := make(chan int)
	quit := make(chan struct{})
	go func() {
		ticker := time.NewTicker(time.Second)
		last := 0
		for {
			select {
			case <-quit:
				ticker.Stop()
				return
			case v := <-update:
				last = v
			case <-ticker.C:
				err = patchProgress(last)
			}
		}
	}()
	for _, it := range items {
		update <- it
	}
	quit <- struct{}{}
	err = patchProgress(len(items))
	return err
}

// The same with the quit receive as the goroutine's last statement.
func syncAll(items []int) error {
	var err error
	quit := make(chan struct{})
	go func() {
		err = patchProgress(len(items))
		<-quit
	}()
	quit <- struct{}{}
	if err != nil {
		return err
	}
	return nil
}

// The goroutine keeps the received value and ends when it is true, and the only send says true: the
// handshake still comes after every append (phalanx's event collector).
func collectEvents(events <-chan string) int {
	var got []string
	done := make(chan bool)
	go func() {
		for {
			select {
			case cancel := <-done:
				// stop collecting
				if cancel {
					return
				}
			case e := <-events:
				got = append(got, e)
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	done <- true
	return len(got)
}
