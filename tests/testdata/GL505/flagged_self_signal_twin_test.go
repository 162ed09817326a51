package gl505

import (
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// A signal to another process fails once that process is gone; the test
// does not wait for the goroutine, which may report after it returned.
func TestChildTermSignal(t *testing.T) {
	cmd := exec.Command("sleep", "1")
	if err := cmd.Start(); err != nil {
		t.Skip(err)
	}
	go func() {
		time.Sleep(time.Millisecond)
		if err := syscall.Kill(cmd.Process.Pid, syscall.SIGTERM); err != nil {
			t.Errorf("signal: %v", err) // want `t.Errorf may run after the test returns`
		}
	}()
}
