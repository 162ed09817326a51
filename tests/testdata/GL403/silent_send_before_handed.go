package gl403

// The goroutine that receives is started before the send.
func startedFirst(v int) chan int {
	out := make(chan int)
	got := make(chan int)
	go func() {
		got <- <-out
	}()
	out <- v
	return got
}

// A buffered channel takes the send.
func bufferedFirst(v int) <-chan int {
	c := make(chan int, 1)
	c <- v
	return c
}

// The channel is handed to a call before the send.
func handedFirst(v int, sink func(chan int)) {
	c := make(chan int)
	sink(c)
	c <- v
}

// In a loop, the channel handed on in one turn reaches the send of the next.
func handedInLoop(vs []int, sink func(chan int)) {
	c := make(chan int)
	for i, v := range vs {
		if i > 0 {
			c <- v
		}
		sink(c)
	}
}

// A select with another case does not block.
func polled(v int) chan int {
	c := make(chan int)
	select {
	case c <- v:
	default:
	}
	return c
}
