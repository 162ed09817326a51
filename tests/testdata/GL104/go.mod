module example.com/gl104

go 1.21
