package gl407

import "context"

// spareRunner also starts a worker with no token put in for it: the
// worker's receive can find the buffer empty.
type spareRunner struct {
	ctx context.Context
	sem chan struct{}
}

func newSpareRunner(ctx context.Context, n int) *spareRunner {
	return &spareRunner{ctx: ctx, sem: make(chan struct{}, n)}
}

func (r *spareRunner) schedule() {
	select {
	case r.sem <- struct{}{}:
		go r.spare()
	default:
	}
}

func (r *spareRunner) extra() {
	go r.spare()
}

func (r *spareRunner) spare() {
	for {
		select {
		case <-r.ctx.Done():
			return
		default:
			<-r.sem // want `this blocks in the select's default`
			return
		}
	}
}
