package gl505

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// notifier.Send returns nil on every path: a check of its error never fails.
type notifier struct{ sent int }

func (n *notifier) Send(msg string) error {
	if msg == "" {
		return nil
	}
	n.sent++
	return nil
}

func TestNotifyLate(t *testing.T) {
	n := new(notifier)
	go func() {
		time.Sleep(10 * time.Millisecond)
		if err := n.Send("hi"); err != nil {
			t.Errorf("send: %v", err)
		}
	}()
}

func TestNotifyFatal(t *testing.T) {
	n := new(notifier)
	done := make(chan struct{})
	go func() {
		err := n.Send("hi")
		if err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}

// The error variable is the test's, assigned in the goroutine right before
// the check: it still holds Send's result, nil on every path.
func TestNotifyCaptured(t *testing.T) {
	n := new(notifier)
	var err error
	done := make(chan struct{})
	go func() {
		err = n.Send("hi")
		require.NoError(t, err)
		close(done)
	}()
	<-done
}
