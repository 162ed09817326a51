package gl502

import (
	"context"
	"sync"
)

// keyLocks hands out one lock per key: Lock returns holding the key's mutex.
type keyLocks struct {
	mu    sync.Mutex
	byKey map[string]*sync.Mutex
}

func (k *keyLocks) Lock(ctx context.Context, key string) error {
	k.mu.Lock()
	m, ok := k.byKey[key]
	if !ok {
		m = &sync.Mutex{}
		k.byKey[key] = m
	}
	k.mu.Unlock()
	m.Lock()
	return ctx.Err()
}

func (k *keyLocks) Unlock(key string) {
	k.mu.Lock()
	m := k.byKey[key]
	k.mu.Unlock()
	m.Unlock()
}

// Every goroutine counts under the lock of one and the same key.
func countUnderKey(locks *keyLocks, key string) int {
	var wg sync.WaitGroup
	total := 0
	fours := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := locks.Lock(context.Background(), "fours"); err != nil {
				return
			}
			fours++
			locks.Unlock("fours")
			_ = locks.Lock(context.Background(), key)
			defer locks.Unlock(key)
			total++
		}()
	}
	wg.Wait()
	return total + fours
}

type testingT interface{ Errorf(string, ...any) }

func noError(t testingT, err error) {
	if err != nil {
		t.Errorf("%v", err)
	}
}

// The lock taken as a check's argument.
func countChecked(t testingT, locks *keyLocks) int {
	var wg sync.WaitGroup
	eights := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			noError(t, locks.Lock(context.Background(), "eights"))
			eights++
			locks.Unlock("eights")
		}()
	}
	wg.Wait()
	return eights
}
