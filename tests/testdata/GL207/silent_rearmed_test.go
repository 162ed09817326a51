package gl207

import (
	"net"
	"sync"
	"testing"
)

// (No rule may report this file: it is GL203's silent shape too, the Add after Wait paid partly by
// the running goroutine's second Done.)
// The WaitGroup is a barrier: the consumer's first Done says it started, the second that it got
// the item. After Wait the test adds 2: one for the producer, one for the consumer's second Done.
func TestBarrierRearmed(t *testing.T) {
	items := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		<-items
		wg.Done()
	}()
	wg.Wait()
	wg.Add(2)
	go func() {
		defer wg.Done()
		items <- 1
	}()
	wg.Wait()
}

// The same barrier with a deferred second Done and no new goroutine: the Add after the Wait is
// for this goroutine's second Done. (Whether work can return before that Add is another question:
// the count is right.)
func twoRounds(work func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		defer wg.Done()
		work()
	}()
	wg.Wait()
	wg.Add(1)
	wg.Wait()
}

// The same barrier with the goroutine's body a package function given &wg: its
// first Done says "listening", the deferred one pays the Add after the Wait.
func listenAndEcho(t *testing.T, wg *sync.WaitGroup, l net.Listener) {
	defer wg.Done()
	wg.Done()
	conn, err := l.Accept()
	if err != nil {
		t.Error(err)
		return
	}
	conn.Close()
}

func TestNamedBarrier(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var wg sync.WaitGroup
	wg.Add(1)
	go listenAndEcho(t, &wg, l)
	wg.Wait()
	wg.Add(1)
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	wg.Wait()
}
