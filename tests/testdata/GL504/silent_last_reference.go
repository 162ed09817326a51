package gl504

import "sync/atomic"

// reset runs only once the count reached zero (unref -> free -> reset): the last holder is alone with
// the value, nothing else touches refs; the value goes back to the pool through a channel.
type pooledLog struct {
	refs  int32
	lines []string
}

var logPool = make(chan *pooledLog, 16)

func (l *pooledLog) ref() { atomic.AddInt32(&l.refs, 1) }

func (l *pooledLog) unref() {
	if atomic.AddInt32(&l.refs, -1) == 0 {
		freeLog(l)
	}
}

func freeLog(l *pooledLog) {
	l.reset()
	select {
	case logPool <- l:
	default:
	}
}

func (l *pooledLog) reset() {
	l.lines = nil
	l.refs = 0
}

// Share hands the log to another goroutine, which holds a reference while it writes.
func Share(l *pooledLog, line string) {
	l.ref()
	go func() {
		defer l.unref()
		l.lines = append(l.lines, line)
	}()
}
