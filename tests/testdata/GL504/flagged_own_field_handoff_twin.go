package gl504

import "sync/atomic"

// The twin: the field's method starts a goroutine with the pointer it is
// given, before the plain step runs.
type watcher struct{ parent *segTable }

func (w *watcher) attach(p *segTable) {
	w.parent = p
	go p.segLoop()
}

type segTable struct {
	w     watcher
	curID uint64
}

func (t *segTable) loadSegs(ids []uint64) {
	for _, id := range ids {
		if t.curID < id { // want `t\.curID is accessed with sync/atomic elsewhere but plainly here`
			t.curID = id // want `t\.curID is accessed with sync/atomic elsewhere but plainly here`
		}
	}
}

func initSegTable(ids []uint64) *segTable {
	t := segTable{}
	t.w.attach(&t)
	t.loadSegs(ids)
	return &t
}

func (t *segTable) segLoop() {
	for i := 0; i < 3; i++ {
		_ = atomic.AddUint64(&t.curID, 1)
	}
}
