package gl207

import (
	"errors"
	"log"
	"net/http"
	"os"
	"sync"
)

// The explicit Done is followed by Wait and os.Exit on its path: the process ends there, and the
// deferred Done never runs. The goroutine's other paths end by a return, with the deferred Done only.
func serveOrExit(srv *http.Server, wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := srv.ListenAndServe()
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Printf("server: %v", err)
			wg.Done()
			wg.Wait()
			os.Exit(1)
		}
	}()
}
