package gl407

import (
	"context"
	"sync"
)

// tokenRunner starts a worker only after putting a token in sem; each
// worker takes one token back when it runs out of tasks.
type tokenRunner struct {
	ctx   context.Context
	sem   chan struct{}
	mu    sync.Mutex
	tasks []func()
}

func newTokenRunner(ctx context.Context, n int) *tokenRunner {
	return &tokenRunner{ctx: ctx, sem: make(chan struct{}, n)}
}

func (r *tokenRunner) schedule(f func()) {
	r.mu.Lock()
	r.tasks = append(r.tasks, f)
	r.mu.Unlock()
	select {
	case r.sem <- struct{}{}:
		go r.worker()
	case <-r.ctx.Done():
	default:
	}
}

func (r *tokenRunner) next() func() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.tasks) == 0 {
		return nil
	}
	f := r.tasks[0]
	r.tasks = r.tasks[1:]
	return f
}

func (r *tokenRunner) worker() {
	for {
		select {
		case <-r.ctx.Done():
			return
		default:
			f := r.next()
			if f == nil {
				<-r.sem
				return
			}
			f()
		}
	}
}
