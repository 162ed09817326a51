package gl102

type Worker struct {
	jobs chan int
	done chan struct{}
}

func NewWorker() *Worker {
	w := &Worker{jobs: make(chan int), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *Worker) run() {
	for j := range w.jobs { // want `range over w\.jobs never ends: nothing in the package closes it`
		println(j)
	}
}

func (w *Worker) Submit(j int) { w.jobs <- j }

func (w *Worker) Stop() { close(w.done) }

type chore struct{ id int }

// A channel of pointers (or of slices) is a channel like any other.
type Crew struct {
	chores  chan *chore
	batches chan []int
	quit    chan struct{}
}

func NewCrew() *Crew {
	c := &Crew{chores: make(chan *chore), batches: make(chan []int), quit: make(chan struct{})}
	go c.run()
	return c
}

func (c *Crew) run() {
	for t := range c.chores { // want `range over c\.chores never ends: nothing in the package closes it`
		println(t.id)
	}
	for b := range c.batches { // want `range over c\.batches never ends: nothing in the package closes it`
		println(len(b))
	}
}

func (c *Crew) Submit(t *chore) { c.chores <- t }

func (c *Crew) SubmitBatch(b []int) { c.batches <- b }

func (c *Crew) Stop() { close(c.quit) }
