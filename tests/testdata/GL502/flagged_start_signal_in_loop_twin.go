package gl502

// Here exit is closed inside the loop: a later turn's goroutines are started after the close,
// and their writes meet that turn's own use of err.
func fetchEach(s subscriber, hashes []int) (res int, unsubErr error) {
	exit := make(chan struct{})
	errs := make(chan error, len(hashes))
	for i, h := range hashes {
		id, err := s.Subscribe(h)
		if err != nil {
			break
		}
		go func() {
			<-exit
			err = s.Unsubscribe(id) // want "data race on err"
			errs <- err
		}()
		if i == 0 {
			close(exit)
		}
		v, err := s.Fetch(h)
		if err == nil {
			res += v
		}
	}
	return
}
