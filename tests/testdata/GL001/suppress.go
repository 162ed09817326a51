package gl001

func compute() int { return 1 }

func noReason() {
	ch := make(chan int)
	go func() {
		//goleash:ignore GL101 // want `goleash:ignore needs a reason`
		ch <- compute()
	}()
}
