package gl505

import (
	"net"
	"testing"

	"google.golang.org/grpc"
)

// The listener is closed before the server is stopped: Serve's Accept fails
// first, with an error the report does not leave out.
func TestGRPCClosedFirst(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	go func() {
		if err := srv.Serve(lis); err != nil && err != grpc.ErrServerStopped {
			t.Errorf("serve: %v", err) // want `t.Errorf may run after the test returns`
		}
	}()
	t.Cleanup(func() {
		_ = lis.Close()
		srv.Stop()
	})
}
