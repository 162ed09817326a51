module example.com/cobrapkg

go 1.19
