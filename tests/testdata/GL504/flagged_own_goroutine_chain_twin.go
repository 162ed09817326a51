package gl504

import (
	"context"
	"sync/atomic"
	"time"
)

// Demote is called by other goroutines too: its atomic store races with the plain read in isLeader.
type electorTwin struct {
	role int32
	ctx  context.Context
}

func (e *electorTwin) mainLoopTwin() {
	e.toFollowerTwin()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			e.tickTwin()
		case <-e.ctx.Done():
			e.toFollowerTwin()
			return
		}
	}
}

func (e *electorTwin) tickTwin() {
	if e.isLeaderTwin() {
		e.toFollowerTwin()
		return
	}
	e.toLeaderTwin()
}

func (e *electorTwin) toLeaderTwin()   { atomic.StoreInt32(&e.role, 1) }
func (e *electorTwin) toFollowerTwin() { atomic.StoreInt32(&e.role, 0) }

func (e *electorTwin) isLeaderTwin() bool { return e.role > 0 } // want "races with the atomic accesses"

// IsLeader is what other goroutines ask.
func (e *electorTwin) IsLeaderTwin() bool { return atomic.LoadInt32(&e.role) > 0 }

type electorsTwin struct{ byKey map[string]*electorTwin }

func (s *electorsTwin) startTwin(ctx context.Context, key string) {
	e := &electorTwin{ctx: ctx}
	s.byKey[key] = e
	go e.mainLoopTwin()
}

// Demote steps down at once.
func (e *electorTwin) Demote() { e.toFollowerTwin() }
