package gl505

import (
	"errors"
	"sync"
	"testing"
)

type quotaArena struct{ size, limit int }

// Malloc sets its named error result before the bare return: it fails past the limit, on every run
// alike (one goroutine, the test's own sizes). Silent.
func (a *quotaArena) Malloc(n int) (buf []byte, err error) {
	if a.size+n > a.limit {
		err = errors.New("over quota")
		return
	}
	a.size += n
	return make([]byte, n), nil
}

func mustNoErr(t *testing.T, v interface{}) {
	t.Helper()
	if v != nil {
		t.Fatal("unexpected:", v)
	}
}

func TestQuotaArena(t *testing.T) {
	a := &quotaArena{limit: 8}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := a.Malloc(16)
		mustNoErr(t, err)
		wg.Done()
	}()
	wg.Wait()
}
