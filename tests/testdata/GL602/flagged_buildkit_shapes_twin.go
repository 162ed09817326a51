package gl602

import (
	"context"
	"net"
	"time"
)

// A TCP listen on a host name looks the name up: the received ctx is dropped.
func serveHost(ctx context.Context, host string) (net.Listener, error) {
	var lc net.ListenConfig
	return lc.Listen(context.TODO(), "tcp", host+":80") // want `context\.TODO\(\) drops the received ctx \(ctx\)`
}

// The local holds another channel than ctx.Done(): the received ctx is not
// done in that case.
func runProcTick(ctx context.Context, p *proc) int {
	var cancel context.CancelFunc
	tick := time.After(time.Second)
	for {
		select {
		case <-tick:
			var killCtx context.Context
			killCtx, cancel = context.WithTimeout(context.Background(), 10*time.Second) // want `context\.Background\(\) drops the received ctx \(ctx\)`
			go p.Kill(killCtx)
		case st := <-p.status:
			if cancel != nil {
				cancel()
			}
			return st
		}
	}
}
