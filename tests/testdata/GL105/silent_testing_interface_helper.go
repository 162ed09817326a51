package gl105

import (
	"os/exec"
	"time"

	testing "github.com/mitchellh/go-testing-interface"
)

// newTestServer is a test helper kept in a non-test file, taking the interface
// testing.T of go-testing-interface (so that non-test code can call it too):
// it runs for one test's set-up and retries a handful of times.
func newTestServer(t testing.T) *exec.Cmd {
	for i := 10; i >= 0; i-- {
		cmd := exec.Command("server", "-dev")
		if err := cmd.Start(); err != nil {
			t.Fatalf("failed to start: %v", err)
		}
		waitCh := make(chan error, 1)
		go func() { waitCh <- cmd.Wait() }()
		var startErr error
		select {
		case startErr = <-waitCh:
		case <-time.After(2 * time.Second):
		}
		if startErr != nil {
			continue
		}
		return cmd
	}
	t.Fatalf("server did not start")
	return nil
}
