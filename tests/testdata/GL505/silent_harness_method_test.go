package gl505

import (
	"net"
	"testing"
)

// A test method that nothing in the package calls is run by reflection from a
// harness in another package (grpc's grpctest.RunSubTests, a suite runner). The
// harness decides when the test completes: it may wait for the test's
// goroutines (a leak check in its teardown), so no late report can be shown.
type harnessSuite struct{ harnessTester }

type harnessTester struct{}

func (harnessSuite) TestServeInBackground(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	go func() {
		conn, err := lis.Accept()
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		conn.Close()
	}()
	dialHarness(t, lis.Addr().String())
}

// A helper every caller of which passes such a test method's own t.
func startHarnessServer(t *testing.T, lis net.Listener) {
	go func() {
		if _, err := lis.Accept(); err != nil {
			t.Errorf("accept: %v", err)
		}
	}()
}

func (harnessSuite) TestHelperServes(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	startHarnessServer(t, lis)
	dialHarness(t, lis.Addr().String())
}

func dialHarness(t *testing.T, addr string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Error(err)
		return
	}
	c.Close()
}
