package gl302

import "sync"

type scraper struct {
	mu        sync.Mutex
	nodeScope bool
	pods      map[string]string
	stop      chan struct{}
}

func (p *scraper) init(scope string) {
	p.nodeScope = scope == "node"
}

func (p *scraper) run() {
	go func() {
		for {
			select {
			case <-p.stop:
				return
			default:
			}
			if p.nodeScope {
				p.scrapeNode()
			} else {
				p.watch()
			}
		}
	}()
}

// scrapeNode runs only in node scope (its one call is under p.nodeScope), and
// so does rebuild: register locks p.mu only outside node scope, and never
// meets the lock rebuild holds.
func (p *scraper) scrapeNode() {
	rebuild(p, []string{"a", "b"})
}

func rebuild(p *scraper, names []string) {
	p.mu.Lock()
	p.pods = map[string]string{}
	for _, n := range names {
		register(n, p)
	}
	p.mu.Unlock()
}

func (p *scraper) watch() {
	register("w", p)
}

func register(name string, p *scraper) {
	if !p.nodeScope {
		p.mu.Lock()
		defer p.mu.Unlock()
	}
	p.pods[name] = name
}
