package gl406

import (
	"sync"
	"testing"
)

// requireNoErrs closes errs once its senders are done, reads what they left and hands back a fresh
// channel for the next subtest.
func requireNoErrs(t *testing.T, errs chan error) chan error {
	t.Helper()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	return make(chan error, 10)
}

// Each subtest waits for its senders before the close, and the next subtest's senders get the fresh
// channel requireNoErrs returns: no send reaches a closed channel.
func TestStreamSubtests(t *testing.T) {
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
		errs = requireNoErrs(t, errs)
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
		errs = requireNoErrs(t, errs)
	})
}
