package gl406

import "sync"

type hookBus struct{ hooks []func(string) }

func (b *hookBus) OnEvent(f func(string)) { b.hooks = append(b.hooks, f) }

// The twin: the callback is stored and runs on later events, after the close too.
func watchEndpoints(b *hookBus) []string {
	seen := make(chan string, 16)
	var wg sync.WaitGroup
	b.OnEvent(func(ep string) {
		wg.Add(1)
		go func(ep string) {
			defer wg.Done()
			seen <- ep
		}(ep)
	})
	wg.Wait()
	close(seen) // want `close\(seen\) by its receiver`
	var eps []string
	for ep := range seen {
		eps = append(eps, ep)
	}
	return eps
}
