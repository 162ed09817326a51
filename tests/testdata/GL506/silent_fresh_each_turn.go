package gl506

import "errors"

type reloadRunner struct {
	cfg      string
	minTimer int
}

// newReloadRunner makes a runner on every call (nil on an error).
func newReloadRunner(cfg string) (*reloadRunner, error) {
	if cfg == "" {
		return nil, errors.New("no config")
	}
	r := &reloadRunner{cfg: cfg}
	return r, nil
}

func (r *reloadRunner) start() { r.minTimer++ }

// serveReloads starts a new runner on each reload: the go statement reads runner right after it got a
// new one, so each goroutine has its own.
func serveReloads(reloads <-chan string) error {
	runner, err := newReloadRunner("initial")
	if err != nil {
		return err
	}
	go runner.start()
	for cfg := range reloads {
		runner, err = newReloadRunner(cfg)
		if err != nil {
			return err
		}
		go runner.start()
	}
	return nil
}
