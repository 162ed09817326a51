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
