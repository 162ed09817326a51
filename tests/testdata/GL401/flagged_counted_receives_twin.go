package gl401

// The second loop ranges over other slices: it may take fewer errors than there are
// goroutines (none when it is empty), and a late value send meets the closed channel.
func lookupSome(reqs, wanted []int) ([]int, error) {
	errCh := make(chan error, len(reqs))
	valCh := make(chan int, len(reqs))
	for _, r := range reqs {
		go func(r int) {
			v, err := lookupOne(r)
			if err == nil {
				valCh <- v
			}
			errCh <- err
		}(r)
	}
	var first error
	for range wanted {
		if err := <-errCh; err != nil && first == nil {
			first = err
		}
	}
	close(valCh) // want "close\\(valCh\\) while a goroutine may still send"
	out := make([]int, 0, len(reqs))
	for v := range valCh {
		out = append(out, v)
	}
	return out, first
}

func lookupPair(i int, vals chan<- int, errs chan<- error) {
	vals <- i
	errs <- nil
}

// lookupPairs starts two goroutines per turn but takes one error per turn: half of them may still
// send their value after the close.
func lookupPairs(n int) []int {
	vals := make(chan int, 2*n)
	errs := make(chan error)
	for i := 0; i < n; i++ {
		go lookupPair(i, vals, errs)
		go lookupPair(-i, vals, errs)
	}
	for i := 0; i < n; i++ {
		<-errs
	}
	close(vals) // want "close\\(vals\\) while a goroutine may still send"
	out := make([]int, 0, 2*n)
	for v := range vals {
		out = append(out, v)
	}
	return out
}
