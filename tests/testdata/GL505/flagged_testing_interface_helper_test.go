package gl505

import (
	"net"
	"sync"
	"testing"
)

func TestDialInGoroutine(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		c := mustDial(t, l.Addr().String()) // want `mustDial can call t\.Fatal`
		c.Close()
		wg.Done()
	}()
	wg.Wait()
}
