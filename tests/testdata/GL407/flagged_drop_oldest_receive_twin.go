package gl407

// The default receives from another channel than the one the send case sends on: nothing says it holds
// a value.
type pairQueue struct {
	events chan string
	acks   chan struct{}
}

func newPairQueue() *pairQueue {
	return &pairQueue{events: make(chan string, 64), acks: make(chan struct{}, 1)}
}

func (q *pairQueue) push(e string) {
	for {
		select {
		case q.events <- e:
			return
		default:
			<-q.acks // want `this blocks in the select's default, where the stop is not watched`
		}
	}
}

// Unbuffered: a send not taken says nobody is receiving, and the receive waits for another sender.
func pushUnbuffered(e int) chan int {
	hand := make(chan int)
	for {
		select {
		case hand <- e:
			return hand
		default:
			<-hand // want `this blocks in the select's default, where the stop is not watched`
		}
	}
}
