package gl405

// The break after the select leaves only an inner loop: the outer loop
// spins through the empty default.
func (s *latest) spin() {
	for {
		select {
		case conf := <-s.updating:
			applyConf(conf)
		default: // want `empty default in a select loop`
		}
		for {
			break
		}
	}
}
