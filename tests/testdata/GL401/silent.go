package gl401

import "sync"

func waited(n int) []int {
	results := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- work(i)
		}(i)
	}
	wg.Wait()
	close(results)
	var out []int
	for r := range results {
		out = append(out, r)
	}
	return out
}

func closerGoroutine(n int) {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- work(i)
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for range results {
	}
}

func remade() {
	ch := make(chan int, 1)
	close(ch)
	ch = make(chan int, 1)
	ch <- 1
}

func branches(fail bool) {
	ch := make(chan int, 1)
	if fail {
		close(ch)
	} else {
		ch <- 1
	}
}

func senderCloses() {
	ch := make(chan int)
	go func() {
		defer close(ch)
		ch <- 1
	}()
	for range ch {
	}
}

func receivedFirst() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	<-ch
	close(ch)
}
