package gl502

import (
	"log"
	"net"
	"net/http"
)

var lastServer *http.Server

// keptServer keeps a reference to the server it returns: anyone may shut it
// down through it, and Serve then returns.
func keptServer(h http.Handler) *http.Server {
	s := &http.Server{Handler: h}
	lastServer = s
	return s
}

func runKept(mux http.Handler) {
	pub, err := net.Listen("tcp", ":0")
	if err != nil {
		log.Fatal(err)
	}
	local, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		if err = keptServer(mux).Serve(local); err != nil { // want `data race on err: written here with no mutex held`
			log.Print(err)
		}
	}()
	if err = keptServer(mux).Serve(pub); err != nil {
		log.Fatal(err)
	}
}

// ServeTLS fails at once when its certificates cannot be loaded: the write
// after it can run while the function still uses err.
func runTLS(mux http.Handler) {
	pub, err := net.Listen("tcp", ":0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		if err = newAPIServer(mux, nil).ServeTLS(pub, "cert.pem", "key.pem"); err != nil { // want `data race on err: written here with no mutex held`
			log.Print(err)
		}
	}()
	log.Print(err)
}
