package gl504

import (
	"sync"
	"sync/atomic"
)

// flush reaches report without the lock: the plain read in remb races with calc's store.
type rateWindow struct {
	sync.Mutex
	bitrate uint64
	total   uint64
}

func (b *rateWindow) write(n int) {
	b.Lock()
	defer b.Unlock()
	b.calc(n)
}

func (b *rateWindow) calc(n int) {
	b.total += uint64(n)
	atomic.StoreUint64(&b.bitrate, b.total*8)
	_ = b.report()
}

func (b *rateWindow) report() uint64 { return b.remb() }

func (b *rateWindow) remb() uint64 {
	return b.bitrate // want `b.bitrate is accessed with sync/atomic elsewhere but plainly here`
}

func (b *rateWindow) flush() uint64 { return b.report() }

func runWindow(b *rateWindow) {
	go b.write(1)
	go b.flush()
}
