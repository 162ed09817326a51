module example.com/ctrl

go 1.19
