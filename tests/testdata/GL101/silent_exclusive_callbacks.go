package gl101

// A promise reports its outcome through one of two callbacks, never both. Each callback starts a
// goroutine that sends on its own channel, and the function waits for either: the select takes the
// other case only when the other callback ran, and then this one does not run.

type promise struct {
	onValue func(v int)
	onError func(err error)
}

func (p *promise) Then(f func(v int)) *promise      { p.onValue = f; return p }
func (p *promise) Catch(f func(err error)) *promise { p.onError = f; return p }

func await(p *promise) (int, error) {
	values := make(chan int)
	errs := make(chan error)
	p.Then(func(v int) {
		go func() {
			values <- v
		}()
	}).Catch(func(err error) {
		go func() {
			errs <- err
		}()
	})
	select {
	case v := <-values:
		return v, nil
	case err := <-errs:
		return 0, err
	}
}
