package gl101

import "testing"

// A test double nothing makes: its constructor has no caller, so its methods never run, whatever
// interface lists them.
type unmadePluginCtx struct {
	data chan string
}

func newUnmadePluginCtx() *unmadePluginCtx { return &unmadePluginCtx{data: make(chan string)} }

func (c *unmadePluginCtx) SendData(s string) {
	c.data <- s
}

type unmadeDataSink interface{ SendData(string) }

func emitUnmade(s unmadeDataSink) { s.SendData("x") }

func TestEmitUnmade(t *testing.T) {
	var s unmadeDataSink
	if s != nil {
		emitUnmade(s)
	}
}
