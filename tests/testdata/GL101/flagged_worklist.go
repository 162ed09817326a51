package gl101

// The same worklist, but the parent never receives on any item's end channel: each goroutine blocks on
// its last send.
type job struct {
	start, end chan bool
}

func runJobs(jobs []*job) {
	for _, j := range jobs {
		j.start = make(chan bool)
		j.end = make(chan bool)
		go func(j *job) {
			<-j.start
			j.end <- true // want `goroutine blocks forever sending on j\.end`
		}(j)
	}
	for _, j := range jobs {
		j.start <- true
	}
}
