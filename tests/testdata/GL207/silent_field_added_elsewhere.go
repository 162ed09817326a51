package gl207

import (
	"fmt"
	"sync"
)

// queueOneShot adds one to the field WaitGroup for the item it hands over; the goroutine's explicit Done pays
// that count, its deferred Done its own.
type oneShotPoster struct {
	wg     sync.WaitGroup
	toPost chan string
}

func (p *oneShotPoster) startOneShot() {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		s, ok := <-p.toPost
		if !ok {
			return
		}
		fmt.Println(s)
		p.wg.Done()
	}()
}

func (p *oneShotPoster) queueOneShot(s string) {
	p.wg.Add(1)
	p.toPost <- s
}
