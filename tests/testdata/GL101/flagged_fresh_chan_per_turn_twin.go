package gl101

// Both goroutines of a turn are started before the first receive: returning on the first error
// leaves the other one sending on this turn's channel.
func uploadPackBoth(n int) error {
	for i := 0; i < n; i++ {
		ch := make(chan error)
		go func(i int) {
			ch <- packStep(i) // want `goroutine blocks forever sending on ch`
		}(i)
		go func(i int) {
			ch <- packStep(i + 1)
		}(i)
		if err := <-ch; err != nil {
			return err
		}
		if err := <-ch; err != nil {
			return err
		}
	}
	return nil
}
