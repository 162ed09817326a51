package gl504

import "sync/atomic"

// fakeFetcher counts its calls atomically, as the code under test calls it
// from many goroutines; Calls reads the count plainly, but only the tests call
// it, once the fetches they started are over.
type fakeFetcher struct {
	calls int64
	pages map[string]string
}

func (f *fakeFetcher) Fetch(url string) string {
	atomic.AddInt64(&f.calls, 1)
	return f.pages[url]
}

func (f *fakeFetcher) Calls() int {
	return int(f.calls)
}
