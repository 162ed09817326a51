package gl501

import "sync"

func passed(jobs []string) {
	for _, job := range jobs {
		go func(job string) {
			process(job)
		}(job)
	}
}

func copied(jobs []string) {
	for _, job := range jobs {
		job := job
		go func() {
			process(job)
		}()
	}
}

func waitsEachIteration(jobs []string) {
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			process(job)
		}()
		wg.Wait()
	}
}

func firstOnly(jobs []string) {
	for _, job := range jobs {
		go func() {
			process(job)
		}()
		break
	}
}

func notLoopVar(jobs []string) {
	last := ""
	for _, job := range jobs {
		last = job
	}
	go func() {
		process(last)
	}()
}

func innerLoop(jobs []string) {
	go func() {
		for _, job := range jobs {
			process(job)
		}
	}()
}

// Each outer iteration waits for its p goroutines (one receive each) before the loop moves on.
func hammer(funcs []func(*int), p int) {
	for _, f := range funcs {
		c := make(chan int)
		var v int
		for i := 0; i < p; i++ {
			go func() {
				f(&v)
				c <- 1
			}()
		}
		for i := 0; i < p; i++ {
			<-c
		}
	}
}
