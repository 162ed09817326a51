package gl405

type latest struct {
	closing  chan struct{}
	updating chan int
}

func applyConf(int) {}

// The inner loop drains: its empty default falls through to the break
// after the select, which leaves the loop.
func (s *latest) run() {
	for {
		select {
		case <-s.closing:
			return
		case conf := <-s.updating:
			for {
				select {
				case conf = <-s.updating:
					continue
				default:
				}
				break
			}
			applyConf(conf)
		}
	}
}
