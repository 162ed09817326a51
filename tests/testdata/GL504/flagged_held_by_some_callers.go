package gl504

import (
	"sync"
	"sync/atomic"
)

type segment struct {
	bytes int64
}

func (g *segment) write(n int64) { atomic.AddInt64(&g.bytes, n) }

// full: Write asks it under w.mu, Full asks it bare; its plain read races with write.
func (g *segment) full(max int64) bool {
	return g.bytes >= max // want `g\.bytes is accessed with sync/atomic elsewhere but plainly here`
}

type segWriter struct {
	mu  sync.Mutex
	seg *segment
}

func (w *segWriter) Write(n int64) {
	go w.seg.write(n)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.seg.full(1 << 20) {
		w.seg = &segment{}
	}
}

func (w *segWriter) Full() bool { return w.seg.full(1 << 20) }

// loadTable: Least's callers hold only the read lock, so two of them run fits at once.
type loadTable struct {
	mu    sync.RWMutex
	total int64
}

func (l *loadTable) Inc() {
	l.mu.Lock()
	atomic.AddInt64(&l.total, 1)
	l.mu.Unlock()
}

func (l *loadTable) Least() bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.fits()
}

func (l *loadTable) fits() bool {
	if l.total < 0 {
		l.total = 0 // want `l\.total is accessed with sync/atomic elsewhere but plainly here\. This plain write`
	}
	return l.total < 10
}

func (l *loadTable) Reset() {
	l.mu.RLock()
	l.total = 0 // want `l\.total is accessed with sync/atomic elsewhere but plainly here\. This plain write`
	l.mu.RUnlock()
}
