package gl506

type sharedRunner struct{ minTimer int }

var theRunner = &sharedRunner{}

// currentRunner hands out the one runner of the package.
func currentRunner() *sharedRunner { return theRunner }

func (r *sharedRunner) start() { r.minTimer++ }

// serveSharedReloads starts the same runner again on each reload: currentRunner makes none.
func serveSharedReloads(reloads <-chan string) {
	var runner *sharedRunner
	for range reloads {
		runner = currentRunner()
		go runner.start() // want `data race on runner\.minTimer: every goroutine of this loop writes it, in start`
	}
}
