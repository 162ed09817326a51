package gl103

import (
	"sync/atomic"
	"time"
)

var drainStarted = int32(0)

var drainQueue = make(chan []byte, 64)

type drainer struct {
	push func([]byte)
}

func (p *drainer) run() {
	for {
		select {
		case b := <-drainQueue:
			p.push(b)
		case <-time.After(time.Second):
			p.push(nil)
		}
	}
}

// StartDrain swaps the package flag; StopDrain sets it back plainly: each
// start after a stop strands one more pump.
func (p *drainer) StartDrain() bool {
	if atomic.CompareAndSwapInt32(&drainStarted, 0, 1) {
		go p.run() // want `nothing in p\.run's loop returns`
	}
	return true
}

func StopDrain() {
	drainStarted = 0 // want `drainStarted is accessed with sync/atomic elsewhere but plainly here`
}
