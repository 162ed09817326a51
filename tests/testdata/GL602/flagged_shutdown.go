package gl602

import (
	"context"
	"net"
)

// The Background context is made where ctx is still live, on every path: the
// shutdown wait goes on after the caller gave up.
func (r *webRunner) RunEarly(ctx context.Context, ln net.Listener) error {
	errCh := make(chan error, 1)
	go func() { errCh <- r.srv.Serve(ln) }()
	select {
	case err := <-errCh:
		_ = err
		return r.srv.Shutdown(context.Background()) // want `context\.Background\(\) drops the received ctx \(ctx\)`
	case <-ctx.Done():
		return ctx.Err()
	}
}
