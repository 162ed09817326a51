package gl505

import (
	"bufio"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
)

// The test closes the read end while the goroutine may still write: Write fails with io.ErrClosedPipe.
func TestPipeReaderClosed(t *testing.T) {
	in, out := io.Pipe()
	done := make(chan struct{})
	go func() {
		_, err := out.Write([]byte("hello"))
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	buf := make([]byte, 2)
	_, _ = in.Read(buf)
	_ = in.Close()
	<-done
}

// The writer is closed, by the test, maybe before the goroutine reads: Read returns io.EOF.
func TestPipeWriterClosed(t *testing.T) {
	in, out := io.Pipe()
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 5)
		_, err := in.Read(buf)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	_ = out.Close()
	<-done
}

// Through a wrapper, the same: the test closes the writer, and a read after that returns io.EOF.
func TestPipeWrapperWriterClosed(t *testing.T) {
	in, out := io.Pipe()
	r := bufio.NewReader(in)
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 5)
		_, err := r.Read(buf)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	_ = out.Close()
	<-done
}
