package gl101

import (
	"context"
	"testing"
	"time"
)

type suiteBase struct{ t *testing.T }

func (s *suiteBase) T() *testing.T { return s.t }

type backupSuite struct{ suiteBase }

func startBackup() error { time.Sleep(time.Millisecond); return nil }

// A test suite's timeout path fails the test through s.T().Fatalf: a goroutine
// left behind on that path is not the bug, the failure is reported.
func (s *backupSuite) TestBackup() {
	done := make(chan bool)
	go func() {
		_ = startBackup()
		done <- true
	}()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	select {
	case <-done:
		s.T().Logf("backup done")
	case <-ctx.Done():
		s.T().Fatalf("timeout")
	}
}
