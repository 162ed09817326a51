package gl301

import (
	"runtime"
	"sync"
)

// spinLock's Lock is a lock helper: it returns holding the mutex on every path, from a
// successful TryLock or from the blocking Lock after spinning.
type spinLock struct {
	mu sync.Mutex
}

func (l *spinLock) Lock(spins int) {
	for i := 0; i < spins; i++ {
		if l.mu.TryLock() {
			return
		}
		runtime.Gosched()
	}
	l.mu.Lock()
}

func (l *spinLock) Unlock() { l.mu.Unlock() }
