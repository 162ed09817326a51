package gl406

type dumpJob struct{ name string }

type dumpResult struct{ err error }

type dumper struct{ dir string }

func (d *dumper) dumpOne(j dumpJob) error { return nil }

// The workers are a method started with the function's channels; it sends at most one result per
// job (none for a skipped one), and the function receives one per job before it closes.
func (d *dumper) dumpAll(names []string, workers int) error {
	jobs := make(chan dumpJob, len(names))
	results := make(chan dumpResult, len(names))
	for i := 0; i < workers; i++ {
		go d.dumpJobs(jobs, results)
	}
	for _, n := range names {
		jobs <- dumpJob{name: n}
	}
	close(jobs)
	var first error
	for i := 0; i < len(names); i++ {
		r := <-results
		if r.err != nil && first == nil {
			first = r.err
		}
	}
	close(results)
	return first
}

func (d *dumper) dumpJobs(jobs chan dumpJob, results chan dumpResult) {
	for j := range jobs {
		if j.name == "" {
			continue
		}
		if err := d.dumpOne(j); err != nil {
			results <- dumpResult{err: err}
			continue
		}
		results <- dumpResult{}
	}
}
