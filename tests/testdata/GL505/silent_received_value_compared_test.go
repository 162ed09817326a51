package gl505

import (
	"reflect"
	"testing"
	"time"
)

type appendReq struct {
	Term    int
	Entries []string
}

type rpcCall struct {
	Command interface{}
	Resp    chan interface{}
}

type transport struct {
	consumer chan rpcCall
}

func (tr *transport) Consumer() <-chan rpcCall { return tr.consumer }

// The request received is what the client sent: comparing it with the test's own value fails only if
// the transport changed it (the timeout case, though, can fire on a slow run: see the twin).
func TestReceivedRequestCompared(t *testing.T) {
	tr := &transport{consumer: make(chan rpcCall, 1)}
	args := appendReq{Term: 10, Entries: []string{"a"}}
	go func() {
		select {
		case rpc := <-tr.Consumer():
			req := rpc.Command.(*appendReq)
			if !reflect.DeepEqual(req, &args) {
				t.Fatalf("command mismatch: %#v %#v", *req, args)
			}
			rpc.Resp <- true
		case <-time.After(200 * time.Millisecond):
			return
		}
	}()
	time.Sleep(100 * time.Millisecond)
	tr.consumer <- rpcCall{Command: &args, Resp: make(chan interface{}, 1)}
}
