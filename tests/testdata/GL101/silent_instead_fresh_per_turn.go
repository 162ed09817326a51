package gl101

var lineErr error

func readLine(n int) (string, error) { return string(rune('a' + n)), lineErr }

// serveTurns starts one reader per turn, with channels made in that turn: its error or its end is
// received in the same turn, and a turn that is switched off leaves nothing behind to send.
func serveTurns(enable, disable <-chan struct{}) error {
	for i := 0; ; i++ {
		<-enable
		finished, failed := make(chan struct{}), make(chan error)
		go func(n int) {
			defer close(finished)
			if _, err := readLine(n); err != nil {
				failed <- err
				return
			}
		}(i)
		select {
		case <-finished:
			return nil
		case err := <-failed:
			return err
		case <-disable:
			select {
			case <-finished:
			case <-failed:
			}
		}
	}
}
