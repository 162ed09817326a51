package gl502

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func segment() int { return 1 }

// wgWait reports whether every goroutine wg counts finished within a second:
// it returns true only once the waiter closed c, after wg.Wait() returned.
func wgWait(wg *sync.WaitGroup) bool {
	c := make(chan struct{})
	go func() { defer close(c); wg.Wait() }()
	select {
	case <-c:
		return true
	case <-time.After(time.Second):
		return false
	}
}

// waitTimeout is the opposite polarity: false means the wait returned.
func waitTimeout(wg *sync.WaitGroup, d time.Duration) bool {
	c := make(chan struct{})
	go func() {
		wg.Wait()
		close(c)
	}()
	select {
	case <-c:
		return false
	case <-time.After(d):
		return true
	}
}

// The reads come after a timed wait that returned true: the writes happened
// before them. Going on after a false result is a failed test's path.
func TestTimedWaitSegments(t *testing.T) {
	assert := assert.New(t)
	var s0, s1 int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { s0 = segment(); wg.Done() }()
	go func() { s1 = segment(); wg.Done() }()
	assert.True(wgWait(&wg), "sending timed out")
	assert.Equal(s0, s1)
}

func TestTimedWaitFatal(t *testing.T) {
	var s0, s1 int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s0 = segment() }()
	go func() { defer wg.Done(); s1 = segment() }()
	if waitTimeout(&wg, time.Second) {
		t.Fatal("timed out")
	}
	if s0 != s1 {
		t.Error("segments differ")
	}
}

func TestTimedWaitRequire(t *testing.T) {
	var s0 int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); s0 = segment() }()
	require.False(t, waitTimeout(&wg, time.Second))
	require.Equal(t, 1, s0)
}
