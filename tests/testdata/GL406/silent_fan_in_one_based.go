package gl406

func copyOne(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func copyWorker(jobs <-chan int, results chan<- string) {
	for n := range jobs {
		results <- copyOne(n)
	}
}

// Files are counted from 1: the feeding loop and the receiving loop both run noOfFiles turns, so
// every result has been taken when results is closed.
func copyAll(noOfFiles, noOfWorkers int) []string {
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
	for i := 1; i <= noOfFiles; i++ {
		r := <-results
		got = append(got, r)
	}
	close(results)
	return got
}
