module example.com/gl107

go 1.21
