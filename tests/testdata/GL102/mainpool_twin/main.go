package main

import (
	"bufio"
	"fmt"
	"os"
)

func worker(jobs chan string, done chan struct{}) {
	for j := range jobs {
		fmt.Println(j)
		done <- struct{}{}
	}
}

// The twin of mainpool: main starts a worker per line it reads, as long as input comes, and never
// closes their channel: the parked workers accumulate while the program runs.
func main() {
	jobs := make(chan string)
	done := make(chan struct{})
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		go worker(jobs, done) // want `range over jobs never ends`
		jobs <- sc.Text()
		<-done
	}
}
