package main

import (
	"fmt"

	"example.com/modharness_twin/harness"
)

func main() {
	c := &harness.Candidate{Status: make(chan string), Done: make(chan struct{})}
	fmt.Println(harness.Await(c))
}
