package gl502

import (
	"net"
	"net/http"
)

// probe serves on l while it asks the server once. The server is closed by
// a deferred literal, when probe returns: Serve returns only then, after
// probe's own uses of err.
func probe(addr string) error {
	srv := &http.Server{Handler: http.NotFoundHandler()}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	go func() {
		err = srv.Serve(l)
	}()
	defer func() {
		_ = srv.Close()
	}()
	resp, err := http.Get("http://" + l.Addr().String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ = probe
