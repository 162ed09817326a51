package gl501

import "fmt"

type Item struct{ ID int }

func items() []Item { return nil }

func show() {
	for _, it := range items() {
		go func() {
			fmt.Println(it.ID) // want `captures loop variable it`
		}()
	}
}
