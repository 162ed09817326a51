package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

type surveyEvent struct {
	Op   string
	Data []byte
}

func surveyOf(op string, data []byte) surveyEvent { return surveyEvent{Op: op, Data: data} }

// require.Nil of a []byte the code computed from the test's own argument: a check
// of a value, the same on every run, like require.Equal(t, nil, x).
func TestNilOfSlice(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		ev := surveyOf("op", nil)
		require.Nil(t, ev.Data)
		wg.Done()
	}()
	wg.Wait()
}

type ledgerBlock struct{ Number uint64 }

type blockPuller struct{ blocks map[uint64]*ledgerBlock }

func (p *blockPuller) Pull(n uint64) *ledgerBlock { return p.blocks[n] }

// require.Nil of a pointer to a struct of the package that has no Error method: it cannot
// hold an error, so it checks a value, like require.NotNil(t, x).
func TestNilOfStructPointer(t *testing.T) {
	p := &blockPuller{blocks: map[uint64]*ledgerBlock{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		require.Nil(t, p.Pull(7))
		wg.Done()
	}()
	wg.Wait()
}
