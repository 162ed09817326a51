package gl506

// The twin starts both on the same item in one turn: they write it at once.
type twinBulkOp interface{ finish() }

type twinGetOp struct {
	Key    string
	Result []byte
	Err    error
}

func (o *twinGetOp) finish() {}

type twinTouchOp struct {
	Key    string
	Result []byte
	Err    error
}

func (o *twinTouchOp) finish() {}

type twinBulkProvider struct{}

func (p *twinBulkProvider) get(op *twinGetOp, signal chan twinBulkOp) {
	op.Result, op.Err = []byte(op.Key), nil
	signal <- op
}

func (p *twinBulkProvider) getAgain(op *twinGetOp, signal chan twinBulkOp) {
	op.Err = nil
	signal <- op
}

func (p *twinBulkProvider) Do(ops []twinBulkOp) {
	signal := make(chan twinBulkOp, len(ops))
	for _, item := range ops {
		switch i := item.(type) {
		case *twinGetOp:
			go p.get(i, signal)
			go p.getAgain(i, signal) // want `data race on i\.Err: both goroutines started here write it`
		}
	}
	for range ops {
		item := <-signal
		item.finish()
	}
}
