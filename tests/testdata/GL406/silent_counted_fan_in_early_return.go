package gl406

type fetchReq struct{ id int }

func fetchOne(r fetchReq) error { return nil }

// The function receives one result per request, the count kept in a local given len(reqs), and
// returns at the first error: that return leaves without reaching the close, and the close runs only
// after as many receives as there were requests, each worker sending once per request.
func fetchAll(reqs []fetchReq, workers int) error {
	numReqs := len(reqs)
	jobs := make(chan fetchReq, numReqs)
	results := make(chan error, numReqs)
	for i := 0; i < workers; i++ {
		go func() {
			for r := range jobs {
				results <- fetchOne(r)
			}
		}()
	}
	for _, r := range reqs {
		jobs <- r
	}
	close(jobs)
	for i := 0; i < numReqs; i++ {
		if err := <-results; err != nil {
			return err
		}
	}
	close(results)
	return nil
}
