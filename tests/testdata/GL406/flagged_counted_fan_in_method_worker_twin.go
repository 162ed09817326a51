package gl406

type copyJob struct{ name string }

type copyResult struct{ err error }

type copier struct{ dir string }

func (c *copier) copyOne(j copyJob) error { return nil }

// The method sends a progress value and then a result for each job: two sends per job against one
// receive per job before the close.
func (c *copier) copyAll(names []string, workers int) {
	jobs := make(chan copyJob, len(names))
	results := make(chan copyResult, len(names))
	for i := 0; i < workers; i++ {
		go c.copyJobs(jobs, results)
	}
	for _, n := range names {
		jobs <- copyJob{name: n}
	}
	close(jobs)
	for i := 0; i < len(names); i++ {
		<-results
	}
	close(results) // want `close\(results\) by its receiver while its sender keeps sending`
}

func (c *copier) copyJobs(jobs chan copyJob, results chan copyResult) {
	for j := range jobs {
		results <- copyResult{}
		results <- copyResult{err: c.copyOne(j)}
	}
}
