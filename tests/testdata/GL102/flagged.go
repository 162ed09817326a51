package gl102

func work(n int) int { return n * 2 }

func sum(jobs []int) int {
	results := make(chan int)
	go func() {
		for _, j := range jobs {
			results <- work(j)
		}
	}()
	total := 0
	for r := range results { // want `range over results never ends: nothing closes it`
		total += r
	}
	return total
}

func consumer(lines []string, done chan<- int) {
	ch := make(chan string)
	go func() {
		n := 0
		for l := range ch { // want `range over ch never ends: nothing closes it`
			n += len(l)
		}
		done <- n
	}()
	for _, l := range lines {
		ch <- l
	}
}

func numbers(n int) <-chan int {
	ch := make(chan int)
	go func() { // want `nothing closes ch, but callers range over numbers\(\)`
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func useNumbers() (t int) {
	for v := range numbers(3) {
		t += v
	}
	return t
}
