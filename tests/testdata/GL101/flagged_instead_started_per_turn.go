package gl101

var probePodErr error

func probePod(name string) (bool, error) { return len(name) > 3, probePodErr }

// anyPodMatches returns on the first match: the goroutines of the other pods may still send an error,
// and nothing receives it any more.
func anyPodMatches(pods []string) bool {
	errs := make(chan error)
	hits := make(chan bool)
	for _, p := range pods {
		go func(p string) {
			ok, err := probePod(p)
			if err != nil {
				errs <- err // want `goroutine blocks forever sending on errs`
				return
			}
			if ok {
				hits <- true
			}
		}(p)
	}
	for range pods {
		select {
		case <-hits:
			return true
		case <-errs:
		}
	}
	return false
}
