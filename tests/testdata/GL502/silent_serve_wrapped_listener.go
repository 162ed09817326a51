package gl502

import (
	"crypto/tls"
	"fmt"
	"log"
	"net"
	"net/http"
)

// The server accepts on a wrapper of the listener (tls.NewListener): the
// wrapper's Accept fails only once ln's does. Nothing closes ln or shuts srv
// down before the return hands out srv.Shutdown, so Serve is still accepting
// when the return reads err: the write after Serve comes after that read.
func serveWrapped(h http.Handler, cfg *tls.Config) (func() error, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h}
	go func() {
		err = srv.Serve(tls.NewListener(ln, cfg))
		if err != http.ErrServerClosed {
			log.Printf("server failed: %s", err)
		}
	}()
	return srv.Close, err
}
