package gl506

// Refresh has a value receiver: the call copies engine2.conf, a read with no mutex held.
func (c engineConfig) Refresh() int { return c.refresh }

var engine2 torrentEngine

func handleCopy(cmd string, next engineConfig) int {
	if cmd == "set" {
		configMu.Lock()
		engine2.conf = next
		configMu.Unlock()
		return 0
	}
	return engine2.conf.Refresh()
}

func serveCopies(cmds []string, next engineConfig) {
	for _, c := range cmds {
		go handleCopy(c, next) // want `data race on engine2\.conf: handleCopy reads it unlocked`
	}
}
