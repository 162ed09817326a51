module example.com/modmock_twin

go 1.19
