// A program of a module of its own, nested in the library's directory: the library stays a library.
package main

import (
	"context"
	"fmt"

	"example.com/modlibrary/client"
)

func main() {
	c := &client.Client{}
	fmt.Println(c.Get(context.Background(), "refresh"))
}
