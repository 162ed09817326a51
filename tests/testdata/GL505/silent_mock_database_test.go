package gl505

import (
	"context"
	"database/sql"
	"testing"

	"github.com/DATA-DOG/go-sqlmock"
)

type binlogInstance struct{ db *sql.DB }

// scrapeBinlogs queries the database and sends one value per row.
func scrapeBinlogs(ctx context.Context, inst *binlogInstance, ch chan<- int64) error {
	rows, err := inst.db.QueryContext(ctx, "SHOW BINARY LOGS")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var size int64
		if err := rows.Scan(&name, &size); err != nil {
			return err
		}
		ch <- size
	}
	return rows.Err()
}

// The database is a sqlmock: the query gets exactly the rows the test scripted, so the late report can
// come only from a regression of scrapeBinlogs, on every run alike.
func TestScrapeBinlogsMocked(t *testing.T) {
	db, mock, err := sqlmock.New()
	if err != nil {
		t.Fatalf("opening the stub database: %s", err)
	}
	defer db.Close()
	mock.ExpectQuery("SHOW BINARY LOGS").WillReturnRows(
		sqlmock.NewRows([]string{"Log_name", "File_size"}).AddRow("bin.000001", 1813))

	ch := make(chan int64, 8)
	go func() {
		if err = scrapeBinlogs(context.Background(), &binlogInstance{db: db}, ch); err != nil {
			t.Errorf("scraping: %s", err)
		}
		close(ch)
	}()
}
