package gl106

import (
	"context"
	"os/exec"
)

type childPair struct {
	cmd    *exec.Cmd
	execCh chan error
	logCh  chan error
}

// LogCh hands out the other field: nobody receives execCh.
func (c *childPair) LogCh() chan error { return c.logCh }

func (c *childPair) startPair(ctx context.Context, name string) error {
	c.cmd = exec.CommandContext(ctx, name)
	if err := c.cmd.Start(); err != nil {
		return err
	}
	go func() { c.execCh <- c.cmd.Wait() }() // want `this send blocks for.ver once ctx is cancelled` `goroutine blocks for.ver sending on c.execCh`
	return nil
}

func runPair(ctx context.Context) error {
	c := &childPair{execCh: make(chan error), logCh: make(chan error)}
	if err := c.startPair(ctx, "sleep"); err != nil {
		return err
	}
	return <-c.LogCh()
}
