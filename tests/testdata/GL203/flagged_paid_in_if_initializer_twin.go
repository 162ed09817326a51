package gl203

import "sync"

func diffBaseTwin(wg *sync.WaitGroup) (err error) {
	return nil
}

// One count for the consumer goroutine, one for diffBaseTwin, called in place in the if's statement.
func diffBranchesTwin(out chan int) error {
	var wg sync.WaitGroup
	wg.Add(2) // want `wg\.Add\(2\) but 1 goroutine calls wg\.Done\(\) before wg\.Wait\(\)`
	go func() {
		defer wg.Done()
		for range out {
		}
	}()
	if err := diffBaseTwin(&wg); err != nil {
		close(out)
		wg.Wait()
		return err
	}
	close(out)
	wg.Wait()
	return nil
}
