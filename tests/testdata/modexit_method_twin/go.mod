module example.com/modexit_method_twin

go 1.21
