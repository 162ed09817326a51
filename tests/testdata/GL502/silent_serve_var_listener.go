package gl502

import (
	"errors"
	"log"
	"net"
	"net/http"
	"os"
)

var loadFlagErr error

func loadFlag() (bool, error) { return len(os.Args) > 1, loadFlagErr }

// The listener is declared with var and given its value in an if/else: those
// assignments do not stop it. Serve returns only after srv.Close, and every use
// of err in the function comes before that Close.
func serveDev() {
	dev := len(os.Args) > 2
	var err error
	var ln net.Listener
	if dev {
		ln, err = net.Listen("tcp", "127.0.0.1:3001")
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		log.Print(err)
		return
	}
	srv := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = srv.Serve(ln)
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Print(err)
		}
	}()
	done, err := loadFlag()
	if err != nil {
		log.Print(err)
	}
	log.Print(done)
	if err := srv.Close(); err != nil {
		log.Print(err)
	}
}
