package routes

import "os"

// Table is a route table kept in a file; its Lock and RLock take an advisory lock on that file, which
// does not exclude other goroutines of the same process.
type Table struct {
	f      *os.File
	byDest map[string]string
}

func NewTable() *Table { return &Table{byDest: map[string]string{}} }

func (t *Table) Lock()    { lockFile(t.f, true) }
func (t *Table) Unlock()  { unlockFile(t.f) }
func (t *Table) RLock()   { lockFile(t.f, false) }
func (t *Table) RUnlock() { unlockFile(t.f) }

// RLocker is what a sync.Cond waiting on the table takes.
func (t *Table) RLocker() *Table { return t }

func lockFile(f *os.File, exclusive bool) { _, _ = f, exclusive }

func unlockFile(f *os.File) { _ = f }
