package gl504

import (
	"sync"
	"testing"
)

func TestFakeFetcherCalls(t *testing.T) {
	f := &fakeFetcher{pages: map[string]string{"a": "A"}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.Fetch("a")
		}()
	}
	wg.Wait()
	if f.Calls() != 4 {
		t.Fatal(f.Calls())
	}
}
