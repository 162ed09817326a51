package gl103

import "time"

type Renewer struct {
	tick  *time.Ticker
	renew func()
}

func (r *Renewer) run() {
	for {
		<-r.tick.C
		r.renew()
	}
}

// Every NewRenewer leaves one more goroutine behind, ticking.
func NewRenewer(d time.Duration, f func()) *Renewer {
	r := &Renewer{tick: time.NewTicker(d), renew: f}
	go r.run() // want `nothing in r\.run's loop returns`
	return r
}
