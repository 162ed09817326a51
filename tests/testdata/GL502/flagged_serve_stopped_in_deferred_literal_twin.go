package gl502

import (
	"net"
	"net/http"
)

// probeTwin closes the server before it asks it: Serve may return, and the
// goroutine write err, while probeTwin uses err.
func probeTwin(addr string) error {
	srv := &http.Server{Handler: http.NotFoundHandler()}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	go func() {
		err = srv.Serve(l) // want "data race on err"
	}()
	func() {
		_ = srv.Close()
	}()
	resp, err := http.Get("http://" + l.Addr().String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ = probeTwin
