package gl201

import "sync"

type pump struct {
	wg   sync.WaitGroup
	reqs chan int
}

func (p *pump) loop() {
	p.wg.Add(1)
	defer p.wg.Done()
	for r := range p.reqs {
		_ = r
	}
}

// A buffered channel: the send completes without the goroutine; Wait may come before its Add.
func pumpBuffered() {
	p := &pump{reqs: make(chan int, 1)}
	go p.loop() // want `goroutine loop calls p\.wg\.Add after it starts`
	p.reqs <- 1
	close(p.reqs)
	p.wg.Wait()
}

// The deferred Wait can run at the early return, before any send.
func pumpEarly(skip bool) {
	reqs := make(chan int)
	p := newPump(reqs)
	go p.loop() // want `goroutine loop calls p\.wg\.Add after it starts`
	defer p.wg.Wait()
	defer close(reqs)
	if skip {
		return
	}
	reqs <- 1
}

func newPump(reqs chan int) *pump { return &pump{reqs: reqs} }
