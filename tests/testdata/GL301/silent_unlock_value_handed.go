package gl301

import (
	"errors"
	"sync"
)

type notifier struct {
	notifyStarted func()
}

func (s *notifier) run() {
	if s.notifyStarted != nil {
		s.notifyStarted()
	}
}

func exchange() error { return errors.New("exchange failed") }

// startAndExchange hands its mutex's Unlock to the server as a start signal: whoever calls it
// releases the lock, so the return after the second Lock leaves nothing held for anyone to wait on.
func startAndExchange() error {
	s := &notifier{}
	waitLock := sync.Mutex{}
	waitLock.Lock()
	s.notifyStarted = waitLock.Unlock
	go s.run()
	waitLock.Lock()
	if err := exchange(); err != nil {
		return err
	}
	waitLock.Unlock()
	return nil
}
