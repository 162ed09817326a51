package gl506

// Each turn starts one goroutine, the one of its item's type, on that item: the two never write the
// same value at once.
type bulkOp interface{ finish() }

type bulkGetOp struct {
	Key    string
	Result []byte
	Err    error
}

func (o *bulkGetOp) finish() {}

type bulkTouchOp struct {
	Key    string
	Result []byte
	Err    error
}

func (o *bulkTouchOp) finish() {}

type bulkProvider struct{}

func (p *bulkProvider) get(op *bulkGetOp, signal chan bulkOp) {
	op.Result, op.Err = []byte(op.Key), nil
	signal <- op
}

func (p *bulkProvider) touch(op *bulkTouchOp, signal chan bulkOp) {
	op.Result, op.Err = nil, nil
	signal <- op
}

func (p *bulkProvider) Do(ops []bulkOp) {
	signal := make(chan bulkOp, len(ops))
	for _, item := range ops {
		switch i := item.(type) {
		case *bulkGetOp:
			go p.get(i, signal)
		case *bulkTouchOp:
			go p.touch(i, signal)
		}
	}
	for range ops {
		item := <-signal
		item.finish()
	}
}
