package gl504

import "sync/atomic"

// clear also runs from Flush, while other holders may still count references.
type pooledLog2 struct {
	refs  int32
	lines []string
}

func (l *pooledLog2) ref() { atomic.AddInt32(&l.refs, 1) }

func (l *pooledLog2) unref() {
	if atomic.AddInt32(&l.refs, -1) == 0 {
		freeLog2(l)
	}
}

func freeLog2(l *pooledLog2) { l.clear() }

func (l *pooledLog2) Flush() {
	l.clear()
}

func (l *pooledLog2) clear() {
	l.lines = nil
	l.refs = 0 // want `l\.refs is accessed with sync/atomic elsewhere but plainly here`
}

func Share2(l *pooledLog2, line string) {
	l.ref()
	go func() {
		defer l.unref()
		l.lines = append(l.lines, line)
	}()
}
