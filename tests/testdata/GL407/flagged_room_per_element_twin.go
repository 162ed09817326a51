package gl407

type pairDispatcher struct{ shutdown chan struct{} }

// Two sends per element into one slot per element: a send blocks once the
// buffer is full, and the shutdown case is not watched meanwhile.
func (d *pairDispatcher) queuePairs(ids []int) chan int {
	queue := make(chan int, len(ids))
	for _, id := range ids {
		select {
		case <-d.shutdown:
			close(queue)
			return nil
		default:
			queue <- id // want `this blocks in the select's default`
			queue <- -id
		}
	}
	close(queue)
	return queue
}
