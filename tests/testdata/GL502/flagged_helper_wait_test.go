package gl502

import "testing"

func logAll(t testing.TB, ch chan error) {
	t.Log(len(ch))
}

// The helper does not receive: nothing orders the goroutine's write before the read.
func TestNoDrain(t *testing.T) {
	errCh := make(chan error, 1)
	var s *int
	go func() {
		var err error
		s, err = openCounter() // want `data race on s`
		errCh <- err
	}()
	logAll(t, errCh)
	if s != nil && *s != 0 {
		t.Error("bad")
	}
}
