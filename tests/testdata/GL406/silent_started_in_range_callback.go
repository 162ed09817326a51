package gl406

import "sync"

type probeResult struct{ ep string }

// Every sender is counted in the Range callback and calls wg.Done (deferred) after its send;
// Range returns only once the callback ran for every key, so wg.Wait joins them all before
// the close.
func patrolEndpoints(m *sync.Map, count int) []string {
	probeCh := make(chan probeResult, count)
	var wg sync.WaitGroup
	m.Range(func(key, _ any) bool {
		wg.Add(1)
		go func(key any) {
			defer wg.Done()
			ep := key.(string)
			if ep == "" {
				return
			}
			probeCh <- probeResult{ep}
		}(key)
		return true
	})
	wg.Wait()
	close(probeCh)
	var eps []string
	for p := range probeCh {
		eps = append(eps, p.ep)
	}
	return eps
}
