package gl407

type task struct{ id int }

type dispatcher struct{ shutdown chan struct{} }

// The queue has one slot per element and the loop sends one job per element
// before anything receives: the send in the default always finds room.
func (d *dispatcher) queueAll(ids []int) chan *task {
	queue := make(chan *task, len(ids))
	for _, id := range ids {
		select {
		case <-d.shutdown:
			close(queue)
			return nil
		default:
			queue <- &task{id: id}
		}
	}
	close(queue)
	return queue
}
