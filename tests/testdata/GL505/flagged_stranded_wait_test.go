package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// A failing check ends the goroutine before what the test waits for: the test hangs until its
// timeout, and its failure is reported as the timeout's panic.
func TestConsqSendAfter(t *testing.T) {
	sizes := make(chan int)
	go func() {
		b, err := consqRead("f")
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine: the test then hangs\. It waits for the send on sizes`
		sizes <- len(b)
	}()
	<-sizes
}

func TestConsqCloseAfterRange(t *testing.T) {
	lines := make(chan string)
	go func() {
		for _, name := range []string{"g", "h"} {
			b, err := consqRead(name)
			if err != nil {
				t.Fatalf("read %s: %v", name, err) // want `t\.Fatalf in a goroutine ends only this goroutine: the test then hangs\. It waits for close\(lines\)`
			}
			lines <- string(b)
		}
		close(lines)
	}()
	for range lines {
	}
}

func TestConsqDoneAtEnd(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := consqRead("i")
		require.NoError(t, err) // want `waits for wg\.Done\(\)`
		wg.Done()
	}()
	wg.Wait()
}

// Nothing waits for the goroutine: a check failing after the test returned panics the test binary.
func TestConsqUnjoined(t *testing.T) {
	go func() {
		_, err := consqRead("j")
		require.NoError(t, err) // want `require\.NoError may run after the test returned: the test binary panics`
	}()
}

// Every case of the test's select waits for something only the goroutine sends after its check.
func TestConsqSelectOfOwnResults(t *testing.T) {
	sizes := make(chan int)
	errs := make(chan error)
	go func() {
		b, err := consqRead("k")
		require.NoError(t, err) // want `the test then hangs\. It waits for the send on sizes`
		if len(b) == 0 {
			errs <- err
			return
		}
		sizes <- len(b)
	}()
	select {
	case <-sizes:
	case err := <-errs:
		t.Error(err)
	}
}
