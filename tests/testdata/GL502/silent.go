package gl502

import (
	"sync"
	"sync/atomic"
)

func locked(files []string) error {
	var (
		mu  sync.Mutex
		err error
		wg  sync.WaitGroup
	)
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			if e := upload(f); e != nil {
				mu.Lock()
				err = e
				mu.Unlock()
			}
		}(f)
	}
	wg.Wait()
	return err
}

func deferredUnlock(items []int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += it
		}(it)
	}
	wg.Wait()
	return total
}

func joinedOnce() error {
	var err error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		err = upload("x")
	}()
	wg.Wait()
	return err
}

func joinedByChannel() (string, error) {
	var res string
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		res, err = "r", upload("y")
	}()
	<-done
	return res, err
}

func perIndex(items []int) []int {
	out := make([]int, len(items))
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		go func(i, it int) {
			defer wg.Done()
			out[i] = it * 2
		}(i, it)
	}
	wg.Wait()
	return out
}

func atomics(items []int) int64 {
	var n int64
	var wg sync.WaitGroup
	for range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 1)
		}()
	}
	wg.Wait()
	return n
}

func writtenBefore() {
	msg := "hello"
	msg = msg + "!"
	go func() {
		println(msg)
	}()
}

func localInGoroutine(files []string) {
	for _, f := range files {
		go func(f string) {
			err := upload(f)
			if err != nil {
				err = nil
			}
			_ = err
		}(f)
	}
}

func waitsEachIteration(files []string) error {
	var err error
	for _, f := range files {
		done := make(chan bool)
		go func(f string) {
			err = upload(f)
			done <- true
		}(f)
		<-done
	}
	return err
}

// The test is skipped before the goroutines start.
func skippedRace(t interface{ Skip(...any) }) int {
	t.Skip("flaky")
	n := 0
	go func() { n++ }()
	n++
	return n
}
