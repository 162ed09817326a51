package gl106

import (
	"context"
	"errors"
	"fmt"
)

// proxy's result channels have a slot for the one send each gets in the
// package: neither send blocks, though the goroutine that receives them, in
// the same function, stops at ctx.Done.
type proxy struct {
	httpErrs  chan error
	httpsErrs chan error
}

func newProxy() *proxy {
	return &proxy{httpErrs: make(chan error, 1), httpsErrs: make(chan error, 1)}
}

func (p *proxy) start(ctx context.Context) {
	go func() {
		select {
		case <-ctx.Done():
			fmt.Println("shutting down")
		case err := <-p.httpErrs:
			fmt.Println(err)
		case err := <-p.httpsErrs:
			fmt.Println(err)
		}
	}()
	go func() {
		p.httpErrs <- serveHTTP()
	}()
	go func() {
		p.httpsErrs <- serveHTTP()
	}()
}

func serveHTTP() error { return errors.New("closed") }

var _ = newProxy
