//go:build ignore

// A generator run by hand (go run gen.go): not one of the module's programs.
package main

import (
	"context"
	"fmt"

	"example.com/modlibrary/client"
)

func main() {
	c := &client.Client{}
	fmt.Println(c.Get(context.Background(), "generated"))
}
