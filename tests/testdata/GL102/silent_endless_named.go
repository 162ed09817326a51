package gl102

import "time"

type release struct{ tag string }

type updater struct{ seen []string }

var updaterLatestErr error

func (u *updater) latest() (*release, error) { return &release{"v1"}, updaterLatestErr }

// watch runs for the life of the process: its loop has no condition but
// true, and nothing leaves it.
func (u *updater) watch(out chan *release) {
	tick := time.NewTicker(time.Hour)
	for ; true; <-tick.C {
		rel, err := u.latest()
		if err != nil {
			continue
		}
		if rel != nil {
			out <- rel
		}
	}
}

// Run forwards what an endless producer sends: its range is meant to run
// forever too.
func (u *updater) Run() {
	c := make(chan *release, 1)
	go u.watch(c)
	for rel := range c {
		u.seen = append(u.seen, rel.tag)
	}
}

// The same with 'for true' in a literal.
func (u *updater) RunLiteral() {
	c := make(chan *release, 1)
	go func() {
		for true {
			c <- &release{"v2"}
			time.Sleep(time.Second)
		}
	}()
	for rel := range c {
		u.seen = append(u.seen, rel.tag)
	}
}
