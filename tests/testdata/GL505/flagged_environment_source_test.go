package gl505

import (
	"context"
	"errors"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/example/remote"
)

// The checked error comes from the environment: a file, a stream, a deadline handed to code out of
// sight, an I/O method of a value of unknown type. Each can fail on one run and not the next.
func TestCopyIntoFIFO(t *testing.T) {
	done := make(chan struct{})
	go func() {
		in, err := os.OpenFile("pipe", os.O_WRONLY, 0)
		if err != nil {
			return
		}
		_, err = io.Copy(in, os.Stdin)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine: the test then hangs.*can come from io\.Copy`
		close(done)
	}()
	<-done
}

func TestRemoteWithDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		c := remote.New()
		require.NoError(t, c.Fetch(ctx, "key")) // want `require\.NoError in a goroutine ends only this goroutine.*can come from c\.Fetch\(ctx\)`
		wg.Done()
	}()
	wg.Wait()
}

func TestRemoteRead(t *testing.T) {
	done := make(chan struct{})
	go func() {
		c := remote.New()
		_, err := c.Read(make([]byte, 8))
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine.*can come from c\.Read`
		close(done)
	}()
	<-done
}

// A method of a local made from a literal of a package type, and a wait that times out by the clock.
type markerWriter struct{ dir string }

func (m *markerWriter) create() error {
	_, err := os.Create(m.dir + "/marker")
	return err
}

func newMarkerWriter(dir string) (*markerWriter, error) {
	w := &markerWriter{dir: dir}
	return w, w.create()
}

func waitUntilUp(up func() bool, timeout time.Duration) error {
	start := time.Now()
	for !up() {
		if time.Since(start) > timeout {
			return errTimeout
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

var errTimeout = errors.New("timed out")

func TestMarkerAndStartup(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := newMarkerWriter(t.TempDir())
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine.*can come from os\.Create`
		require.NoError(t, waitUntilUp(func() bool { return true }, time.Second)) // want `require\.NoError in a goroutine ends only this goroutine.*can come from time\.Since`
		wg.Done()
	}()
	wg.Wait()
}

// A wait of a library goleash cannot read: it gives up after its timeout.
func TestRemoteWaitUntilReady(t *testing.T) {
	done := make(chan struct{})
	go func() {
		c := remote.New()
		require.NoError(t, c.WaitUntilReady()) // want `require\.NoError in a goroutine ends only this goroutine.*can come from c\.WaitUntilReady`
		close(done)
	}()
	<-done
}
