package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
			t.Errorf("accept: %v", err)
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
			t.Errorf("accept: %v", err)
		}
	}()
	dialHarness(t, lis.Addr().String())
}

func TestRunsSuiteMethod(t *testing.T) {
	harnessSuite2{}.TestCalledDirectly(t)
}
