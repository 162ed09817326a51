package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/modgin/internal/store"
)

// OwnerProjects serves GET /projects.
func OwnerProjects(s *store.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		ids, err := s.OwnerProjects(c, c.Query("user"))
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, ids)
	}
}
