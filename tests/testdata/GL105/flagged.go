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
