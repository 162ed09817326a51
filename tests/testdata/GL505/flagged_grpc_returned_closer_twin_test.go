package gl505

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/test/bufconn"
)

// The closer is also run here, before returning, maybe before the
// goroutine reached Serve: Serve then returns grpc.ErrServerStopped.
func startAndProbe(t *testing.T) (*grpc.ClientConn, func()) {
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	go func() {
		if err := srv.Serve(lis); err != nil {
			require.NoError(t, err) // want `may run after the test returned`
		}
	}()
	conn, err := grpc.DialContext(context.Background(), "",
		grpc.WithContextDialer(func(context.Context, string) (net.Conn, error) {
			return lis.Dial()
		}))
	require.NoError(t, err)
	closer := func() {
		srv.GracefulStop()
	}
	if conn == nil {
		closer()
	}
	return conn, closer
}

var _ = startAndProbe // (run by a test)
