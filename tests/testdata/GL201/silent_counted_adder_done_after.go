package gl201

import (
	"fmt"
	"sync"
)

// follow counts its reader before it gives back its own count, at its end.
func follow(lines chan string, done chan struct{}, wg *sync.WaitGroup) {
	if lines == nil {
		fmt.Println("nothing to follow")
		return
	}
	wg.Add(1)
	go func() {
		for l := range lines {
			fmt.Println(l)
		}
		wg.Done()
	}()
	<-done
	close(lines)
	wg.Done()
}

func RunFollowed(lines chan string, done chan struct{}) {
	var wg sync.WaitGroup
	wg.Add(1)
	go follow(lines, done, &wg)
	wg.Wait()
}
