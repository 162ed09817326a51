package gl502

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// assert.Eventually reports a timeout and returns: the reads run while the goroutine may still write.
func TestNotPublished(t *testing.T) {
	var n int
	var done atomic.Bool
	go func() {
		n = 2 // want `data race on n: written here with no mutex held`
		done.Store(true)
	}()
	assert.Eventually(t, func() bool { return done.Load() }, time.Second, time.Millisecond)
	assert.Equal(t, 2, n)
}
