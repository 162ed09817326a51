package rt

import (
	"testing"
	"time"
)

func TestFirst(t *testing.T) {
	if got := First(1, 2); got != 1 {
		t.Fatalf("First = %d", got)
	}
	time.Sleep(200 * time.Millisecond) // the producer's second send runs meanwhile
}
