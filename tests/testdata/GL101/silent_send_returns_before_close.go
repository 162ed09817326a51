package gl101

import "errors"

type wsHandler struct{ ok bool }

func newWSHandler(ok bool) (*wsHandler, error) {
	if !ok {
		return nil, errors.New("no handler")
	}
	return &wsHandler{ok: ok}, nil
}

func (h *wsHandler) serve() {}

// handleWS either reports its error and returns, or closes done: a run that closes never sent.
func handleWS(ok bool, done chan bool, errc chan error) {
	h, err := newWSHandler(ok)
	if err != nil {
		errc <- err
		return
	}
	close(done)
	h.serve()
}

func startWS(ok bool) error {
	done := make(chan bool)
	errc := make(chan error)
	go handleWS(ok, done, errc)
	select {
	case err := <-errc:
		return err
	case <-done:
		return nil
	}
}
