package main

import (
	"fmt"
	"time"
)

// main's ticker lives as long as the process: when main returns (it never
// does here), the process ends with it.
func main() {
	beat := time.NewTicker(12 * time.Second)
	go func() {
		for range beat.C {
			fmt.Println("beat")
		}
	}()
	go pulse()
	select {}
}

// pulse is started as a goroutine: it can return while the process goes on.
func pulse() {
	t := time.NewTicker(time.Second) // want `ticker t is never stopped`
	for i := 0; i < 3; i++ {
		<-t.C
	}
}
