package gl506

import (
	"encoding/json"

	LOG "github.com/vinllen/log4go"
)

type xmlTunnel struct {
	state int
	out   []chan []byte
}

// encode logs the error and goes on: every goroutine may write t.state.
func (t *xmlTunnel) encode(v any, id int) {
	b, err := json.Marshal(v)
	if err != nil {
		LOG.Errorf("marshal %v: %v", v, err)
		t.state = 2
	}
	t.out[id] <- b
}

func (t *xmlTunnel) EncodeAll(vs []any) {
	for i, v := range vs {
		go t.encode(v, i) // want `data race on t\.state: every goroutine of this loop writes it, in encode`
	}
}
