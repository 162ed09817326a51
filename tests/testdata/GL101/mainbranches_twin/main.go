package main

import (
	"fmt"
	"os"
	"os/exec"
	"time"
)

// The twin: after the call, main goes on to other work, so the goroutine
// left behind is blocked while the process runs.
func main() {
	var err error
	if len(os.Args) > 1 && os.Args[1] == "child" {
		err = runChild()
	} else {
		err = runParent()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	for {
		time.Sleep(time.Second)
	}
}

var runChildErr error

func runChild() error { return runChildErr }

func runParent() error {
	cmd := exec.Command("/proc/self/exe", "child")
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan error)
	go func() {
		exited <- cmd.Wait() // want `goroutine blocks forever sending on exited`
	}()
	if _, err := os.Stat("/proc/self/exe"); err != nil {
		return err
	}
	return <-exited
}
