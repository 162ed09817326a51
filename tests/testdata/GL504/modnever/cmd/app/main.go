package main

import (
	"fmt"
	"sync"

	"example.com/modnever/internal/stats"
)

func main() {
	var s stats.Summary
	var wg sync.WaitGroup
	for _, q := range []string{"a", "b"} {
		wg.Add(1)
		go func(q string) {
			defer wg.Done()
			s.AddQuery(q)
		}(q)
	}
	wg.Wait()
	fmt.Println(s.Report())
}
