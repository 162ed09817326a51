package gl101

// Each turn makes its own channel, starts a goroutine that sends on it once and receives that value
// before the next goroutine starts: a return after a receive leaves no sender behind.

func packStep(i int) error {
	if i > 3 {
		return errString("stop")
	}
	return nil
}

type errString string

func (e errString) Error() string { return string(e) }

func uploadPack(n int) error {
	for i := 0; i < n; i++ {
		ch := make(chan error)
		go func(i int) {
			if err := packStep(i); err != nil {
				ch <- err
				return
			}
			ch <- nil
		}(i)
		if err := <-ch; err != nil {
			return err
		}
		go func(i int) {
			defer close(ch)
			ch <- packStep(i + 1)
		}(i)
		if err := <-ch; err != nil {
			return err
		}
	}
	return nil
}
