package gl406

import (
	"sync"
	"testing"
)

// checkNoErrs closes errs and reads what is left, but hands back no fresh channel.
func checkNoErrs(t *testing.T, errs chan error) {
	t.Helper()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// As TestStreamSubtests, but errs is not made anew after the first subtest's close: the second
// subtest's sender sends on the closed channel and panics.
func TestStreamSubtestsShared(t *testing.T) {
	errs := make(chan error, 10)
	t.Run("client to server", func(t *testing.T) {
		wg := sync.WaitGroup{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				errs <- nil
			}
		}()
		wg.Wait()
		checkNoErrs(t, errs) // want "close\\(errs\\) by its receiver while its sender keeps sending"
	})
	t.Run("server to client", func(t *testing.T) {
		wg := sync.WaitGroup{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				errs <- nil
			}
		}()
		wg.Wait()
		checkNoErrs(t, errs)
	})
}
