package gl505

import (
	"net"
	"testing"
)

// A host name is looked up: the answer depends on the resolver of the day.
func TestResolveNamed(t *testing.T) {
	go func() {
		addr, err := net.ResolveTCPAddr("tcp", "localhost:11234")
		if err != nil {
			t.Error(err) // want `t\.Error may run after the test returns`
			return
		}
		_ = addr
	}()
}
