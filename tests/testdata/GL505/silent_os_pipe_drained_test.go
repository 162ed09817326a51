package gl505

import (
	"io"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/require"
)

// The read end of a command's stdout pipe, which nothing closes or waits
// for before the goroutine's result is received: its read ends at EOF.
func TestReadChildOutput(t *testing.T) {
	cmd := exec.Command("sh", "-c", "echo hello")
	r, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	out := make(chan []byte)
	go func() {
		data, err := io.ReadAll(r)
		require.NoError(t, err)
		out <- data
	}()
	if got := string(<-out); got != "hello\n" {
		t.Errorf("got %q", got)
	}
	_ = cmd.Wait()
}

// The read end of an os.Pipe: the writer's close is EOF.
func TestReadOSPipe(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	out := make(chan []byte)
	go func() {
		data, err := io.ReadAll(r)
		require.NoError(t, err)
		out <- data
	}()
	_, _ = w.Write([]byte("x"))
	_ = w.Close()
	<-out
}
