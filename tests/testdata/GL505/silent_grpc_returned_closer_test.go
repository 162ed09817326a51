package gl505

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/test/bufconn"
)

// startInMemory serves on an in-memory listener, dialled right after the
// go statement; the server is stopped only by the closer the caller runs
// later: gRPC's Serve returns nil once GracefulStop ended it.
func startInMemory(t *testing.T) (*grpc.ClientConn, func()) {
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	registerHealth(srv, &healthServer{})
	go func() {
		if err := srv.Serve(lis); err != nil {
			require.NoError(t, err)
		}
	}()
	conn, err := grpc.DialContext(context.Background(), "",
		grpc.WithContextDialer(func(context.Context, string) (net.Conn, error) {
			return lis.Dial()
		}))
	require.NoError(t, err)
	closer := func() {
		srv.GracefulStop()
		require.NoError(t, lis.Close())
	}
	return conn, closer
}

func TestInMemoryClient(t *testing.T) {
	conn, closer := startInMemory(t)
	t.Cleanup(closer)
	require.NotNil(t, conn)
}
