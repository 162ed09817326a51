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
