package gl201

import "sync"

type dialer struct {
	wg   sync.WaitGroup
	reqs chan int
}

func newDialer(reqs chan int) *dialer { return &dialer{reqs: reqs} }

// loop counts itself first; the starter hands it the channel it then sends on, unbuffered: the send
// completes only once a receiver took it, and loop may be that receiver, after its Add.
func (d *dialer) loop() {
	d.wg.Add(1)
	defer d.wg.Done()
	for r := range d.reqs {
		_ = r
	}
}

func dialOnce() {
	reqs := make(chan int)
	d := newDialer(reqs)
	go d.loop()
	reqs <- 1
	close(reqs)
	d.wg.Wait()
}

func dialDeferred() {
	reqs := make(chan int)
	d := newDialer(reqs)
	go d.loop()
	defer d.wg.Wait()
	defer close(reqs)
	reqs <- 1
}

func dialField() {
	d := &dialer{reqs: make(chan int)}
	go d.loop()
	d.reqs <- 1
	close(d.reqs)
	d.wg.Wait()
}
