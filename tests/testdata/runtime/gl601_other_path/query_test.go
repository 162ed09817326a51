package rt

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// requestCtx is a context of its own type, as many frameworks have: WithTimeout on it starts a
// goroutine that waits for the parent or the child to be done.
type requestCtx struct {
	context.Context
	done chan struct{}
}

func (r requestCtx) Done() <-chan struct{} { return r.done }

func TestQueryDoesNotLeak(t *testing.T) {
	parent := requestCtx{context.Background(), make(chan struct{})}
	before := runtime.NumGoroutine()
	for i := 0; i < 50; i++ {
		if err := Query(parent, i%2 == 0); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if leaked := runtime.NumGoroutine() - before; leaked > 5 {
		t.Fatalf("%d goroutines leaked", leaked)
	}
}
