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
