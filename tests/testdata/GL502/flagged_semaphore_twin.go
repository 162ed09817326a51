package gl502

// Two slots: two goroutines of the loop may write last at once.
func lastSegment(ticks chan int) int {
	last := 0
	sem := make(chan struct{}, 2)
	for n := range ticks {
		sem <- struct{}{}
		go func(n int) {
			defer func() { <-sem }()
			last = n // want `data race on last: written here with no mutex held\. It is written by every goroutine this loop starts`
		}(n)
	}
	sem <- struct{}{}
	sem <- struct{}{}
	return last
}
