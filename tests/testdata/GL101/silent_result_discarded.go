package gl101

// goBuffered sends on a channel with room for its one value: dropping it strands nothing.
func goBuffered(f func() error) chan error {
	ch := make(chan error, 1)
	go func() {
		ch <- f()
	}()
	return ch
}

// goKept also stores the channel where another receiver finds it.
var pendingResults []chan error

func goKept(f func() error) chan error {
	ch := make(chan error)
	pendingResults = append(pendingResults, ch)
	go func() {
		ch <- f()
	}()
	return ch
}

func goSelect(f func() error, quit chan struct{}) chan error {
	ch := make(chan error)
	go func() {
		select {
		case ch <- f():
		case <-quit:
		}
	}()
	return ch
}

func useResults(f func() error, quit chan struct{}) error {
	goBuffered(f)
	goKept(f)
	goSelect(f, quit)
	return <-goResultKept(f)
}

func goResultKept(f func() error) chan error {
	ch := make(chan error)
	go func() { ch <- f() }()
	return ch
}
