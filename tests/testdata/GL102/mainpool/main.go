package main

import (
	"fmt"
	"runtime"
)

type job struct {
	name string
	done chan struct{}
}

func worker(jobs chan *job) {
	for j := range jobs {
		fmt.Println(j.name)
		close(j.done)
	}
}

// A pool main starts a fixed number of times on one channel, never closed: the workers park after the
// last job and end with the process when main returns.
func main() {
	names := []string{"a", "b", "c"}
	jobs := make(chan *job, len(names))
	var all []*job
	for _, n := range names {
		j := &job{name: n, done: make(chan struct{})}
		all = append(all, j)
		jobs <- j
	}
	for range runtime.GOMAXPROCS(0) {
		go worker(jobs)
	}
	for _, j := range all {
		<-j.done
	}
}
