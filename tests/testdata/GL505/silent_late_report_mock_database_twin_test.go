package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
			t.Errorf("scraping: %s", err)
		}
		close(ch)
	}()
}
