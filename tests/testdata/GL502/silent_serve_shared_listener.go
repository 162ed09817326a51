package gl502

import (
	"log"
	"net"
	"net/http"
)

// The local listener is served by one of two fresh servers, with or without
// TLS. Neither can be shut down, so neither closes the listener: the plain
// Serve never returns, and its write of err never happens.
func runSharedLocal(mux http.Handler, useTLS bool, done <-chan struct{}) {
	pub, err := net.Listen("tcp", ":0")
	if err != nil {
		log.Fatal(err)
	}
	local, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		local = nil
	}
	if useTLS && local != nil {
		go func() {
			if e := newAPIServer(mux, nil).ServeTLS(local, "cert.pem", "key.pem"); e != nil {
				log.Print(e)
			}
		}()
	}
	if !useTLS && local != nil {
		go func() {
			if err = newAPIServer(mux, nil).Serve(local); err != nil {
				log.Print(err)
			}
		}()
	}
	srv := &http.Server{Handler: mux}
	go func() {
		<-done
		srv.Close()
	}()
	if err = srv.Serve(pub); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
