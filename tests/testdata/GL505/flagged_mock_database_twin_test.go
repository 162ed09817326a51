package gl505

import (
	"context"
	"database/sql"
	"os"
	"testing"
)

// The database is a real server: its query can fail on any run (a dropped connection, a timeout), and
// the report can come after the test returned.
func TestScrapeBinlogsLive(t *testing.T) {
	db, err := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	if err != nil {
		t.Fatalf("opening the database: %s", err)
	}
	defer db.Close()

	ch := make(chan int64, 8)
	go func() {
		if err = scrapeBinlogs(context.Background(), &binlogInstance{db: db}, ch); err != nil {
			t.Errorf("scraping: %s", err) // want `t\.Errorf may run after the test returns`
		}
		close(ch)
	}()
}
