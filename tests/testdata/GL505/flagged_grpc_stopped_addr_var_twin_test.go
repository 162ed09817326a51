package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// The local is given another address before the subtests dial it: nothing
// shows that a client reached this listener before the stop.
func TestGRPCStoppedAddrVarChanged(t *testing.T) {
	srv := grpc.NewServer()
	address := "localhost:18002"
	lis, err := net.Listen("tcp", address)
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	defer srv.GracefulStop()
	address = "localhost:18003"
	t.Run("other", func(t *testing.T) {
		if err := dialHealth(address); err != nil {
			t.Errorf("dial: %v", err)
		}
	})
}
