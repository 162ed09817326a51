package gl502

import "sync"

type lister interface {
	List(dest chan<- string, after string, limit int) error // closes dest
}

// after is read as an argument of List, the only sender on ch: the goroutine writes it only
// after receiving what List sends, so after that read.
func listAll(src lister, after string, fn func(string) error) error {
	var mu sync.Mutex
	errc := make(chan error, 1)
	for {
		ch := make(chan string, 16)
		n := 0
		go func() {
			var err error
			for s := range ch {
				if err != nil {
					continue
				}
				mu.Lock()
				err = fn(s)
				mu.Unlock()
				after = s
				n++
			}
			errc <- err
		}()
		if err := src.List(ch, after, 1000); err != nil {
			<-errc
			return err
		}
		if err := <-errc; err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
	}
}
