package gl502

type edgeGraph struct{ add func(a, b string) error }

func (g *edgeGraph) waitFor(id string) <-chan struct{} { return make(chan struct{}) }

func (g *edgeGraph) report(err error) {}

// Each turn declares its own err; the goroutine is started in the then-branch and the function writes
// err in the else-branch of the same if: one run of the if takes one branch.
func (g *edgeGraph) link(ids []string, to string) {
	for _, id := range ids {
		err := g.add(id, to)
		if err != nil {
			when := g.waitFor(id)
			go func() {
				<-when
				if err = g.add(id, to); err != nil {
					g.report(err)
				}
			}()
		} else {
			if err = g.add(to, id); err != nil {
				g.report(err)
			}
		}
	}
}
