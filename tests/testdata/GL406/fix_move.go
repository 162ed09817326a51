package gl406

import "fmt"

func sum(values []int) int {
	ch := make(chan int, len(values))
	go func() {
		for _, v := range values {
			ch <- v
		}
	}()
	total := 0
	for i := 0; i < len(values); i++ {
		total += <-ch
	}
	close(ch) // want `close\(ch\) by its receiver`
	fmt.Println(total)
	return total
}
