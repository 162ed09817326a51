package gl602

import "context"

// The select returns on the caller's Done without stopping the loop's root: the caller's
// deadline never reaches the loop.

type prober struct {
	ready chan struct{}
	stop  context.CancelFunc
}

func (p *prober) loop(ctx context.Context) {
	<-ctx.Done()
}

func (p *prober) probe(ctx context.Context) error {
	loopCtx, stop := context.WithCancel(context.Background()) // want `context.Background\(\) drops the received ctx`
	p.stop = stop
	go p.loop(loopCtx)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-p.ready:
		return nil
	}
}
