package gl505

import (
	"io"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/require"
)

// cmd.Wait closes the pipe once the command exited, while the goroutine may
// still read it: the read can fail.
func TestReadChildOutputWaited(t *testing.T) {
	cmd := exec.Command("sh", "-c", "echo hello")
	r, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	out := make(chan []byte)
	go func() {
		data, err := io.ReadAll(r)
		require.NoError(t, err) // want `require.NoError in a goroutine`
		out <- data
	}()
	_ = cmd.Wait()
	<-out
}
