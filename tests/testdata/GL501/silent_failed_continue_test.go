package gl501

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type initCase struct{ msg, want string }

func firstByte(c initCase) byte { return c.want[0] }

// Each iteration waits for its goroutine (<-done) before tt changes; the only paths that skip the
// wait continue after the test has reported a failure.
func TestInitCases(t *testing.T, read func() byte) {
	for _, tt := range []initCase{{"a", "x"}, {"b", "y"}} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = firstByte(tt)
		}()
		b := read()
		if !assert.Equal(t, byte('I'), b, "first byte") {
			continue
		}
		if b == 0 {
			t.Errorf("empty frame for %s", tt.msg)
			continue
		}
		<-done
	}
}
