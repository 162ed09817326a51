module example.com/modmock

go 1.19
