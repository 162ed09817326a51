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
		got := strings.ToUpper("a")
		if got != "A" {
			t.Fatalf("got %q", got)
		}
		parts := strings.Split("a,b", ",")
		if !reflect.DeepEqual(parts, []string{"a", "b"}) {
			t.Fatalf("parts %v", parts)
		}
		close(done)
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

type reqCtx struct{ params map[string]string }

func (c *reqCtx) copyCtx() *reqCtx { return &reqCtx{params: map[string]string{"k": c.params["k"]}} }

// The goroutine's parameter is what its go statement hands it: a copy made from the test's values.
func TestCopiedContextCompared(t *testing.T) {
	base := &reqCtx{params: map[string]string{"k": "v"}}
	c := base.copyCtx()
	go func(rc *reqCtx) {
		if rc.params["k"] != "v" {
			t.Errorf("unexpected %q", rc.params["k"])
		}
	}(c)
}
