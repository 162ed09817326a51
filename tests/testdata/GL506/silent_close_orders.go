package gl506

import "errors"

// remoteCopy runs a copy in one goroutine and a follow-up in another: the follow-up starts by
// waiting for done, which the copy closes as its last act, so their writes of err never overlap.
type remoteCopy struct {
	done chan bool
	post chan bool
	err  error
}

func startRemoteCopy(copyOnce func() error, aliases []string, alias func(string) error) *remoteCopy {
	rc := remoteCopy{done: make(chan bool), post: make(chan bool)}
	go func() {
		defer close(rc.post)
		<-rc.done
		if rc.err != nil {
			return
		}
		for _, a := range aliases {
			if err := alias(a); err != nil {
				rc.err = errors.New("alias: " + err.Error())
				return
			}
		}
	}()
	go func() {
		if err := copyOnce(); err != nil {
			rc.err = err
		}
		close(rc.done)
	}()
	return &rc
}

// Wait waits for both goroutines.
func (rc *remoteCopy) Wait() error {
	<-rc.done
	<-rc.post
	return rc.err
}

// finishedCopy gives a copy that is already over: its own value, closed here.
func finishedCopy() *remoteCopy {
	rc := remoteCopy{done: make(chan bool), post: make(chan bool)}
	close(rc.done)
	close(rc.post)
	return &rc
}
