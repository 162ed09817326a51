package gl505

import (
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin of silent_serve_own_listener_test.go: the goroutine hands its listener
// out, and the test closes it, so Serve returns and the check runs in the goroutine.
func TestServeOwnListenerClosed(t *testing.T) {
	lns := make(chan net.Listener, 1)
	done := make(chan struct{})
	go func() {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		lns <- ln
		err = http.Serve(ln, nil)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	ln := <-lns
	ln.Close()
	<-done
}
