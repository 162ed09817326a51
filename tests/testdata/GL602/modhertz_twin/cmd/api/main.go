package main

import (
	"github.com/cloudwego/hertz/pkg/server"

	"example.com/modhertz_twin/handlers"
)

func main() {
	h := server.New(server.WithSenseClientDisconnection(true))
	_ = h
	_ = handlers.CreateNote
}
