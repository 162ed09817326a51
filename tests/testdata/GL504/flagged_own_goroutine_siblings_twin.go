package gl504

import (
	"net/http"
	"sync/atomic"
	"time"
)

// One adder also runs from an HTTP handler, another goroutine: its add races with the loop's read.
type monitor2 struct {
	errs  int64
	gauge func(float64)
	poll  func() error
}

func (m *monitor2) Start() {
	go m.refresh()
	http.HandleFunc("/poke", func(w http.ResponseWriter, r *http.Request) { m.exportPoll() })
}

func (m *monitor2) refresh() {
	for {
		m.exportPoll()
		m.exportErrCount()
		time.Sleep(time.Second)
	}
}

func (m *monitor2) noteError() {
	atomic.AddInt64(&m.errs, 1)
}

func (m *monitor2) exportPoll() {
	if err := m.poll(); err != nil {
		m.noteError()
	}
}

func (m *monitor2) exportErrCount() {
	m.gauge(float64(m.errs)) // want `m\.errs is accessed with sync/atomic elsewhere but plainly here`
}
