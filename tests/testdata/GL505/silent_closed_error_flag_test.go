package gl505

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// acquire and put fail only once their quota or pool is closed (a flag only close raises), and the
// tests close them only after they waited for the goroutines: the checks cannot fail.

var errQuotaClosed = errors.New("quota closed")

type byteQuota struct {
	quotaClosed atomic.Bool
	used        atomic.Int64
}

func (q *byteQuota) acquire(n int64) error {
	if q.quotaClosed.Load() {
		return errQuotaClosed
	}
	q.used.Add(n)
	return nil
}

func (q *byteQuota) close() { q.quotaClosed.CompareAndSwap(false, true) }

func TestQuotaAcquireThenClose(t *testing.T) {
	q := &byteQuota{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			require.NoError(t, q.acquire(50))
			wg.Done()
		}()
	}
	wg.Wait()
	q.close()
}

type bufPool struct {
	mu         sync.Mutex
	poolClosed bool
	bufs       [][]byte
}

func (p *bufPool) put(b []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.poolClosed {
		return errors.New("pool closed")
	}
	p.bufs = append(p.bufs, b)
	return nil
}

func (p *bufPool) shutdown() {
	p.mu.Lock()
	p.poolClosed = true
	p.mu.Unlock()
}

func TestPoolPutDeferredShutdown(t *testing.T) {
	p := &bufPool{}
	defer p.shutdown()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			err := p.put(make([]byte, 8))
			require.NoError(t, err)
			wg.Done()
		}()
	}
	wg.Wait()
}
