package gl505

import (
	"sync"
	"testing"
)

func TestErrorInGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := serve(); err != nil {
			t.Error(err)
			return
		}
	}()
	wg.Wait()
}

func TestFatalInTest(t *testing.T) {
	if err := serve(); err != nil {
		t.Fatal(err)
	}
	t.Run("sub", func(t *testing.T) {
		t.Fatal("fine: a subtest body runs in its own test goroutine")
	})
}

type fataler struct{}

func (fataler) Fatal(args ...any) {}

func notTesting(t fataler) {
	go func() {
		t.Fatal("not a testing.T")
	}()
}

func TestClosureCalledInline(t *testing.T) {
	check := func() {
		t.Fatal("runs in the test goroutine")
	}
	check()
}
