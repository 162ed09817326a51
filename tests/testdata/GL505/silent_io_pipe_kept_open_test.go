package gl505

import (
	"bufio"
	"io"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// scrubReader wraps what it is given as an io.Reader, which has no Close.
func scrubReader(r io.Reader) *bufio.Reader {
	return bufio.NewReader(r)
}

// An io.Pipe's Write fails only once its read end is closed, its Read once one of its ends is. Nothing
// here closes the first pipe's read end (it is only read, or handed on as an io.Reader); its write end
// is closed only after the last Write, by the goroutine that writes. (The second subtest closes its own
// pipe, another one.)
func TestPipeKeptOpen(t *testing.T) {
	t.Run("plain", func(t *testing.T) {
		in, out := io.Pipe()
		r := scrubReader(in)
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			_, err := out.Write([]byte("hello\n"))
			require.NoError(t, err)
			require.NoError(t, out.Close())
			wg.Done()
		}()
		go func() {
			line, _ := r.ReadString('\n')
			if line != "hello\n" {
				t.Errorf("got %q", line)
			}
			wg.Done()
		}()
		wg.Wait()
	})
	t.Run("closed", func(t *testing.T) {
		in, out := io.Pipe()
		_ = in.Close()
		if _, err := out.Write([]byte("x")); err == nil {
			t.Error("write to a closed pipe")
		}
	})
}

func TestPipeNeitherClosed(t *testing.T) {
	in, out := io.Pipe()
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 5)
		_, err := in.Read(buf)
		require.NoError(t, err)
		close(done)
	}()
	_, _ = out.Write([]byte("hello"))
	<-done
}

// Read through a reader a package function made over the pipe's read end, handed to it as an
// io.Reader: nothing closes either end, so the pipe gives it no error.
func TestPipeReadThroughWrapper(t *testing.T) {
	t.Run("wrapped", func(t *testing.T) {
		in, out := io.Pipe()
		r := scrubReader(in)
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			_, _ = out.Write([]byte("hello\n"))
			wg.Done()
		}()
		go func() {
			buf := make([]byte, 6)
			_, err := r.Read(buf)
			require.NoError(t, err)
			wg.Done()
		}()
		wg.Wait()
	})
	t.Run("closed", func(t *testing.T) {
		in, out := io.Pipe()
		_ = out.Close()
		if _, err := in.Read(make([]byte, 1)); err == nil {
			t.Error("read from a closed pipe")
		}
	})
}
