package gl301

import "sync"

// The mutex itself is handed on, as a sync.Locker the transaction keeps and unlocks when it ends:
// the lock left held at the return belongs to the transaction.
type lockedTx struct {
	lock sync.Locker
}

func newLockedTx(lock sync.Locker) *lockedTx { return &lockedTx{lock: lock} }

func (tx *lockedTx) Commit() {
	if tx.lock != nil {
		tx.lock.Unlock()
	}
}

type singleWriterDB struct {
	single bool
	txMu   sync.RWMutex
}

func (db *singleWriterDB) BeginWrite() *lockedTx {
	var locker sync.Locker
	if db.single {
		db.txMu.Lock()
		locker = &db.txMu
	}
	return newLockedTx(locker)
}

func (db *singleWriterDB) BeginRead() *lockedTx {
	var locker sync.Locker
	if db.single {
		db.txMu.RLock()
		locker = db.txMu.RLocker()
	}
	return newLockedTx(locker)
}
