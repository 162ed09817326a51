package main

import (
	"context"
	"time"

	"example.com/modmock_twin/coordinator"
)

func main() {
	c := &coordinator.Clustered{}
	run := c.RunCoordinator
	go run(context.TODO(), true)
	time.Sleep(time.Second)
}
