package gl404

const (
	pauseClose = 1 << iota
	pauseStart
)

// pauser's paused is made nowhere in the package: it is nil. The bit that
// leads to it is raised by Pause.
type pauser struct {
	flags  uint32
	paused chan struct{}
}

func (p *pauser) raise(n uint32) { p.flags |= n }

func (p *pauser) Close() { p.raise(pauseClose) }

func (p *pauser) Pause() { p.raise(pauseStart) }

func (p *pauser) loop() bool {
	n := p.flags
	if n&pauseClose != 0 {
		return false
	}
	if n&pauseStart != 0 {
		close(p.paused) // want `p\.paused is never made, so it is nil: close of nil channel panics`
	}
	return true
}

func newPauser() *pauser { return &pauser{} }
