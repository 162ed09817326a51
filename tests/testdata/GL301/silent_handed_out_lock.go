package gl301

import (
	"errors"
	"sync"
)

var (
	registryMu sync.Mutex
	fileLocks  = map[string]*sync.Mutex{}
)

// pathLock hands out the process-wide lock of a path: the same one every time.
func pathLock(path string) (*sync.Mutex, error) {
	registryMu.Lock()
	defer registryMu.Unlock()
	l, ok := fileLocks[path]
	if !ok {
		l = new(sync.Mutex)
		fileLocks[path] = l
	}
	return l, nil
}

type pathLocks struct{ open bool }

// LockPath takes the path's lock for its caller; UnlockPath releases it.
func (p *pathLocks) LockPath(path string) error {
	if !p.open {
		return errors.New("closed")
	}
	l, err := pathLock(path)
	if err != nil {
		return err
	}
	l.Lock()
	return nil
}

func (p *pathLocks) UnlockPath(path string) error {
	if !p.open {
		return errors.New("closed")
	}
	l, err := pathLock(path)
	if err != nil {
		return err
	}
	l.Unlock()
	return nil
}
