package gl106

import (
	"context"
	"time"
)

type registrationTwin struct{ at time.Time }

type registrationRequestTwin struct {
	resp chan *registrationTwin
	ctx  context.Context
}

// syncServiceTwin starts a cycle on each request it hands over, without
// taking the token first: the goroutine puts back a token it never took, and
// the slot is full while the first one is still there.
type syncServiceTwin struct {
	startCycle chan struct{}
	requests   chan *registrationRequestTwin
}

func newSyncServiceTwin() *syncServiceTwin {
	s := &syncServiceTwin{startCycle: make(chan struct{}, 1), requests: make(chan *registrationRequestTwin)}
	s.startCycle <- struct{}{}
	return s
}

func (s *syncServiceTwin) register(ctx context.Context) *registrationTwin {
	req := &registrationRequestTwin{resp: make(chan *registrationTwin), ctx: ctx}
	for {
		select {
		case s.requests <- req:
			go func() {
				s.runCycle()
				s.startCycle <- struct{}{} // want "send blocks for.ver once ctx is"
			}()
			return <-req.resp
		case <-time.After(time.Second):
		}
	}
}

func (s *syncServiceTwin) runCycle() {
	for req := range s.requests {
		req.resp <- &registrationTwin{at: time.Now()}
		return
	}
}

var _ = newSyncServiceTwin
