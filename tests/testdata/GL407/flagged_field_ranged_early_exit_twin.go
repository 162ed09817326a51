package gl407

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

// The twin: the ranging goroutine leaves at the first error, and the sends after it find no one.
type earlyProxy struct {
	ln    net.Listener
	errCh chan error
	done  atomic.Bool
}

func newEarlyProxy(ln net.Listener) *earlyProxy {
	return &earlyProxy{ln: ln, errCh: make(chan error)}
}

func (r *earlyProxy) serve(ctx context.Context) {
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
					r.errCh <- errors.New("failed to accept") // want `this blocks in the select's default`
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

func (r *earlyProxy) handle(ctx context.Context, conn net.Conn) error {
	defer conn.Close()
	return ctx.Err()
}

func (r *earlyProxy) err() <-chan error { return r.errCh }

func (r *earlyProxy) close() {
	r.done.Store(true)
	r.ln.Close()
}

func startEarlyProxy(ctx context.Context, ln net.Listener, logf func(error)) func() {
	p := newEarlyProxy(ln)
	go p.serve(ctx)
	doneCh := make(chan struct{}, 1)
	go func() {
		for err := range p.err() {
			logf(err)
			if err != nil {
				return
			}
		}
		doneCh <- struct{}{}
	}()
	return func() {
		p.close()
		<-doneCh
	}
}
