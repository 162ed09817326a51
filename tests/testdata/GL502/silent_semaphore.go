package gl502

// A one-slot semaphore around every goroutine of the loop: they write last one at a time.
func lastCheckpoint(ticks chan int, quit chan struct{}) int {
	last := 0
	sem := make(chan struct{}, 1)
	for {
		select {
		case <-quit:
			sem <- struct{}{}
			return last
		case n := <-ticks:
			select {
			case sem <- struct{}{}:
				go func() {
					defer func() { <-sem }()
					last = n
				}()
			default:
			}
		}
	}
}
