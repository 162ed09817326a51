package gl301

import (
	"encoding/json"
	"sync"
)

type schemaRef struct {
	Name    string
	Version int
}

type schemaInfo struct {
	Schema string
	Refs   []schemaRef
	Tags   map[string][]string
}

// marshal encodes strings, integers, slices and string-keyed maps only:
// json.Marshal cannot fail on them.
func (s *schemaInfo) marshal() ([]byte, error) {
	return json.Marshal(&struct {
		Schema string              `json:"schema"`
		Refs   []schemaRef         `json:"refs,omitempty"`
		Tags   map[string][]string `json:"tags,omitempty"`
	}{s.Schema, s.Refs, s.Tags})
}

type schemaRegistry struct {
	mu      sync.RWMutex
	schemas map[int]*schemaInfo
}

// The early return under err != nil never runs: marshal's error is nil on
// every path.
func (r *schemaRegistry) encoded(id int) (out []byte, err error) {
	r.mu.RLock()
	s, ok := r.schemas[id]
	if !ok {
		r.mu.RUnlock()
		return nil, nil
	}
	out, err = s.marshal()
	if err != nil {
		return
	}
	r.mu.RUnlock()
	return out, nil
}
