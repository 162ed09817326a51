package gl402

import "testing"

type pendingHook struct {
	name string
	goOn chan struct{}
}

func recvPending(t *testing.T, into *pendingHook, from <-chan pendingHook) {
	select {
	case c := <-from:
		*into = c
	default:
		t.Fatalf("no call")
	}
}

// The second call is received into another variable: call still holds the first channel, closed twice.
func TestTwoPending(t *testing.T) {
	calls := make(chan pendingHook, 2)
	calls <- pendingHook{name: "a", goOn: make(chan struct{})}
	calls <- pendingHook{name: "b", goOn: make(chan struct{})}
	var call pendingHook
	recvPending(t, &call, calls)
	close(call.goOn)
	var next pendingHook
	recvPending(t, &next, calls)
	close(call.goOn) // want `close\(call\.goOn\) can run twice`
}
