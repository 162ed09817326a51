package gl505

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// A report under a comparison of values the code computed from the test's own inputs fails on
// every run alike or on none: silent, stopping or late.
func TestValueComparedInGoroutine(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		got := strings.ToUpper("a")
		if got != "A" {
			t.Fatalf("got %q", got)
		}
		parts := strings.Split("a,b", ",")
		if !reflect.DeepEqual(parts, []string{"a", "b"}) {
			t.Fatalf("parts %v", parts)
		}
	}()
	<-done
}

func TestValueComparedLate(t *testing.T) {
	go func() {
		id := fmt.Sprint(1)
		if id == "" {
			t.Errorf("empty id")
		}
	}()
}
