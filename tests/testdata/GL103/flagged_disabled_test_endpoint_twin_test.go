package gl103

import (
	"net"
	"testing"
)

// The same endpoint, started by a test go test runs: its receive loop has no way out.
type echoEndpointOn struct {
	ln   net.Listener
	seen chan []byte
}

func newEchoEndpointOn(t *testing.T, addr string) *echoEndpointOn {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return &echoEndpointOn{ln: ln, seen: make(chan []byte)}
}

func (e *echoEndpointOn) Start() {
	go func() { // want `this goroutine loops for.ver`
		for {
			buf := <-e.seen
			println(len(buf))
		}
	}()
}

func runEchoRouteOn(t *testing.T) {
	e := newEchoEndpointOn(t, ":0")
	e.Start()
}

func TestEchoRouteOn(t *testing.T) {
	runEchoRouteOn(t)
}
