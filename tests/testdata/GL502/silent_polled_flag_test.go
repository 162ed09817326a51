package gl502

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dialPeer(name string) (string, error) { return name, nil }

// A polling loop that may run out of turns, then an assertion that each flag
// was set: a flag is set only by receiving what the goroutine sends after its
// writes, so going on with it false is a failed test's path.
func TestHandshakePolled(t *testing.T) {
	var c0, c1 string
	var err0, err1 error
	done0 := make(chan bool)
	done1 := make(chan bool)
	go func() {
		c0, err0 = dialPeer("a0")
		done0 <- true
	}()
	go func() {
		c1, err1 = dialPeer("a1")
		done1 <- true
	}()
	ok0, ok1 := false, false
loop:
	for i := 0; i < 1000; i++ {
		time.Sleep(10 * time.Millisecond)
		select {
		case ok0 = <-done0:
			if ok1 {
				break loop
			}
		case ok1 = <-done1:
			if ok0 {
				break loop
			}
		default:
		}
	}
	assert.Equal(t, ok0, true, "handshake a0")
	require.True(t, ok1, "handshake a1")
	assert.NoError(t, err0)
	assert.NoError(t, err1)
	assert.Equal(t, c0+c1, "a0a1")
}

func TestHandshakePolledObject(t *testing.T) {
	is := assert.New(t)
	var c0 string
	done0 := make(chan bool)
	go func() {
		c0, _ = dialPeer("a0")
		done0 <- true
	}()
	var ok0 bool
	for i := 0; i < 100 && !ok0; i++ {
		select {
		case ok0 = <-done0:
		case <-time.After(10 * time.Millisecond):
		}
	}
	is.True(ok0)
	is.Equal("a0", c0)
}
