package gl505

import (
	"io"
	"testing"
)

// process stands for a type of another module: its Wait waits for the
// process, not for the goroutines the test starts beside it.
type process interface {
	Start() error
	Wait() error
}

var (
	newProcess func(stdin io.WriteCloser) process
	stdin      io.WriteCloser
)

func TestProcessFeeds(t *testing.T) {
	p := newProcess(stdin)
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := stdin.Close(); err != nil {
			t.Errorf("close: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
	if err := p.Wait(); err == nil {
		t.Fatal("succeeded unexpectedly")
	}
}
