package gl201

import "sync"

type pool struct{ wg sync.WaitGroup }

func (p *pool) run(jobs []func()) {
	for _, j := range jobs {
		go func(j func()) {
			p.wg.Add(1) // want `p.wg.Add runs inside the goroutine`
			defer p.wg.Done()
			j()
		}(j)
	}
	p.wg.Wait()
}
