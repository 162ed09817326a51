package gl302

import "sync"

type podScraper struct {
	mu        sync.Mutex
	nodeScope bool
	pods      map[string]string
}

func (p *podScraper) loop() {
	if p.nodeScope {
		p.scrapeNode()
	}
}

// refresh calls scrapeNode in any scope: outside node scope, register locks
// the mutex rebuildPods holds.
func (p *podScraper) refresh() {
	p.scrapeNode()
}

func (p *podScraper) scrapeNode() {
	rebuildPods(p, []string{"a"})
}

func rebuildPods(p *podScraper, names []string) {
	p.mu.Lock()
	for _, n := range names {
		registerPod(n, p) // want `registerPod\(\) locks p\.mu again while it is held here`
	}
	p.mu.Unlock()
}

func registerPod(name string, p *podScraper) {
	if !p.nodeScope {
		p.mu.Lock()
		defer p.mu.Unlock()
	}
	p.pods[name] = name
}

type flipScraper struct {
	mu        sync.Mutex
	nodeScope bool
	pods      map[string]string
}

// The caller tests the flag, then sets it back before the call.
func (p *flipScraper) loop() {
	if p.nodeScope {
		p.nodeScope = false
		p.scrapeNode()
	}
}

func (p *flipScraper) scrapeNode() {
	p.mu.Lock()
	registerFlip("x", p) // want `registerFlip\(\) locks p\.mu again while it is held here`
	p.mu.Unlock()
}

func registerFlip(name string, p *flipScraper) {
	if !p.nodeScope {
		p.mu.Lock()
		defer p.mu.Unlock()
	}
	p.pods[name] = name
}
