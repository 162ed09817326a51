package gl502

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The flag is also set without a receive: seen true, it says nothing.
func TestHandshakePolledPreset(t *testing.T) {
	var c0 string
	done0 := make(chan bool)
	go func() {
		c0, _ = dialPeer("a0") // want `data race on c0`
		done0 <- true
	}()
	ok0 := false
	for i := 0; i < 100 && !ok0; i++ {
		select {
		case ok0 = <-done0:
		case <-time.After(10 * time.Millisecond):
			ok0 = i > 50
		}
	}
	assert.True(t, ok0)
	assert.Equal(t, "a0", c0)
}

// The assertion says the flag is false: going on past it did not receive.
func TestHandshakePolledInverted(t *testing.T) {
	var c0 string
	done0 := make(chan bool)
	go func() {
		c0, _ = dialPeer("a0") // want `data race on c0`
		done0 <- true
	}()
	ok0 := false
	for i := 0; i < 100 && !ok0; i++ {
		select {
		case ok0 = <-done0:
		default:
		}
	}
	assert.False(t, ok0)
	assert.Equal(t, "a0", c0)
}
