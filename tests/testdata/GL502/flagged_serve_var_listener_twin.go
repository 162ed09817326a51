package gl502

import (
	"log"
	"net"
	"net/http"
)

// The use of err comes after the Close: Serve may be returning, and writing err,
// at that very moment.
func serveThenLog(addr string) {
	var err error
	var ln net.Listener
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		return
	}
	srv := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = srv.Serve(ln) // want `data race on err: written here with no mutex held`
	}()
	srv.Close()
	log.Print(err)
}
