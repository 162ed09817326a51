module example.com/modexit

go 1.19
