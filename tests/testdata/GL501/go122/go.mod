module example.com/gl501new

go 1.22
