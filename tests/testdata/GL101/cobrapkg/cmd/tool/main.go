package main

import (
	"os"

	"example.com/cobrapkg/command/garden"
	"example.com/cobrapkg/command/monitor"
	"example.com/cobrapkg/command/plant"
)

func main() {
	root := monitor.Command()
	root.AddCommand(garden.Command(), plant.Command())
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
