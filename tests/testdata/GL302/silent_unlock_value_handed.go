package gl302

import "sync"

type starter struct {
	notifyStarted func()
}

func (s *starter) run() {
	if s.notifyStarted != nil {
		s.notifyStarted()
	}
}

// waitStarted uses a mutex as a start signal: its Unlock method value is handed to the server,
// whose goroutine calls it; the second Lock waits for that.
func waitStarted() {
	waitLock := sync.Mutex{}
	waitLock.Lock()
	s := &starter{notifyStarted: waitLock.Unlock}
	go s.run()
	waitLock.Lock()
}
