package gl504

import "sync/atomic"

// journalDB's sequence number is bumped atomically by its writers; replayJournal and
// replayJournalRO set it plainly, but only the constructor runs them, on the value it has
// just made, before it starts the goroutines that write.
type journalDB struct {
	seq     uint64
	batches []uint64
}

func (db *journalDB) bumpSeq(d uint64) { atomic.AddUint64(&db.seq, d) }

func (db *journalDB) writeBatch() { db.bumpSeq(1) }

func (db *journalDB) replayJournal() {
	for _, n := range db.batches {
		db.seq = db.seq + n
	}
}

func (db *journalDB) replayJournalRO() uint64 {
	last := db.seq
	for _, n := range db.batches {
		last += n
	}
	db.seq = last
	return last
}

func (db *journalDB) writerLoop() {
	for i := 0; i < 10; i++ {
		db.writeBatch()
	}
}

func openJournalDB(start uint64, batches []uint64, readOnly bool) *journalDB {
	db := &journalDB{seq: start}
	db.batches = batches
	if readOnly {
		db.replayJournalRO()
	} else {
		db.replayJournal()
	}
	go db.writerLoop()
	return db
}
