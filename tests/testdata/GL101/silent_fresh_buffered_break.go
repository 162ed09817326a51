package gl101

// Each turn makes a one-slot channel for two senders and leaves on the first error: the other
// value fits in the slot.
func switchTargets(turns int, master, replica string) error {
	var err error
	for i := 0; i < turns; i++ {
		errs := make(chan error, 1)
		go func(m string) {
			errs <- dialTarget(m)
		}(master)
		go func(r string) {
			errs <- dialTarget(r)
		}(replica)
		for range [2]int{} {
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

func dialTarget(addr string) error {
	if addr == "" {
		return errString("no address")
	}
	return nil
}
