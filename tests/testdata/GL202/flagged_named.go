package gl202

import "sync"

func worker(jobs <-chan int, wg *sync.WaitGroup) {
	j, ok := <-jobs
	if !ok {
		return
	}
	_ = j
	wg.Done()
}

func RunWorkers(jobs chan int, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(jobs, &wg) // want `goroutine worker can return without calling wg\.Done\(\)`
	}
	wg.Wait()
}

type Pool struct {
	wg    sync.WaitGroup
	tasks chan func()
}

func (p *Pool) run() {
	t := <-p.tasks
	if t == nil {
		return
	}
	t()
	p.wg.Done()
}

func (p *Pool) Start() {
	p.wg.Add(1)
	go p.run() // want `goroutine run can return without calling p\.wg\.Done\(\)`
	p.wg.Wait()
}
