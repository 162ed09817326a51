package gl203

import "sync"

type relay struct{ ch chan int }

func (r *relay) put(v int) { r.ch <- v }
func (r *relay) take() int { return <-r.ch }

func pushAll(wg *sync.WaitGroup, r *relay, n int) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		r.put(i)
	}
}

func drainAll(wg *sync.WaitGroup, r *relay, n int) {
	for i := 0; i < n; i++ {
		_ = r.take()
	}
	wg.Done()
}

// Three counts: two goroutines, and the function itself, which calls a
// helper that pays the third on every path.
func relayAll(r *relay, n int) {
	wg := new(sync.WaitGroup)
	wg.Add(3)
	go pushAll(wg, r, n)
	go pushAll(wg, r, n)
	drainAll(wg, r, 2*n)
	wg.Wait()
}

// ackEach calls Done once per result it receives: it pays as many counts as
// results come, not one per goroutine.
func ackEach(results <-chan int, quit <-chan struct{}, wg *sync.WaitGroup) {
	for {
		select {
		case <-results:
			wg.Done()
		case <-quit:
			return
		}
	}
}

func twoResults(results chan int, quit chan struct{}) {
	var wg sync.WaitGroup
	wg.Add(2)
	go ackEach(results, quit, &wg)
	results <- 1
	results <- 2
	wg.Wait()
}

// wg.Go adds its own count and pays it: with the goroutine before it, the two
// counts of the group are each paid once.
func goAlongside(work func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		work()
	}()
	wg.Go(work)
	wg.Wait()
}
