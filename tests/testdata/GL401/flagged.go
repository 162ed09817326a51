package gl401

import "sync"

func work(i int) int { return i * 2 }

func samePath() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	ch <- 2 // want `send on ch after close\(ch\): this send panics`
}

func closesTooEarly(n int) []int {
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			results <- work(i)
		}(i)
	}
	close(results) // want `close\(results\) while a goroutine it started may still send on results`
	var out []int
	for r := range results {
		out = append(out, r)
	}
	return out
}

func waitsTheWrongOne(n int) {
	var wg sync.WaitGroup
	done := make(chan struct{}, 1)
	go func() {
		done <- struct{}{}
	}()
	close(done) // want `close\(done\) while a goroutine it started`
	wg.Wait()
}
