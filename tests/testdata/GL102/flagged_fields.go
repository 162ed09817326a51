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
	for j := range w.jobs { // want `range over w.jobs never ends: nothing in the package closes Worker.jobs`
		println(j)
	}
}

func (w *Worker) Submit(j int) { w.jobs <- j }

func (w *Worker) Stop() { close(w.done) }
