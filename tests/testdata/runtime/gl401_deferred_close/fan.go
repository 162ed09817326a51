package rt

func fanOut(jobs []int) <-chan int {
	out := make(chan int)
	defer close(out) // want `deferred close\(out\) runs at return`
	for _, j := range jobs {
		go func(j int) { out <- j * 2 }(j)
	}
	return out
}
