package gl306

import "sync"

type ledgerSync struct {
	mu      sync.RWMutex
	entries int
}

// The empty read section is a sync point, marked for staticcheck on the Unlock's line.
func (l *ledgerSync) syncPoint() int {
	l.mu.RLock()
	l.mu.RUnlock() //lint:ignore SA2001 syncpoint: waits for a writer in progress
	return 0
}

// The same, with the directive alone on the line above the Lock.
func (l *ledgerSync) barrier() {
	//lint:ignore SA2001,SA2002 barrier before the reads below
	l.mu.RLock()
	l.mu.RUnlock()
	l.entries = 0
}
