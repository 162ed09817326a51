package main

import (
	"fmt"

	"example.com/modgetter/internal/clone"
	"example.com/modgetter/internal/registry"
)

func main() {
	fmt.Println(clone.Clone(registry.Context(), "a"), registry.Verbose())
}
