package gl301

import (
	"encoding/json"
	"sync"
)

type reading struct {
	Name  string
	Value float64
}

// A float64 field fails to encode when it holds NaN or an infinity.
func (s *reading) marshal() ([]byte, error) {
	return json.Marshal(&struct {
		Name  string  `json:"name"`
		Value float64 `json:"value"`
	}{s.Name, s.Value})
}

type readings struct {
	mu   sync.RWMutex
	byID map[int]*reading
}

func (r *readings) encoded(id int) (out []byte, err error) {
	r.mu.RLock()
	s, ok := r.byID[id]
	if !ok {
		r.mu.RUnlock()
		return nil, nil
	}
	out, err = s.marshal()
	if err != nil {
		return // want `return with r.mu locked`
	}
	r.mu.RUnlock()
	return out, nil
}

// (the writer a read lock left held blocks)
func (r *readings) reset() {
	r.mu.Lock()
	r.mu.Unlock()
}
