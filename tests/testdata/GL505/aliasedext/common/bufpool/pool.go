package bufpool

import "errors"

// Pool hands out buffers.
type Pool interface {
	Get() ([]byte, error)
	Put(b []byte)
}

type chanPool struct {
	ch   chan []byte
	size int
}

// NewChanPool returns a pool that never runs out: it makes a buffer when none is idle.
func NewChanPool(size int) Pool {
	return &chanPool{ch: make(chan []byte, 16), size: size}
}

func (p *chanPool) Get() ([]byte, error) {
	select {
	case b := <-p.ch:
		return b, nil
	default:
		return make([]byte, p.size), nil
	}
}

func (p *chanPool) Put(b []byte) {
	select {
	case p.ch <- b:
	default:
	}
}

type limitPool struct{ left int }

// ErrLimit is returned once a limited pool has handed out all its buffers.
var ErrLimit = errors.New("pool limit")

// NewLimitPool returns a pool of at most n buffers.
func NewLimitPool(n int) Pool { return &limitPool{left: n} }

func (p *limitPool) Get() ([]byte, error) {
	if p.left == 0 {
		return nil, ErrLimit
	}
	p.left--
	return make([]byte, 8), nil
}

func (p *limitPool) Put(b []byte) { p.left++ }
