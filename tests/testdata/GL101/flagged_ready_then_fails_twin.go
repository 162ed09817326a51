package gl101

import (
	"net"
	"sync"
)

// streamListener signals ready, then can still fail: its accept loop
// returns Accept's error.
type streamListener struct {
	mu sync.Mutex
	up chan bool
}

func (l *streamListener) Ready() <-chan bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.up
}

func (l *streamListener) Listen(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	l.up <- true
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		c.Close()
	}
}

func StartStreams(addr string) (*streamListener, error) {
	l := &streamListener{up: make(chan bool)}
	errc := make(chan error)
	go func() {
		err := l.Listen(addr)
		if err != nil {
			errc <- err // want `goroutine blocks for.ver sending on errc`
		}
	}()
	select {
	case <-l.Ready():
		return l, nil
	case err := <-errc:
		return nil, err
	}
}
