package gl301

import "sync"

// Lock and Unlock under two calls of a getter of a field set only when the value is built:
// both calls give the same answer, so the Unlock runs whenever the Lock did.

type assocOpts struct {
	blockWrite bool
}

func newAssocOpts(block bool) *assocOpts { return &assocOpts{blockWrite: block} }

func (a *assocOpts) isBlockWrite() bool { return a.blockWrite }

type blockStream struct {
	opts      *assocOpts
	writeLock sync.Mutex
	pending   int
}

func (s *blockStream) write(p []byte) int {
	if s.opts.isBlockWrite() {
		s.writeLock.Lock()
	}
	n := len(p)
	if n == 0 {
		s.pending++
	}
	if s.opts.isBlockWrite() {
		s.writeLock.Unlock()
	}
	return n
}
