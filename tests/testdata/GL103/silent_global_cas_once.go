package gl103

import (
	"sync/atomic"
	"time"
)

var flusherStarted = int32(0)

var flushQueue = make(chan []byte, 64)

type flusher struct {
	tick  *time.Ticker
	flush func([]byte)
}

func (f *flusher) run() {
	for {
		select {
		case b := <-flushQueue:
			f.flush(b)
		case <-time.After(time.Second):
			f.flush(nil)
		}
	}
}

// StartFlusher may be called by every writer: only the first swap of the
// package flag succeeds: one flusher runs, however many writers call it.
func (f *flusher) StartFlusher() bool {
	if atomic.CompareAndSwapInt32(&flusherStarted, 0, 1) {
		go f.run()
	}
	return true
}
