module example.com/gl105

go 1.21
