package gl506

// Here the test is idx >= trigger: every turn from trigger on starts a goroutine.
func (p *pager) moreFrom(trigger int) error {
	var got []int
	errc := make(chan error, len(p.items))
	n := 0
	for idx := range p.items {
		if idx >= trigger {
			n++
			go func() {
				page, tok, err := fetchPage(p.token)
				if err != nil {
					errc <- err
					return
				}
				got = page    // want "data race on got"
				p.token = tok // want "every goroutine of this loop writes it"
				errc <- nil
			}()
		}
	}
	for ; n > 0; n-- {
		if err := <-errc; err != nil {
			return err
		}
	}
	p.items = append(p.items, got...)
	return nil
}
