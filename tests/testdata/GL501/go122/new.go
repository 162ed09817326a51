package gl501new

func process(s string) {}

// Go 1.22: each iteration has its own job.
func each(jobs []string) {
	for _, job := range jobs {
		go func() {
			process(job)
		}()
	}
}
