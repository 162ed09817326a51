package gl301

import "sync"

// The transaction is handed another mutex than the one locked: txMu stays held.
type auditTx struct {
	lock sync.Locker
}

func newAuditTx(lock sync.Locker) *auditTx { return &auditTx{lock: lock} }

type auditDB struct {
	closed bool
	txMu   sync.Mutex
	logMu  sync.Mutex
}

func (db *auditDB) Begin() *auditTx {
	var locker sync.Locker
	db.txMu.Lock()
	if db.closed {
		db.txMu.Unlock()
		return nil
	}
	locker = &db.logMu
	return newAuditTx(locker) // want `return with db\.txMu locked: db\.txMu\.Unlock\(\) is skipped on this path`
}
