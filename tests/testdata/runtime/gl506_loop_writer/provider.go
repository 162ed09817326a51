package rt

import "sync"

type config struct{ entries map[string]string }

type LazyProvider struct {
	actual *config
}

// provide fills the provider lazily, with no lock: check, then set.
func (p *LazyProvider) provide() int {
	if p.actual == nil {
		p.actual = &config{entries: map[string]string{}}
	}
	return len(p.actual.entries)
}

func ProvideAll(p *LazyProvider, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.provide() // want `data race on p\.actual: every goroutine of this loop writes it, in provide`
		}()
	}
	wg.Wait()
}
