package gl106

import (
	"context"
	"time"
)

type registration struct{ at time.Time }

type registrationRequest struct {
	resp chan *registration
	ctx  context.Context
}

// syncService runs one cycle at a time: startCycle holds one token, put
// there when the service is made. Whoever takes it starts a cycle, whose
// goroutine puts it back when the cycle is over: the slot is free then.
type syncService struct {
	startCycle chan struct{}
	requests   chan *registrationRequest
}

func newSyncService() *syncService {
	s := &syncService{startCycle: make(chan struct{}, 1), requests: make(chan *registrationRequest)}
	s.startCycle <- struct{}{}
	return s
}

func (s *syncService) register(ctx context.Context) *registration {
	req := &registrationRequest{resp: make(chan *registration), ctx: ctx}
	for {
		select {
		case s.requests <- req:
			return <-req.resp
		case <-s.startCycle:
			go func() {
				s.runCycle()
				s.startCycle <- struct{}{}
			}()
		}
	}
}

func (s *syncService) runCycle() {
	for req := range s.requests {
		req.resp <- &registration{at: time.Now()}
		return
	}
}

var _ = newSyncService
