package gl506

import "errors"

type pager struct {
	items []int
	token string
}

func fetchPage(tok string) ([]int, string, error) { return nil, tok + "+", errPage }

// The goroutine is started in the one turn whose index equals trigger: one goroutine at most.
func (p *pager) more(trigger int) error {
	var got []int
	started := false
	errc := make(chan error)
	for idx := range p.items {
		if idx == trigger {
			started = true
			go func() {
				page, tok, err := fetchPage(p.token)
				if err != nil {
					errc <- err
					return
				}
				got = page
				p.token = tok
				errc <- nil
			}()
		}
	}
	if !started {
		return nil
	}
	if err := <-errc; err != nil {
		return err
	}
	p.items = append(p.items, got...)
	return nil
}

var errPage = errors.New("no page")
