package gl601

import (
	"context"
	"net"
	"testing"
	"time"
)

// The test passes when the dial succeeds before the deadline: the timer then runs on for its minute.
func TestDialInTime(t *testing.T) {
	ctx, _ := context.WithTimeout(context.Background(), time.Minute) // want `the cancel func of context.WithTimeout is discarded`
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", "127.0.0.1:80")
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	conn.Close()
}
