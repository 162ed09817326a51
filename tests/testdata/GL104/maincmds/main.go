package main

import (
	"os"
	"time"
)

type command interface {
	run(args []string)
	poll()
}

var cmds = map[string]command{}

type bench struct{ minutes int }

// run is reached only as main's last act, through the command interface: when
// it returns the process ends, ticker and all.
func (b *bench) run(args []string) {
	done := make(chan struct{})
	select {
	case <-time.Tick(time.Minute * time.Duration(b.minutes)):
	case <-done:
	}
}

// poll runs in main's loop: every call leaves a ticker behind.
func (b *bench) poll() {
	<-time.Tick(time.Second) // want `time\.Tick's ticker is never stopped`
}

type loop struct{ min int }

// run is the last act of wrapper.run, itself main's last act.
func (l *loop) run() {
	c := time.Tick(time.Duration(l.min) * time.Minute)
	for range c {
		return
	}
}

type wrapper struct{ inner *loop }

func (w *wrapper) run(args []string) {
	if len(args) > 5 {
		return
	}
	w.inner.run()
}

func (w *wrapper) poll() {}

func init() {
	cmds["bench"] = &bench{minutes: 1}
	cmds["loop"] = &wrapper{inner: &loop{min: 1}}
}

func main() {
	if len(os.Args) < 2 {
		return
	}
	cmd, ok := cmds[os.Args[1]]
	if !ok {
		return
	}
	for i := 0; i < 3; i++ {
		cmd.poll()
	}
	cmd.run(os.Args[2:])
}
