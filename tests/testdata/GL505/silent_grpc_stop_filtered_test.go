package gl505

import (
	"net"
	"testing"

	"google.golang.org/grpc"
)

// The report leaves out grpc.ErrServerStopped, and the server is stopped
// at the end before its listener is closed: Serve returns nil, or that
// error when the stop came first; the report never runs.
func TestGRPCStopFiltered(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	go func() {
		if err := srv.Serve(lis); err != nil && err != grpc.ErrServerStopped {
			t.Errorf("serve: %v", err)
		}
	}()
	t.Cleanup(func() {
		srv.Stop()
		_ = lis.Close()
	})
}
