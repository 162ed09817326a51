package gl103

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

var (
	reaperOnce sync.Once

	// a seam for tests: they replace it to check the once-guard without a real reaper
	launchReaper = func() { go reapChildren() }
)

// StartReaper may be called on every reload: the reaper goroutine is started once per process.
func StartReaper() {
	reaperOnce.Do(func() {
		launchReaper()
	})
}

func reapChildren() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGCHLD)
	for {
		<-sigs
		var status syscall.WaitStatus
		syscall.Wait4(-1, &status, syscall.WNOHANG, nil)
	}
}
