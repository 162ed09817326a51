package gl102

import "time"

type build struct{ id int }

type poller struct{ done []int }

var pollerNextErr error

func (p *poller) next() (*build, error) { return &build{1}, pollerNextErr }

// poll leaves its loop when next fails: after that nothing sends and nothing
// closes the channel.
func (p *poller) poll(out chan *build) {
	tick := time.NewTicker(time.Minute)
	for ; true; <-tick.C {
		b, err := p.next()
		if err != nil {
			return
		}
		out <- b
	}
}

func (p *poller) Run() {
	c := make(chan *build, 1)
	go p.poll(c)
	for b := range c { // want `range over c never ends`
		p.done = append(p.done, b.id)
	}
}
