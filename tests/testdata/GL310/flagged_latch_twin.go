package gl310

import "sync"

// A latch that can be reset: a waiter woken by Release can find done false again after a Reset.
type resetLatch struct {
	cond sync.Cond
	done bool
}

func (l *resetLatch) Wait() {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	if !l.done {
		l.cond.Wait() // want `l\.cond\.Wait\(\) under an if, not a loop`
	}
}

func (l *resetLatch) Release() {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	l.done = true
	l.cond.Broadcast()
}

func (l *resetLatch) Reset() {
	l.cond.L.Lock()
	l.done = false
	l.cond.L.Unlock()
}

// A latch whose Signal can come before the flag is set: the woken waiter goes on with done false.
type pokeLatch struct {
	cond sync.Cond
	done bool
}

func (l *pokeLatch) Wait() {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	if !l.done {
		l.cond.Wait() // want `l\.cond\.Wait\(\) under an if, not a loop`
	}
}

func (l *pokeLatch) Poke() {
	l.cond.Signal()
}

func (l *pokeLatch) Release() {
	l.cond.L.Lock()
	l.done = true
	l.cond.L.Unlock()
	l.cond.Broadcast()
}
