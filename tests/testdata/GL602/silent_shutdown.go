package gl602

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

type webRunner struct{ srv *http.Server }

// Once ctx is done, the graceful shutdown needs a context that is not: the
// received one would cut the drain short.
func (r *webRunner) Run(ctx context.Context, ln net.Listener) error {
	errCh := make(chan error, 1)
	go func() { errCh <- r.srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return r.srv.Shutdown(shutdownCtx)
	case err := <-errCh:
		return err
	}
}

// The same after a select that ends on ctx.Done() or on the server's error.
func (r *webRunner) RunJoined(ctx context.Context, ln net.Listener) error {
	errCh := make(chan error, 1)
	go func() { errCh <- r.srv.Serve(ln) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-errCh:
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return errors.Join(r.srv.Shutdown(sctx), err)
}
