package gl101

import "example.com/rpcutil"

// The options name the server but never hand it the cancel channel: nothing receives from it.
type optsHostTwin struct {
	cancel chan bool
	done   <-chan error
}

func newOptsHostTwin() (*optsHostTwin, error) {
	h := &optsHostTwin{cancel: make(chan bool)}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Name: "engine",
	})
	if err != nil {
		return nil, err
	}
	h.done = handle.Done
	return h, nil
}

func (h *optsHostTwin) Cancel() error {
	h.cancel <- true // want `send on h\.cancel blocks forever`
	return <-h.done
}
