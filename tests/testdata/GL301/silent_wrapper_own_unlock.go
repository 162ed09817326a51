package gl301

import (
	"example.com/app/syncutil"
)

// labelIndex embeds another package's mutex wrapper (type RWMutex struct{ sync.RWMutex })
// and has an Unlock of its own that releases the embedded one, deferred.
type labelIndex struct {
	syncutil.RWMutex
	rules map[string]int
	dirty bool
}

func (l *labelIndex) Unlock() {
	defer l.RWMutex.Unlock()
	l.dirty = false
}

func (l *labelIndex) SetRule(k string, v int) error {
	if k == "" {
		return nil
	}
	l.Lock()
	defer l.Unlock()
	l.rules[k] = v
	return nil
}

func (l *labelIndex) clearRules() {
	l.Lock()
	defer l.Unlock()
	l.rules = map[string]int{}
}

func (l *labelIndex) GetRule(k string) int {
	l.RLock()
	defer l.RUnlock()
	return l.rules[k]
}

func resetThenGet(l *labelIndex) int {
	l.clearRules()
	return l.GetRule("a")
}
