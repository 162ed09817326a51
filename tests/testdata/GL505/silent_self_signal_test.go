package gl505

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

func waitForTermSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGTERM)
	<-ch
	signal.Stop(ch)
}

// A named signal to the test's own process cannot fail to be sent: the late
// report never runs.
func TestSelfTermSignal(t *testing.T) {
	go func() {
		time.Sleep(time.Millisecond)
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
			t.Errorf("signal: %v", err)
		}
	}()
	waitForTermSignal()
}
