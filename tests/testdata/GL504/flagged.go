package gl504

import (
	"sync/atomic"
	"time"
)

type Server struct {
	hits  int64
	state uint32
}

func (s *Server) hit() { atomic.AddInt64(&s.hits, 1) }

func (s *Server) Hits() int64 {
	return s.hits // want `s\.hits is accessed with sync/atomic elsewhere but plainly here`
}

func (s *Server) Reset() {
	s.hits = 0 // want `plain write races`
}

func (s *Server) Start() {
	if atomic.CompareAndSwapUint32(&s.state, 0, 1) {
		go s.hit()
	}
}

// StopAfter stops the server on a timer's goroutine.
func (s *Server) StopAfter(d time.Duration) { time.AfterFunc(d, s.Stop) }

func (s *Server) Stop() {
	s.state = 0 // want `s\.state is accessed with sync/atomic elsewhere but plainly here`
}

var requests int32

func handle() { atomic.AddInt32(&requests, 1) }

func report() {
	println(requests) // want `requests is accessed with sync/atomic elsewhere but plainly here`
	requests++        // want `requests is accessed with sync/atomic`
}
