package rt

import "sync"

// PrintAll hands each line to a printer goroutine and waits for it to finish.
func PrintAll(lines []string, print func(string)) {
	var wg sync.WaitGroup
	ch := make(chan string)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for l := range ch { // want `range over ch never ends`
			print(l)
		}
	}()
	for _, l := range lines {
		ch <- l
	}
	wg.Wait()
}
