package rt

import (
	"testing"
	"time"
)

func TestPrintAllReturns(t *testing.T) {
	done := make(chan int, 1)
	go func() {
		n := 0
		PrintAll([]string{"a", "b"}, func(string) { n++ })
		done <- n
	}()
	select {
	case n := <-done:
		if n != 2 {
			t.Fatalf("printed %d lines, want 2", n)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("PrintAll hangs: the printer's range over ch never ends")
	}
}
