package rt

import "sync"

// FirstDone returns when the first of n workers has finished.
func FirstDone(n int) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			close(done) // want `close\(done\) can run twice: the second close panics`
		}()
	}
	<-done
	wg.Wait()
}
