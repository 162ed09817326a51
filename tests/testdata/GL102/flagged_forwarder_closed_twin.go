package gl102

type entry struct{ v int }

// The input is closed by stop: the forwarding loop then ends, and the range
// over batches waits forever for a close that never comes.
type pump struct {
	in chan *entry
}

func (p *pump) stop() { close(p.in) }

func (p *pump) run() {
	batches := make(chan []*entry, 1)
	go func() {
		for b := range batches { // want `range over batches never ends: nothing closes it`
			_ = b
		}
	}()
	for e := range p.in {
		batches <- []*entry{e}
	}
}

func newPump() *pump { return &pump{in: make(chan *entry, 8)} }
