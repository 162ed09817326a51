package gl106

import (
	"context"
	"os/exec"
)

type childCmd struct {
	cmd    *exec.Cmd
	execCh chan error
}

func newChildCmd() *childCmd { return &childCmd{execCh: make(chan error)} }

// ExecCh hands out the field channel.
func (c *childCmd) ExecCh() chan error { return c.execCh }

// The exit status goes to execCh, which runChild receives through the
// accessor on every path.
func (c *childCmd) startChild(ctx context.Context, name string) error {
	c.cmd = exec.CommandContext(ctx, name)
	if err := c.cmd.Start(); err != nil {
		return err
	}
	go func() { c.execCh <- c.cmd.Wait() }()
	return nil
}

func runChild(ctx context.Context, sig <-chan struct{}) error {
	c := newChildCmd()
	if err := c.startChild(ctx, "sleep"); err != nil {
		return err
	}
	select {
	case err := <-c.ExecCh():
		return err
	case <-sig:
		return <-c.ExecCh()
	}
}
