package gl101

type Stream struct {
	out chan int
	Log chan string
}

func NewStream() *Stream {
	s := &Stream{out: make(chan int), Log: make(chan string)}
	go s.produce()
	return s
}

func (s *Stream) produce() {
	go func() { s.out <- 1 }()
	go func() { s.Log <- "exported: read by other packages" }()
}

func (s *Stream) Next() int { return <-s.out }

// Another method drains the field too: the early return does not leave the sender alone.
type Adder struct {
	values chan int
}

func (a *Adder) Add(n int) int {
	a.values = make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			a.values <- i
		}
	}()
	total := 0
	for i := 0; i < n; i++ {
		v := <-a.values
		if v > 100 {
			return -1
		}
		total += v
	}
	return total
}

func (a *Adder) Drain() {
	for range a.values {
	}
}

// The named sender selects on a quit channel the receiver closes when it returns early.
type Counter struct {
	ticks chan int
	quit  chan struct{}
}

func (c *Counter) emit(n int) {
	for i := 0; i < n; i++ {
		select {
		case c.ticks <- i:
		case <-c.quit:
			return
		}
	}
}

func (c *Counter) Count(n int) int {
	c.ticks = make(chan int)
	c.quit = make(chan struct{})
	defer close(c.quit)
	go c.emit(n)
	total := 0
	for i := 0; i < n; i++ {
		v := <-c.ticks
		if v > 100 {
			return -1
		}
		total += v
	}
	return total
}
