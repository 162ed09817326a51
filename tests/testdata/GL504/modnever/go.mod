module example.com/modnever

go 1.19
