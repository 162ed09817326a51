package main

import (
	"github.com/gin-gonic/gin"

	"example.com/modgin/internal/handlers"
	"example.com/modgin/internal/store"
)

func main() {
	r := gin.Default()
	r.GET("/projects", handlers.OwnerProjects(&store.Store{}))
	_ = r.Run(":8080")
}
