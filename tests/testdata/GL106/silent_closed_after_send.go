package gl106

import (
	"context"
	"net"
	"net/http"
	"time"
)

// httpFront's errs has one slot, and each of its two senders closes it after its one send: the second
// would panic on the closed channel, so a front sends one value at most, which the slot takes.
type httpFront struct {
	srv      *http.Server
	errs     chan error
	shutdown context.Context
}

func newHTTPFront(addr string) *httpFront {
	return &httpFront{srv: &http.Server{Addr: addr}, errs: make(chan error, 1)}
}

func (s *httpFront) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.srv.Addr)
	if err != nil {
		return err
	}
	s.shutdown = ctx
	go func() {
		defer close(s.errs)
		s.errs <- s.srv.Serve(ln)
	}()
	return nil
}

func (s *httpFront) ListenAndServeTLS(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.srv.Addr)
	if err != nil {
		return err
	}
	s.shutdown = ctx
	go func() {
		defer close(s.errs)
		s.errs <- s.srv.ServeTLS(ln, "", "")
	}()
	return nil
}

func (s *httpFront) WaitForShutdown() error {
	select {
	case <-s.shutdown.Done():
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return s.srv.Shutdown(ctx)
	case err := <-s.errs:
		return err
	}
}
