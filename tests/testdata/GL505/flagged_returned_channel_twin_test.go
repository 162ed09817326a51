package gl505

import (
	"net/http"
	"testing"
)

func fetchOnce(t *testing.T, url string) <-chan *http.Response {
	response := make(chan *http.Response, 1)
	go func() {
		r, err := http.Get(url)
		if err != nil {
			t.Error(err) // want `t\.Error may run after the test returns`
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
