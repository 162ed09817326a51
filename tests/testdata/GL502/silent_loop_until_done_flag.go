package gl502

type limboService struct{ ids [][]byte }

func (s *limboService) attach(out chan []byte) error {
	for _, b := range s.ids {
		out <- b
	}
	return nil
}

// err is written before done is sent, and the loop goes on until the case that received done
// turns cont false: the read after the loop comes after the write.
func (s *limboService) limboIDs() ([]int, error) {
	var (
		err     error
		resChan = make(chan []byte)
		done    = make(chan bool)
		cont    = true
		ids     []int
	)
	go func() {
		err = s.attach(resChan)
		done <- true
	}()
	for cont {
		select {
		case buf := <-resChan:
			ids = append(ids, len(buf))
		case <-done:
			cont = false
			break
		}
	}
	return ids, err
}
