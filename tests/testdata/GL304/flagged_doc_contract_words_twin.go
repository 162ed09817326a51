package gl304

import (
	"os"
	"time"
)

// sweep removes the bundle once the run is over. Its comment says
// nothing of who holds the bundle's lock when it runs.
func (b *bundle) sweep() (err error) {
	for i := 0; i < 50; i++ {
		err = os.RemoveAll(b.path)
		if err == nil {
			return nil // want `return with b\.lock locked`
		}
		if !b.batched {
			b.lock.Unlock() // want `b\.lock may not be locked when this Unlock runs`
		}
		time.Sleep(100 * time.Millisecond)
		if !b.batched {
			b.lock.Lock()
		}
	}
	return err
}
