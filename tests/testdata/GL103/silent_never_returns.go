package gl103

import "fmt"

type profiler struct {
	entries chan int
	pause   chan bool
}

func (p *profiler) count() {
	seen := 0
	for {
		select {
		case <-p.entries:
			seen++
		case <-p.pause:
			fmt.Println(seen)
		}
	}
}

// watch never returns once it started the counter: the goroutine cannot outlive it.
func watch(p *profiler) {
	go p.count()
	go func() {
		for {
			p.entries <- 1
		}
	}()
	var input string
	for {
		_, _ = fmt.Scanln(&input)
		p.pause <- true
	}
}
