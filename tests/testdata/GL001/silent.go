package gl001

func withReason() {
	ch := make(chan int)
	go func() {
		//goleash:ignore GL101 demo: the process exits right after, the leak is harmless
		ch <- compute()
	}()
}

func sameLine() {
	ch := make(chan int)
	go func() {
		ch <- compute() //goleash:ignore GL101 demo of a same-line suppression
	}()
}
