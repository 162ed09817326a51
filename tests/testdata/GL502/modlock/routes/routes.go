package routes

import "sync"

// Table is a route table whose readers and writers lock it: it embeds a sync.RWMutex and has no Lock of
// its own, so x.Lock() of a *Table is sync's.
type Table struct {
	sync.RWMutex
	byDest map[string]string
}

func NewTable() *Table { return &Table{byDest: map[string]string{}} }

// LookupLocked reads the table; the caller holds its lock.
func (t *Table) LookupLocked(dest string) (string, bool) {
	v, ok := t.byDest[dest]
	return v, ok
}
