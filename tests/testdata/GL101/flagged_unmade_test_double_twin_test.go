package gl101

import "testing"

// The same test double, made by the test: the send finds no receiver.
type madePluginCtx struct {
	data chan string
}

func newMadePluginCtx() *madePluginCtx { return &madePluginCtx{data: make(chan string)} }

func (c *madePluginCtx) SendData(s string) {
	c.data <- s // want `send on c.data blocks forever`
}

type madeDataSink interface{ SendData(string) }

func emitMade(s madeDataSink) { s.SendData("x") }

func TestEmitMade(t *testing.T) {
	emitMade(newMadePluginCtx())
}
