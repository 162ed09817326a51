package gl401

type part struct{ body string }

func fetchPart(p part) error { return nil }

// A goroutine feeds one index per part; the workers send one result per index they take; the function
// receives one result per part before it closes the index channel: each result needed an index taken,
// so every send of the feeder has completed.
func fetchParts(parts []part, workers int) []error {
	reqChan := make(chan int)
	resChan := make(chan error)
	for w := 0; w < workers; w++ {
		go func() {
			for i := range reqChan {
				resChan <- fetchPart(parts[i])
			}
		}()
	}
	go func() {
		for i := range parts {
			reqChan <- i
		}
	}()
	var errs []error
	for range parts {
		if err := <-resChan; err != nil {
			errs = append(errs, err)
		}
	}
	close(reqChan)
	return errs
}
