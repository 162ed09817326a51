package gl506

import "sync"

type lazyProvider struct {
	actual *cachedProvider
	hits   int
}

type cachedProvider struct{ n int }

// provide fills the provider lazily, with no lock: check, then set.
func (p *lazyProvider) provide() int {
	if p.actual == nil {
		p.actual = &cachedProvider{}
	}
	return p.actual.n
}

func (p *lazyProvider) count() { p.hits++ }

// Every goroutine this loop starts runs provide on the same provider.
func ProvideAll(n int) {
	p := &lazyProvider{}
	for i := 0; i < n; i++ {
		go p.provide() // want `data race on p\.actual: every goroutine of this loop writes it, in provide`
	}
}

// The same through a goroutine literal that calls the method.
func CountAll(n int) {
	p := &lazyProvider{}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.count() // want `data race on p\.hits: every goroutine of this loop writes it, in count`
		}()
	}
	wg.Wait()
}

type kindCollector struct{ lastKind string }

func (c *kindCollector) noteSpecial() { c.lastKind = "special" }

// A range over a channel may deliver "special" twice: both goroutines write.
func CollectFrom(c *kindCollector, kinds chan string) {
	for k := range kinds {
		go func(k string) {
			if k == "special" {
				c.noteSpecial() // want `data race on c\.lastKind: every goroutine of this loop writes it, in noteSpecial`
			}
		}(k)
	}
}

type mirror struct{ needRollback bool }

func (m *mirror) sync(host string, rollback bool) error {
	if rollback {
		m.needRollback = true
	}
	return nil
}

// Here every call passes true.
func SyncAll(m *mirror, hosts []string) {
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			_ = m.sync(h, true) // want `data race on m\.needRollback: every goroutine of this loop writes it, in sync`
		}(h)
	}
	wg.Wait()
}

type segWatcher struct{ lastSegment string }

func (w *segWatcher) scan(n int) { w.lastSegment = "seg" }

// Two slots: two goroutines may write at once.
func (w *segWatcher) Watch(ticks chan int) {
	sem := make(chan struct{}, 2)
	for n := range ticks {
		sem <- struct{}{}
		go func(n int) {
			defer func() { <-sem }()
			w.scan(n) // want `data race on w\.lastSegment: every goroutine of this loop writes it, in scan`
		}(n)
	}
}

type tokenServer struct {
	accept chan bool
	drops  int
}

func (s *tokenServer) handle(c int) {
	defer func() { s.accept <- true }()
	if c < 0 {
		s.drops++
	}
}

func (s *tokenServer) Start(max int) {
	s.accept = make(chan bool, max)
	for i := 0; i < max; i++ {
		s.accept <- true
	}
}

// A pool of tokens sent up front: several handlers run at once.
func (s *tokenServer) Serve(conns chan int) {
	for c := range conns {
		select {
		case <-s.accept:
			go s.handle(c) // want `data race on s\.drops: every goroutine of this loop writes it, in handle`
		default:
		}
	}
}

type ingressProxy struct{ cfgPath string }

func (ip *ingressProxy) serve(path string) { ip.cfgPath = path }

// The flag is reset in the loop: another turn starts another goroutine.
func ServeLoop(ip *ingressProxy, events chan string) {
	started := false
	for ev := range events {
		if !started {
			started = true
			go func() {
				ip.serve(ev) // want `data race on ip\.cfgPath: every goroutine of this loop writes it, in serve`
			}()
		}
		if ev == "" {
			started = false
		}
	}
}

type gooseServer struct {
	mu      sync.Mutex
	goose   bool
	gooseCh chan bool
}

// The flag is cleared elsewhere: a later caller gets past the check again.
func (s *gooseServer) enterGoose() {
	s.mu.Lock()
	if s.goose {
		s.mu.Unlock()
		return
	}
	s.goose = true
	s.gooseCh = make(chan bool, 1)
	s.mu.Unlock()
	<-s.gooseCh
}

func (s *gooseServer) leaveGoose() {
	s.mu.Lock()
	s.goose = false
	s.mu.Unlock()
}

func (s *gooseServer) OnSignals(sigs chan int) {
	for range sigs {
		go s.enterGoose() // want `data race on s\.gooseCh: enterGoose reads it unlocked while another writes it`
	}
}

type chunk struct {
	done, sealed bool
	length       int
}

func (c *chunk) upload() { c.length = 1 }

func (c *chunk) reopen() { c.sealed = false }

// The field flag is cleared elsewhere in the package: another turn may start another upload.
func commitChunk(c *chunk, ready func() bool) {
	for !c.done {
		if ready() && !c.sealed {
			c.sealed = true
			go c.upload() // want `data race on c\.length: every goroutine of this loop writes it, in upload`
		}
	}
}
