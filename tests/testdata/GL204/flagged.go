package gl204

import "sync"

func worker(id int, wg sync.WaitGroup) { // want `sync\.WaitGroup passed by value`
	defer wg.Done()
	println(id)
}
