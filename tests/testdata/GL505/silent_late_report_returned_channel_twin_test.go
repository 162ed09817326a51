package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"net/http"
	"testing"
)

func fetchOnce(t *testing.T, url string) <-chan *http.Response {
	response := make(chan *http.Response, 1)
	go func() {
		r, err := http.Get(url)
		if err != nil {
			t.Error(err)
			return
		}
		response <- r
	}()
	return response
}

// A caller that can stop before it receives: the test completes there, and
// the goroutine's report comes after it.
func TestFetchOnce(t *testing.T) {
	response := fetchOnce(t, "http://127.0.0.1:1")
	if testing.Short() {
		t.Skip("short")
	}
	<-response
}
