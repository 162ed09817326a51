package gl101

import "errors"

var produceLeftErr, produceRightErr error

func produceLeft() error  { return produceLeftErr }
func produceRight() error { return produceRightErr }
func openSource() error   { return errors.New("x") }

// One goroutine per switch arm: one value per call, in a one-slot buffer.
func runKind(kind int) error {
	errc := make(chan error, 1)
	switch kind {
	case 0:
		go func() {
			errc <- produceLeft()
		}()
		if err := openSource(); err != nil {
			return err
		}
	case 1:
		go func() {
			errc <- produceRight()
		}()
	}
	return <-errc
}
