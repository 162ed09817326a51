package gl101

// Three senders share the one slot: leaving on the first error strands one of them.
func switchThreeTargets(turns int, a, b, c string) error {
	var err error
	for i := 0; i < turns; i++ {
		errs := make(chan error, 1)
		go func(x string) {
			errs <- dialTarget(x) // want `goroutine blocks forever sending on errs`
		}(a)
		go func(x string) {
			errs <- dialTarget(x)
		}(b)
		go func(x string) {
			errs <- dialTarget(x)
		}(c)
		for range [3]int{} {
			if e := <-errs; e != nil {
				err = e
				break
			}
		}
		if err == nil {
			return nil
		}
	}
	return err
}
