package main

import (
	"fmt"
	"time"
)

type discoverer struct {
	refresh time.Duration
	stop    chan struct{}
}

// run is main's last act: when it returns, the process ends, ticker and all.
func (d *discoverer) run() {
	tick := time.Tick(d.refresh)
	for {
		select {
		case <-tick:
			fmt.Println("refresh")
		case <-d.stop:
			return
		}
	}
}

// poll is called in main's loop: every call leaves a ticker behind.
func (d *discoverer) poll() {
	tick := time.Tick(d.refresh) // want `time\.Tick's ticker is never stopped`
	select {
	case <-tick:
	case <-d.stop:
	}
}

func main() {
	d := &discoverer{refresh: time.Second, stop: make(chan struct{})}
	for i := 0; i < 3; i++ {
		d.poll()
	}
	d.run()
}
