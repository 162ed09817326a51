package gl501

import "testing"

// The continue skips the wait on a path that reported nothing: the next turn changes tt while the
// goroutine may still read it.
func TestInitCasesSkip(t *testing.T, read func() byte) {
	for _, tt := range []initCase{{"a", "x"}, {"b", "y"}} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = firstByte(tt) // want `goroutine captures loop variable tt`
		}()
		if read() == 0 {
			continue
		}
		<-done
	}
}
