package gl101

import (
	"os"
	"time"
)

// shutdownEntry is a structured logger's entry: WithField adds a field, Fatal logs and ends the process.
type shutdownEntry struct{ fields map[string]any }

func (e *shutdownEntry) WithField(k string, v any) *shutdownEntry {
	out := &shutdownEntry{fields: map[string]any{k: v}}
	for k2, v2 := range e.fields {
		out.fields[k2] = v2
	}
	return out
}

func (e *shutdownEntry) Info(msg string) {}

func (e *shutdownEntry) Fatal(msg string) { os.Exit(1) }

// The give-up goroutine is abandoned when the driver stops first, but every path after the select ends
// the process (the entry's Fatal, or a signal loop that only ends in it): nothing outlives the process.
func ShutdownDriver(stopped <-chan bool, signals <-chan os.Signal, fatalSignal bool) {
	logCxt := &shutdownEntry{}
	giveUp := make(chan bool)
	go func() {
		time.Sleep(4 * time.Second)
		giveUp <- true
	}()
	select {
	case <-stopped:
		logCxt.Info("driver shut down")
	case <-giveUp:
		logCxt.Info("driver did not stop, killing it")
		<-stopped
	}
	if !fatalSignal {
		for {
			sig := <-signals
			logCxt.WithField("signal", sig).Fatal("signal received while shutting down")
		}
	}
	logCxt.Fatal("exiting")
}
