module example.com/gl501

go 1.21
