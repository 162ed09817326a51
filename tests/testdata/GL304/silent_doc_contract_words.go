package gl304

import (
	"os"
	"sync"
	"time"
)

type bundle struct {
	lock    *sync.Mutex
	batched bool
	path    string
}

// cleanup removes the bundle once the run is over.
// MUST BE CALLED with bundle `b` locked.
// It may let go of the bundle for a moment while it retries.
func (b *bundle) cleanup() (err error) {
	for i := 0; i < 50; i++ {
		err = os.RemoveAll(b.path)
		if err == nil {
			return nil
		}
		if !b.batched {
			b.lock.Unlock()
		}
		time.Sleep(100 * time.Millisecond)
		if !b.batched {
			b.lock.Lock()
		}
	}
	return err
}
