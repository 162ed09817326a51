package gl203

import "sync"

func diffBase(wg *sync.WaitGroup) (err error) {
	defer func() {
		wg.Done()
	}()
	return nil
}

// One count for the consumer goroutine, one for diffBase, called in place in the if's statement.
func diffBranches(out chan int) error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for range out {
		}
	}()
	if err := diffBase(&wg); err != nil {
		close(out)
		wg.Wait()
		return err
	}
	close(out)
	wg.Wait()
	return nil
}
