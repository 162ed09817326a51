package gl101

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The same polling loop, followed by checks of what it received: running out of turns fails the
// test on that path.
func TestClosePairChecked(t *testing.T) {
	a0, a1 := &assocPeer{}, &assocPeer{}
	close0 := make(chan bool)
	close1 := make(chan bool)
	go func() {
		_ = a0.Close()
		close0 <- true
	}()
	go func() {
		_ = a1.Close()
		close1 <- true
	}()
	c0, c1 := false, false
loop:
	for i := 0; i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
		select {
		case c0 = <-close0:
			if c1 {
				break loop
			}
		case c1 = <-close1:
			if c0 {
				break loop
			}
		default:
		}
	}
	assert.True(t, c0, "a0 did not close")
	assert.True(t, c1, "a1 did not close")
}
