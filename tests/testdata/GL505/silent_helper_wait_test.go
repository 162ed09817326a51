package gl505

import (
	"net"
	"sync"
	"testing"
)

// serveUntilClosed starts a server goroutine counted on the caller's WaitGroup: every caller waits
// for it (defer wg.Wait()) before the test returns, so its Errorf cannot come after the test ended.
func serveUntilClosed(t *testing.T, wg *sync.WaitGroup) (stop func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		c, err := l.Accept()
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		c.Close()
	}()
	return func() { l.Close() }
}

// serveDefault passes its own WaitGroup parameter on: its callers wait for it in turn.
func serveDefault(t *testing.T, wg *sync.WaitGroup) (stop func()) {
	return serveUntilClosed(t, wg)
}

func TestServerJoinedByCaller(t *testing.T) {
	var wg sync.WaitGroup
	defer wg.Wait()
	stop := serveUntilClosed(t, &wg)
	defer stop()
}

func TestServerJoinedThroughWrapper(t *testing.T) {
	var wg sync.WaitGroup
	defer wg.Wait()
	stop := serveDefault(t, &wg)
	defer stop()
}

// The goroutine is counted by its helper's caller (the Add is there), says it is
// done on the WaitGroup parameter, and every caller waits for it: with a plain
// Wait (nothing returns or stops the test before it), or a defer right after the
// call.
func serveLines(t *testing.T, wg *sync.WaitGroup, l net.Listener) {
	go func() {
		defer wg.Done()
		c, err := l.Accept()
		if err != nil {
			t.Error(err)
			return
		}
		c.Close()
	}()
}

func startLineServer(t *testing.T, wg *sync.WaitGroup) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	wg.Add(1)
	serveLines(t, wg, l)
	return l.Addr().String()
}

func dialLine(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	return c.Close()
}

func TestLinesPlainWait(t *testing.T) {
	var wg sync.WaitGroup
	addr := startLineServer(t, &wg)
	err := dialLine(addr)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
}

func TestLinesDeferredWait(t *testing.T) {
	var wg sync.WaitGroup
	addr := startLineServer(t, &wg)
	defer wg.Wait()
	if err := dialLine(addr); err != nil {
		t.Fatal(err)
	}
}
