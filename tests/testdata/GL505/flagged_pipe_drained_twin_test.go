package gl505

import (
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The reading end is closed by the test, or given a deadline, while the goroutine may still be
// reading it: ReadAll then fails with io.ErrClosedPipe or a timeout.
func TestPipeClosedEarly(t *testing.T) {
	a, b := net.Pipe()
	recv := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(b)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		recv <- buf
	}()
	_, _ = a.Write([]byte("ping"))
	_ = b.Close()
	<-recv
}

func TestPipeDeadline(t *testing.T) {
	a, b := net.Pipe()
	_ = b.SetReadDeadline(time.Now().Add(time.Millisecond))
	done := make(chan struct{})
	go func() {
		_, err := io.ReadAll(b)
		if err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	_ = a.Close()
	<-done
}

// A plain Read returns io.EOF once the other end is closed.
func TestPipeRead(t *testing.T) {
	a, b := net.Pipe()
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 8)
		_, err := b.Read(buf)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	_ = a.Close()
	<-done
}
