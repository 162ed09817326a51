package gl302

import "sync"

type series struct {
	points []int
}

// merge never fails: it returns nil on every path.
func (s *series) merge(o *series) error {
	s.points = append(s.points, o.points...)
	return nil
}

type results struct {
	mu     sync.Mutex
	all    map[string]*series
	errors []error
}

func (r *results) addError(err error) {
	r.mu.Lock()
	r.errors = append(r.errors, err)
	r.mu.Unlock()
}

// The relock in addError is under the error of merge, which is nil on every path.
func (r *results) mergeAll(other map[string]*series) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k, s := range other {
		cur, ok := r.all[k]
		if !ok {
			r.all[k] = s
			continue
		}
		if err := cur.merge(s); err != nil {
			r.addError(err)
		}
	}
}
