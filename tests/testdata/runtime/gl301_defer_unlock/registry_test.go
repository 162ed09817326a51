package rt

import (
	"testing"
	"time"
)

func TestAddAfterDuplicate(t *testing.T) {
	r := NewRegistry()
	done := make(chan error, 1)
	go func() {
		_ = r.Add("a", 1)
		_ = r.Add("a", 2) // duplicate: the error path
		done <- r.Add("b", 3)
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Add deadlocks after a duplicate: the mutex was never released")
	}
}
