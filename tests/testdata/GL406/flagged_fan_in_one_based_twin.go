package gl406

// The twin: the receiving loop stops one short (1 to noOfFiles-1), so a worker may still send the
// last result when results is closed.
func copyAllButOne(noOfFiles, noOfWorkers int) []string {
	jobs := make(chan int, noOfFiles)
	results := make(chan string, noOfFiles)
	for w := 1; w <= noOfWorkers; w++ {
		go copyWorker(jobs, results)
	}
	for i := 1; i <= noOfFiles; i++ {
		jobs <- i
	}
	close(jobs)
	var got []string
	for i := 1; i < noOfFiles; i++ {
		r := <-results
		got = append(got, r)
	}
	close(results) // want "close\\(results\\) by its receiver"
	return got
}
