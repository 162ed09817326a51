package gl301

import (
	"context"
	"database/sql"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The same spin on a plain mutex's TryLock(), which no one releases: the subtest ends holding it.
var tableMu sync.Mutex

type plainClient struct {
	readOnly bool
}

func (c *plainClient) lockPlainIfNeeded() {
	if !c.readOnly {
		for !tableMu.TryLock() {
		}
	}
}

func (c *plainClient) countPlain(ctx context.Context, db *sql.DB) (int, error) {
	c.lockPlainIfNeeded()
	rows, err := db.QueryContext(ctx, "select 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	return 1, nil
}

func TestCountPlain(t *testing.T) {
	for _, wantErr := range []bool{false, true} {
		t.Run("count", func(t *testing.T) {
			c := plainClient{}
			_, err := c.countPlain(context.Background(), &sql.DB{})
			if wantErr { // want `end of function with tableMu locked`
				require.Equal(t, "closed", err.Error())
			}
		})
	}
}
