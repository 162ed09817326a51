module example.com/modcollect

go 1.19
