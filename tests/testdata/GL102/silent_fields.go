package gl102

// Closed on shutdown: the range ends.
type Pool struct {
	tasks chan func()
	quit  chan struct{}
}

func NewPool() *Pool {
	p := &Pool{tasks: make(chan func()), quit: make(chan struct{})}
	go p.loop()
	return p
}

func (p *Pool) loop() {
	for t := range p.tasks {
		t()
	}
}

func (p *Pool) Go(t func()) { p.tasks <- t }

func (p *Pool) Close() {
	close(p.quit)
	close(p.tasks)
}

// A daemon for the life of the process: no shutdown path, nothing to leak after.
type Ticker struct{ beats chan int }

func NewTicker() *Ticker {
	t := &Ticker{beats: make(chan int)}
	go t.loop()
	return t
}

func (t *Ticker) loop() {
	for b := range t.beats {
		println(b)
	}
}

func (t *Ticker) Beat(b int) { t.beats <- b }

// Exported: other packages may close it.
type Feed struct {
	Items chan string
	stop  chan struct{}
}

func (f *Feed) Drain() {
	for it := range f.Items {
		println(it)
	}
}

func (f *Feed) Stop() { close(f.stop) }
