package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// A helper handed the listener only asks it for its address and dials it: the client reaches the
// server before the deferred GracefulStop, after which gRPC's Serve returns nil.
func dialListener(t *testing.T, lis net.Listener) *grpc.ClientConn {
	conn, err := grpc.NewClient(lis.Addr().String())
	require.NoError(t, err)
	return conn
}

func TestGRPCDialedByHelper(t *testing.T) {
	srv := grpc.NewServer()
	defer srv.GracefulStop()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis))
	}()
	conn := dialListener(t, lis)
	defer conn.Close()
}
