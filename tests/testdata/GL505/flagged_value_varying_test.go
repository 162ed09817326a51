package gl505

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func slowOp() int { time.Sleep(time.Millisecond); return 1 }

// A value assertion on the clock, or on a value received from one of two goroutines racing to send,
// can fail on one run and pass on the next; an explicit require.Fail always stops the goroutine.
// (A value only one send gives, require.Equal(t, 1, <-results), is what was sent: it fails only if the
// code under test changed.)
func TestVarying(t *testing.T) {
	results := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		start := time.Now()
		results <- slowOp()
		require.Less(t, time.Since(start), 50*time.Millisecond) // want `require\.Less in a goroutine ends only this goroutine`
		close(done)
	}()
	<-done
	got := make(chan int, 2)
	go func() {
		got <- 2
	}()
	go func() {
		got <- 3
	}()
	finished := make(chan struct{})
	go func() {
		require.Equal(t, 2, <-got) // want `require\.Equal in a goroutine ends only this goroutine`
		if len(results) > 1 {
			require.Fail(t, "too many results") // want `require\.Fail in a goroutine ends only this goroutine`
		}
		require.Equal(t, 1, <-results)
		close(finished)
	}()
	<-finished
}

// The same assertions on values the code computes from constants: silent.
func TestComputed(t *testing.T) {
	done := make(chan struct{})
	go func() {
		v := slowOp()
		require.Equal(t, 1, v)
		require.True(t, v > 0)
		require.NotZero(t, v)
		close(done)
	}()
	<-done
}
