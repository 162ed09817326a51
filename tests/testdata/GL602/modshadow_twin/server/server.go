// Package server runs the allocator's HTTP front.
package server

import (
	"context"
	"net/http"

	"example.com/modshadow_twin/gateway"
)

type allocator struct{}

func (allocator) Allocate(ctx context.Context, name string) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
		return name, nil
	}
}

// Run serves until ctx is done. The gateway's handlers run under the
// context given to the registration.
func Run(ctx context.Context, addr string) error {
	mux := http.NewServeMux()
	if err := gateway.RegisterHandlerServer(context.Background(), mux, allocator{}); err != nil { // want "drops the received ctx"
		return err
	}
	srv := &http.Server{Addr: addr, Handler: mux}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	return srv.ListenAndServe()
}
