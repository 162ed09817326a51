package main

import (
	"fmt"

	"example.com/modgetter_twin/internal/clone"
	"example.com/modgetter_twin/internal/registry"
)

func main() {
	fmt.Println(clone.Clone(registry.Context(), "a"), registry.Verbose())
}
