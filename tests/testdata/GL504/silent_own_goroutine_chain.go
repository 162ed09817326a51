package gl504

import (
	"context"
	"sync/atomic"
	"time"
)

// Every atomic store of role and its plain reads run on the one goroutine of mainLoop (through tick and
// its helpers, called in place); other goroutines only load it.
type elector struct {
	role    int32
	ctx     context.Context
	changes chan bool
}

func (e *elector) mainLoop() {
	e.toFollower()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			e.tick()
		case <-e.ctx.Done():
			e.toFollower()
			return
		}
	}
}

func (e *elector) tick() {
	if e.isLeader() {
		e.toFollower()
		return
	}
	e.toLeader()
}

func (e *elector) toLeader() {
	atomic.StoreInt32(&e.role, 1)
	e.publish()
}

func (e *elector) toFollower() {
	atomic.StoreInt32(&e.role, 0)
	e.publish()
}

func (e *elector) publish() {
	select {
	case e.changes <- e.isLeader():
	default:
	}
}

func (e *elector) isLeader() bool { return e.role > 0 }

// IsLeader is what other goroutines ask.
func (e *elector) IsLeader() bool { return atomic.LoadInt32(&e.role) > 0 }

type electors struct{ byKey map[string]*elector }

func (s *electors) start(ctx context.Context, key string) {
	e := &elector{ctx: ctx, changes: make(chan bool, 1)}
	s.byKey[key] = e
	go e.mainLoop()
}
