package gl505

import (
	"net"
	"net/http"
	"testing"
)

// The err tested is the one http.NewRequest gave it (a short declaration that gives the err declared by
// the Dial above a new value): a request to a constant URL cannot fail. The Dial's own check is in the
// twin.
func TestRequestAfterDial(t *testing.T) {
	conn, err := net.Dial("tcp", "127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	go func() {
		req, err := http.NewRequest("GET", "http://example/example", nil)
		if err != nil {
			t.Fatalf("request: %v", err)
		}
		req.Header.Set("X-Test", "1")
		done <- req.Method
	}()
	<-done
	go func() {
		var b []byte
		n, err := conn.Read(b)
		_ = n
		req, err := http.NewRequest("GET", "http://example/example", nil)
		req.Header.Set("X-Test", "1")
		if err != nil {
			t.Fatalf("request: %v", err)
		}
		done <- req.Method
	}()
	<-done
}
