package gl402

import "sync"

func fillRound(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
}

// The first round's channel is closed before the goroutine starts; the goroutine makes
// the channel anew and closes that one.
func twoRounds() int {
	var wg sync.WaitGroup
	total := 0
	results := make(chan int, 10)
	fillRound(3, results)
	close(results)
	total += len(results)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results = make(chan int, 10)
		fillRound(2, results)
		close(results)
	}()
	wg.Wait()
	total += len(results)
	return total
}
