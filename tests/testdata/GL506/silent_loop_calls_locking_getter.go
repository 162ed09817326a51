package gl506

import "sync"

var configMu sync.Mutex

type engineConfig struct {
	seedRatio float64
	refresh   int
}

// SeedRatio reads the ratio under configMu.
func (c *engineConfig) SeedRatio() (r float64) {
	configMu.Lock()
	r = c.seedRatio
	configMu.Unlock()
	return
}

type torrentEngine struct{ conf engineConfig }

var engine torrentEngine

func stopOnRatio(r float64) {}

// handle replaces the config under configMu, or calls its getter: the call takes the field's
// address, and the getter reads under configMu too.
func handle(cmd string, next engineConfig) {
	if cmd == "set" {
		configMu.Lock()
		engine.conf = next
		configMu.Unlock()
		return
	}
	stopOnRatio(engine.conf.SeedRatio())
}

// Every goroutine of the loop runs handle: each access of engine.conf is under configMu.
func serveCommands(cmds []string, next engineConfig) {
	for _, c := range cmds {
		go handle(c, next)
	}
}
