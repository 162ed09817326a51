package gl505

import (
	"io"
	"net"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The twin: a real connection next to the pipe (the check's write may go to the network), and a
// pipe the test closes while the goroutine may still write.
func TestPipeWriteBesideDial(t *testing.T) {
	cl, r, w := newPipeClient()
	if c, err := net.Dial("tcp", "localhost:9"); err == nil {
		cl.conn = c
	}
	go func() {
		err := cl.writePacket([]byte("ping"))
		require.NoError(t, err) // want `require\.NoError may run after the test returned`
		_ = w.Close()
	}()
	_, _ = io.ReadAll(r)
}

func TestPipeClosedMeanwhile(t *testing.T) {
	cl, r, _ := newPipeClient()
	done := make(chan struct{})
	go func() {
		err := cl.writePacket([]byte("ping"))
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine: the test then hangs`
		close(done)
	}()
	_ = r.Close()
	<-done
}

// A file the test opens beside the pipe: the goroutine's Read may be the file's, and fail after
// the test returned (it does not wait for the goroutine).
func TestPipeFedFromFile(t *testing.T) {
	raw, err := os.Open("golden.txt")
	if err != nil {
		return
	}
	_, pw := io.Pipe()
	go func() {
		b := make([]byte, 64)
		n, err := raw.Read(b)
		if err != nil {
			t.Errorf("read: %v", err) // want `t\.Errorf may run after the test returns`
			return
		}
		_, _ = pw.Write(b[:n])
	}()
}
