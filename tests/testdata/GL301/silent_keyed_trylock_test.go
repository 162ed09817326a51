package gl301

import (
	"context"
	"database/sql"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCountRows(t *testing.T) {
	for _, wantErr := range []bool{false, true} {
		t.Run("count", func(t *testing.T) {
			c := shardClient{name: "t"}
			_, err := c.CountRows(context.Background(), &sql.DB{})
			if wantErr {
				require.Equal(t, "closed", err.Error())
			}
		})
	}
}
