package rt

import (
	"testing"
	"time"
)

func TestRunAllWithAFailure(t *testing.T) {
	runAll([]int{1, -1, 2})
	// The failing item's second Done may take another goroutine's count, so
	// Wait can return early; the counter goes negative when that goroutine's
	// own Done runs. Stay long enough for it to run.
	time.Sleep(200 * time.Millisecond)
}
