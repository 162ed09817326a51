package gl504

import "sync/atomic"

// The same double, but package code reads its count too, while fetches may
// still run: that read races with the atomic adds.
type fakeLoader struct {
	loads int64
}

func (f *fakeLoader) Load(key string) string {
	atomic.AddInt64(&f.loads, 1)
	return key
}

func (f *fakeLoader) Loads() int {
	return int(f.loads) // want `f\.loads is accessed with sync/atomic elsewhere but plainly here`
}

func loadAll(f *fakeLoader, keys []string) int {
	done := make(chan struct{})
	for _, k := range keys {
		go func(k string) {
			f.Load(k)
			done <- struct{}{}
		}(k)
	}
	n := f.Loads()
	for range keys {
		<-done
	}
	return n
}
