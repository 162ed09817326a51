package gl407

// A bounded queue that keeps the newest events: when the send finds the buffer full, the default takes
// the oldest event out to make room, and the next turn sends again. There is always one to take.
type eventQueue struct {
	events chan string
}

func newEventQueue() *eventQueue {
	return &eventQueue{events: make(chan string, 64)}
}

func (q *eventQueue) push(e string, dropped *int) {
	for {
		select {
		case q.events <- e:
			return
		default:
			<-q.events
			*dropped++
		}
	}
}

func pushLocal(e int) chan int {
	ring := make(chan int, 4)
	for {
		select {
		case ring <- e:
			return ring
		default:
			<-ring
		}
	}
}
