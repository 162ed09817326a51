package gl401

import "os/exec"

// The deferred function takes the goroutine's only value before it closes
// the channel: the send has happened by then.
func runUntilKilled(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		exited <- struct{}{}
	}()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
		close(exited)
	}()
	return nil
}
