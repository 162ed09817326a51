package gl101

func countLines(lines []string, c chan int) {
	defer close(c)
	for i, l := range lines {
		if l != "" {
			c <- i
		}
	}
}

// The twin: the loop also leaves on a value, while the sender may have more to send.
func relayUntilZero(lines []string, out chan int) {
	defer close(out)
	events := make(chan int)
	go countLines(lines, events) // want "goroutine blocks forever sending on events"
	for {
		v, ok := <-events
		if !ok || v == 0 {
			return
		}
		out <- v
	}
}
