package gl402

import "testing"

type calledHook struct {
	name string
	goOn chan struct{}
}

func recvHookCall(t *testing.T, into *calledHook, from <-chan calledHook) {
	select {
	case c := <-from:
		*into = c
	default:
		t.Fatalf("no call")
	}
}

// Each recvHookCall refills call through its address: the second close is of the next call's channel.
func TestTwoHookCalls(t *testing.T) {
	calls := make(chan calledHook, 2)
	calls <- calledHook{name: "a", goOn: make(chan struct{})}
	calls <- calledHook{name: "b", goOn: make(chan struct{})}
	var call calledHook
	recvHookCall(t, &call, calls)
	close(call.goOn)
	recvHookCall(t, &call, calls)
	close(call.goOn)
}
