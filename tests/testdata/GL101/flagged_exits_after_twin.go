package gl101

import (
	"os"
	"time"
)

// As ShutdownDriver, but a path after the select returns to the caller (a config reload): the
// abandoned give-up goroutine then leaks into a process that goes on.
func ShutdownDriverOrReload(stopped <-chan bool, signals <-chan os.Signal, reload bool) {
	logCxt := &shutdownEntry{}
	giveUp := make(chan bool)
	go func() {
		time.Sleep(4 * time.Second)
		giveUp <- true // want "goroutine blocks forever sending on giveUp"
	}()
	select {
	case <-stopped:
		logCxt.Info("driver shut down")
	case <-giveUp:
		logCxt.Info("driver did not stop, killing it")
		<-stopped
	}
	if reload {
		return
	}
	for {
		sig := <-signals
		logCxt.WithField("signal", sig).Fatal("signal received while shutting down")
	}
}
