package gl101

import (
	"testing"
	"time"

	"example.com/harness"
	"github.com/stretchr/testify/require"
)

// A test harness that embeds *testing.T: its Fatalf fails the test, so a goroutine left
// behind on the timeout path is not the bug, the failure is reported.
type harnessTest struct {
	*testing.T
	node string
}

func pingNode(node string) error { time.Sleep(time.Millisecond); return nil }

func checkPing(ht *harnessTest) {
	done := make(chan error)
	go func() {
		done <- pingNode(ht.node)
	}()
	select {
	case err := <-done:
		if err != nil {
			ht.Errorf("ping: %v", err)
		}
	case <-time.After(time.Second):
		ht.Fatalf("timeout")
	}
}

func TestPing(t *testing.T) { checkPing(&harnessTest{T: t, node: "a"}) }

// A harness of another package, handed to testify as its TestingT: a testing value too.
func checkRemotePing(ht *harness.Test, node string) {
	done := make(chan error)
	go func() {
		done <- pingNode(node)
	}()
	select {
	case err := <-done:
		require.NoError(ht, err)
	case <-time.After(time.Second):
		ht.Fatalf("timeout")
	}
}
