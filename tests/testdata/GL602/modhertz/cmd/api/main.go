package main

import (
	"github.com/cloudwego/hertz/pkg/server"

	"example.com/modhertz/handlers"
)

func main() {
	h := server.New()
	_ = h
	_ = handlers.CreateNote
}
