module example.com/modlock

go 1.19
