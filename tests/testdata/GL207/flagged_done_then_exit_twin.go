package gl207

import (
	"errors"
	"log"
	"net/http"
	"sync"
)

// The same explicit Done with no os.Exit after it: the goroutine returns, and its deferred Done runs too.
func serveOrLog(srv *http.Server, wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := srv.ListenAndServe()
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Printf("server: %v", err)
			wg.Done() // want `wg\.Done\(\) runs twice on this path`
			return
		}
	}()
}
