package gl506

import "sync"

var (
	statsMu   sync.Mutex
	lastProbe string
)

// The package variable is written under one mutex on both sides.
func probeLocked(a, b func() string) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := a()
		statsMu.Lock()
		lastProbe = v
		statsMu.Unlock()
	}()
	go func() {
		defer wg.Done()
		v := b()
		statsMu.Lock()
		lastProbe = v
		statsMu.Unlock()
	}()
	wg.Wait()
}
