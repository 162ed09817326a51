package gl505

import (
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func handleConn(conn net.Conn) { conn.Close() }

// The Accept check runs at every connection, long after the start: after the test returned too.
func TestAcceptLater(t *testing.T) {
	go func(t *testing.T) {
		ln, err := net.Listen("tcp", ":15200")
		require.Nil(t, err)
		for {
			conn, err := ln.Accept()
			require.Nil(t, err) // want `require.Nil may run after the test returned`
			go handleConn(conn)
		}
	}(t)
	time.Sleep(time.Second)
}

// A dial before the check may wait long (a remote address, a slow network): the check can come after
// the test's short sleep and its return.
func TestDialAtStart(t *testing.T) {
	go func(t *testing.T) {
		conn, err := net.Dial("tcp", "example.com:80")
		require.Nil(t, err) // want `require.Nil may run after the test returned`
		conn.Close()
	}(t)
	time.Sleep(200 * time.Millisecond)
}

// No sleep after the start: the test returns at once.
func TestListenNoSleep(t *testing.T) {
	go func(t *testing.T) {
		ln, err := net.Listen("tcp", ":15201")
		require.Nil(t, err) // want `require.Nil may run after the test returned`
		ln.Close()
	}(t)
}

func produceAll(t *testing.T, addr string, n int) {
	for i := 0; i < n; i++ {
		conn, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		conn.Close()
		time.Sleep(50 * time.Millisecond)
	}
}

// A helper that may stop runs its own loop of dials before its check: the check is not at the start.
func TestProduceWhileSleeping(t *testing.T) {
	go func() {
		t.Log("producing")
		produceAll(t, "localhost:15300", 50) // want `produceAll may run after the test returned`
	}()
	time.Sleep(time.Second)
}
