package main

import (
	"context"
	"fmt"

	"example.com/modlibrary/client"
)

func main() {
	c := &client.Client{}
	fmt.Println(c.Get(context.Background(), "k"))
}
