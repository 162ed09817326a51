package gl406

type pushReq struct{ id int }

func pushOne(r pushReq) error { return nil }

// The count is lowered before the receive loop: fewer receives than the workers' sends.
func pushAll(reqs []pushReq, workers int) {
	numReqs := len(reqs)
	jobs := make(chan pushReq, numReqs)
	results := make(chan error, numReqs)
	for i := 0; i < workers; i++ {
		go func() {
			for r := range jobs {
				results <- pushOne(r)
			}
		}()
	}
	for _, r := range reqs {
		jobs <- r
	}
	close(jobs)
	numReqs--
	for i := 0; i < numReqs; i++ {
		<-results
	}
	close(results) // want `close\(results\) by its receiver while its sender keeps sending`
}
