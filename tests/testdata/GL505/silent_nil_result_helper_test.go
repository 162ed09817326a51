package gl505

import (
	"sync"
	"testing"
)

type pollConn interface {
	Close() error
	SetHandler(h func()) error
}

type pollConnImpl struct{ h func() }

func (c *pollConnImpl) Close() error { return nil }

func (c *pollConnImpl) SetHandler(h func()) error {
	c.h = h
	return nil
}

func dialPoll() (pollConn, error) { return &pollConnImpl{}, nil }

type arena struct{ size int }

// Malloc's error is its named result, which nothing sets: the bare return gives nil.
func (a *arena) Malloc(n int) (buf []byte, err error) {
	if n <= 0 {
		return
	}
	a.size += n
	return make([]byte, n), nil
}

func mustBeNilErr(t *testing.T, v interface{}) {
	t.Helper()
	if v != nil {
		t.Fatal("unexpected:", v)
	}
}

// The helper fails only on a non-nil argument, and each error it is given is nil on every path:
// through an interface a package function makes as one type, and a bare return of a named result.
func TestPollConn(t *testing.T) {
	c, err := dialPoll()
	mustBeNilErr(t, err)
	a := &arena{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		err := c.SetHandler(func() {})
		mustBeNilErr(t, err)
		_, err = a.Malloc(0)
		mustBeNilErr(t, err)
		mustBeNilErr(t, c.Close())
		wg.Done()
	}()
	wg.Wait()
}
