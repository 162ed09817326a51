package gl502

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The result of the timed wait is dropped: after a timeout the reads race
// with the writes.
func TestTimedWaitIgnored(t *testing.T) {
	var s0 int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { s0 = segment(); wg.Done() }() // want `data race on s0`
	wgWait(&wg)
	if s0 != 1 {
		t.Error("bad segment")
	}
}

// The assertion has the wrong polarity: true means a timeout.
func TestTimedWaitInverted(t *testing.T) {
	var s0 int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); s0 = segment() }() // want `data race on s0`
	assert.True(t, waitTimeout(&wg, time.Second))
	assert.Equal(t, 1, s0)
}

// racyWait's waiter signals before it waits: a receive says nothing.
func racyWait(wg *sync.WaitGroup) bool {
	c := make(chan struct{})
	go func() {
		close(c)
		wg.Wait()
	}()
	select {
	case <-c:
		return true
	case <-time.After(time.Second):
		return false
	}
}

func TestTimedWaitSignalFirst(t *testing.T) {
	var s0 int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); s0 = segment() }() // want `data race on s0`
	assert.True(t, racyWait(&wg))
	assert.Equal(t, 1, s0)
}
