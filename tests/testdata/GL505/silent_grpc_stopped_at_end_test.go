package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

type healthServer struct{}

func registerHealth(s *grpc.Server, h *healthServer) {}

// The server is stopped only when the test returns (deferred GracefulStop),
// after its client dialled the listener's address: gRPC's Serve returns nil
// once GracefulStop ended it, so the check cannot fail.
func TestGRPCStoppedAtEnd(t *testing.T) {
	srv := grpc.NewServer()
	defer srv.GracefulStop()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	registerHealth(srv, &healthServer{})
	go func() {
		require.NoError(t, srv.Serve(lis))
	}()
	conn, err := grpc.NewClient(lis.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
}

// The same with the stop registered as a cleanup.
func TestGRPCStoppedInCleanup(t *testing.T) {
	srv := grpc.NewServer()
	t.Cleanup(srv.Stop)
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		if err := srv.Serve(lis); err != nil {
			t.Fatal(err)
		}
	}()
	conn, err := grpc.NewClient(lis.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
}

// Registering a service on the server is no stop: nothing stops this server
// or closes its listener, so Serve never returns and the check never runs.
func TestGRPCNeverStopped(t *testing.T) {
	srv := grpc.NewServer()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	registerHealth(srv, &healthServer{})
	go func() {
		require.NoError(t, srv.Serve(lis))
	}()
	conn, err := grpc.NewClient(lis.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
}
