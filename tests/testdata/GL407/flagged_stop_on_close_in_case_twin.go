package gl407

// The request case also leaves on its own quit channel, which the default does not watch: once quit is
// closed while the default waits for a status nobody sends, the loop never sees it.
type statusParserQuit struct {
	statusReq chan struct{}
	quit      chan struct{}
}

func (p *statusParserQuit) scheduler(statusCh chan []byte) {
	for {
		select {
		case <-p.statusReq:
			select {
			case _, ok := <-statusCh:
				if !ok {
					return
				}
			case <-p.quit:
				return
			}
		default:
			if _, ok := <-statusCh; !ok { // want `this blocks in the select's default, where the stop is not watched`
				return
			}
		}
	}
}
