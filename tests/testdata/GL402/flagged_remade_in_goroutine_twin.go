package gl402

import "sync"

// The goroutine makes the channel anew after the function closed the old one, but the
// function closes it again while the goroutine may already have closed the new one.
func twoRoundsRacing() {
	var wg sync.WaitGroup
	batch := make(chan int, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		batch = make(chan int, 10) // want `data race on batch`
		fillRound(2, batch)
		close(batch)
	}()
	close(batch) // want `close\(batch\) can run twice`
	wg.Wait()
}
