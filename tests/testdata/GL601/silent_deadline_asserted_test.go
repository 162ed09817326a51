package gl601

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"
)

// The test fails unless the dial ran out of time: on every passing run the 10 ms deadline has passed,
// the timer fired and the context let go of what it held.
func TestDialTimesOut(t *testing.T) {
	ctx, _ := context.WithTimeout(context.Background(), 10*time.Millisecond)
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", "10.255.255.1:80")
	if err == nil {
		conn.Close()
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("expected context.DeadlineExceeded, got %v", err)
	}
}
