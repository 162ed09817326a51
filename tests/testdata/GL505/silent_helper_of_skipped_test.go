package gl505

import (
	"fmt"
	"net"
	"sync"
	"testing"
)

// dialOnce may stop the test: the dial can fail.
func dialOnce(t *testing.T, addr string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	_ = c.Close()
}

// dialPairs' only caller is a subtest after an unconditional SkipNow: its
// goroutines never start.
func dialPairs(t *testing.T, n int) {
	t.Helper()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			dialOnce(t, "192.0.2.10:3478")
			wg.Done()
		}()
	}
	wg.Wait()
}

func TestDialPairsManual(t *testing.T) {
	t.SkipNow()
	for _, n := range []int{1, 2} {
		t.Run(fmt.Sprintf("pairs-%d", n), func(t *testing.T) {
			dialPairs(t, n)
		})
	}
}
