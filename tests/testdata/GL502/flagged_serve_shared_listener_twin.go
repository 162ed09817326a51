package gl502

import (
	"log"
	"net"
	"net/http"
)

var handedLocal net.Listener

// The local listener is served by one of two fresh servers, with or without
// TLS. The listener is also kept in a package variable: anyone may close it, and the
// plain Serve then returns and writes err while the function writes it too.
func runHandedLocal(mux http.Handler, useTLS bool, done <-chan struct{}) {
	pub, err := net.Listen("tcp", ":0")
	if err != nil {
		log.Fatal(err)
	}
	local, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		local = nil
	}
	handedLocal = local
	if useTLS && local != nil {
		go func() {
			if e := newAPIServer(mux, nil).ServeTLS(local, "cert.pem", "key.pem"); e != nil {
				log.Print(e)
			}
		}()
	}
	if !useTLS && local != nil {
		go func() {
			if err = newAPIServer(mux, nil).Serve(local); err != nil { // want `data race on err: written here with no mutex held`
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
