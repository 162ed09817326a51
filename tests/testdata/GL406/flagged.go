package gl406

func produce(values []int, target int) {
	ch := make(chan int)
	go func() {
		for _, v := range values {
			ch <- v
		}
	}()
	for v := range ch {
		if v == target {
			close(ch) // want `close\(ch\) by its receiver while a goroutine it started keeps sending`
			break
		}
	}
}

func stopAfterFirst() int {
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
		}
	}()
	v := <-ticks
	close(ticks) // want `close\(ticks\) by its receiver`
	return v
}
