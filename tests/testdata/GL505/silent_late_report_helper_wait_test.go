package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"net"
	"sync"
	"testing"
)

// serveOnce's goroutine is counted on the caller's WaitGroup, but one caller never waits for it.
func serveOnce(t *testing.T, wg *sync.WaitGroup) (stop func()) {
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

func TestServeOnceWaited(t *testing.T) {
	var wg sync.WaitGroup
	defer wg.Wait()
	stop := serveOnce(t, &wg)
	defer stop()
}

func TestServeOnceNotWaited(t *testing.T) {
	var wg sync.WaitGroup
	stop := serveOnce(t, &wg)
	stop()
}

// serveLate's only caller waits, but registers the wait after the call: a t.Fatal in between returns
// without it.
func serveLate(t *testing.T, wg *sync.WaitGroup) (stop func()) {
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

func TestServeLateWait(t *testing.T) {
	var wg sync.WaitGroup
	stop := serveLate(t, &wg)
	defer stop()
	if _, err := net.Dial("tcp", "127.0.0.1:1"); err == nil {
		t.Fatal("dialled a closed port")
	}
	defer wg.Wait()
}

func serveLinesEarly(t *testing.T, wg *sync.WaitGroup, l net.Listener) {
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

// A caller returns before its Wait: the goroutine can outlive that test.
func TestLinesReturnsFirst(t *testing.T) {
	var wg sync.WaitGroup
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	wg.Add(1)
	serveLinesEarly(t, &wg, l)
	if testing.Short() {
		return
	}
	wg.Wait()
}
