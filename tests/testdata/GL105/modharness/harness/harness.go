// Package harness drives candidates through an election in the integration tests beside it; no
// program of the module imports it, so its loops run only while a test runs.
package harness

import "time"

// Candidate reports its status changes.
type Candidate struct {
	Status chan string
	Done   chan struct{}
}

// Await waits for each status of the candidate, giving up after a while each time.
func Await(c *Candidate) []string {
	var seen []string
	for {
		select {
		case s := <-c.Status:
			seen = append(seen, s)
		case <-c.Done:
			return seen
		case <-time.After(12 * time.Second):
			return seen
		}
	}
}
