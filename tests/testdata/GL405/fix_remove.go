package gl405

func relay(in <-chan int, out chan<- int, quit <-chan struct{}) {
	for {
		select {
		case v := <-in:
			out <- v
		case <-quit:
			return
		default: // want `empty default`
			// nothing to do yet
		}
	}
}
