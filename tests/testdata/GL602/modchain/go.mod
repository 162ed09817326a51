module example.com/modchain

go 1.19
