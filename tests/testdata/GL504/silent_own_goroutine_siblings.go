package gl504

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

var startUpdaterOnce sync.Once

// The counter's atomic adds and its plain read run in helpers of one goroutine's loop, update: the
// adds in exportA and exportB (through countError), the read in exportErrors, all called in place.
type monitor struct {
	errs  int64
	gauge func(float64)
	poll  func() error
}

func (m *monitor) Start() {
	startUpdaterOnce.Do(func() {
		go m.update()
	})
}

func (m *monitor) update() {
	for {
		m.exportA()
		m.exportB()
		m.exportErrors()
		time.Sleep(time.Second)
	}
}

func (m *monitor) countError() {
	atomic.AddInt64(&m.errs, 1)
}

func (m *monitor) exportA() {
	if err := m.poll(); err != nil {
		m.countError()
	}
}

func (m *monitor) exportB() {
	if errors.Is(m.poll(), errors.ErrUnsupported) {
		m.countError()
	}
}

func (m *monitor) exportErrors() {
	m.gauge(float64(m.errs))
}
