package gl506

import (
	"sync"
	"sync/atomic"
)

type guardedProvider struct {
	mu     sync.Mutex
	actual *cachedProvider
	hits   int
}

func (p *guardedProvider) provide() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.actual == nil {
		p.actual = &cachedProvider{}
	}
	return p.actual.n
}

func (p *guardedProvider) count() { p.hits++ }

type stamp struct{ at int }

// a value receiver writes its own copy
func (s stamp) touch() { s.at++ }

// The method locks its own mutex around the write.
func ProvideGuarded(n int) {
	p := &guardedProvider{}
	for i := 0; i < n; i++ {
		go p.provide()
	}
}

// Every goroutine calls the writer under the same mutex.
func CountGuarded(n int) {
	p := &guardedProvider{}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.mu.Lock()
			p.count()
			p.mu.Unlock()
		}()
	}
	wg.Wait()
}

// Each goroutine has a provider of its own.
func ProvideEach(ps []*lazyProvider) {
	for _, p := range ps {
		go p.provide()
	}
	for i := range ps {
		go func(p *lazyProvider) { p.count() }(ps[i])
	}
}

// A value receiver: each call writes a copy.
func TouchAll(s stamp, n int) {
	for i := 0; i < n; i++ {
		go s.touch()
	}
}

// One goroutine at a time: each is awaited before the next starts.
func CountInTurn(n int) {
	p := &lazyProvider{}
	for i := 0; i < n; i++ {
		done := make(chan struct{})
		go func() {
			defer close(done)
			p.count()
		}()
		<-done
	}
}

type collector struct{ lastKind string }

func (c *collector) collectSpecial() { c.lastKind = "special" }

func (c *collector) collectOther(k string) {}

// Only the goroutine of the "special" key calls the writer: map keys are distinct.
func CollectKinds(c *collector, kinds map[string]bool) {
	var wg sync.WaitGroup
	for k, on := range kinds {
		if !on {
			continue
		}
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			if k == "special" {
				c.collectSpecial()
			} else {
				c.collectOther(k)
			}
		}(k)
	}
	wg.Wait()
}

type replica struct{ needRollback bool }

func (r *replica) create(host string, rollback bool) error {
	if rollback {
		r.needRollback = true
	}
	return nil
}

// Every call passes false: the write under `if rollback` never runs here.
func CreateAll(r *replica, hosts []string) {
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			_ = r.create(h, false)
		}(h)
	}
	wg.Wait()
}

type canalRunner struct {
	lastErr chan error
	pos     int
}

func (c *canalRunner) run(from int) {
	c.pos = from
	c.lastErr <- nil
}

// The next goroutine starts only after the last one's final report.
func (c *canalRunner) Supervise(stop chan struct{}) {
	go c.run(0)
	for {
		select {
		case <-stop:
			<-c.lastErr
			return
		case err := <-c.lastErr:
			if err == nil {
				return
			}
			go c.run(1)
		}
	}
}

type walWatcher struct{ lastCheckpoint string }

func (w *walWatcher) collect(n int) { w.lastCheckpoint = "cp" }

// A one-slot semaphore: the next goroutine starts only once the last released it.
func (w *walWatcher) Watch(ticks chan int, quit chan struct{}) {
	gcSem := make(chan struct{}, 1)
	for {
		select {
		case <-quit:
			return
		case n := <-ticks:
			select {
			case gcSem <- struct{}{}:
				go func() {
					defer func() {
						<-gcSem
					}()
					w.collect(n)
				}()
			default:
			}
		}
	}
}

type stateFile struct {
	mu       sync.Mutex
	readFile string
}

// lockState locks and returns the unlock: `defer s.lockState()()` holds it to the end.
func (s *stateFile) lockState() func() {
	s.mu.Lock()
	return s.mu.Unlock
}

func (s *stateFile) WriteState(v string) {
	defer s.lockState()()
	s.readFile = v
}

func WriteAll(s *stateFile, n int) {
	for i := 0; i < n; i++ {
		go s.WriteState("x")
	}
}

type egressProxy struct{ cfgPath string }

func (ep *egressProxy) applyEgress(path string) { ep.cfgPath = path }

// The goroutine starts in one turn only: the flag is set on its way in and never reset.
func RunLoop(ep *egressProxy, events chan string) {
	startupDone := false
	for ev := range events {
		if !startupDone {
			if ev != "" {
				startupDone = true
				go func() {
					ep.applyEgress(ev)
				}()
			}
		}
	}
}

type flashGroup struct {
	busy  int32
	slots []int
}

// A try-lock: one caller at a time gets past the CompareAndSwap; the release is atomic too.
func (fg *flashGroup) grow() {
	if !atomic.CompareAndSwapInt32(&fg.busy, 0, 1) {
		return
	}
	fg.slots = append(fg.slots, len(fg.slots))
	atomic.StoreInt32(&fg.busy, 0)
}

func GrowAll(fg *flashGroup, n int) {
	for i := 0; i < n; i++ {
		go fg.grow()
	}
}

type duckServer struct {
	mu       sync.Mutex
	lameDuck bool
	duckCh   chan bool
}

// A check-and-set under the mutex, of a flag nothing clears: one caller gets past it.
func (s *duckServer) enterLameDuck() {
	s.mu.Lock()
	if s.lameDuck {
		s.mu.Unlock()
		return
	}
	s.lameDuck = true
	s.duckCh = make(chan bool, 1)
	s.mu.Unlock()
	<-s.duckCh
}

func (s *duckServer) OnSignals(sigs chan int) {
	for range sigs {
		go s.enterLameDuck()
	}
}

type slice struct {
	done, frozen bool
	length       int
}

func (s *slice) flush() { s.length = 1 }

// A field flag set on the way in, never cleared in the package: one turn starts the flush.
func commitFirst(s *slice, ready func() bool) {
	for !s.done {
		if ready() && !s.frozen {
			s.frozen = true
			go s.flush()
		}
	}
}

type pendingQueue struct{ slices []*slice }

// Nested loops: the flag on the slice itself keeps its flush to one goroutine, whichever turn starts it.
func (q *pendingQueue) commitAll(ready func() bool) {
	for len(q.slices) > 0 {
		s := q.slices[0]
		for !s.done {
			if ready() && !s.frozen {
				s.frozen = true
				go s.flush()
			}
		}
		q.slices = q.slices[1:]
	}
}

var workSink int

var alwaysFalse bool

// The sink write keeps the loop from being optimised away; it never runs.
func localWork(w int) {
	foo := 0
	for i := 0; i < w; i++ {
		foo /= foo + 1
	}
	if alwaysFalse {
		workSink += foo
	}
}

func spinAll(n int) {
	for i := 0; i < n; i++ {
		go localWork(100)
	}
}
