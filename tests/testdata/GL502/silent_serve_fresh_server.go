package gl502

import (
	"crypto/tls"
	"log"
	"net"
	"net/http"
)

// newAPIServer returns a server it has just made and keeps no other reference
// to: nothing else can shut it down.
func newAPIServer(h http.Handler, cfg *tls.Config) *http.Server {
	s := &http.Server{Handler: h}
	if cfg != nil {
		s.TLSConfig = cfg.Clone()
	}
	return s
}

// Both Serve calls run on listeners nothing closes, by servers nothing shuts
// down: they never return, and the writes of err after them never happen.
func runAPI(mux http.Handler) {
	pub, err := net.Listen("tcp", ":0")
	if err != nil {
		log.Fatal(err)
	}
	local, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		local = nil
	}
	if local != nil {
		go func() {
			if err = newAPIServer(mux, nil).Serve(local); err != nil {
				log.Print(err)
			}
		}()
	}
	if err = newAPIServer(mux, nil).Serve(pub); err != nil {
		log.Fatal(err)
	}
}
