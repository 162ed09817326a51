package gl505

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func consqRead(name string) ([]byte, error) { return os.ReadFile(name) }

// A failing check ends the goroutine through runtime.Goexit, which runs its deferred calls: the
// deferred Done or close still tells the test the goroutine is over, and the test, marked failed,
// goes on to its end (as after t.Error and return).
func TestConsqDeferredDone(t *testing.T) {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			_, err := consqRead(name)
			require.NoError(t, err)
		}(name)
	}
	wg.Wait()
}

func TestConsqDeferredClose(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := consqRead("c"); err != nil {
			t.Fatal(err)
		}
	}()
	<-done
}

func TestConsqDeferredClosure(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer func() {
			wg.Done()
		}()
		_, err := consqRead("d")
		require.NoError(t, err)
	}()
	wg.Wait()
}

// The test waits with a way out: when the goroutine stops early the timeout fails the test.
func TestConsqWaitWithTimeout(t *testing.T) {
	done := make(chan struct{})
	go func() {
		_, err := consqRead("e")
		require.NoError(t, err)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Error("timed out")
	}
}
