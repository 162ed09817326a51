package gl505

import (
	"reflect"
	"testing"
	"time"
)

// The twin: the timeout case fails the test, on a run where the request comes late.
func TestReceivedRequestTimeout(t *testing.T) {
	tr := &transport{consumer: make(chan rpcCall, 1)}
	args := appendReq{Term: 10}
	go func() {
		select {
		case rpc := <-tr.Consumer():
			if req := rpc.Command.(*appendReq); !reflect.DeepEqual(req, &args) {
				t.Errorf("command mismatch")
			}
			rpc.Resp <- true
		case <-time.After(200 * time.Millisecond):
			t.Fatalf("timeout") // want `t\.Fatalf may run after the test returned`
		}
	}()
	time.Sleep(100 * time.Millisecond)
	tr.consumer <- rpcCall{Command: &args, Resp: make(chan interface{}, 1)}
}
