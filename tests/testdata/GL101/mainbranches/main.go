package main

import (
	"fmt"
	"os"
	"os/exec"
)

// main's last act is one of two calls, picked by an if/else, then a report of
// their error: the process ends when either returns.
func main() {
	var err error
	if len(os.Args) > 1 && os.Args[1] == "child" {
		err = runChild()
	} else {
		err = runParent()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
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
		exited <- cmd.Wait()
	}()
	if _, err := os.Stat("/proc/self/exe"); err != nil {
		return err
	}
	return <-exited
}
