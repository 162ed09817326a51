package gl101

import "example.com/rpcutil"

// The cancel channel goes to another package's server inside its options struct: that package's
// goroutine receives from it.
type optsHost struct {
	cancel chan bool
	done   <-chan error
}

func newOptsHost() (*optsHost, error) {
	h := &optsHost{cancel: make(chan bool)}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: h.cancel,
		Name:   "engine",
	})
	if err != nil {
		return nil, err
	}
	h.done = handle.Done
	return h, nil
}

func (h *optsHost) Cancel() error {
	h.cancel <- true
	return <-h.done
}
