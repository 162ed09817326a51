package gl602

import (
	"context"
	"net"
	"time"
)

type bklogEntry struct{}

func (bklogEntry) Debugf(format string, args ...any) {}

type bklogPkg struct{}

// G reads the logger a context carries: a log line takes the context for its
// values, there is no work to cancel.
func (bklogPkg) G(ctx context.Context) bklogEntry { return bklogEntry{} }

var bklog bklogPkg

func (s *store) Records(ctx context.Context, id string) error {
	bklog.G(context.TODO()).Debugf("records %s", id)
	return s.query(ctx, id)
}

// A unix socket's path needs no name lookup: the listen's ctx bounds nothing.
func serveSocket(ctx context.Context, path string) (net.Listener, error) {
	var lc net.ListenConfig
	return lc.Listen(context.TODO(), "unix", path)
}

type proc struct{ status chan int }

func (p *proc) Kill(ctx context.Context) { <-ctx.Done() }

// The kill context is made once the received ctx is done (ctxDone holds
// ctx.Done()): passing ctx would cancel the kill at once.
func runProc(ctx context.Context, p *proc) int {
	var cancel context.CancelFunc
	ctxDone := ctx.Done()
	for {
		select {
		case <-ctxDone:
			ctxDone = nil
			var killCtx context.Context
			killCtx, cancel = context.WithTimeout(context.Background(), 10*time.Second)
			go p.Kill(killCtx)
		case st := <-p.status:
			if cancel != nil {
				cancel()
			}
			return st
		}
	}
}
