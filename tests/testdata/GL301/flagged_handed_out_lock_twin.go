package gl301

import (
	"errors"
	"sync"
)

var spoolLocks = map[string]*sync.Mutex{}

func spoolLock(path string) (*sync.Mutex, bool) {
	l, ok := spoolLocks[path]
	return l, ok
}

// The twin: the function releases the lock on one path after taking it, and
// keeps it on another.
func lockSpool(path string) error {
	if path == "" {
		return errors.New("no path")
	}
	l, ok := spoolLock(path)
	if !ok {
		return errors.New("unknown")
	}
	l.Lock()
	if _, busy := spoolLocks[path+".busy"]; busy {
		l.Unlock()
		return errors.New("busy")
	}
	return nil // want `return with l locked`
}
