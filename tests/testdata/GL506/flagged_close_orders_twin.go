package gl506

import "errors"

// The copy may return before it closes ready: the follow-up then waits forever, but a
// closer that returns early is no signal of anything. Its write and the follow-up's may overlap
// once another path closes ready too.
type remoteMove struct {
	ready chan bool
	err   error
}

func startRemoteMove(moveOnce func() error, names []string, rename func(string) error) *remoteMove {
	rm := remoteMove{ready: make(chan bool)}
	go func() {
		<-rm.ready
		for _, n := range names {
			if err := rename(n); err != nil {
				rm.err = errors.New("rename: " + err.Error()) // want "two goroutines write it"
				return
			}
		}
	}()
	go func() {
		if err := moveOnce(); err != nil {
			rm.err = err // want "two goroutines write it"
		}
		close(rm.ready)
	}()
	return &rm
}

// Abort gives up at once.
func (rm *remoteMove) Abort() { close(rm.ready) }
