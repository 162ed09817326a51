package gl504

import "sync/atomic"

// The twin: the constructor starts the writer first, then runs the step that sets the
// sequence plainly, while the writer may be bumping it.
type lateDB struct {
	seq     uint64
	batches []uint64
}

func (db *lateDB) bumpLateSeq(d uint64) { atomic.AddUint64(&db.seq, d) }

func (db *lateDB) lateWriterLoop() {
	for i := 0; i < 10; i++ {
		db.bumpLateSeq(1)
	}
}

func (db *lateDB) replayLate() {
	for _, n := range db.batches {
		db.seq = db.seq + n // want `db\.seq is accessed with sync/atomic elsewhere but plainly here`
	}
}

func openLateDB(start uint64, batches []uint64) *lateDB {
	db := &lateDB{seq: start, batches: batches}
	go db.lateWriterLoop()
	db.replayLate()
	return db
}
