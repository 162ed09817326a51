package gl304

import "sync"

// A mutex taken through its Lock method value, handed to a grabber that takes it in a goroutine and
// gives up when asked to stop: the unlocks after it release the lock the grabber took.
type lockGrabber struct {
	lockFunc, unlockFunc func()
	doneCh               chan struct{}
	stopCh               <-chan struct{}
	mu                   sync.Mutex
	locked, waiting      bool
}

func newLockGrabber(lockFunc, unlockFunc func(), stopCh <-chan struct{}) *lockGrabber {
	return &lockGrabber{lockFunc: lockFunc, unlockFunc: unlockFunc, doneCh: make(chan struct{}), stopCh: stopCh, waiting: true}
}

func (l *lockGrabber) grab() {
	defer close(l.doneCh)
	l.lockFunc()
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.waiting {
		l.unlockFunc()
		return
	}
	l.locked = true
}

func (l *lockGrabber) lockOrStop() (stopped bool) {
	stop := false
	select {
	case <-l.stopCh:
		stop = true
	case <-l.doneCh:
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.waiting = false
	if stop {
		if l.locked {
			l.unlockFunc()
		}
		return true
	}
	return false
}

func grabLockOrStop(lockFunc, unlockFunc func(), stopCh <-chan struct{}) bool {
	l := newLockGrabber(lockFunc, unlockFunc, stopCh)
	go l.grab()
	return l.lockOrStop()
}

type Core struct {
	stateLock sync.RWMutex
	sealed    bool
	standby   bool
}

// runStandby takes the state lock through the grabber and releases it itself.
func (c *Core) runStandby(stopCh <-chan struct{}) bool {
	if stopped := grabLockOrStop(c.stateLock.Lock, c.stateLock.Unlock, stopCh); stopped {
		return true
	}
	defer c.stateLock.Unlock()
	c.standby = true
	return false
}

func (c *Core) waitForLeadership(stopCh <-chan struct{}) bool {
	if c.runStandby(stopCh) {
		return true
	}
	l := newLockGrabber(c.stateLock.Lock, c.stateLock.Unlock, stopCh)
	go l.grab()
	if stopped := l.lockOrStop(); stopped {
		return true
	}
	if c.sealed {
		c.stateLock.Unlock()
		return true
	}
	c.standby = false
	c.stateLock.Unlock()
	return false
}

// step calls runStandby, then locks and unlocks the state lock itself.
func (c *Core) step(stopCh <-chan struct{}) {
	if c.runStandby(stopCh) {
		return
	}
	c.stateLock.Lock()
	c.sealed = true
	c.stateLock.Unlock()
}
