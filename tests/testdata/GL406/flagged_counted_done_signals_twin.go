package gl406

import "fmt"

// One done fewer than the readers started: the last reader may still be sending when errs closes.
func concurrentReadsShort(n int) []string {
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
	for i := 1; i < n; i++ {
		<-done
	}
	close(errs) // want `close\(errs\) by its receiver while its sender keeps sending` `close\(errs\) while a goroutine may still send on it`
	var out []string
	for e := range errs {
		out = append(out, e)
	}
	return out
}
