module example.com/cobrapkgtwin

go 1.19
