package gl505

import (
	"net/http"
	"os"
	"testing"
)

// The URL comes from the environment: it may not parse on some run.
func TestRequestToConfiguredServer(t *testing.T) {
	target := os.Getenv("TARGET_URL")
	done := make(chan struct{})
	go func() {
		req, err := http.NewRequest(http.MethodGet, target+"/health", nil)
		if err != nil {
			t.Fatal(err) // want "ends only this goroutine"
		}
		req.Header.Set("Accept", "text/plain")
		close(done)
	}()
	<-done
}
