package gl207

import "sync"

type batch struct {
	wg sync.WaitGroup
}

func (b *batch) finish() { b.wg.Done() }

// Done through a method, deferred, and once more directly on the error path.
func (b *batch) run(jobs []func() error) {
	for _, j := range jobs {
		b.wg.Add(1)
		go func(j func() error) {
			defer b.finish()
			if j() != nil {
				b.wg.Done() // want `b\.wg\.Done\(\) runs twice on this path`
			}
		}(j)
	}
	b.wg.Wait()
}
