package main

import (
	"os"

	"example.com/cobrapkg/command/monitor"
)

func main() {
	if err := monitor.Command().Execute(); err != nil {
		os.Exit(1)
	}
}
