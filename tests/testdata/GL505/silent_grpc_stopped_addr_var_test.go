package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

func dialHealth(address string) error {
	conn, err := grpc.NewClient(address)
	if err != nil {
		return err
	}
	return conn.Close()
}

// The listener's address is kept in a local that the subtests dial after the
// goroutine starts; the server is stopped only when the test returns.
func TestGRPCStoppedAddrVar(t *testing.T) {
	srv := grpc.NewServer()
	address := "localhost:18001"
	lis, err := net.Listen("tcp", address)
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis))
	}()
	defer srv.GracefulStop()
	for _, name := range []string{"first", "second"} {
		t.Run(name, func(t *testing.T) {
			if err := dialHealth(address); err != nil {
				t.Errorf("dial: %v", err)
			}
		})
	}
}
