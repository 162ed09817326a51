package gl103

import (
	"sync/atomic"
	"time"
)

var pumpStarted = int32(0)

var pumpQueue = make(chan []byte, 64)

type pump struct {
	push func([]byte)
}

func (p *pump) run() {
	for {
		select {
		case b := <-pumpQueue:
			p.push(b)
		case <-time.After(time.Second):
			p.push(nil)
		}
	}
}

// StartPump swaps the package flag, but StopPump lowers it again: each
// start after a stop strands one more pump.
func (p *pump) StartPump() bool {
	if atomic.CompareAndSwapInt32(&pumpStarted, 0, 1) {
		go p.run() // want `nothing in p\.run's loop returns`
	}
	return true
}

func StopPump() {
	atomic.StoreInt32(&pumpStarted, 0)
}
