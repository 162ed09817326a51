package gl311

import "sync"

// The local only names one of the endpoint's Conds, picked by side; the writer signals them under
// the fields' names.
type pipeEnd struct {
	lock1, lock2 *sync.Mutex
	cond1, cond2 *sync.Cond
	buf1, buf2   []byte
	left         bool
}

func newPipeEnd() *pipeEnd {
	e := &pipeEnd{lock1: &sync.Mutex{}, lock2: &sync.Mutex{}}
	e.cond1 = sync.NewCond(e.lock1)
	e.cond2 = sync.NewCond(e.lock2)
	return e
}

func (e *pipeEnd) read() int {
	var lock *sync.Mutex
	var cond *sync.Cond
	var buf *[]byte
	if e.left {
		lock, cond, buf = e.lock2, e.cond2, &e.buf2
	} else {
		lock, cond, buf = e.lock1, e.cond1, &e.buf1
	}
	lock.Lock()
	defer lock.Unlock()
	for len(*buf) == 0 {
		cond.Wait()
	}
	n := len(*buf)
	*buf = nil
	return n
}

func (e *pipeEnd) write(b []byte) {
	e.lock1.Lock()
	e.buf1 = append(e.buf1, b...)
	e.cond1.Signal()
	e.lock1.Unlock()
	e.lock2.Lock()
	e.buf2 = append(e.buf2, b...)
	e.cond2.Signal()
	e.lock2.Unlock()
}
