package gl505

import (
	"net"
	"testing"
)

type harnessSuite2 struct{ harnessTester }

// A subtest's t completes when the subtest's function returns, whatever the
// harness does after the parent test method.
func (harnessSuite2) TestSubtestServes(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		lis, err := net.Listen("tcp", "localhost:0")
		if err != nil {
			t.Fatal(err)
		}
		defer lis.Close()
		startSubtestServer(t, lis)
		dialHarness(t, lis.Addr().String())
	})
}

func startSubtestServer(t *testing.T, lis net.Listener) {
	go func() {
		if _, err := lis.Accept(); err != nil {
			t.Errorf("accept: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
}

// A test method the package calls itself completes with its caller, a plain test.
func (harnessSuite2) TestCalledDirectly(t *testing.T) {
	lis, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	go func() {
		if _, err := lis.Accept(); err != nil {
			t.Errorf("accept: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
	dialHarness(t, lis.Addr().String())
}

func TestRunsSuiteMethod(t *testing.T) {
	harnessSuite2{}.TestCalledDirectly(t)
}
