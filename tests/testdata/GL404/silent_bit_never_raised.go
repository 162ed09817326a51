package gl404

const (
	drainClose = 1 << iota
	drainStart
)

// drainer's drained and undrain are made nowhere in the package: they are
// nil. Every use is under a test that is false on every run.
type drainer struct {
	flags   uint32
	drained chan struct{}
	undrain chan struct{}
}

func (d *drainer) raise(n uint32) { d.flags |= n }

func (d *drainer) Close() { d.raise(drainClose) }

// loop tests drainStart, a bit nothing in the package raises.
func (d *drainer) loop() bool {
	n := d.flags
	if n&drainClose != 0 {
		return false
	}
	if n&drainStart != 0 {
		close(d.drained)
		<-d.undrain
	}
	return true
}

// connected asks whether drained was made, through a local flag.
func (d *drainer) connected() {
	wasDrained := d.drained != nil
	if wasDrained {
		close(d.drained)
		<-d.undrain
	}
}

func newDrainer() *drainer { return &drainer{} }
