package gl106

import (
	"context"
	"net"
	"net/http"
	"time"
)

// As httpFront, but the senders do not close errs: both can send on one front, and the second send
// blocks forever once the shutdown context is cancelled and WaitForShutdown has returned.
type grpcFront struct {
	srv      *http.Server
	errs     chan error
	shutdown context.Context
}

func newGRPCFront(addr string) *grpcFront {
	return &grpcFront{srv: &http.Server{Addr: addr}, errs: make(chan error, 1)}
}

func (s *grpcFront) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.srv.Addr)
	if err != nil {
		return err
	}
	s.shutdown = ctx
	go func() {
		s.errs <- s.srv.Serve(ln) // want "this send blocks forever once ctx is cancelled"
	}()
	return nil
}

func (s *grpcFront) ListenAndServeTLS(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.srv.Addr)
	if err != nil {
		return err
	}
	s.shutdown = ctx
	go func() {
		s.errs <- s.srv.ServeTLS(ln, "", "") // want "this send blocks forever once ctx is cancelled"
	}()
	return nil
}

func (s *grpcFront) WaitForShutdown() error {
	select {
	case <-s.shutdown.Done():
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return s.srv.Shutdown(ctx)
	case err := <-s.errs:
		return err
	}
}
