package gl501

import "fmt"

func fetchAll(urls []string, n int) {
	for i := 0; i < n; i++ {
		go func() {
			fmt.Println(i) // want `captures loop variable i`
		}()
	}
	for _, u := range urls {
		go func(prefix string) {
			fmt.Println(prefix, u) // want `captures loop variable u`
		}("get")
	}
}
