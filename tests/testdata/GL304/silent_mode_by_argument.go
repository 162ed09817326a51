package gl304

import "sync"

type inodeLock struct{ mu sync.Mutex }

func (i *inodeLock) Lock()   { i.mu.Lock() }
func (i *inodeLock) Unlock() { i.mu.Unlock() }

type fileHandle struct {
	mu    sync.RWMutex
	inode *inodeLock
	size  int
}

// relock trades the inode's lock for the handle's, in the mode the argument asks for, then takes the
// inode's again (lock order: handle first).
func (fh *fileHandle) relock(rLock bool) {
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

// relock(true) returns holding the read lock: the deferred RUnlock matches it.
func (fh *fileHandle) Size() int {
	fh.inode.Lock()
	fh.relock(true)
	defer fh.mu.RUnlock()
	n := fh.size
	fh.inode.Unlock()
	return n
}

// An argument goleash cannot evaluate: either mode may be held, so nothing is reported.
func (fh *fileHandle) Grow(by int) int {
	fh.inode.Lock()
	fh.relock(by == 0)
	defer fh.mu.RUnlock()
	fh.inode.Unlock()
	return fh.size
}
