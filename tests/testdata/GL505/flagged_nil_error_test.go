package gl505

import (
	"errors"
	"os"
	"testing"
	"time"
)

// strictNotifier.Send fails on an empty message when its spool cannot be written: the check can fail.
type strictNotifier struct{ sent int }

func (n *strictNotifier) Send(msg string) error {
	if msg == "" {
		if err := os.WriteFile("spool", nil, 0o600); err != nil {
			return errors.New("empty message")
		}
	}
	n.sent++
	return nil
}

var strictMsg = ""

func TestStrictNotifyLate(t *testing.T) {
	n := new(strictNotifier)
	go func() {
		time.Sleep(10 * time.Millisecond)
		if err := n.Send(strictMsg); err != nil {
			t.Errorf("send: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
}
