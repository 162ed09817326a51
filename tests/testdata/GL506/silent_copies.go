package gl506

import "sync"

type copyOpts struct {
	ID   string
	Name string
}

func useOpts(copyOpts) {}

func runCopies(base copyOpts) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		o := base // a copy of the struct value
		o.ID = "a"
		useOpts(o)
	}()
	go func() {
		defer wg.Done()
		o := base
		o.ID = "b"
		useOpts(o)
	}()
	wg.Wait()
}
