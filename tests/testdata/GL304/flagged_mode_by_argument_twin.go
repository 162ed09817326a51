package gl304

import "sync"

type inodeLock2 struct{ mu sync.Mutex }

func (i *inodeLock2) Lock()   { i.mu.Lock() }
func (i *inodeLock2) Unlock() { i.mu.Unlock() }

type fileHandle2 struct {
	mu    sync.RWMutex
	inode *inodeLock2
	size  int
}

func (fh *fileHandle2) relock(rLock bool) {
	if rLock {
		fh.inode.Unlock()
		fh.mu.RLock()
		fh.inode.Lock()
	} else {
		fh.inode.Unlock()
		fh.mu.Lock()
		fh.inode.Lock()
	}
}

// relock(false) returns holding the write lock: RUnlock does not release it.
func (fh *fileHandle2) Size() int {
	fh.inode.Lock()
	fh.relock(false)
	defer fh.mu.RUnlock() // want `fh\.mu\.RUnlock\(\) releases a lock taken with fh\.mu\.Lock\(\)`
	n := fh.size
	fh.inode.Unlock()
	return n
}
