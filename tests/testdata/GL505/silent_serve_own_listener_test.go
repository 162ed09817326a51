package gl505

import (
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine makes its listener itself, publishes its address and serves on it;
// nothing closes it, so http.Serve never returns and the check after it never runs.
// (The check of net.Listen before it can fail, and stays reported.)
func TestServeOwnListener(t *testing.T) {
	var addr string
	ready := make(chan bool)
	go func() {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		addr = "http://" + ln.Addr().String()
		close(ready)
		err = http.Serve(ln, nil)
		require.NoError(t, err)
	}()
	<-ready
	resp, err := http.Get(addr + "/x")
	require.NoError(t, err)
	resp.Body.Close()
}
