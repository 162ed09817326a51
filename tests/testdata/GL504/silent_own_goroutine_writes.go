package gl504

import "sync/atomic"

// piecePicker advances cur only from run, through next; other goroutines only load it.
type piecePicker struct {
	cur, end uint32
}

func (p *piecePicker) next() uint32 { return atomic.AddUint32(&p.cur, 1) }

func (p *piecePicker) Current() uint32 { return atomic.LoadUint32(&p.cur) }

func (p *piecePicker) run(out chan<- uint32) {
	for p.cur < p.end {
		out <- p.cur
		p.next()
	}
	close(out)
}

func startPicker(p *piecePicker) {
	out := make(chan uint32, 16)
	go p.run(out)
	go func() {
		for range out {
			_ = p.Current()
		}
	}()
}

// urlPicker advances through a local closure its run only ever calls in place.
type urlPicker struct {
	cur, end uint32
}

func (p *urlPicker) skip() { atomic.AddUint32(&p.cur, 1) }

func (p *urlPicker) Current() uint32 { return atomic.LoadUint32(&p.cur) }

func (p *urlPicker) runPieces(out chan<- uint32) {
	complete := func() bool {
		done := p.cur >= p.end-1
		out <- p.cur
		if !done {
			p.skip()
		}
		return done
	}
	for !complete() {
	}
}

func startURLPicker(p *urlPicker) {
	out := make(chan uint32, 16)
	go p.runPieces(out)
	go func() {
		for range out {
			_ = p.Current()
		}
	}()
}
