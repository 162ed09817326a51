package gl406

import "fmt"

func readKey(k string) string { return k }

// Each reader signals done in a defer, after its last send on errs; the function takes one done per
// reader started, with the same loop, before it closes errs: every send has completed by then.
func concurrentReads(n int) []string {
	done := make(chan bool)
	errs := make(chan string, 100)
	for i := 0; i < n; i++ {
		go func(id int) {
			defer func() { done <- true }()
			for j := 0; j < 100; j++ {
				if v := readKey("k"); v != "k" {
					errs <- fmt.Sprintf("reader %d got %q", id, v)
				}
			}
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
	close(errs)
	var out []string
	for e := range errs {
		out = append(out, e)
	}
	return out
}
