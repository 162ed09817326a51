package gl502

import "fmt"

// Here the function reads after once List returned, while the goroutine may still be writing it.
func listLogged(src lister, after string) error {
	errc := make(chan error, 1)
	ch := make(chan string, 16)
	go func() {
		for s := range ch {
			after = s // want "data race on after"
		}
		errc <- nil
	}()
	if err := src.List(ch, "", 1000); err != nil {
		return err
	}
	fmt.Println("listed up to", after)
	return <-errc
}

// One channel for every turn: a turn's List reads after while the goroutine still writes what
// the previous turn's List sent.
func listTurns(src lister, after string, turns int) error {
	ch := make(chan string, 16)
	done := make(chan struct{})
	go func() {
		for s := range ch {
			after = s // want "data race on after"
		}
		close(done)
	}()
	for i := 0; i < turns; i++ {
		if err := src.List(ch, after, 10); err != nil {
			return err
		}
	}
	<-done
	return nil
}
