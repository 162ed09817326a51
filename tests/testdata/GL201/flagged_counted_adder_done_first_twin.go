package gl201

import (
	"fmt"
	"sync"
)

// echo gives back its own count before it counts its reader: the counter
// can touch zero in between.
func echo(lines chan string, wg *sync.WaitGroup) {
	if lines == nil {
		return
	}
	wg.Done()
	wg.Add(1)
	go func() {
		for l := range lines {
			fmt.Println(l)
		}
		wg.Done()
	}()
}

func RunEchoed(lines chan string) {
	var wg sync.WaitGroup
	wg.Add(1)
	go echo(lines, &wg) // want `goroutine echo calls wg\.Add after it starts`
	wg.Wait()
}
