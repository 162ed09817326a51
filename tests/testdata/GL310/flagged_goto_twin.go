package gl310

// The goto goes forward, past the work: nothing re-checks the condition.
func (q *gotoQueue) PutOnce(v int) {
	q.mu.Lock()
	if q.full() {
		q.notFull.Wait() // want `q\.notFull\.Wait\(\) under an if, not a loop`
		goto done
	}
	q.tail = (q.tail + 1) % len(q.buf)
	q.buf[q.tail] = v
	q.notEmp.Signal()
done:
	q.mu.Unlock()
}
