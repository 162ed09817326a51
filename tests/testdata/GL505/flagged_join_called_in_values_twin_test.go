package gl505

import (
	"os"
	"sync"
	"testing"
)

// The twin of silent_join_called_in_values_test.go: a caller may stop the test
// before it calls the join, and the goroutine's report then comes after the test.
func statAsync(t *testing.T, name string) func() int64 {
	var wg sync.WaitGroup
	var size int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		fi, err := os.Stat(name)
		if err != nil {
			t.Errorf("stat %s: %v", name, err) // want `t\.Errorf may run after the test returns`
			return
		}
		size = fi.Size()
	}()
	return func() int64 { wg.Wait(); return size }
}

func TestStatBoth(t *testing.T) {
	getA := statAsync(t, "a.txt")
	if _, err := os.Stat("b.txt"); err != nil {
		t.Fatal(err)
	}
	getB := statAsync(t, "b.txt")
	a, b := getA(), getB()
	if a != b {
		t.Errorf("sizes differ: %d, %d", a, b)
	}
}
