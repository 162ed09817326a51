package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// The client dials another address: nothing shows that Serve runs before the deferred Stop,
// and a Stop first makes Serve return grpc.ErrServerStopped.
func TestGRPCDialedElsewhere(t *testing.T) {
	srv := grpc.NewServer()
	lis, err := net.Listen("tcp", "127.0.0.1:9978")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	defer srv.Stop()
	conn, err := grpc.NewClient("127.0.0.1:9979")
	require.NoError(t, err)
	defer conn.Close()
}
