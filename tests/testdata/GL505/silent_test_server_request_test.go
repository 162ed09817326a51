package gl505

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A request to the test's own server: the method is a constant and the URL is the server's
// (http://127.0.0.1:port, only the port changes from run to run) with a constant path, so
// NewRequest parses the same thing on every run.
func TestRequestToOwnServer(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer ts.Close()
	done := make(chan struct{})
	go func() {
		req, err := http.NewRequest(http.MethodGet, ts.URL+"/health", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept", "text/plain")
		close(done)
	}()
	<-done
}

type requestTester struct {
	ts *httptest.Server
}

// The server is a field of the tester: its URL parses the same way on every run.
func TestRequestToTesterServer(t *testing.T) {
	st := &requestTester{ts: httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))}
	defer st.ts.Close()
	done := make(chan struct{})
	go func() {
		if _, err := http.NewRequest("GET", st.ts.URL, nil); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
