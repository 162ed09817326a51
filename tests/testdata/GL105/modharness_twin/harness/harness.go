// Package harness drives candidates through an election in the integration tests beside it; the tool
// program runs it too, for every candidate it watches.
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
		case <-time.After(12 * time.Second): // want `time\.After in this loop starts a new timer every iteration`
			return seen
		}
	}
}
