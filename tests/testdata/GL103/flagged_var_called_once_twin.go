package gl103

import (
	"os"
	"os/signal"
	"syscall"
)

// launchWatcher is called on every reload, outside any sync.Once: each call strands one more watcher.
var launchWatcher = func() { go watchHangups() } // want `this goroutine loops`

func Reload() {
	launchWatcher()
}

func watchHangups() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP)
	for {
		<-sigs
		println("hangup")
	}
}
