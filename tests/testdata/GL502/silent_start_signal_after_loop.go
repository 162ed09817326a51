package gl502

type subscriber interface {
	Subscribe(h int) (string, error)
	Unsubscribe(id string) error
	Fetch(h int) (int, error)
}

// Each goroutine waits for exit before it writes its turn's err; exit is closed once, after
// the loop, so every turn's own use of err comes before any goroutine's write.
func fetchAny(s subscriber, hashes []int) (res int, unsubErr error) {
	exit := make(chan struct{})
	errs := make(chan error)
	active := 0
	for _, h := range hashes {
		id, err := s.Subscribe(h)
		if err != nil {
			break
		}
		active++
		go func() {
			<-exit
			err = s.Unsubscribe(id)
			errs <- err
		}()
		v, err := s.Fetch(h)
		if err == nil {
			res = v
			break
		}
	}
	close(exit)
	for ; active > 0; active-- {
		if e := <-errs; e != nil {
			unsubErr = e
		}
	}
	return
}
