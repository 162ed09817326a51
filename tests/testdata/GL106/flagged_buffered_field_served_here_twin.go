package gl106

import (
	"context"
	"errors"
	"fmt"
)

// proxyTwin's result channels have no slot: once the goroutine that receives
// them stops at ctx.Done, each send waits with no receiver left.
type proxyTwin struct {
	httpErrs  chan error
	httpsErrs chan error
}

func newProxyTwin() *proxyTwin {
	return &proxyTwin{httpErrs: make(chan error), httpsErrs: make(chan error)}
}

func (p *proxyTwin) start(ctx context.Context) {
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
		p.httpErrs <- serveHTTPTwin() // want "send blocks for.ver once ctx is"
	}()
	go func() {
		p.httpsErrs <- serveHTTPTwin() // want "send blocks for.ver once ctx is"
	}()
}

func serveHTTPTwin() error { return errors.New("closed") }

var _ = newProxyTwin
