package gl502

import "time"

// cont also turns false when nothing is ready: the loop can end before done comes, and the read
// of err races with the goroutine's write.
func (s *limboService) limboReady() ([]int, error) {
	var (
		err     error
		resChan = make(chan []byte)
		done    = make(chan bool, 1)
		cont    = true
		ids     []int
	)
	go func() {
		err = s.attach(resChan) // want `data race on err` `goroutine blocks forever sending on resChan`
		done <- true
	}()
	for cont {
		select {
		case buf := <-resChan:
			ids = append(ids, len(buf))
		case <-done:
			cont = false
		default:
			cont = false
		}
	}
	return ids, err
}

// The flag also turns false when the deadline fires: the loop can end before done comes.
func (s *limboService) limboDeadline() ([]int, error) {
	var (
		err     error
		resChan = make(chan []byte)
		done    = make(chan bool, 1)
		cont    = true
		ids     []int
	)
	go func() {
		err = s.attach(resChan) // want `data race on err`
		done <- true
	}()
	timeout := time.After(time.Second)
	for cont {
		select {
		case buf := <-resChan:
			ids = append(ids, len(buf))
		case <-done:
			cont = false
		case <-timeout:
			cont = false
		}
	}
	return ids, err
}
