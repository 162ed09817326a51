package gl202

import "sync"

func deferred(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			if it < 0 {
				return
			}
			println(it)
		}(it)
	}
	wg.Wait()
}

func deferredClosure(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items))
	for _, it := range items {
		go func(it int) {
			defer func() {
				wg.Done()
			}()
			if it < 0 {
				return
			}
		}(it)
	}
	wg.Wait()
}

func doneBeforeReturn(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				wg.Done()
				return
			}
			println(it)
			wg.Done()
		}(it)
	}
	wg.Wait()
}

type pool struct{ group sync.WaitGroup }

func (p *pool) finish() { p.group.Done() }

// Done through a helper method on every path.
func (p *pool) run(n int) {
	p.group.Add(1)
	go func() {
		if n < 0 {
			p.finish()
			return
		}
		p.finish()
	}()
}

// A panic without recover ends the process: nobody is left waiting.
func (p *pool) mustRun(n int) {
	p.group.Add(1)
	go func() {
		if n < 0 {
			panic("negative")
		}
		p.group.Done()
	}()
}

// Done through a method value and a deferred closure.
func (p *pool) viaValue(n int) {
	done := p.group.Done
	p.group.Add(2)
	go func() {
		defer done()
		if n < 0 {
			return
		}
	}()
	go func() {
		defer func() { p.finish() }()
		if n < 0 {
			return
		}
	}()
	p.group.Wait()
}

// A return inside a nested closure does not leave the goroutine.
func nestedClosure(items []int) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		f := func(n int) int {
			if n < 0 {
				return 0
			}
			return n
		}
		println(f(len(items)))
		wg.Done()
	}()
	wg.Wait()
}

// Not counted by an Add in this function.
func notCounted(wg *sync.WaitGroup) {
	go func() {
		if wg == nil {
			return
		}
		wg.Done()
	}()
}

// Each worker counts itself; a worker may start another, which counts itself too (or returns
// before counting anything).
type pool struct {
	wg   sync.WaitGroup
	jobs chan int
}

func (p *pool) worker(main bool) {
	if p.jobs == nil {
		return
	}
	p.wg.Add(1)
	defer p.wg.Done()
	if main {
		go p.worker(false)
	}
	for range p.jobs {
	}
}

// A deferred method value pays every path, beside an explicit Done before a wait of its own.
func deferredValue(jobs []func() error, ready chan<- struct{}) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j func() error) {
			finish := wg.Done
			defer finish()
			if err := j(); err != nil {
				return
			}
			ready <- struct{}{}
		}(j)
	}
	wg.Wait()
}
