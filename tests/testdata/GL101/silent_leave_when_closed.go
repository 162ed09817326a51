package gl101

import "time"

func scanLines(lines []string, c chan struct{}) {
	defer close(c) // the only sender closes the channel as its last act
	for _, l := range lines {
		if l != "" {
			c <- struct{}{}
		}
	}
}

// The loop leaves only when the receive reports the channel closed: the sender is done, and a send on
// a closed channel could not block anyway.
func relayLines(lines []string, out chan struct{}, period time.Duration) {
	defer close(out)
	events := make(chan struct{})
	go scanLines(lines, events)
	for {
		_, ok := <-events
		if !ok {
			return
		}
		time.Sleep(period)
		out <- struct{}{}
	}
}
