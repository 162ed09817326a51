package gl207

import (
	"fmt"
	"sync"
)

// The same poster whose queueUnpaid adds nothing: the explicit Done is a second one for the goroutine's count.
type unpaidPoster struct {
	wg     sync.WaitGroup
	toPost chan string
}

func (p *unpaidPoster) startUnpaid() {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		s, ok := <-p.toPost
		if !ok {
			return
		}
		fmt.Println(s)
		p.wg.Done() // want `p\.wg\.Done\(\) runs twice on this path`
	}()
}

func (p *unpaidPoster) queueUnpaid(s string) {
	p.toPost <- s
}
