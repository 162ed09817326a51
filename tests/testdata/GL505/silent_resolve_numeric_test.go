package gl505

import (
	"net"
	"testing"
)

// A numeric address resolves without a lookup: the same result on every run.
func TestResolveNumeric(t *testing.T) {
	go func() {
		addr, err := net.ResolveTCPAddr("tcp", "127.0.0.1:11234")
		if err != nil {
			t.Error(err)
			return
		}
		_ = addr
	}()
}
