package gl102

import "sync"

func printAll(lines []string) {
	var wg sync.WaitGroup
	ch := make(chan string)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for l := range ch { // want `range over ch never ends`
			println(l)
		}
	}()
	for _, l := range lines {
		ch <- l
	}
	wg.Wait()
}
