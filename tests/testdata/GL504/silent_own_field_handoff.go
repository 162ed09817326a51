package gl504

import "sync/atomic"

// The table is built as a value; its cleaner keeps a pointer back to it. That
// hand-off stays inside the table: no goroutine sees it before startLoop.
type sweeper struct{ parent *partTable }

func (s *sweeper) bind(p *partTable) { s.parent = p }

type partTable struct {
	gc     sweeper
	curID  uint64
	loaded []uint64
}

func (t *partTable) loadParts(ids []uint64) {
	for _, id := range ids {
		if t.curID < id {
			t.curID = id
		}
		t.loaded = append(t.loaded, id)
	}
}

func initPartTable(ids []uint64) *partTable {
	t := partTable{}
	t.gc.bind(&t)
	t.loadParts(ids)
	return &t
}

func newPartTable(ids []uint64) *partTable {
	t := initPartTable(ids)
	go t.partLoop()
	return t
}

func (t *partTable) partLoop() {
	for i := 0; i < 3; i++ {
		_ = atomic.AddUint64(&t.curID, 1)
	}
}
