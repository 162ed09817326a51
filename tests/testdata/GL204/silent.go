package gl204

import "sync"

func goodWorker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	println(id)
}
