module example.com/modexit_method

go 1.21
