package gl202

import (
	"errors"
	"sync"
)

func process(n int) error {
	if n > 10 {
		return errors.New("too big")
	}
	return nil
}

func earlyReturn(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				return // want `goroutine returns here without calling wg.Done\(\): wg.Wait\(\) blocks forever`
			}
			println(it)
			wg.Done()
		}(it)
	}
	wg.Wait()
}

type server struct {
	wg sync.WaitGroup
}

func (s *server) start(jobs []int) {
	s.wg.Add(len(jobs))
	for _, j := range jobs {
		go func(j int) {
			if err := process(j); err != nil {
				return // want `goroutine returns here without calling s.wg.Done\(\)`
			}
			s.wg.Done()
		}(j)
	}
}

type pool2 struct{ group sync.WaitGroup }

func (p *pool2) finish() { p.group.Done() }

// Done through a helper, skipped on one path.
func (p *pool2) run(n int) {
	p.group.Add(1)
	go func() {
		if n < 0 {
			return // want `goroutine returns here without calling p.group.Done\(\)`
		}
		p.finish()
	}()
	p.group.Wait()
}
