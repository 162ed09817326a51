package gl504

import (
	"sync"
	"sync/atomic"
)

// rateBuffer's bitrate is stored atomically under the buffer's lock and read atomically by others;
// the plain read in remb runs two calls below write, which holds the lock.
type rateBuffer struct {
	sync.Mutex
	bitrate uint64
	total   uint64
	max     uint64
	onRate  func(uint64)
}

func (b *rateBuffer) write(n int) {
	b.Lock()
	defer b.Unlock()
	b.calc(n)
}

func (b *rateBuffer) calc(n int) {
	b.total += uint64(n)
	atomic.StoreUint64(&b.bitrate, b.total*8)
	b.onRate(b.report())
}

func (b *rateBuffer) report() uint64 { return b.remb() }

func (b *rateBuffer) remb() uint64 {
	br := b.bitrate
	if br > b.max {
		br = b.max
	}
	return br
}

func (b *rateBuffer) Bitrate() uint64 { return atomic.LoadUint64(&b.bitrate) }

func runRate(b *rateBuffer) {
	go func() {
		for i := 0; i < 10; i++ {
			b.write(i)
		}
	}()
	go func() { _ = b.Bitrate() }()
}
