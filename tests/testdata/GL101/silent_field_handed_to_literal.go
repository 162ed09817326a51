package gl101

import "errors"

type acceptResult struct {
	id  int
	err error
}

type sharedAcceptor struct {
	results chan acceptResult
	next    int
}

type virtualAcceptor struct {
	results <-chan acceptResult
}

func (v *virtualAcceptor) accept() (int, error) {
	r, ok := <-v.results
	if !ok {
		return 0, errors.New("closed")
	}
	return r.id, r.err
}

// The field channel is handed on as another value's field, whose method receives from it: the
// package receives from it under that name.
func (m *sharedAcceptor) acquire() *virtualAcceptor {
	if m.results == nil {
		m.results = make(chan acceptResult)
		go func() {
			for i := 0; i < 3; i++ {
				m.results <- acceptResult{id: i}
			}
			close(m.results)
		}()
	}
	return &virtualAcceptor{results: m.results}
}
