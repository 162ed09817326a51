package gl102

type record struct{ v int }

// feed forwards what arrives on in, which nothing closes: its loop never ends,
// and neither is the range over batches meant to.
type feed struct {
	in chan *record
}

func (f *feed) add(r *record) { f.in <- r }

func (f *feed) run(workers int) {
	batches := make(chan []*record, workers)
	for i := 0; i < workers; i++ {
		go func() {
			for b := range batches {
				_ = b
			}
		}()
	}
	batch := make([]*record, 0, 8)
	for r := range f.in {
		batch = append(batch, r)
		if len(batch) == 8 {
			batches <- batch
			batch = nil
		}
	}
}

func newFeed() *feed { return &feed{in: make(chan *record, 64)} }
