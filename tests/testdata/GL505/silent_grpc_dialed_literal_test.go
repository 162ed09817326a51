package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// The client dials the very address literal the listener was made with: it reaches this
// server before the deferred Stop, after which gRPC's Serve returns nil.
func TestGRPCDialedByLiteral(t *testing.T) {
	srv := grpc.NewServer()
	lis, err := net.Listen("tcp", "127.0.0.1:9977")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis))
	}()
	defer srv.Stop()
	conn, err := grpc.NewClient("127.0.0.1:9977")
	require.NoError(t, err)
	defer conn.Close()
}
