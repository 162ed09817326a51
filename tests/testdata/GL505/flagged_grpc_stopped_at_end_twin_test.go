package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// The test stops the server itself, maybe before the goroutine reached
// Serve: Serve then returns grpc.ErrServerStopped.
func TestGRPCStoppedEarly(t *testing.T) {
	srv := grpc.NewServer()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	srv.Stop()
}

// Nothing dials the server: the test can return, and stop it, before Serve
// began.
func TestGRPCNeverDialled(t *testing.T) {
	srv := grpc.NewServer()
	defer srv.GracefulStop()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
}

func shutdownLater(s *grpc.Server) {}

// Handing the server to another function may stop it.
func TestGRPCHandedOn(t *testing.T) {
	srv := grpc.NewServer()
	lis, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	go func() {
		require.NoError(t, srv.Serve(lis)) // want `may run after the test returned`
	}()
	shutdownLater(srv)
}
