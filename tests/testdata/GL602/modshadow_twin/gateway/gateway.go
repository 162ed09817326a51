// Package gateway serves a service over HTTP, as generated gateway code does.
package gateway

import (
	"context"
	"net/http"
)

// Service answers one call.
type Service interface {
	Allocate(ctx context.Context, name string) (string, error)
}

// RegisterHandlerServer registers the service's handlers on mux. Each request
// runs under a child of the context given here.
func RegisterHandlerServer(ctx context.Context, mux *http.ServeMux, svc Service) error {
	mux.HandleFunc("/allocate", func(w http.ResponseWriter, req *http.Request) {
		reqCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		got, err := svc.Allocate(reqCtx, req.URL.Query().Get("name"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_, _ = w.Write([]byte(got))
	})
	return nil
}
