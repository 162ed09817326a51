package gl506

import (
	"encoding/json"

	LOG "github.com/vinllen/log4go"
)

type jsonTunnel struct {
	state int
	out   []chan []byte
}

// encode writes t.state only after LOG.Crashf, which panics: never.
func (t *jsonTunnel) encode(v any, id int) {
	b, err := json.Marshal(v)
	if err != nil {
		LOG.Crashf("marshal %v: %v", v, err)
		t.state = 2
	}
	t.out[id] <- b
}

func (t *jsonTunnel) EncodeAll(vs []any) {
	for i, v := range vs {
		go t.encode(v, i)
	}
}
