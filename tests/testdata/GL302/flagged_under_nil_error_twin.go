package gl302

import "errors"

func (s *series) mergeChecked(o *series) error {
	if len(o.points) == 0 {
		return errors.New("empty series")
	}
	s.points = append(s.points, o.points...)
	return nil
}

// The twin: the merge can fail, and its error relocks the held mutex.
func (r *results) mergeAllChecked(other map[string]*series) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k, s := range other {
		if cur, ok := r.all[k]; ok {
			if err := cur.mergeChecked(s); err != nil {
				r.addError(err) // want `locks r.mu again while it is held here`
			}
		}
	}
}
