package main

import (
	"context"
	"time"

	"example.com/modmock/coordinator"
)

type app struct{ coord coordinator.Coordinator }

func main() {
	a := &app{coord: &coordinator.Clustered{}}
	go a.coord.RunCoordinator(context.TODO(), true)
	time.Sleep(time.Second)
}
