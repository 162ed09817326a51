package gl505

import (
	"net"

	testing "github.com/mitchellh/go-testing-interface"
)

// mustDial is a helper for other packages' tests, taking go-testing-interface's
// testing.T: its Fatalf is the test's, and ends only the goroutine it runs in.
func mustDial(t testing.T, addr string) net.Conn {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	return c
}
