package gl502

// err is declared once, outside the loop: a later turn's else-branch writes it while an earlier turn's
// goroutine may be writing it.
func (g *edgeGraph) linkShared(ids []string, to string) {
	var err error
	for _, id := range ids {
		if err = g.add(id, to); err != nil {
			when := g.waitFor(id)
			go func() {
				<-when
				err = g.add(id, to) // want `data race on err`
			}()
		} else {
			err = g.add(to, id)
		}
	}
	g.report(err)
}
