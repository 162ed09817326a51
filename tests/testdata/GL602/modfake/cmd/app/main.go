package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"example.com/modfake/api"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	v, err := api.New().Lookup(ctx, os.Args[1])
	fmt.Println(v, err, api.Exists(ctx, os.Args[1]))
}
