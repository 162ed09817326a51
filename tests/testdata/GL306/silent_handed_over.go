package gl306

import "sync"

type unlockNote struct {
	mu    sync.Mutex
	wait  sync.Mutex
	fired bool
}

func newUnlockNote() *unlockNote {
	un := &unlockNote{}
	un.wait.Lock()
	return un
}

// fire runs in another goroutine (a C library's callback): it releases the wait mutex the note was
// made holding, without taking it.
func fire(un *unlockNote) {
	un.mu.Lock()
	un.fired = true
	un.wait.Unlock()
	un.mu.Unlock()
}

// waitFired blocks on the wait mutex until fire releases it.
func waitFired(un *unlockNote) {
	un.mu.Lock()
	fired := un.fired
	un.mu.Unlock()
	if !fired {
		un.wait.Lock()
		un.wait.Unlock()
	}
}
