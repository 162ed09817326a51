package rt

import (
	"testing"
	"time"
)

func TestBatchAfterAFlush(t *testing.T) {
	in := make(chan int)
	done := make(chan struct{})
	go func() {
		batch(in, func([]int) {}, 5*time.Millisecond)
		close(done)
	}()
	time.Sleep(30 * time.Millisecond) // the timer fires and its case flushes
	select {
	case in <- 1:
	case <-time.After(time.Second):
		t.Fatal("batch is stuck draining a timer it already drained")
	}
	close(in)
	<-done
}
