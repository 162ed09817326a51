package gl102

import "time"

func closedByProducer(jobs []int) int {
	results := make(chan int)
	go func() {
		defer close(results)
		for _, j := range jobs {
			results <- work(j)
		}
	}()
	total := 0
	for r := range results {
		total += r
	}
	return total
}

func closedAfterLoop(lines []string) {
	ch := make(chan string)
	done := make(chan struct{})
	go func() {
		for range ch {
		}
		close(done)
	}()
	for _, l := range lines {
		ch <- l
	}
	close(ch)
	<-done
}

func closer(ch chan int) { close(ch) }

// Handed to another function: it may close it.
func passedOn(n int) int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		closer(ch)
	}()
	t := 0
	for v := range ch {
		t += v
	}
	return t
}

// A producer that runs forever: ranging forever is the design.
func ticks() {
	ch := make(chan time.Time)
	go func() {
		for {
			ch <- time.Now()
			time.Sleep(time.Second)
		}
	}()
	for t := range ch {
		println(t.String())
	}
}

// A generator nobody ranges over in this package.
func letters() <-chan rune {
	ch := make(chan rune)
	go func() {
		for _, r := range "abc" {
			ch <- r
		}
	}()
	return ch
}
