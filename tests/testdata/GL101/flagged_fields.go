package gl101

type Tracker struct {
	updates chan int
}

func NewTracker() *Tracker {
	t := &Tracker{updates: make(chan int)}
	go t.produce()
	return t
}

func (t *Tracker) produce() {
	go func() {
		t.updates <- 1 // want `goroutine blocks forever sending on t\.updates`
	}()
}

// A field channel this method makes and alone receives from: an early return abandons the sender.
type Summer struct {
	results chan int
}

func (s *Summer) Sum(n int) int {
	s.results = make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			s.results <- i // want `goroutine blocks forever sending on s\.results\. Unbuffered channel: when the receive loop returns early`
		}
	}()
	total := 0
	for i := 0; i < n; i++ {
		v := <-s.results
		if v > 100 {
			return -1
		}
		total += v
	}
	return total
}

// The same, with the sender a method started as the goroutine's body.
type Totaler struct {
	parts chan int
}

func (t *Totaler) emit(n int) {
	for i := 0; i < n; i++ {
		t.parts <- i
	}
}

func (t *Totaler) Total(n int) int {
	t.parts = make(chan int)
	go t.emit(n) // want `goroutine blocks forever sending on t\.parts\. Unbuffered channel: when the receive loop returns early`
	total := 0
	for i := 0; i < n; i++ {
		v := <-t.parts
		if v > 100 {
			return -1
		}
		total += v
	}
	return total
}
