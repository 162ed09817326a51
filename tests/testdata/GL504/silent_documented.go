package gl504

import "sync/atomic"

// arena hands out slices of one buffer. It is NOT thread-safe.
type arena struct {
	buf []byte
	off uint64
}

func (a *arena) Used() int { return int(atomic.LoadUint64(&a.off)) }

// Alloc is documented for one goroutine at a time by its type.
func (a *arena) Alloc(n int) []byte {
	start := a.off
	a.off += uint64(n)
	return a.buf[start:a.off]
}

type ring struct {
	head uint32
}

func (r *ring) Head() uint32 { return atomic.LoadUint32(&r.head) }

// Advance moves the head. Not safe for concurrent use.
func (r *ring) Advance() { r.head++ }
