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
