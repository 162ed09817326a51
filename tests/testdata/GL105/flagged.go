package gl105

import (
	"errors"
	"time"
)

func consume(in <-chan string) error {
	for {
		select {
		case msg := <-in:
			println(msg)
		case <-time.After(time.Minute): // want `time.After in this loop starts a new timer every iteration`
			return errors.New("idle")
		}
	}
}

// An exit on one path of the other case does not stop the loop on its other paths.
func pollUntilNil(in chan *int) {
	for {
		select {
		case m := <-in:
			if m == nil {
				return
			}
			_ = *m
		case <-time.After(time.Minute): // want "time.After in this loop starts a new timer every iteration"
			return
		}
	}
}

// Each loop makes a timer per iteration: the first one's exit on its timeout does not
// cover the second loop, which has none.
func twoPhases(hello, data <-chan string) {
	for {
		select {
		case <-hello:
			continue
		case <-time.After(time.Second): // want `time.After in this loop starts a new timer every iteration`
		}
		break
	}
	for {
		select {
		case d := <-data:
			println(d)
		case <-time.After(time.Minute): // want `time.After in this loop starts a new timer every iteration`
			println("idle")
		}
	}
}
