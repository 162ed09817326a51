package gl407

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

// serve sends its errors on r.errCh from the default of its loop; the only receiver is a goroutine that
// ranges over it (through the accessor err) until serve closes it, once its loop and connections are done.
type rangedProxy struct {
	ln    net.Listener
	errCh chan error
	done  atomic.Bool
}

func newRangedProxy(ln net.Listener) *rangedProxy {
	return &rangedProxy{ln: ln, errCh: make(chan error)}
}

func (r *rangedProxy) serve(ctx context.Context) {
	wg := sync.WaitGroup{}
	defer func() {
		wg.Wait()
		close(r.errCh)
	}()
	for {
		select {
		case <-ctx.Done():
			r.errCh <- ctx.Err()
			return
		default:
			conn, err := r.ln.Accept()
			if err != nil {
				if !r.done.Load() {
					r.errCh <- errors.New("failed to accept")
				}
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.errCh <- r.handle(ctx, conn)
			}()
		}
	}
}

func (r *rangedProxy) handle(ctx context.Context, conn net.Conn) error {
	defer conn.Close()
	return ctx.Err()
}

func (r *rangedProxy) err() <-chan error { return r.errCh }

func (r *rangedProxy) close() {
	r.done.Store(true)
	r.ln.Close()
}

func startRangedProxy(ctx context.Context, ln net.Listener, logf func(error)) func() {
	p := newRangedProxy(ln)
	go p.serve(ctx)
	doneCh := make(chan struct{}, 1)
	go func() {
		for err := range p.err() {
			logf(err)
		}
		doneCh <- struct{}{}
	}()
	return func() {
		p.close()
		<-doneCh
	}
}
