package rt

import (
	"testing"
	"time"
)

func TestFanOut(t *testing.T) {
	out := fanOut([]int{1, 2, 3})
	for v := range out {
		_ = v
	}
	time.Sleep(200 * time.Millisecond) // the workers send after the deferred close: they panic
}
