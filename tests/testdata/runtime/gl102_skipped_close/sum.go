package rt

// SumPositive adds the numbers up to the first negative one, streamed by a producer goroutine.
func SumPositive(xs []int) int {
	ch := make(chan int)
	go func() {
		for _, x := range xs {
			if x < 0 {
				return // want `goroutine returns here without closing ch`
			}
			ch <- x
		}
		close(ch)
	}()
	s := 0
	for v := range ch {
		s += v
	}
	return s
}
