package gl207

import (
	"net"
	"sync"
	"testing"
)

func listenTwice(t *testing.T, wg *sync.WaitGroup, l net.Listener) {
	defer wg.Done()
	wg.Done()
	if c, err := l.Accept(); err == nil {
		c.Close()
	}
}

// Not re-armed: the second Done finds the count at zero.
func TestNamedNotRearmed(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var wg sync.WaitGroup
	wg.Add(1)
	go listenTwice(t, &wg, l) // want `listenTwice can call wg\.Done\(\) twice for a goroutine counted once`
	wg.Wait()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
