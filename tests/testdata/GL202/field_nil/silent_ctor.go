package fieldnil

import (
	"net"
	"sync"
)

// lazyPipe is made by a constructor that copies its connection from the options, and the options
// given leave it out: Close, with peerConn still nil, releases the waiters.
type lazyPipe struct {
	l        net.Listener
	peerConn net.Conn
	wg       sync.WaitGroup
	once     sync.Once
}

type pipeOpts struct {
	l    net.Listener
	peer net.Conn
}

func newLazyPipe(o *pipeOpts) *lazyPipe {
	return &lazyPipe{l: o.l, peerConn: o.peer}
}

func (c *lazyPipe) release() {
	defer c.once.Do(func() {
		c.wg.Done()
	})
}

func (c *lazyPipe) Close() error {
	_ = c.l.Close()
	if c.peerConn != nil {
		return c.peerConn.Close()
	}
	c.release()
	return nil
}

func openLazyPipe(l net.Listener) *lazyPipe {
	c := newLazyPipe(&pipeOpts{l: l})
	c.wg.Add(1)
	go func() {
		conn, err := l.Accept()
		if err != nil {
			_ = c.Close()
			return
		}
		c.peerConn = conn
		c.release()
	}()
	return c
}
