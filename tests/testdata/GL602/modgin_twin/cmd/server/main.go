package main

import (
	"github.com/gin-gonic/gin"

	"example.com/modgin_twin/internal/handlers"
	"example.com/modgin_twin/internal/store"
)

func main() {
	r := gin.Default()
	r.ContextWithFallback = true // c.Done() is the request's: its end reaches the store
	r.GET("/projects", handlers.OwnerProjects(&store.Store{}))
	_ = r.Run(":8080")
}
