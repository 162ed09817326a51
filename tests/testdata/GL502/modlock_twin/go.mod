module example.com/modlock_twin

go 1.19
