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
			close(ch) // want `close\(ch\) by its receiver while its sender keeps sending`
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

// Two sends, one receive, then the receiver closes: the second send panics.
func firstOnly() int {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	v := <-ch
	close(ch) // want `close\(ch\) by its receiver while its sender has more to send`
	return v
}

// A buffer does not help: the second send can still run after the close.
func firstBuffered() int {
	ch := make(chan int, 1)
	go func() {
		ch <- 1
		ch <- 2
	}()
	v := <-ch
	close(ch) // want `close\(ch\) by its receiver while its sender has more to send`
	return v
}
