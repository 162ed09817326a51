package gl103

import (
	"os"
	"time"
)

type Poller struct {
	tick *time.Ticker
	quit chan struct{}
	hits int
	seen int
}

func (p *Poller) run() {
	for {
		select {
		case <-p.tick.C:
			p.hits++
		case <-p.quit:
			return
		}
	}
}

// serve runs for the lifetime of the process.
func (p *Poller) serve() {
	for {
		<-p.tick.C
		p.seen++
	}
}

func NewPoller(d time.Duration) *Poller {
	p := &Poller{tick: time.NewTicker(d), quit: make(chan struct{})}
	go p.run()
	go p.serve()
	return p
}

// The loop's way out is a local closure that ends the process.
func watchSignals(sig <-chan os.Signal, failed <-chan error) {
	exit := func(ok bool) {
		if ok {
			os.Exit(0)
		}
		os.Exit(1)
	}
	for {
		select {
		case <-sig:
			exit(true)
		case <-failed:
			exit(false)
		}
	}
}

func startWatch(sig <-chan os.Signal, failed <-chan error) {
	go watchSignals(sig, failed)
}
