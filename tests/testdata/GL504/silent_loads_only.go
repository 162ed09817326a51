package gl504

import "sync/atomic"

type buffer struct {
	buf    []byte
	offset uint64
}

// offset is only ever loaded atomically: the plain reads below do not race with those loads.
func (b *buffer) Len() int { return int(atomic.LoadUint64(&b.offset)) }

func (b *buffer) Bytes() []byte { return b.buf[:b.offset] }

func (b *buffer) Free() int { return len(b.buf) - int(b.offset) }
