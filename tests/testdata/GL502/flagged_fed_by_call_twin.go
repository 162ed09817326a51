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
