package gl505

import (
	"net"
	"net/http"
	"testing"
)

// The Dial's err, tested after a statement that does not name it, is the Dial's: it can fail.
func TestDialThenRequest(t *testing.T) {
	done := make(chan string)
	go func() {
		conn, err := net.Dial("tcp", "127.0.0.1:8080")
		defer conn.Close()
		if err != nil {
			t.Fatalf("dial: %v", err) // want `t\.Fatalf in a goroutine ends only this goroutine: the test then hangs.*net\.Dial`
		}
		req, err := http.NewRequest("GET", "http://example/example", nil)
		if err != nil {
			t.Fatalf("request: %v", err)
		}
		done <- req.Method
	}()
	<-done
}
