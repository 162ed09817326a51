package gl304

import (
	"errors"
	"sync"
)

type encoder struct {
	sync.Mutex
	out []int
}

func (e *encoder) put(v int) error {
	if v < 0 {
		return errors.New("negative")
	}
	e.out = append(e.out, v)
	return nil
}

type feeder struct {
	batch int
}

// putBatchWithLock is entered with enc locked and returns with it locked; it lets other writers in
// between two batches.
func (f *feeder) putBatchWithLock(enc *encoder, vals []int) error {
	for start := 0; start < len(vals); start += f.batch {
		if err := enc.put(vals[start]); err != nil {
			return err
		}
		if start+f.batch < len(vals) {
			enc.Unlock()
			enc.Lock()
		}
	}
	return nil
}

func (f *feeder) Feed(enc *encoder, vals []int) error {
	enc.Lock()
	err := f.putBatchWithLock(enc, vals)
	enc.Unlock()
	return err
}
