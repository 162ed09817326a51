package gl505

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// The goroutine stops the test when the dial fails: a failure of the environment.
func TestDialFails(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if _, err := net.Dial("tcp", "127.0.0.1:1"); err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}

// Under 'if err == nil' (the read worked), the check of another error: the write can fail.
func TestWriteAfterRead(t *testing.T) {
	c, err := net.Dial("tcp", "127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 8)
		_, err := c.Read(buf)
		if err == nil {
			_, err = c.Write(buf)
			require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}

type chatReply struct{ text string }

func askModel(t *testing.T, c net.Conn) *chatReply {
	t.Helper()
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	if err != nil {
		return nil
	}
	return &chatReply{text: string(buf[:n])}
}

// 'reply == nil' is no error asked for: the call returns nil when its read fails.
func TestAskModel(t *testing.T) {
	c, err := net.Dial("tcp", "127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		if reply := askModel(t, c); reply == nil {
			t.Fatal("no reply") // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}
