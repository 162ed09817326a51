module example.com/aliasedext

go 1.21
