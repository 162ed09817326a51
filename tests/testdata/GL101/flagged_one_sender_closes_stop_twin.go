package gl101

import (
	"bufio"
	"io"
	"os"
	"os/signal"
)

// ReadLoop reads lines until the reader is done. The reader closes end
// itself once its last send was taken: when the select takes <-end, that
// goroutine has returned. The interrupt goroutine may be sending then.
func ReadLoop(in io.Reader, eval func(string)) {
	end := make(chan struct{})
	sig := make(chan os.Signal, 1)
	lines := make(chan string)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	s := bufio.NewScanner(in)

	go func() {
		defer close(end)
		for s.Scan() {
			lines <- s.Text()
		}
	}()

	go func() {
		for {
			select {
			case <-sig:
				lines <- "" // want `goroutine blocks for.ver sending on lines\. Unbuffered channel: when the select takes case <-end first`
			case <-end:
				return
			}
		}
	}()

	for {
		select {
		case <-end:
			return
		case line := <-lines:
			eval(line)
		}
	}
}
