package gl401

import "os/exec"

// The deferred function closes the channel without taking the goroutine's
// value first: the send can come after the close.
func runUntilKilledUnwaited(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan struct{}, 1)
	go func() {
		_ = cmd.Wait()
		exited <- struct{}{}
	}()
	defer func() {
		_ = cmd.Process.Kill()
		close(exited) // want `deferred close\(exited\) runs at return, while a goroutine may still send`
	}()
	return nil
}
