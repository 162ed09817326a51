package gl505

import (
	"net"
	"testing"
)

// The test closes the listener when it ends, while the goroutine may still be in Accept: the Accept
// fails then, and the report comes after the test.
func TestAcceptClosedByTest(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		defer ln.Close()
		conn, err := ln.Accept()
		if err != nil {
			t.Error(err) // want `t\.Error may run after the test returns`
			return
		}
		conn.Close()
	}()
}

// One caller of the helper closes the listener it handed over.
func acceptOnceClosed(t *testing.T, ln net.Listener) {
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			t.Error(err) // (silent: started by a helper; its return does not end the test)
			return
		}
		conn.Close()
	}()
}

func TestAcceptHelperListenerClosed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	acceptOnceClosed(t, ln)
	ln.Close()
}
