// Package server runs the allocator's HTTP front.
package server

import (
	"context"
	"net/http"

	"example.com/modshadow/gateway"
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

// Run serves until ctx is done. The gateway's registration never reads the
// context it is given: each handler makes its own from the request.
func Run(ctx context.Context, addr string) error {
	mux := http.NewServeMux()
	if err := gateway.RegisterHandlerServer(context.Background(), mux, allocator{}); err != nil {
		return err
	}
	srv := &http.Server{Addr: addr, Handler: mux}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	return srv.ListenAndServe()
}
