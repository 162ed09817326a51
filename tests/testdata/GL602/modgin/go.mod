module example.com/modgin

go 1.19
