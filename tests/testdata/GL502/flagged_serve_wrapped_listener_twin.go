package gl502

import (
	"crypto/tls"
	"fmt"
	"log"
	"net"
	"net/http"
)

// The wrapped listener is closed before the return reads err: Serve may
// return then, and write err while the function reads it.
func serveWrappedClosed(h http.Handler, cfg *tls.Config) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h}
	go func() {
		err = srv.Serve(tls.NewListener(ln, cfg)) // want `data race on err`
		if err != http.ErrServerClosed {
			log.Printf("server failed: %s", err)
		}
	}()
	ln.Close()
	return err
}

// A wrapper that is no listener's (a call not named for one) may end at once.
func serveThrough(h http.Handler, wrap func(net.Listener) net.Listener) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: h}
	go func() {
		err = srv.Serve(wrap(ln)) // want `data race on err`
		log.Print(err)
	}()
	return err
}
