package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// The twins: a helper that closes the listener it is handed (Serve then fails on its Accept), and
// one that only reads the address without dialing (the test may stop the server before Serve began).
func closeListener(lis net.Listener) {
	lis.Close()
}

func listenerAddr(lis net.Listener) string {
	return lis.Addr().String()
}

func TestGRPCListenerClosedByHelper(t *testing.T) {
	srv := grpc.NewServer()
	defer srv.GracefulStop()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	conn := dialListener(t, lis)
	defer conn.Close()
	closeListener(lis)
}

func TestGRPCAddrOnlyHelper(t *testing.T) {
	srv := grpc.NewServer()
	defer srv.GracefulStop()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	t.Log(listenerAddr(lis))
}
